import { graphql } from '@/gql';

export const TargetRowFragment = graphql(`
  fragment TargetRow on Target {
    id
    level
    year
    kind
    section
    planName
    note
    satisfactionPercent
    version
    dossierStatus
    steps {
      step
      date
      decision
      note
    }
    unit {
      code
      name
      level
      mountainous
      ancestors {
        code
        name
        level
      }
    }
  }
`);

export const TargetListQuery = graphql(`
  query TargetList(
    $level: TargetLevel
    $year: Int
    $kind: TargetKind
    $unitCode: String
    $unitLevel: AdminLevel!
    $first: Int!
    $after: String
  ) {
    targets(
      level: $level
      year: $year
      kind: $kind
      unitCode: $unitCode
      unitLevel: $unitLevel
      first: $first
      after: $after
    ) {
      totalCount
      nodes {
        ...TargetRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TargetCountsQuery = graphql(`
  query TargetCounts($year: Int, $unitCode: String, $unitLevel: AdminLevel!) {
    NTM: targets(level: NTM, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {
      totalCount
    }
    ADVANCED: targets(level: ADVANCED, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {
      totalCount
    }
    MODEL: targets(level: MODEL, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {
      totalCount
    }
    MODEL_VILLAGE: targets(level: MODEL_VILLAGE, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {
      totalCount
    }
    TASK_COMPLETED: targets(level: TASK_COMPLETED, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {
      totalCount
    }
  }
`);

export const DossierListQuery = graphql(`
  query DossierList(
    $status: DossierStatus
    $asOf: Date
    $level: TargetLevel
    $year: Int
    $unitCode: String
    $unitLevel: AdminLevel!
    $first: Int!
    $after: String
  ) {
    dossiers(
      status: $status
      asOf: $asOf
      level: $level
      year: $year
      unitCode: $unitCode
      unitLevel: $unitLevel
      first: $first
      after: $after
    ) {
      totalCount
      nodes {
        ...TargetRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SaveTargetsMutation = graphql(`
  mutation SaveTargets($rows: [TargetRowInput!]!) {
    saveTargets(rows: $rows) {
      created
      updated
      deleted
      unchanged
      targets {
        ...TargetRow
      }
    }
  }
`);

export const SaveDossiersMutation = graphql(`
  mutation SaveDossiers($rows: [DossierRowInput!]!) {
    saveDossiers(rows: $rows) {
      ...TargetRow
    }
  }
`);

export const NtmPlanQuery = graphql(`
  query NtmPlan {
    plan {
      code
      name
      decision
      startYear
      endYear
      minSatisfactionPercent
      goals {
        key
        kind
        unitLevel
        levels
        threshold
        thresholdMax
        sharePercent
        denominator
        mountainousOnly
        description
        section
      }
    }
  }
`);

export const NtmUnitsQuery = graphql(`
  query NtmUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {
    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {
      nodes {
        code
        name
        shortName
        level
        mountainous
        childCount
        parent {
          code
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ModelVillageRecognitionsQuery = graphql(`
  query ModelVillageRecognitions($holdingOn: Date, $unitCode: String, $first: Int!, $after: String) {
    recognitions(level: MODEL_VILLAGE, holdingOn: $holdingOn, unitCode: $unitCode, first: $first, after: $after) {
      nodes {
        id
        unit {
          code
          ancestors {
            code
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
