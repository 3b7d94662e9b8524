import { MAX_PAGE_SIZE, type AdminLevel } from '@ntm/shared';
import { api, type RequestOptions } from '@/api';
import type {
  AdminUnitRowFragment,
  AdminUnitRowInput,
  CreateVillageInput,
  HierarchyUnitsQuery as HierarchyUnitsResult,
} from '@/gql/graphql';
import {
  CreateVillageMutation,
  HierarchyUnitQuery,
  HierarchyUnitsQuery,
  SaveAdminUnitsMutation,
} from './graphql';

export type AdminUnitRow = AdminUnitRowFragment;

export interface UnitListQuery {
  parentCode: string;
  level?: AdminLevel;
}

/**
 * All units under a parent, following the connection's pages. `onPage` sees the rows read so far
 * after every page that is not the last, so that a long list shows its first rows at once.
 */
export async function fetchUnits(
  query: UnitListQuery,
  options: RequestOptions & { onPage?: (units: readonly AdminUnitRow[], totalCount: number) => void } = {},
): Promise<{ units: AdminUnitRow[]; totalCount: number }> {
  const { onPage, ...requestOptions } = options;
  const units: AdminUnitRow[] = [];
  let totalCount = 0;
  let after: string | null = null;
  do {
    // Annotated: `after` feeds the next request, which TypeScript cannot infer in a loop.
    const { adminUnits }: HierarchyUnitsResult = await api.request(
      HierarchyUnitsQuery,
      { level: query.level ?? null, parentCode: query.parentCode, first: MAX_PAGE_SIZE, after },
      requestOptions,
    );
    units.push(...adminUnits.nodes);
    totalCount = adminUnits.totalCount;
    after = adminUnits.pageInfo.hasNextPage ? adminUnits.pageInfo.endCursor : null;
    if (after) onPage?.(units, totalCount);
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

export type { AdminUnitRowInput };

/**
 * Saves edited units and new villages in one request, all or nothing. Resolves with the units as
 * saved, one per row in order; a refused batch fails with the refused rows in the error.
 */
export async function saveUnits(rows: AdminUnitRowInput[]): Promise<AdminUnitRow[]> {
  const { saveAdminUnits } = await api.request(SaveAdminUnitsMutation, { rows });
  return saveAdminUnits.units;
}

export async function createVillage(input: CreateVillageInput): Promise<AdminUnitRow> {
  const { createVillage: village } = await api.request(CreateVillageMutation, { input });
  return village;
}
