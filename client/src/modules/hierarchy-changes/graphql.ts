import { graphql } from '@/gql';

export type {
  AdminLevel,
  HierarchyChangeInput,
  HierarchyChangeKind,
  HierarchyChangeStatus,
  HierarchyEffectAction,
  SuccessorReason,
} from '@/gql/graphql';

export const CatalogueDiffQuery = graphql(`
  query CatalogueDiff($catalogue: String!) {
    catalogueDiff(catalogue: $catalogue) {
      date
      provinces
      districts
      communes
      needsSuccessor
      changes {
        kind
        level
        code
        oldName
        name
        type
        oldParentCode
        parentCode
        successorCode
        reason
        candidates
      }
    }
  }
`);

/** The names of a level's units today, for the codes a proposal shows (candidates, parents). */
export const UnitNamesQuery = graphql(`
  query UnitNames($level: AdminLevel!, $first: Int!) {
    adminUnits(level: $level, first: $first) {
      nodes {
        code
        name
      }
    }
  }
`);

export const HierarchyEffectFieldsDoc = graphql(`
  fragment HierarchyEffectFields on HierarchyEffect {
    action
    unitCode
    toCode
    entity
    count
    amount
  }
`);

export const HierarchyChangeFieldsDoc = graphql(`
  fragment HierarchyChangeFields on HierarchyChange {
    id
    decision
    effectiveOn
    status
    appliedAt
    appliedBy
    revertedAt
    revertedBy
    version
    items {
      kind
      level
      code
      oldName
      name
      oldParentCode
      parentCode
      successorCode
    }
  }
`);

export const PreviewHierarchyChangeQuery = graphql(`
  query PreviewHierarchyChange($input: HierarchyChangeInput!) {
    previewHierarchyChange(input: $input) {
      ...HierarchyEffectFields
    }
  }
`);

export const ApplyHierarchyChangeMutation = graphql(`
  mutation ApplyHierarchyChange($input: HierarchyChangeInput!) {
    applyHierarchyChange(input: $input) {
      changed
      change {
        ...HierarchyChangeFields
      }
      effects {
        ...HierarchyEffectFields
      }
    }
  }
`);

export const RevertHierarchyChangeMutation = graphql(`
  mutation RevertHierarchyChange($id: ID!, $version: Int!) {
    revertHierarchyChange(id: $id, version: $version) {
      ...HierarchyChangeFields
    }
  }
`);

export const HierarchyChangesQuery = graphql(`
  query HierarchyChanges($first: Int!) {
    hierarchyChanges(first: $first) {
      ...HierarchyChangeFields
    }
  }
`);

export const UnitHistoryQuery = graphql(`
  query UnitHistory($code: String!) {
    unitHistory(code: $code) {
      unit {
        code
        name
        level
        validFrom
        validTo
      }
      states {
        validFrom
        validTo
        name
        type
        parent {
          code
          name
        }
      }
      predecessors {
        on
        unit {
          code
          name
        }
      }
      successor {
        on
        unit {
          code
          name
        }
      }
      changes {
        change {
          id
          decision
          effectiveOn
          status
        }
        item {
          kind
          code
          oldName
          name
          successorCode
        }
      }
    }
  }
`);
