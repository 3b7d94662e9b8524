import type { ValidationIssue } from '@ntm/shared';
import { ApiError, api, isApiError, type RequestOptions } from '@/api';
import type {
  AdminLevel,
  DossierListQuery as DossierListResult,
  DossierRowInput,
  ModelVillageRecognitionsQuery as RecognitionsResult,
  TargetListQuery as TargetListResult,
  DossierStatus,
  NtmPlanQuery,
  NtmUnitsQuery,
  TargetLevel,
  TargetRowFragment,
  TargetRowInput,
} from '@/gql/graphql';
import {
  DossierListQuery,
  ModelVillageRecognitionsQuery,
  NtmPlanQuery as PlanDocument,
  NtmUnitsQuery as UnitsDocument,
  SaveDossiersMutation,
  SaveTargetsMutation,
  TargetCountsQuery,
  TargetListQuery,
} from './graphql';

export type TargetRecord = TargetRowFragment;
export type Plan = NtmPlanQuery['plan'];
export type PlanGoal = Plan['goals'][number];
export type NtmUnit = NtmUnitsQuery['adminUnits']['nodes'][number];
export type { DossierRowInput, TargetRowInput };

/** Rows a page asks for: the API's complexity allows a page of 500 targets with their units. */
const PAGE = 500;

export interface TargetQuery {
  unitLevel: AdminLevel;
  level?: TargetLevel | null;
  year?: number | null;
  /** Targets of this unit and below (a district). */
  unitCode?: string | null;
}

export interface DossierQuery extends TargetQuery {
  status?: DossierStatus | null;
  asOf?: string | null;
}

/** Every target matching the query, following the connection's pages. */
export async function fetchTargets(query: TargetQuery, options: RequestOptions = {}): Promise<TargetRecord[]> {
  const out: TargetRecord[] = [];
  let after: string | null = null;
  do {
    // Annotated: `after` feeds the next request, which TypeScript cannot infer in a loop.
    const { targets }: TargetListResult = await api.request(
      TargetListQuery,
      {
        unitLevel: query.unitLevel,
        level: query.level ?? null,
        year: query.year ?? null,
        unitCode: query.unitCode ?? null,
        kind: null,
        first: PAGE,
        after,
      },
      options,
    );
    out.push(...targets.nodes);
    after = targets.pageInfo.hasNextPage ? targets.pageInfo.endCursor : null;
  } while (after);
  return out;
}

/** Every dossier matching the query (targets with their steps), following the pages. */
export async function fetchDossiers(query: DossierQuery, options: RequestOptions = {}): Promise<TargetRecord[]> {
  const out: TargetRecord[] = [];
  let after: string | null = null;
  do {
    const { dossiers }: DossierListResult = await api.request(
      DossierListQuery,
      {
        unitLevel: query.unitLevel,
        level: query.level ?? null,
        year: query.year ?? null,
        unitCode: query.unitCode ?? null,
        status: query.status ?? null,
        asOf: query.asOf ?? null,
        first: PAGE,
        after,
      },
      options,
    );
    out.push(...dossiers.nodes);
    after = dossiers.pageInfo.hasNextPage ? dossiers.pageInfo.endCursor : null;
  } while (after);
  return out;
}

/**
 * One target read again (after a conflict): its unit's targets, that one picked out; null when
 * it is gone.
 */
export async function fetchTarget(row: {
  id: number;
  unitCode: string;
  unitLevel: AdminLevel;
}): Promise<TargetRecord | null> {
  const targets = await fetchTargets({ unitLevel: row.unitLevel, unitCode: row.unitCode });
  return targets.find((t) => t.id === row.id) ?? null;
}

/** How many targets of each level match (for the counts above the grid). */
export async function fetchTargetCounts(
  query: Omit<TargetQuery, 'level'>,
  options: RequestOptions = {},
): Promise<Record<TargetLevel, number>> {
  const counts = await api.request(
    TargetCountsQuery,
    { unitLevel: query.unitLevel, year: query.year ?? null, unitCode: query.unitCode ?? null },
    options,
  );
  return {
    NTM: counts.NTM.totalCount,
    ADVANCED: counts.ADVANCED.totalCount,
    MODEL: counts.MODEL.totalCount,
    MODEL_VILLAGE: counts.MODEL_VILLAGE.totalCount,
    TASK_COMPLETED: counts.TASK_COMPLETED.totalCount,
  };
}

