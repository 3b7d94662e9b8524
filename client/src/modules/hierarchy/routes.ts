import type { RouteRecordRaw } from 'vue-router';

export const hierarchyRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'hierarchy',
    component: () => import('./components/HierarchyPage.vue'),
  },
];
