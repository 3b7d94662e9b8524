import { graphql } from '@/gql';

export const AdminUnitRowFragment = graphql(`
  fragment AdminUnitRow on AdminUnit {
    code
    name
    shortName
    type
    typeName
    level
    mountainous
    validFrom
    validTo
    version
    childCount
    editable
    ancestors {
      code
      name
      level
    }
  }
`);

export const HierarchyUnitsQuery = graphql(`
  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String, $withCount: Boolean!) {
    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {
      totalCount @include(if: $withCount)
      nodes {
        ...AdminUnitRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const HierarchyUnitQuery = graphql(`
  query HierarchyUnit($code: String!) {
    adminUnit(code: $code) {
      ...AdminUnitRow
    }
  }
`);

export const SaveAdminUnitsMutation = graphql(`
  mutation SaveAdminUnits($rows: [AdminUnitRowInput!]!) {
    saveAdminUnits(rows: $rows) {
      created
      updated
      unchanged
      units {
        ...AdminUnitRow
      }
    }
  }
`);

export const CreateVillageMutation = graphql(`
  mutation CreateVillage($input: CreateVillageInput!) {
    createVillage(input: $input) {
      ...AdminUnitRow
    }
  }
`);
