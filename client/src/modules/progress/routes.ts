import type { RouteRecordRaw } from 'vue-router';

export const progressRoutes: RouteRecordRaw[] = [
  {
    path: '/tien-do',
    alias: '/progress',
    name: 'progress',
    component: () => import('./components/ProgressPage.vue'),
  },
  {
    path: '/thoi-han',
    alias: '/deadlines',
    name: 'deadlines',
    component: () => import('./components/DeadlinesPage.vue'),
  },
];
