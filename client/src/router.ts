import { createRouter, createWebHistory } from 'vue-router';
import { authRoutes, installAuthGuard } from '@/modules/auth';
import { hierarchyRoutes } from '@/modules/hierarchy/routes';
import { importRoutes } from '@/modules/import/routes';
import { usersRoutes } from '@/modules/users/routes';

export const router = createRouter({
  // Plain paths: the server answers index.html for any path it does not know.
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    ...authRoutes,
    ...hierarchyRoutes,
    ...usersRoutes,
    ...importRoutes,
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('@/components/NotFoundPage.vue'),
    },
  ],
});

installAuthGuard(router);
