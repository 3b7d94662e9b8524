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
  }
`);

export const HierarchyUnitsQuery = graphql(`
  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String) {
    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {
      totalCount
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

export const UpdateAdminUnitMutation = graphql(`
  mutation UpdateAdminUnit($code: String!, $version: Int!, $input: AdminUnitInput!) {
    updateAdminUnit(code: $code, version: $version, input: $input) {
      ...AdminUnitRow
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
