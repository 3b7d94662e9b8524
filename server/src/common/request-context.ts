import { randomUUID } from 'node:crypto';
import type { Assignment } from '@ntm/shared';
import type { AccessLoaders } from '../modules/access/access.loaders';
import type { HierarchyLoaders } from '../modules/hierarchy/admin-unit.loaders';
import type { MoneyLoaders } from '../modules/money/money.loaders';
import type { SubmissionLoaders } from '../modules/submissions/submission.loaders';

export type Loaders = HierarchyLoaders & AccessLoaders & SubmissionLoaders & MoneyLoaders;

/** A signed-in user as a request sees them: who, and over which subtrees with which roles. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  sessionId: number;
  assignments: (Assignment & { unitCode: string | null })[];
}

/**
 * What every resolver and service receives first: who asks, from where, the request's id for the
 * audit trail, and the per-request DataLoaders, so batching never leaks between users.
 */
export interface RequestContext {
  requestId: string;
  user: AuthUser | null;
  /** Why a presented token was not accepted, to tell "sign in again" from "never signed in". */
  authFailure: 'expired' | 'invalid' | null;
  address: string;
  loaders: Loaders;
}

export function newRequestId(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : randomUUID();
}

/** The username written into the audit trail. */
export function actorOf(ctx: RequestContext): string | null {
  return ctx.user?.username ?? null;
}
