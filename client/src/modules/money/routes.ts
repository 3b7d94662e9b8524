import type { RouteRecordRaw } from 'vue-router';

export const moneyRoutes: RouteRecordRaw[] = [
  {
    path: '/von',
    alias: '/funds',
    name: 'money',
    component: () => import('./components/CapitalPlanPage.vue'),
  },
  {
    path: '/cong-trinh',
    alias: '/projects',
    name: 'projects',
    component: () => import('./components/ProjectsPage.vue'),
  },
  {
    path: '/dieu-chuyen',
    alias: '/reallocations',
    name: 'money-watch',
    component: () => import('./components/MoneyWatchPage.vue'),
  },
];
