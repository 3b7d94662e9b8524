import type { RouteRecordRaw } from 'vue-router';

export const targetsRoutes: RouteRecordRaw[] = [
  {
    path: '/muc-tieu',
    alias: '/targets',
    name: 'targets',
    component: () => import('./components/TargetsPage.vue'),
  },
  {
    path: '/ho-so',
    alias: '/dossiers',
    name: 'dossiers',
    component: () => import('./components/DossiersPage.vue'),
  },
];
