import { AdminLevel, MAX_PAGE_SIZE } from '@ntm/shared';
import { api, type RequestOptions } from '@/api';
import type {
  AdminUnitRowFragment,
  AdminUnitRowInput,
  CreateVillageInput,
  HierarchyUnitsQuery as HierarchyUnitsResult,
} from '@/gql/graphql';
import { CreateVillageMutation, HierarchyUnitQuery, HierarchyUnitsQuery, SaveAdminUnitsMutation } from './graphql';

/**
 * A unit as the grids show it: the unit's own fields, and the names of the district and the
 * province above it, for lists that span several of them (null where there is none above).
 */
export type AdminUnitRow = Omit<AdminUnitRowFragment, 'ancestors'> & {
  district: string | null;
  province: string | null;
};

/** A unit as read, with its district and province named from its ancestors. */
function toRow({ ancestors, ...unit }: AdminUnitRowFragment): AdminUnitRow {
  let district: string | null = null;
  let province: string | null = null;
  for (const above of ancestors) {
    if (above.level === AdminLevel.DISTRICT) district = above.name;
    else if (above.level === AdminLevel.PROVINCE) province = above.name;
  }
  return { ...unit, district, province };
}

/**
 * Which units: the children of `parentCode`, or without it every unit of `level` within the
 * user's units, whatever their parent.
 */
export interface UnitListQuery {
  parentCode?: string;
  level?: AdminLevel;
}

/**
 * Rows of the first page of a list shown as it comes: enough to fill the grid's view, and so
 * small that they come at once; the pages after it are as large as the API answers.
 */
const FIRST_PAGE_SIZE = 100;

/**
 * All units the query names, following the connection's pages. With `onPage`, the first page is
 * a short one, and `onPage` sees the rows read so far after every page that is not the last, so
 * that a long list shows its first rows at once. The total is asked for once, with the first page.
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
    const first: number = after === null && onPage ? FIRST_PAGE_SIZE : MAX_PAGE_SIZE;
    // Annotated: `after` feeds the next request, which TypeScript cannot infer in a loop.
    const { adminUnits }: HierarchyUnitsResult = await api.request(
      HierarchyUnitsQuery,
      {
        level: query.level ?? null,
        parentCode: query.parentCode ?? null,
        first,
        after,
        withCount: after === null,
      },
      requestOptions,
    );
    for (const node of adminUnits.nodes) units.push(toRow(node));
    totalCount = adminUnits.totalCount ?? totalCount;
    after = adminUnits.pageInfo.hasNextPage ? adminUnits.pageInfo.endCursor : null;
    if (after) onPage?.(units, totalCount);
  } while (after);
  return { units, totalCount };
}

export async function fetchUnit(code: string, options: RequestOptions = {}): Promise<AdminUnitRow | null> {
  const { adminUnit } = await api.request(HierarchyUnitQuery, { code }, options);
  return adminUnit ? toRow(adminUnit) : null;
}

export type { AdminUnitRowInput };

/**
 * Saves edited units and new villages in one request, all or nothing. Resolves with the units as
 * saved, one per row in order; a refused batch fails with the refused rows in the error.
 */
export async function saveUnits(rows: AdminUnitRowInput[]): Promise<AdminUnitRow[]> {
  const { saveAdminUnits } = await api.request(SaveAdminUnitsMutation, { rows });
  return saveAdminUnits.units.map(toRow);
}

export async function createVillage(input: CreateVillageInput): Promise<AdminUnitRow> {
  const { createVillage: village } = await api.request(CreateVillageMutation, { input });
  return toRow(village);
}
