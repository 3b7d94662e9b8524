import { api, type RequestOptions } from '@/api';
import type { AuditEntryRowFragment } from '@/gql/graphql';
import { RecordHistoryQuery } from './graphql';

export type AuditEntry = AuditEntryRowFragment;

export interface AuditPage {
  entries: AuditEntry[];
  totalCount: number;
  /** Where the next page starts, or null when this was the last. */
  next: string | null;
}

/** One record's history (a grid row, or one of its cells), for anyone who may read the record. */
export async function fetchRecordHistory(
  record: { entity: string; key: string; field?: string | null },
  page: { first?: number; after?: string | null } = {},
  options: RequestOptions = {},
): Promise<AuditPage> {
  const { recordHistory } = await api.request(
    RecordHistoryQuery,
    {
      entity: record.entity,
      key: record.key,
      field: record.field ?? null,
      first: page.first ?? 50,
      after: page.after ?? null,
    },
    options,
  );
  return {
    entries: recordHistory.nodes,
    totalCount: recordHistory.totalCount,
    next: recordHistory.pageInfo.hasNextPage ? recordHistory.pageInfo.endCursor : null,
  };
}
