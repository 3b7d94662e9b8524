import { graphql } from '@/gql';

export const PlanProgressQuery = graphql(`
  query PlanProgress($asOf: Date) {
    planProgress(asOf: $asOf) {
      asOf
      plan {
        code
        name
        decision
        goals {
          key
          threshold
          thresholdMax
          sharePercent
          mountainousOnly
        }
      }
      goals {
        key
        kind
        levels
        unitLevel
        description
        section
        goal
        goalMax
        denominator
        unitsCounted
        achieved
        inPipeline
        gap
        met
        byDistrict {
          district {
            code
            name
          }
          achieved
          inPipeline
          targets
          unitsCounted
        }
      }
    }
    districtsWithoutNtmCommune(asOf: $asOf) {
      code
      name
    }
  }
`);

export const DeadlineListQuery = graphql(`
  query DeadlineList($asOf: Date!, $within: Int!, $unitCode: String, $all: Boolean!) {
    deadlines(asOf: $asOf, within: $within, unitCode: $unitCode, all: $all) {
      step
      dueDate
      doneOn
      state
      daysLeft
      note
      target {
        id
        level
        year
        kind
        unit {
          code
          name
          level
          ancestors {
            code
            name
            level
          }
        }
      }
    }
  }
`);
