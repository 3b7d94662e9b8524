import { api, type RequestOptions } from '@/api';
import type { DeadlineListQuery as DeadlineListResult, PlanProgressQuery as PlanProgressResult } from '@/gql/graphql';
import { DeadlineListQuery, PlanProgressQuery } from './graphql';

export type PlanProgress = PlanProgressResult['planProgress'];
export type GoalProgress = PlanProgress['goals'][number];
export type PlanGoalFacts = PlanProgress['plan']['goals'][number];
export type DistrictUnit = PlanProgressResult['districtsWithoutNtmCommune'][number];
export type DeadlineRecord = DeadlineListResult['deadlines'][number];

/** Every goal of the plan as of a date, and the districts without an NTM commune that day. */
export async function fetchProgress(
  asOf: string,
  options: RequestOptions = {},
): Promise<{ progress: PlanProgress; withoutNtmCommune: DistrictUnit[] }> {
  const result = await api.request(PlanProgressQuery, { asOf }, options);
  return { progress: result.planProgress, withoutNtmCommune: result.districtsWithoutNtmCommune };
}

export interface DeadlineQuery {
  asOf: string;
  within: number;
  unitCode: string | null;
  all: boolean;
}

/** Dossier steps overdue or due within `within` days (all steps with `all`), as of a date. */
export async function fetchDeadlines(query: DeadlineQuery, options: RequestOptions = {}): Promise<DeadlineRecord[]> {
  const { deadlines } = await api.request(DeadlineListQuery, query, options);
  return deadlines;
}
