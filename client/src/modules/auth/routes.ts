import type { RouteRecordRaw } from 'vue-router';

export const LOGIN_ROUTE = 'login';

export const authRoutes: RouteRecordRaw[] = [
  {
    path: '/dang-nhap',
    alias: '/login',
    name: LOGIN_ROUTE,
    component: () => import('./components/LoginPage.vue'),
    meta: { public: true },
  },
];
