import { graphql } from '@/gql';

export const CriterionFieldsFragment = graphql(`
  fragment CriterionFields on Criterion {
    id
    code
    parentCode
    name
  }
`);

export const CriteriaMatrixRowFragment = graphql(`
  fragment CriteriaMatrixRowFields on CriteriaMatrixRow {
    unit {
      code
      name
      shortName
    }
    cells {
      code
      met
      value
      note
      version
    }
    metCount
    editable
  }
`);

export const CriteriaDistrictsQuery = graphql(`
  query CriteriaDistricts($first: Int) {
    adminUnits(level: DISTRICT, first: $first) {
      nodes {
        code
        name
      }
    }
  }
`);

export const CriteriaMatrixQuery = graphql(`
  query CriteriaMatrix($parentCode: String!, $year: Int!, $setKey: String) {
    criteriaMatrix(parentCode: $parentCode, year: $year, setKey: $setKey) {
      set {
        key
        name
        decision
      }
      year
      criteria {
        ...CriterionFields
      }
      rows {
        ...CriteriaMatrixRowFields
      }
    }
  }
`);

export const SaveEvaluationsMutation = graphql(`
  mutation SaveEvaluations($rows: [EvaluationRowInput!]!) {
    saveEvaluations(rows: $rows) {
      rows {
        ...CriteriaMatrixRowFields
      }
      created
      updated
      deleted
      unchanged
      changed
    }
  }
`);

export const CommuneScorecardQuery = graphql(`
  query CommuneScorecard($code: String!, $year: Int!) {
    communeScorecard(code: $code, year: $year) {
      unit {
        code
        name
      }
      year
      set {
        key
        name
      }
      criteriaCount
      metCount
      met
      missing {
        code
        name
      }
      qualifiesFor
      recognisedLevel
      targets {
        id
        level
        year
        kind
        dossierStatus
      }
    }
  }
`);
