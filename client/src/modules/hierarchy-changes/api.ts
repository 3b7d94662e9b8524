import { api, type RequestOptions } from '@/api';
import type {
  CatalogueDiffQuery as CatalogueDiffResult,
  HierarchyChangeFieldsFragment,
  HierarchyEffectFieldsFragment,
  UnitHistoryQuery as UnitHistoryResult,
} from '@/gql/graphql';
import {
  ApplyHierarchyChangeMutation,
  CatalogueDiffQuery,
  HierarchyChangesQuery,
  PreviewHierarchyChangeQuery,
  RevertHierarchyChangeMutation,
  UnitHistoryQuery,
  UnitNamesQuery,
  type AdminLevel,
  type HierarchyChangeInput,
} from './graphql';

export type CatalogueDiff = CatalogueDiffResult['catalogueDiff'];
export type ProposedChange = CatalogueDiff['changes'][number];
export type HierarchyEffect = HierarchyEffectFieldsFragment;
export type HierarchyChange = HierarchyChangeFieldsFragment;
export type HierarchyChangeItem = HierarchyChange['items'][number];
export type UnitHistory = NonNullable<UnitHistoryResult['unitHistory']>;
export type { HierarchyChangeInput };

/** How many changes the list shows, newest first. */
export const CHANGES_SHOWN = 50;
/** How many units of a level are read to name the codes of a proposal (a province has ~250 communes). */
const NAMES_PER_LEVEL = 500;

/** A GSO catalogue (the file's text) compared with today's units: nothing is written. */
export async function fetchCatalogueDiff(catalogue: string, options: RequestOptions = {}): Promise<CatalogueDiff> {
  const { catalogueDiff } = await api.request(CatalogueDiffQuery, { catalogue }, options);
  return catalogueDiff;
}

/** Code -> today's name of the units of a level (the first few hundred). */
export async function fetchUnitNames(level: AdminLevel, options: RequestOptions = {}): Promise<Map<string, string>> {
  const { adminUnits } = await api.request(UnitNamesQuery, { level, first: NAMES_PER_LEVEL }, options);
  return new Map(adminUnits.nodes.map((u) => [u.code, u.name]));
}

/** The dry run: everything applying would do, item by item; nothing is written. */
export async function previewChange(
  input: HierarchyChangeInput,
  options: RequestOptions = {},
): Promise<HierarchyEffect[]> {
  const { previewHierarchyChange } = await api.request(PreviewHierarchyChangeQuery, { input }, options);
  return previewHierarchyChange;
}

/** Applies every item, or none (BAD_USER_INPUT with `extensions.rows` naming the items refused). */
export async function applyChange(
  input: HierarchyChangeInput,
): Promise<{ change: HierarchyChange; effects: HierarchyEffect[] }> {
  const { applyHierarchyChange } = await api.request(ApplyHierarchyChangeMutation, { input });
  return applyHierarchyChange;
}

/** Undoes an applied change (the latest one, while nothing was recorded against its units since). */
export async function revertChange(id: string, version: number): Promise<HierarchyChange> {
  const { revertHierarchyChange } = await api.request(RevertHierarchyChangeMutation, { id, version });
  return revertHierarchyChange;
}

export async function fetchChanges(options: RequestOptions = {}): Promise<HierarchyChange[]> {
  const { hierarchyChanges } = await api.request(HierarchyChangesQuery, { first: CHANGES_SHOWN }, options);
  return hierarchyChanges;
}

/** A unit's names and parents over time, its predecessors and successor; null: no such unit. */
export async function fetchUnitHistory(code: string, options: RequestOptions = {}): Promise<UnitHistory | null> {
  const { unitHistory } = await api.request(UnitHistoryQuery, { code }, options);
  return unitHistory;
}
