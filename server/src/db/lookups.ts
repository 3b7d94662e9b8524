import { type EntityManager, type EntityTarget, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { type Dong, todayInVietnam } from '@ntm/shared';
import { AdminUnit } from '../modules/hierarchy/admin-unit.entity';

/**
 * Ids written into the statement (`IN (3, 5, 8)`): for a thousand ids, TypeORM's naming and
 * looking up of a parameter each cost more than the query. Only whole numbers pass.
 */
export function idList(ids: readonly number[]): string {
  return ids
    .map((id) => {
      if (!Number.isSafeInteger(id)) throw new Error(`not an id: ${String(id)}`);
      return String(id);
    })
    .join(', ');
}

/** Records by id, in one statement, for a batch about to change them. */
export async function byIds<E extends { id: number }>(
  em: EntityManager,
  entity: new () => E,
  ids: readonly number[],
): Promise<Map<number, E>> {
  return new Map((await withIdsIn(em, entity, 'id', ids)).map((r) => [r.id, r]));
}

/** Units existing today by code, in one statement. */
export async function unitsByCode(em: EntityManager, codes: readonly string[]): Promise<Map<string, AdminUnit>> {
  if (codes.length === 0) return new Map();
  const today = todayInVietnam();
  const rows = await em.find(AdminUnit, { where: { code: In([...new Set(codes)]) } });
  return new Map(rows.filter((u) => u.validTo === null || u.validTo > today).map((u) => [u.code, u]));
}

/** Ids per IN list: well under the placeholder limits of both databases. */
const ID_CHUNK = 1000;

/** Splits items into consecutive runs of at most `size` (IN lists, multi-row statements). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Splits ids (deduplicated) into IN lists of a bounded size. */
export function idChunks(ids: readonly number[]): number[][] {
  return chunked([...new Set(ids)], ID_CHUNK);
}

/**
 * Records whose `column` holds one of `ids`, in bounded IN lists: the allocations or payments of
 * thousands of projects, say.
 */
export async function withIdsIn<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  column: string,
  ids: readonly number[],
  where: (qb: SelectQueryBuilder<E>) => SelectQueryBuilder<E> = (qb) => qb,
): Promise<E[]> {
  if (!/^[A-Za-z]+$/.test(column)) throw new Error(`not a column: ${column}`);
  const out: E[] = [];
  for (const chunk of idChunks(ids))
    out.push(...(await where(em.createQueryBuilder(entity, 'r').where(`r.${column} IN (${idList(chunk)})`)).getMany()));
  return out;
}

/**
 * Records of the given units (those a subtree holds on a day, see `HierarchyOn.idsWithin`):
 * roll-ups read figures by the unit they were recorded for, not by today's paths.
 */
export function ofUnits<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  unitIds: readonly number[],
  where: (qb: SelectQueryBuilder<E>) => SelectQueryBuilder<E> = (qb) => qb,
): Promise<E[]> {
  return withIdsIn(em, entity, 'unitId', unitIds, where);
}

/** Rows grouped by a key, in their order: one pass, where a filter per group would be quadratic. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** A SUM of money as the drivers return it (a number on SQLite, a DECIMAL string on MySQL), in whole đồng. */
export function dongOfSum(total: string | number | bigint | null | undefined): Dong {
  return BigInt(String(total ?? 0).split('.')[0]);
}
