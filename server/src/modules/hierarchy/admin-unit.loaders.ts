import DataLoader from 'dataloader';
import { In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { todayInVietnam } from '@ntm/shared';
import { AdminUnit } from './admin-unit.entity';
import { HierarchyOn, topCodeOf } from './hierarchy-on';

/**
 * Per-request loaders of the hierarchy: however many rows a page shows, their parents, children
 * and ancestors cost one statement per relation, not one per row.
 */
export interface HierarchyLoaders {
  unitById: DataLoader<number, AdminUnit | null>;
  unitByCode: DataLoader<string, AdminUnit | null>;
  childrenOf: DataLoader<number, AdminUnit[]>;
  childCountOf: DataLoader<number, number>;
  /**
   * The hierarchy of a day, read once per request, day and scope; `within` (a top-level code)
   * reads only what a subtree of that province can have held.
   */
  hierarchyOn(day: string, within?: string): Promise<HierarchyOn>;
  /**
   * The hierarchy of a day around one unit (`path`): its ancestors and the units down to `depth`
   * levels below it when nothing changed after the day, else its province's (`hierarchyOn`).
   * For roll-ups of a unit by child unit.
   */
  hierarchyNear(day: string, path: string, depth: number): Promise<HierarchyOn>;
  /**
   * Nothing in the hierarchy is dated after the day (no unit created, changed or ended since):
   * the day's hierarchy is today's rows, and reading it whole can be skipped.
   */
  unchangedSince(day: string): Promise<boolean>;
  /** Puts units a list query already read into the caches, so relations to them cost nothing. */
  prime(units: AdminUnit[]): void;
}

function indexBy<K, T>(rows: T[], key: (row: T) => K): Map<K, T> {
  return new Map(rows.map((r) => [key(r), r]));
}

/** Units in existence on `asOf`: no validTo, or one after that date. */
function existingOn(asOf: string) {
  return [{ validTo: IsNull() }, { validTo: MoreThan(asOf) }];
}

export function createHierarchyLoaders(em: EntityManager, today: string): HierarchyLoaders {
  // A unit read by id is cached by code too, and the other way round.
  const unitById: DataLoader<number, AdminUnit | null> = new DataLoader(async (ids) => {
    const rows = await em.find(AdminUnit, { where: { id: In([...ids]) } });
    for (const r of rows) unitByCode.prime(r.code, r);
    const map = indexBy(rows, (r) => r.id);
    return ids.map((id) => map.get(id) ?? null);
  });

  const unitByCode: DataLoader<string, AdminUnit | null> = new DataLoader(async (codes) => {
    const rows = await em.find(AdminUnit, { where: { code: In([...codes]) } });
    for (const r of rows) unitById.prime(r.id, r);
    const map = indexBy(rows, (r) => r.code);
    return codes.map((code) => map.get(code) ?? null);
  });

  const childrenOf = new DataLoader<number, AdminUnit[]>(async (parentIds) => {
    const rows = await em.find(AdminUnit, {
      where: existingOn(today).map((w) => ({ ...w, parentId: In([...parentIds]) })),
      order: { code: 'ASC' },
    });
    const groups = new Map<number, AdminUnit[]>();
    for (const row of rows) {
      const list = groups.get(row.parentId as number) ?? [];
      list.push(row);
      groups.set(row.parentId as number, list);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  });

  const childCountOf = new DataLoader<number, number>(async (parentIds) => {
    const rows: { parentId: number; n: number | string }[] = await em
      .createQueryBuilder(AdminUnit, 'u')
      .select('u.parentId', 'parentId')
      .addSelect('COUNT(*)', 'n')
      .where('u.parentId IN (:...ids)', { ids: [...parentIds] })
      .andWhere('(u.validTo IS NULL OR u.validTo > :today)', { today })
      .groupBy('u.parentId')
      .getRawMany();
    const counts = new Map(rows.map((r) => [Number(r.parentId), Number(r.n)]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  });

  // Per request: a day's hierarchy, and whether anything changed since a day, read once.
  const cached = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let found = cached.get(key) as Promise<T> | undefined;
    if (!found) {
      found = read();
      cached.set(key, found);
    }
    return found;
  };
  const hierarchyOn = (day: string, within?: string) =>
    once(`on|${day}|${within ?? ''}`, () => HierarchyOn.load(em, day, within));
  const unchangedSince = (day: string) => once(`unchanged|${day}`, () => HierarchyOn.unchangedSince(em, day));
  const hierarchyNear = (day: string, path: string, depth: number) =>
    once(`near|${day}|${path}|${depth}`, async () =>
      (await unchangedSince(day)) ? HierarchyOn.loadNear(em, day, path, depth) : hierarchyOn(day, topCodeOf(path)),
    );

  return {
    unitById,
    unitByCode,
    childrenOf,
    childCountOf,
    hierarchyOn,
    hierarchyNear,
    unchangedSince,
    prime(units) {
      for (const u of units) {
        unitById.prime(u.id, u);
        unitByCode.prime(u.code, u);
      }
    },
  };
}

/**
 * The units directly below a unit as of a day (default today), with each unit's path of today:
 * entry grids list the day's units but check access and locks on today's units.
 */
export async function childrenOn(
  loaders: Pick<HierarchyLoaders, 'childrenOf' | 'unitById' | 'hierarchyOn'>,
  parent: AdminUnit,
  asOf?: string,
): Promise<{ units: AdminUnit[]; pathToday: (u: AdminUnit) => string }> {
  if (!asOf || asOf === todayInVietnam())
    return { units: await loaders.childrenOf.load(parent.id), pathToday: (u) => u.path };
  const units = (await loaders.hierarchyOn(asOf, topCodeOf(parent.path))).childrenOf(parent.id);
  const today = new Map(
    (await loaders.unitById.loadMany(units.map((u) => u.id))).flatMap((u) =>
      u instanceof AdminUnit ? [[u.id, u.path] as const] : [],
    ),
  );
  return { units, pathToday: (u) => today.get(u.id) ?? u.path };
}
