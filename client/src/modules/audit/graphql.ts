import { graphql } from '@/gql';

export const AuditEntryRowFragment = graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    at
    actor
    action
    entity
    key
    field
    oldValue
    newValue
    requestId
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        ...AuditEntryRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
