import { randomUUID } from 'node:crypto';
import type { HierarchyLoaders } from '../modules/hierarchy/admin-unit.loaders';

/**
 * What every resolver and service receives first: who asks (once accounts exist), the request's
 * id for the audit trail, and the per-request DataLoaders, so batching never leaks between users.
 */
export interface RequestContext {
  requestId: string;
  /** Username of the signed-in user; null until accounts exist. */
  actor: string | null;
  loaders: HierarchyLoaders;
}

export function newRequestId(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : randomUUID();
}
