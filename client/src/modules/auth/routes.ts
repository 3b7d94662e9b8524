import type { RouteRecordRaw } from 'vue-router';

export const LOGIN_ROUTE = 'login';
export const CHANGE_PASSWORD_ROUTE = 'change-password';

export const authRoutes: RouteRecordRaw[] = [
  {
    path: '/dang-nhap',
    alias: '/login',
    name: LOGIN_ROUTE,
    component: () => import('./components/LoginPage.vue'),
    meta: { public: true },
  },
  {
    path: '/doi-mat-khau',
    alias: '/change-password',
    name: CHANGE_PASSWORD_ROUTE,
    component: () => import('./components/ChangePasswordPage.vue'),
  },
];