/** A row of a refused batch, as the server reports it (`extensions.rows`). */
export interface RefusedRow {
  index: number;
  key: string | null;
  code: string;
  issues: ValidationIssue[];
  message: string;
}

/** The issues of a refused row in the grid's terms: each naming the column it is about. */
export type RefineRow = (row: RefusedRow) => ValidationIssue[];

/**
 * A refused batch with its rows' issues put in the grid's terms (`refine`), so that each lands
 * on the cell it is about; any other failure as it is.
 */
function refined(error: unknown, refine: RefineRow): unknown {
  if (!isApiError(error) || !Array.isArray(error.extensions.rows)) return error;
  const rows = (error.extensions.rows as RefusedRow[]).map((row) => ({
    ...row,
    issues: refine({ ...row, issues: row.issues ?? [] }),
  }));
  return new ApiError({
    code: error.code,
    message: error.message,
    field: error.field,
    issues: error.issues,
    rawCode: error.rawCode,
    extensions: { ...error.extensions, rows },
  });
}

/**
 * Saves targets in one request, all or nothing. Resolves with one entry per input row: the
 * target as saved, or null for a removed one.
 */
export async function saveTargets(rows: TargetRowInput[], refine: RefineRow): Promise<(TargetRecord | null)[]> {
  try {
    const { saveTargets: result } = await api.request(SaveTargetsMutation, { rows });
    const saved = [...result.targets];
    return rows.map((row) => (row.delete ? null : (saved.shift() ?? null)));
  } catch (error) {
    throw refined(error, refine);
  }
}

/** Records dossier steps in one request, all or nothing; the targets as saved, in order. */
export async function saveDossiers(rows: DossierRowInput[], refine: RefineRow): Promise<TargetRecord[]> {
  try {
    const { saveDossiers: saved } = await api.request(SaveDossiersMutation, { rows });
    return saved;
  } catch (error) {
    throw refined(error, refine);
  }
}

let planRequest: Promise<Plan> | null = null;

/** The plan in force (read once per visit: it changes with a new decision only). */
export function fetchPlan(): Promise<Plan> {
  planRequest ??= api.request(PlanDocument, {}).then((r) => r.plan);
  planRequest.catch(() => (planRequest = null));
  return planRequest;
}

/** Units of a level (or under a parent), all pages, with their number of units below. */
export async function fetchNtmUnits(
  query: { level?: AdminLevel | null; parentCode?: string | null },
  options: RequestOptions = {},
): Promise<NtmUnit[]> {
  const out: NtmUnit[] = [];
  let after: string | null = null;
  do {
    const { adminUnits }: NtmUnitsQuery = await api.request(
      UnitsDocument,
      // Left out, not null: the server reads `parentCode: null` as a parent to look up.
      {
        ...(query.level ? { level: query.level } : {}),
        ...(query.parentCode ? { parentCode: query.parentCode } : {}),
        first: 1000,
        after,
      },
      options,
    );
    out.push(...adminUnits.nodes);
    after = adminUnits.pageInfo.hasNextPage ? adminUnits.pageInfo.endCursor : null;
  } while (after);
  return out;
}

export interface VillageRecognition {
  id: number;
  code: string;
  /** Codes of the units above, from the province down. */
  ancestors: string[];
}

/** Model village recognitions holding on a date, within a unit. */
export async function fetchModelVillageRecognitions(
  holdingOn: string,
  unitCode: string | null,
  options: RequestOptions = {},
): Promise<VillageRecognition[]> {
  const out: VillageRecognition[] = [];
  let after: string | null = null;
  do {
    const { recognitions }: RecognitionsResult = await api.request(
      ModelVillageRecognitionsQuery,
      { holdingOn, unitCode, first: 1000, after },
      options,
    );
    out.push(
      ...recognitions.nodes.map((r) => ({
        id: r.id,
        code: r.unit.code,
        ancestors: r.unit.ancestors.map((a) => a.code),
      })),
    );
    after = recognitions.pageInfo.hasNextPage ? recognitions.pageInfo.endCursor : null;
  } while (after);
  return out;
}
