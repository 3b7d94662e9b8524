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

export const RecordHistoryQuery = graphql(`
  query RecordHistory($entity: String!, $key: String!, $field: String, $first: Int, $after: String) {
    recordHistory(entity: $entity, key: $key, field: $field, first: $first, after: $after) {
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
