import { MAX_PAGE_SIZE } from '@ntm/shared';
import { api, type RequestOptions } from '@/api';
import type {
  AdminLevel,
  GoodModelRowFragment,
  GoodModelsQuery as GoodModelsResult,
  IndIndicatorFragment,
  IndMatrixRowFragment,
  IndProgressQuery,
  IndicatorValueInput,
  ModelCoverageOfQuery,
  ModelRowInput,
  OcopProductRowFragment,
  OcopProductsQuery as OcopProductsResult,
  OcopRowInput,
  OcopSummaryOfQuery,
} from '@/gql/graphql';
import {
  GoodModelsQuery,
  GoodModelsSaveMutation,
  IndMatrixQuery,
  IndProgressQuery as IndProgressDocument,
  IndSaveValuesMutation,
  IndUnitsQuery,
  ModelCoverageQuery,
  OcopProductsQuery,
  OcopSaveMutation,
  OcopSummaryQuery,
} from './graphql';

export type Indicator = IndIndicatorFragment;
export type IndicatorMatrixApiRow = IndMatrixRowFragment;
export type IndicatorProgressItem = IndProgressQuery['indicatorProgress'][number];
export type OcopProduct = OcopProductRowFragment;
export type GoodModel = GoodModelRowFragment;
export type OcopSummary = OcopSummaryOfQuery['ocopSummary'];
export type ModelCoverage = ModelCoverageOfQuery['modelCoverage'];
export type { IndicatorValueInput, ModelRowInput, OcopRowInput };

export interface UnitOption {
  code: string;
  name: string;
  level: AdminLevel;
}

/** Units of a level (or below a unit) the user may see; the province's 18 districts are one page. */
export async function fetchUnits(
  filter: { level?: AdminLevel; parentCode?: string },
  options: RequestOptions = {},
): Promise<UnitOption[]> {
  // Only the filters given: the API answers an explicit null parentCode with an internal error.
  const { adminUnits } = await api.request(
    IndUnitsQuery,
    {
      first: MAX_PAGE_SIZE,
      ...(filter.level ? { level: filter.level } : {}),
      ...(filter.parentCode ? { parentCode: filter.parentCode } : {}),
    },
    options,
  );
  return adminUnits.nodes;
}

export async function fetchIndicatorMatrix(parentCode: string, year: number, options: RequestOptions = {}) {
  const { indicatorMatrix } = await api.request(IndMatrixQuery, { parentCode, year }, options);
  return indicatorMatrix;
}

/** Saves figures, all or nothing; resolves with the rows of the units touched, as saved. */
export async function saveIndicatorValues(rows: IndicatorValueInput[]): Promise<IndicatorMatrixApiRow[]> {
  const { saveIndicatorValues: result } = await api.request(IndSaveValuesMutation, { rows });
  return result.rows;
}

export async function fetchIndicatorProgress(
  year: number,
  unitCode: string | null,
  options: RequestOptions = {},
): Promise<IndicatorProgressItem[]> {
  const { indicatorProgress } = await api.request(IndProgressDocument, { year, unitCode }, options);
  return indicatorProgress;
}

/** Every OCOP product in the user's units (of a unit, when given), page after page. */
export async function fetchOcopProducts(unitCode: string | null, options: RequestOptions = {}): Promise<OcopProduct[]> {
  const out: OcopProduct[] = [];
  let after: string | null = null;
  for (;;) {
    const { ocopProducts }: OcopProductsResult = await api.request(
      OcopProductsQuery,
      { filter: unitCode ? { unitCode } : null, first: MAX_PAGE_SIZE, after },
      options,
    );
    out.push(...ocopProducts.nodes);
    if (!ocopProducts.pageInfo.hasNextPage || !ocopProducts.pageInfo.endCursor) return out;
    after = ocopProducts.pageInfo.endCursor;
  }
}

export async function saveOcopProducts(rows: OcopRowInput[]): Promise<OcopProduct[]> {
  const { saveOcopProducts: result } = await api.request(OcopSaveMutation, { rows });
  return result.products;
}

export async function fetchOcopSummary(
  year: number,
  unitCode: string | null,
  options: RequestOptions = {},
): Promise<OcopSummary> {
  const { ocopSummary } = await api.request(OcopSummaryQuery, { year, unitCode }, options);
  return ocopSummary;
}

/** Every good-practice model in the user's units (of a unit, when given), page after page. */
export async function fetchModels(unitCode: string | null, options: RequestOptions = {}): Promise<GoodModel[]> {
  const out: GoodModel[] = [];
  let after: string | null = null;
  for (;;) {
    const { models }: GoodModelsResult = await api.request(
      GoodModelsQuery,
      { filter: unitCode ? { unitCode } : null, first: MAX_PAGE_SIZE, after },
      options,
    );
    out.push(...models.nodes);
    if (!models.pageInfo.hasNextPage || !models.pageInfo.endCursor) return out;
    after = models.pageInfo.endCursor;
  }
}

export async function saveModels(rows: ModelRowInput[]): Promise<GoodModel[]> {
  const { saveModels: result } = await api.request(GoodModelsSaveMutation, { rows });
  return result.models;
}

export async function fetchModelCoverage(year: number, options: RequestOptions = {}): Promise<ModelCoverage> {
  const { modelCoverage } = await api.request(ModelCoverageQuery, { year }, options);
  return modelCoverage;
}
