import type { RouteRecordRaw } from 'vue-router';
import { Role } from '@ntm/shared';

export const usersRoutes: RouteRecordRaw[] = [
  {
    path: '/nguoi-dung',
    alias: '/users',
    name: 'users',
    component: () => import('./components/UsersPage.vue'),
    meta: { roles: [Role.ADMIN] },
  },
];
