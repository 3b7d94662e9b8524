import type { RouteRecordRaw } from 'vue-router';

export const importRoutes: RouteRecordRaw[] = [
  {
    // Reached from a grid's "Nhập từ Excel": ?kind=ADMIN_UNITS&back=<the grid's page>.
    path: '/nhap-excel',
    alias: '/import',
    name: 'import',
    component: () => import('./components/ImportPage.vue'),
  },
];
