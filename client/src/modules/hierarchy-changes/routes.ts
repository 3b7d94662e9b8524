import type { RouteRecordRaw } from 'vue-router';
import { Role } from '@ntm/shared';

export const hierarchyChangesRoutes: RouteRecordRaw[] = [
  {
    // A unit's history opens directly with ?ma=<code>.
    path: '/thay-doi-dia-gioi',
    alias: '/hierarchy-changes',
    name: 'hierarchy-changes',
    component: () => import('./components/HierarchyChangesPage.vue'),
    // Comparing catalogues, previewing, applying and reverting are the administrators' own.
    meta: { roles: [Role.ADMIN] },
  },
];
