import { api, type RequestOptions } from '@/api';
import type { AuditEntryRowFragment, AuditFilter } from '@/gql/graphql';
import { AuditLogQuery } from './graphql';

export type AuditEntry = AuditEntryRowFragment;
export type { AuditFilter };

export interface AuditPage {
  entries: AuditEntry[];
  totalCount: number;
  /** Where the next page starts, or null when this was the last. */
  next: string | null;
}

/** One page of the audit trail, newest first. ADMIN, or an APPROVER within their units. */
export async function fetchAuditLog(
  filter: AuditFilter,
  page: { first?: number; after?: string | null } = {},
  options: RequestOptions = {},
): Promise<AuditPage> {
  const { auditLog } = await api.request(
    AuditLogQuery,
    { filter, first: page.first ?? 50, after: page.after ?? null },
    options,
  );
  return {
    entries: auditLog.nodes,
    totalCount: auditLog.totalCount,
    next: auditLog.pageInfo.hasNextPage ? auditLog.pageInfo.endCursor : null,
  };
}
