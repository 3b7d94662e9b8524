import { createRouter, createWebHistory } from 'vue-router';
import { authRoutes, installAuthGuard } from '@/modules/auth';
import { criteriaRoutes } from '@/modules/criteria/routes';
import { hierarchyRoutes } from '@/modules/hierarchy/routes';
import { hierarchyChangesRoutes } from '@/modules/hierarchy-changes/routes';
import { importRoutes } from '@/modules/import/routes';
import { indicatorsRoutes } from '@/modules/indicators/routes';
import { moneyRoutes } from '@/modules/money/routes';
import { progressRoutes } from '@/modules/progress/routes';
import { reportsRoutes } from '@/modules/reports/routes';
import { targetsRoutes } from '@/modules/targets/routes';
import { usersRoutes } from '@/modules/users/routes';

export const router = createRouter({
  // Plain paths: the server answers index.html for any path it does not know.
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    ...authRoutes,
    ...hierarchyRoutes,
    ...criteriaRoutes,
    ...usersRoutes,
    ...hierarchyChangesRoutes,
    ...importRoutes,
    ...targetsRoutes,
    ...progressRoutes,
    ...moneyRoutes,
    ...indicatorsRoutes,
    ...reportsRoutes,
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('@/components/NotFoundPage.vue'),
    },
  ],
});

installAuthGuard(router);
