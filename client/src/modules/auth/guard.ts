import type { LocationQueryValue, RouteLocationNormalized, Router } from 'vue-router';
import { LOGIN_ROUTE } from './routes';
import { hasRole, onSessionExpired, signedIn, startSession } from './session';

/** A path inside the app to go back to after signing in; anything else is ignored. */
export function redirectTarget(value: LocationQueryValue | LocationQueryValue[] | undefined): string | null {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) return null;
  if (path.startsWith('/dang-nhap') || path.startsWith('/login')) return null;
  return path;
}

/**
 * Starts loading the code of the page's components (those loaded when first needed), so that it
 * comes while the session is resumed rather than after; the router takes the same loads later.
 */
function preloadComponents(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    for (const component of Object.values(record.components ?? {})) {
      // A component loaded when needed is a function returning its module (as the router tells
      // it from a component: not an object, nor a function with a component's marks).
      const marked = ['displayName', 'props', '__vccOpts'].some((mark) => mark in component);
      if (typeof component === 'function' && !marked) {
        void Promise.resolve((component as () => unknown)()).catch(() => undefined);
      }
    }
  }
}

/**
 * Every page but sign-in needs a session; a page may also need a role (`meta.roles`). Without a
 * session the user signs in and comes back to where they were going.
 */
export function installAuthGuard(router: Router): void {
  router.beforeEach(async (to) => {
    preloadComponents(to);
    await startSession();
    if (to.meta.public) {
      if (to.name === LOGIN_ROUTE && signedIn.value) {
        return redirectTarget(to.query.redirect) ?? '/';
      }
      return true;
    }
    if (!signedIn.value) {
      return {
        name: LOGIN_ROUTE,
        query: to.fullPath === '/' ? {} : { redirect: to.fullPath },
      };
    }
    if (to.meta.roles && !hasRole(...to.meta.roles)) return { path: '/' };
    return true;
  });

  // The session ran out under a page: sign in again, then come back to it.
  onSessionExpired(() => {
    const current = router.currentRoute.value;
    if (current.meta.public) return;
    void router.push({
      name: LOGIN_ROUTE,
      query: { expired: '1', ...(current.fullPath === '/' ? {} : { redirect: current.fullPath }) },
    });
  });
}
