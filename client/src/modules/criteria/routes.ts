import type { RouteRecordRaw } from 'vue-router';

export const criteriaRoutes: RouteRecordRaw[] = [
  {
    path: '/tieu-chi',
    alias: '/criteria',
    name: 'criteria',
    component: () => import('./components/CriteriaPage.vue'),
  },
];
