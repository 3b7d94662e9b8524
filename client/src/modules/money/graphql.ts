import { graphql } from '@/gql';

export const MoneyUnitFragment = graphql(`
  fragment MoneyUnit on AdminUnit {
    code
    name
    level
    editable
  }
`);

export const MoneyUnitsQuery = graphql(`
  query MoneyUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {
    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {
      nodes {
        ...MoneyUnit
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MoneyUnitQuery = graphql(`
  query MoneyUnitOne($code: String!) {
    adminUnit(code: $code) {
      ...MoneyUnit
    }
  }
`);

export const AllocationRowFragment = graphql(`
  fragment AllocationRow on Allocation {
    id
    year
    source
    capitalType
    amount
    note
    version
    unit {
      code
    }
  }
`);

export const AllocationsQuery = graphql(`
  query MoneyAllocations($year: Int, $unitCode: String, $projects: Boolean, $first: Int!, $after: String) {
    allocations(year: $year, unitCode: $unitCode, projects: $projects, first: $first, after: $after) {
      nodes {
        ...AllocationRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SaveAllocationsMutation = graphql(`
  mutation MoneySaveAllocations($rows: [AllocationRowInput!]!) {
    saveAllocations(rows: $rows) {
      changed
      allocations {
        ...AllocationRow
      }
    }
  }
`);

export const CheckpointFieldsFragment = graphql(`
  fragment CheckpointFields on Checkpoint {
    id
    dueDate
    minSharePermille
    capitalYearFrom
    capitalYearTo
    note
  }
`);

export const CheckpointsQuery = graphql(`
  query MoneyCheckpoints {
    checkpoints {
      ...CheckpointFields
    }
  }
`);

export const BudgetSummaryQuery = graphql(`
  query MoneyBudgetSummary($year: Int, $unitCode: String, $asOf: Date) {
    budgetSummary(year: $year, unitCode: $unitCode, asOf: $asOf) {
      asOf
      allocated
      allocatedBelow
      disbursed
      rate
      unit {
        code
        name
      }
      bySource {
        source
        allocated
        disbursed
        rate
      }
      byChild {
        unit {
          code
          name
        }
        allocated
        disbursed
        rate
      }
    }
  }
`);

export const CheckpointStatusQuery = graphql(`
  query MoneyCheckpointStatus($asOf: Date!, $unitCode: String) {
    checkpointStatus(asOf: $asOf, unitCode: $unitCode) {
      checkpoint {
        ...CheckpointFields
      }
      state
      allocated
      required
      disbursed
      shortBy
      rate
    }
  }
`);

export const ProjectRowFragment = graphql(`
  fragment ProjectRow on Project {
    id
    code
    name
    kind
    unit {
      code
      name
      editable
    }
    capitalAllocatedOn
    contractorChosenOn
    startedOn
    completedOn
    acceptedOn
    settlementApprovedOn
    stoppedOn
    note
    version
    allocated(year: $year)
    disbursed(asOf: $asOf, year: $year)
    rate(asOf: $asOf, year: $year)
    status
    checkpoints(asOf: $asOf) {
      checkpoint {
        dueDate
        minSharePermille
      }
      state
      required
      disbursed
      shortBy
    }
    localDebt(asOf: $asOf)
    treasuryRoom
  }
`);

export const ProjectsQuery = graphql(`
  query MoneyProjects($filter: ProjectFilter, $first: Int!, $after: String, $asOf: Date, $year: Int) {
    projects(filter: $filter, first: $first, after: $after) {
      nodes {
        ...ProjectRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ProjectQuery = graphql(`
  query MoneyProject($code: String!, $asOf: Date, $year: Int) {
    project(code: $code) {
      ...ProjectRow
    }
  }
`);

export const SaveProjectsMutation = graphql(`
  mutation MoneySaveProjects($rows: [ProjectRowInput!]!, $asOf: Date, $year: Int) {
    saveProjects(rows: $rows) {
      changed
      projects {
        ...ProjectRow
      }
    }
  }
`);

export const DisbursementRowFragment = graphql(`
  fragment DisbursementRow on Disbursement {
    id
    source
    capitalYear
    date
    amount
    note
    version
  }
`);

export const DisbursementsQuery = graphql(`
  query MoneyDisbursements($projectCode: String!) {
    disbursements(projectCode: $projectCode) {
      ...DisbursementRow
    }
  }
`);

export const SaveDisbursementsMutation = graphql(`
  mutation MoneySaveDisbursements($rows: [DisbursementRowInput!]!) {
    saveDisbursements(rows: $rows) {
      changed
      disbursements {
        ...DisbursementRow
      }
    }
  }
`);

export const ReallocationRowFragment = graphql(`
  fragment ReallocationRow on Reallocation {
    id
    source
    capitalYear
    capitalType
    amount
    reason
    status
    reportedOn
    doneOn
    version
  }
`);

export const MoneyWatchQuery = graphql(`
  query MoneyWatch($year: Int!, $asOf: Date!) {
    reallocations(year: $year) {
      ...ReallocationRow
    }
    reallocationCandidates(year: $year) {
      project {
        code
        name
        unit {
          code
          name
        }
      }
      amount
    }
    localDebtProjects(asOf: $asOf) {
      project {
        code
        name
        capitalAllocatedOn
        unit {
          code
          name
        }
      }
      debtFrom
      amount
    }
    supportShortfalls(year: $year) {
      normKey
      description
      unit {
        code
        name
      }
      required
      allocated
      shortBy
    }
  }
`);

export const ReallocationsQuery = graphql(`
  query MoneyReallocations($year: Int) {
    reallocations(year: $year) {
      ...ReallocationRow
    }
  }
`);

export const SaveReallocationsMutation = graphql(`
  mutation MoneySaveReallocations($rows: [ReallocationRowInput!]!) {
    saveReallocations(rows: $rows) {
      changed
      reallocations {
        ...ReallocationRow
      }
    }
  }
`);
