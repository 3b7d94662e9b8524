import type { RouteRecordRaw } from 'vue-router';

export const indicatorsRoutes: RouteRecordRaw[] = [
  {
    path: '/chi-tieu',
    alias: '/indicators',
    name: 'indicators',
    component: () => import('./components/IndicatorsPage.vue'),
  },
  {
    path: '/ocop-mo-hinh',
    alias: '/ocop-models',
    name: 'ocop-models',
    component: () => import('./components/OcopModelsPage.vue'),
  },
];
