import type { Role } from '@ntm/shared';
import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without a session (the sign-in page). */
    public?: boolean;
    /** The page needs one of these roles somewhere (e.g. the users page, ADMIN). */
    roles?: Role[];
  }
}
