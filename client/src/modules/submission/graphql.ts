import { graphql } from '@/gql';

export const UnitSubmissionFieldsFragment = graphql(`
  fragment UnitSubmissionFields on UnitSubmissionView {
    unit {
      code
      name
    }
    year
    status
    version
    submittedBy
    submittedAt
    decidedBy
    decidedAt
    note
    locked
    canSubmit
    canDecide
  }
`);

export const UnitSubmissionQuery = graphql(`
  query UnitSubmission($unitCode: String!, $year: Int!) {
    unitSubmission(unitCode: $unitCode, year: $year) {
      ...UnitSubmissionFields
    }
  }
`);

export const SubmitUnitDataMutation = graphql(`
  mutation SubmitUnitData($unitCode: String!, $year: Int!, $version: Int!) {
    submitUnitData(unitCode: $unitCode, year: $year, version: $version) {
      ...UnitSubmissionFields
    }
  }
`);

export const ApproveUnitDataMutation = graphql(`
  mutation ApproveUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {
    approveUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {
      ...UnitSubmissionFields
    }
  }
`);

export const ReturnUnitDataMutation = graphql(`
  mutation ReturnUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String!) {
    returnUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {
      ...UnitSubmissionFields
    }
  }
`);

export const ReopenUnitDataMutation = graphql(`
  mutation ReopenUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {
    reopenUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {
      ...UnitSubmissionFields
    }
  }
`);
