import { graphql } from '@/gql';

export const MonthlyReportFragment = graphql(`
  fragment MonthlyReportFields on MonthlyReport {
    unit {
      code
      name
    }
    year
    month
    asOf
    status
    difficulties
    proposals
    note
    submittedBy
    submittedAt
    decidedBy
    decidedAt
    version
    canEdit
    canSubmit
    canDecide
  }
`);

export const ReportDistrictsQuery = graphql(`
  query ReportDistricts($first: Int!) {
    adminUnits(level: DISTRICT, first: $first) {
      nodes {
        code
        name
      }
    }
  }
`);

export const ReportMonthlyQuery = graphql(`
  query ReportMonthly($unitCode: String!, $year: Int!, $month: Int!, $asOf: Date!) {
    monthlyReport(unitCode: $unitCode, year: $year, month: $month) {
      ...MonthlyReportFields
      targets {
        id
        level
        year
        kind
        dossierStatus(asOf: $asOf)
        unit {
          code
          name
        }
      }
      budget {
        allocated
        disbursed
        rate
      }
      checkpoints {
        checkpoint {
          id
          dueDate
          minSharePermille
        }
        state
        allocated
        required
        disbursed
        shortBy
        rate
      }
      indicators {
        indicator {
          key
          name
          nameEn
          unit
          targetKind
        }
        value
        rolledUp
        unitsReporting
        required
        met
      }
    }
  }
`);

export const ReportSaveMutation = graphql(`
  mutation ReportSave(
    $unitCode: String!
    $year: Int!
    $month: Int!
    $version: Int!
    $difficulties: String
    $proposals: String
  ) {
    saveMonthlyReport(
      unitCode: $unitCode
      year: $year
      month: $month
      version: $version
      difficulties: $difficulties
      proposals: $proposals
    ) {
      ...MonthlyReportFields
    }
  }
`);

export const ReportSubmitMutation = graphql(`
  mutation ReportSubmit($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {
    submitMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {
      ...MonthlyReportFields
    }
  }
`);

export const ReportApproveMutation = graphql(`
  mutation ReportApprove($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {
    approveMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {
      ...MonthlyReportFields
    }
  }
`);

export const ReportReturnMutation = graphql(`
  mutation ReportReturn($unitCode: String!, $year: Int!, $month: Int!, $version: Int!, $note: String!) {
    returnMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version, note: $note) {
      ...MonthlyReportFields
    }
  }
`);

export const ReportReopenMutation = graphql(`
  mutation ReportReopen($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {
    reopenMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {
      ...MonthlyReportFields
    }
  }
`);

export const ReportWorkbookQuery = graphql(`
  query ReportWorkbook($year: Int!, $month: Int!) {
    monthlyReportWorkbook(year: $year, month: $month) {
      fileName
      content
      districts
    }
  }
`);
