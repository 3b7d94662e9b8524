import { createRouter, createWebHistory } from 'vue-router';
import { hierarchyRoutes } from '@/modules/hierarchy/routes';

export const router = createRouter({
  // Plain paths: the server answers index.html for any path it does not know.
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    ...hierarchyRoutes,
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('@/components/NotFoundPage.vue'),
    },
  ],
});
