import { MAX_PAGE_SIZE } from '@ntm/shared';
import { api, type RequestOptions } from '@/api';
import type {
  AdminLevel,
  AllocationRowFragment,
  AllocationRowInput,
  CheckpointFieldsFragment,
  DisbursementRowFragment,
  DisbursementRowInput,
  MoneyAllocationsQuery,
  MoneyBudgetSummaryQuery,
  MoneyCheckpointStatusQuery,
  MoneyProjectsQuery,
  MoneyUnitFragment,
  MoneyUnitsQuery as MoneyUnitsResult,
  MoneyWatchQuery as MoneyWatchResult,
  ProjectRowFragment,
  ProjectRowInput,
  ReallocationRowFragment,
  ReallocationRowInput,
} from '@/gql/graphql';
import {
  AllocationsQuery,
  BudgetSummaryQuery,
  CheckpointStatusQuery,
  CheckpointsQuery,
  DisbursementsQuery,
  MoneyUnitQuery,
  MoneyUnitsQuery,
  MoneyWatchQuery,
  ProjectQuery,
  ProjectsQuery,
  ReallocationsQuery,
  SaveAllocationsMutation,
  SaveDisbursementsMutation,
  SaveProjectsMutation,
  SaveReallocationsMutation,
} from './graphql';

export type MoneyUnit = MoneyUnitFragment;
export type AllocationRecord = AllocationRowFragment;
export type ProjectRecord = ProjectRowFragment;
export type DisbursementRecord = DisbursementRowFragment;
export type ReallocationRecord = ReallocationRowFragment;
export type CheckpointRecord = CheckpointFieldsFragment;
export type BudgetSummary = MoneyBudgetSummaryQuery['budgetSummary'];
export type CheckpointStatusRecord = MoneyCheckpointStatusQuery['checkpointStatus'][number];
export type MoneyWatch = MoneyWatchResult;
export type { AllocationRowInput, DisbursementRowInput, ProjectRowInput, ReallocationRowInput };

/** Units of a level or under a parent, following the connection's pages. */
export async function fetchMoneyUnits(
  query: { level?: AdminLevel; parentCode?: string },
  options: RequestOptions = {},
): Promise<MoneyUnit[]> {
  const units: MoneyUnit[] = [];
  let after: string | null = null;
  do {
    const { adminUnits }: MoneyUnitsResult = await api.request(
      MoneyUnitsQuery,
      // Left out rather than null: the API reads a null parent as a code to look up.
      {
        ...(query.level ? { level: query.level } : {}),
        ...(query.parentCode ? { parentCode: query.parentCode } : {}),
        first: MAX_PAGE_SIZE,
        after,
      },
      options,
    );
    units.push(...adminUnits.nodes);
    after = adminUnits.pageInfo.hasNextPage ? adminUnits.pageInfo.endCursor : null;
  } while (after);
  return units;
}

export async function fetchMoneyUnit(code: string, options: RequestOptions = {}): Promise<MoneyUnit | null> {
  const { adminUnit } = await api.request(MoneyUnitQuery, { code }, options);
  return adminUnit;
}

/** Allocations of a unit and the units below it in a year: to units (`projects` false) or to projects. */
export async function fetchAllocations(
  query: { year: number; unitCode: string; projects: boolean },
  options: RequestOptions = {},
): Promise<AllocationRecord[]> {
  const out: AllocationRecord[] = [];
  let after: string | null = null;
  do {
    const { allocations }: MoneyAllocationsQuery = await api.request(
      AllocationsQuery,
      { ...query, first: MAX_PAGE_SIZE, after },
      options,
    );
    out.push(...allocations.nodes);
    after = allocations.pageInfo.hasNextPage ? allocations.pageInfo.endCursor : null;
  } while (after);
  return out;
}

/** Saves allocations in one request, all or nothing. */
export async function saveAllocations(rows: AllocationRowInput[]): Promise<AllocationRecord[]> {
  const { saveAllocations: result } = await api.request(SaveAllocationsMutation, { rows });
  return result.allocations;
}

export async function fetchCheckpoints(options: RequestOptions = {}): Promise<CheckpointRecord[]> {
  const { checkpoints } = await api.request(CheckpointsQuery, {}, options);
  return checkpoints;
}

export async function fetchBudgetSummary(
  query: { year: number | null; unitCode: string | null; asOf: string },
  options: RequestOptions = {},
): Promise<BudgetSummary> {
  const { budgetSummary } = await api.request(BudgetSummaryQuery, query, options);
  return budgetSummary;
}

export async function fetchCheckpointStatus(
  query: { asOf: string; unitCode: string | null },
  options: RequestOptions = {},
): Promise<CheckpointStatusRecord[]> {
  const { checkpointStatus } = await api.request(CheckpointStatusQuery, query, options);
  return checkpointStatus;
}

/** Projects (money as of a date, of one capital year or all) in a unit's subtree. */
const PROJECT_PAGE = 200;

export interface ProjectQueryArgs {
  unitCode: string | null;
  asOf: string;
  year: number | null;
}

export async function fetchProjects(query: ProjectQueryArgs, options: RequestOptions = {}): Promise<ProjectRecord[]> {
  const out: ProjectRecord[] = [];
  let after: string | null = null;
  do {
    const { projects }: MoneyProjectsQuery = await api.request(
      ProjectsQuery,
      {
        filter: query.unitCode ? { unitCode: query.unitCode } : null,
        first: PROJECT_PAGE,
        after,
        asOf: query.asOf,
        year: query.year,
      },
      options,
    );
    out.push(...projects.nodes);
    after = projects.pageInfo.hasNextPage ? projects.pageInfo.endCursor : null;
  } while (after);
  return out;
}

export async function fetchProject(
  code: string,
  query: { asOf: string; year: number | null },
  options: RequestOptions = {},
): Promise<ProjectRecord | null> {
  const { project } = await api.request(ProjectQuery, { code, ...query }, options);
  return project;
}

export async function saveProjects(
  rows: ProjectRowInput[],
  query: { asOf: string; year: number | null },
): Promise<ProjectRecord[]> {
  const { saveProjects: result } = await api.request(SaveProjectsMutation, { rows, ...query });
  return result.projects;
}

export async function fetchDisbursements(
  projectCode: string,
  options: RequestOptions = {},
): Promise<DisbursementRecord[]> {
  const { disbursements } = await api.request(DisbursementsQuery, { projectCode }, options);
  return disbursements;
}

/** Saves disbursements in one request, all or nothing (the Treasury and allocation rules apply). */
export async function saveDisbursements(rows: DisbursementRowInput[]): Promise<DisbursementRecord[]> {
  const { saveDisbursements: result } = await api.request(SaveDisbursementsMutation, { rows });
  return result.disbursements;
}

/** Reallocations, candidates, local debt and support shortfalls of a year. */
export async function fetchMoneyWatch(
  query: { year: number; asOf: string },
  options: RequestOptions = {},
): Promise<MoneyWatch> {
  return api.request(MoneyWatchQuery, query, options);
}

export async function fetchReallocations(
  year: number | null,
  options: RequestOptions = {},
): Promise<ReallocationRecord[]> {
  const { reallocations } = await api.request(ReallocationsQuery, { year }, options);
  return reallocations;
}

export async function saveReallocations(rows: ReallocationRowInput[]): Promise<ReallocationRecord[]> {
  const { saveReallocations: result } = await api.request(SaveReallocationsMutation, { rows });
  return result.reallocations;
}
