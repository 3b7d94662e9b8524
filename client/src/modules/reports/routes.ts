import type { RouteRecordRaw } from 'vue-router';

export const reportsRoutes: RouteRecordRaw[] = [
  {
    path: '/bao-cao-thang',
    alias: '/monthly-report',
    name: 'monthly-report',
    component: () => import('./components/MonthlyReportPage.vue'),
  },
];
