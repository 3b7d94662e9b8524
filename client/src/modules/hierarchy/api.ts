import { MAX_PAGE_SIZE, type AdminLevel } from '@ntm/shared';
import { api, type RequestOptions } from '@/api';
import type {
  AdminUnitInput,
  AdminUnitRowFragment,
  CreateVillageInput,
  HierarchyUnitsQuery as HierarchyUnitsResult,
} from '@/gql/graphql';
import type { CellChange } from '@/grid';
import {
  CreateVillageMutation,
  HierarchyUnitQuery,
  HierarchyUnitsQuery,
  UpdateAdminUnitMutation,
} from './graphql';

export type AdminUnitRow = AdminUnitRowFragment;

export interface UnitListQuery {
  parentCode: string;
  level?: AdminLevel;
}

/** All units under a parent, following the connection's pages. */
export async function fetchUnits(
  query: UnitListQuery,
  options: RequestOptions = {},
): Promise<{ units: AdminUnitRow[]; totalCount: number }> {
  const units: AdminUnitRow[] = [];
  let totalCount = 0;
  let after: string | null = null;
  do {
    // Annotated: `after` feeds the next request, which TypeScript cannot infer in a loop.
    const { adminUnits }: HierarchyUnitsResult = await api.request(
      HierarchyUnitsQuery,
      { level: query.level ?? null, parentCode: query.parentCode, first: MAX_PAGE_SIZE, after },
      options,
    );
    units.push(...adminUnits.nodes);
    totalCount = adminUnits.totalCount;
    after = adminUnits.pageInfo.hasNextPage ? adminUnits.pageInfo.endCursor : null;
  } while (after);
  return { units, totalCount };
}

export async function fetchUnit(
  code: string,
  options: RequestOptions = {},
): Promise<AdminUnitRow | null> {
  const { adminUnit } = await api.request(HierarchyUnitQuery, { code }, options);
  return adminUnit;
}

/** The API input for one edited cell; only the grid's editable fields have one. */
function unitInput(field: string, value: unknown): AdminUnitInput {
  switch (field) {
    case 'name':
      return { name: String(value ?? '') };
    case 'mountainous':
      return { mountainous: value === true };
    default:
      throw new Error(`Field ${field} of an administrative unit is not editable`);
  }
}

/** Saves one edited cell with the row's version; the API answers CONFLICT if it is stale. */
export async function updateUnit(change: CellChange): Promise<AdminUnitRow> {
  const { updateAdminUnit } = await api.request(UpdateAdminUnitMutation, {
    code: change.key,
    version: change.version,
    input: unitInput(change.field, change.value),
  });
  return updateAdminUnit;
}

export async function createVillage(input: CreateVillageInput): Promise<AdminUnitRow> {
  const { createVillage: village } = await api.request(CreateVillageMutation, { input });
  return village;
}
