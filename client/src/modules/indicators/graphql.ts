import { graphql } from '@/gql';

export const IndIndicatorFragment = graphql(`
  fragment IndIndicator on Indicator {
    id
    key
    name
    nameEn
    unit
    level
    rollUp
    weightKey
    direction
    targetKind
    targetValue
    targetValueMax
    targetYear
    baselineYear
    derived
    description
    section
    sortOrder
  }
`);

export const IndMatrixRowFragment = graphql(`
  fragment IndMatrixRow on IndicatorMatrixRow {
    unit {
      code
      name
      level
    }
    editable
    cells {
      key
      month
      value
      note
      version
    }
  }
`);

export const IndUnitsQuery = graphql(`
  query IndUnits($level: AdminLevel, $parentCode: String, $first: Int!) {
    adminUnits(level: $level, parentCode: $parentCode, first: $first) {
      nodes {
        code
        name
        level
      }
    }
  }
`);

export const IndMatrixQuery = graphql(`
  query IndMatrix($parentCode: String!, $year: Int!) {
    indicatorMatrix(parentCode: $parentCode, year: $year) {
      year
      indicators {
        ...IndIndicator
      }
      rows {
        ...IndMatrixRow
      }
    }
  }
`);

export const IndSaveValuesMutation = graphql(`
  mutation IndSaveValues($rows: [IndicatorValueInput!]!) {
    saveIndicatorValues(rows: $rows) {
      changed
      rows {
        ...IndMatrixRow
      }
    }
  }
`);

export const IndProgressQuery = graphql(`
  query IndProgress($year: Int!, $unitCode: String) {
    indicatorProgress(year: $year, unitCode: $unitCode) {
      indicator {
        ...IndIndicator
      }
      value
      rolledUp
      derived
      unitsReporting
      baseline
      previous
      required
      met
      gap
    }
  }
`);

export const OcopProductFragment = graphql(`
  fragment OcopProductRow on OcopProduct {
    id
    name
    producer
    category
    stars
    yearRated
    isNew
    flagship
    version
    unit {
      code
      name
    }
  }
`);

export const OcopProductsQuery = graphql(`
  query OcopProducts($filter: OcopFilter, $first: Int!, $after: String) {
    ocopProducts(filter: $filter, first: $first, after: $after) {
      nodes {
        ...OcopProductRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OcopSaveMutation = graphql(`
  mutation OcopSave($rows: [OcopRowInput!]!) {
    saveOcopProducts(rows: $rows) {
      changed
      products {
        ...OcopProductRow
      }
    }
  }
`);

export const OcopSummaryQuery = graphql(`
  query OcopSummaryOf($year: Int!, $unitCode: String) {
    ocopSummary(year: $year, unitCode: $unitCode) {
      year
      total
      byStars {
        stars
        count
      }
      newProducts
      upgraded
      flagships
      flagshipsFiveStar
    }
  }
`);

export const GoodModelFragment = graphql(`
  fragment GoodModelRow on GoodModel {
    id
    name
    field
    year
    replicatedFromId
    note
    version
    unit {
      code
      name
    }
  }
`);

export const GoodModelsQuery = graphql(`
  query GoodModels($filter: ModelFilter, $first: Int!, $after: String) {
    models(filter: $filter, first: $first, after: $after) {
      nodes {
        ...GoodModelRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GoodModelsSaveMutation = graphql(`
  mutation GoodModelsSave($rows: [ModelRowInput!]!) {
    saveModels(rows: $rows) {
      changed
      models {
        ...GoodModelRow
      }
    }
  }
`);

export const ModelCoverageQuery = graphql(`
  query ModelCoverageOf($year: Int!) {
    modelCoverage(year: $year) {
      year
      communesUnder {
        unit {
          code
          name
        }
        count
        required
      }
      districtsUnder {
        unit {
          code
          name
        }
        count
        required
      }
      districtsWithoutTourism {
        code
        name
      }
    }
  }
`);
