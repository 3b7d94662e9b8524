import { computed, shallowRef } from 'vue';
import { ErrorCode, Role } from '@ntm/shared';
import { api, hasErrorCode, isApiError } from '@/api';
import {
  fetchMe,
  login as loginRequest,
  logout as logoutRequest,
  refreshSession,
  type SessionData,
  type SessionUser,
} from './api';

/** Where the refresh token is kept between visits; the access token lives in memory only. */
export const REFRESH_TOKEN_KEY = 'ntm.refresh';

/** Renew this long before the access token runs out. */
const RENEW_AHEAD_MS = 60_000;
const MIN_RENEW_DELAY_MS = 10_000;
/** When the server's expiry cannot be trusted (unreadable, or clocks far apart): 15 min - 1. */
const FALLBACK_LIFETIME_MS = 14 * 60_000;
const MAX_LIFETIME_MS = 24 * 60 * 60_000;
/** After a renewal the server could not answer. */
const RETRY_DELAY_MS = 30_000;

// One session for the whole app, like the notices.
const user = shallowRef<SessionUser | null>(null);
let accessToken: string | null = null;
let renewTimer: number | undefined;
let renewing: Promise<boolean> | null = null;
let starting: Promise<void> | null = null;
const expiredHandlers = new Set<() => void>();

function storedRefreshToken(): string | null {
  try {
    return window.localStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function storeRefreshToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(REFRESH_TOKEN_KEY, token);
    else window.localStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    // Storage disabled: the session lasts as long as the page.
  }
}

function scheduleRenewal(expiresAt: string): void {
  window.clearTimeout(renewTimer);
  let lifetime = Date.parse(expiresAt) - Date.now();
  // A clock far from the server's would renew in a loop, or never: assume the usual lifetime.
  if (!Number.isFinite(lifetime) || lifetime <= 0 || lifetime > MAX_LIFETIME_MS) {
    lifetime = FALLBACK_LIFETIME_MS;
  }
  renewLater(Math.max(MIN_RENEW_DELAY_MS, lifetime - RENEW_AHEAD_MS));
}

/** Renews ahead of expiry; an unreachable server is tried again, a refusal ends the session. */
function renewLater(delay: number): void {
  window.clearTimeout(renewTimer);
  renewTimer = window.setTimeout(() => void renewOrExpire(), delay);
}

async function renewOrExpire(): Promise<void> {
  if (await renew()) return;
  if (user.value) renewLater(RETRY_DELAY_MS);
  else expire();
}

function apply(session: SessionData): void {
  accessToken = session.accessToken;
  storeRefreshToken(session.refreshToken);
  user.value = session.user;
  scheduleRenewal(session.accessTokenExpiresAt);
}

/** Forgets the session here; `keepRefreshToken` when the server could not be asked. */
function clear({ keepRefreshToken = false } = {}): void {
  window.clearTimeout(renewTimer);
  renewTimer = undefined;
  accessToken = null;
  user.value = null;
  if (!keepRefreshToken) storeRefreshToken(null);
}

/**
 * Runs `task` while no other tab of the app renews: refresh tokens are rotated, and two tabs
 * renewing with the same one at once would spend it twice.
 */
async function exclusively<R>(task: () => Promise<R>): Promise<R> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  return locks.request(REFRESH_TOKEN_KEY, task) as Promise<R>;
}

async function renewNow(): Promise<boolean> {
  return exclusively(async () => {
    // Read inside the lock: another tab may just have rotated it.
    const refreshToken = storedRefreshToken();
    if (!refreshToken) {
      clear();
      return false;
    }
    try {
      apply(await refreshSession(refreshToken));
      return true;
    } catch (error) {
      // Unreachable server: keep everything for a later try (the access token may still do).
      // Refused (expired, revoked, user deactivated): the session is over.
      if (!(isApiError(error) && error.code === ErrorCode.SERVICE_UNAVAILABLE)) clear();
      return false;
    }
  });
}

/** A new access token from the refresh token; concurrent callers share one request. */
export function renew(): Promise<boolean> {
  renewing ??= renewNow().finally(() => (renewing = null));
  return renewing;
}

/**
 * A request was refused for want of a session and renewing did not help. A refresh token the
 * server refused is gone already (renewNow); one kept because the server was unreachable stays.
 */
function expire(): void {
  clear({ keepRefreshToken: true });
  for (const handler of expiredHandlers) handler();
}

/** Called when the session is over and the user must sign in again (e.g. to go to sign-in). */
export function onSessionExpired(handler: () => void): () => void {
  expiredHandlers.add(handler);
  return () => expiredHandlers.delete(handler);
}

/**
 * Connects the API client and resumes the session of the last visit, if a refresh token was
 * kept. Resolves once it is known whether there is a session; called by the router's guard.
 */
export function startSession(): Promise<void> {
  starting ??= (async () => {
    api.setAuth({
      token: () => accessToken,
      renew,
      expired: expire,
    });
    // Signed out in another tab: sign out here too.
    window.addEventListener('storage', (event) => {
      if (event.key !== REFRESH_TOKEN_KEY && event.key !== null) return;
      if (!event.newValue && user.value) {
        clear({ keepRefreshToken: true });
        for (const handler of expiredHandlers) handler();
      }
    });
    if (storedRefreshToken()) await renew();
  })();
  return starting;
}

export async function signIn(username: string, password: string): Promise<SessionUser> {
  const session = await loginRequest(username, password);
  apply(session);
  return session.user;
}

/** Ends the session on the server (as far as it answers) and forgets the tokens here. */
export async function signOut(): Promise<void> {
  try {
    const refreshToken = storedRefreshToken();
    if (refreshToken && accessToken) {
      try {
        await logoutRequest(refreshToken);
      } catch (error) {
        // The access token ran out: renew (which spends the refresh token for a new one), then
        // end the new session, so that no refresh token is left valid behind the user.
        if (!hasErrorCode(error, ErrorCode.UNAUTHENTICATED) || !(await renew())) throw error;
        const renewed = storedRefreshToken();
        if (renewed) await logoutRequest(renewed);
      }
    }
  } catch {
    // Already ended, or unreachable: the tokens are dropped here all the same.
  } finally {
    clear();
  }
}

/** Reads the signed-in user again, e.g. after an administrator changed their own account. */
export async function reloadUser(): Promise<void> {
  if (!user.value) return;
  user.value = await fetchMe();
}

export const sessionUser = computed(() => user.value);
export const signedIn = computed(() => user.value !== null);

export function hasRole(...roles: Role[]): boolean {
  return user.value?.assignments.some((a) => roles.includes(a.role as Role)) ?? false;
}
