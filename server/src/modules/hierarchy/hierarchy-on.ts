import { type EntityManager, In, IsNull } from 'typeorm';
import { AdminLevel } from '@ntm/shared';
import { AdminUnit } from './admin-unit.entity';
import { UnitHistory } from './unit-history.entity';

/** The top-level unit's code of a path ("49/509/20668" -> "49"): the scope a roll-up reads. */
export const topCodeOf = (path: string): string => path.split('/')[0];

/** Does a span [from, to) hold the day? Null ends are open. */
export const spanHolds = (from: string | null, to: string | null, day: string) =>
  (from === null || from <= day) && (to === null || to > day);

/**
 * The hierarchy as it stood on one day: the units that existed, with the name, type and parent
 * they had then, their paths of that day, and where the figures of units already ended went (to
 * their successor, or its successor in turn). Roll-ups read figures by the unit they were recorded
 * for and place them with `carrierOf`: under the old parent before a merger, in the successor
 * after it.
 */
export class HierarchyOn {
  private readonly byId = new Map<number, AdminUnit>();
  private readonly children = new Map<number, AdminUnit[]>();
  private readonly paths = new Map<number, string>();
  private readonly successors = new Map<number, number>();
  private readonly carried = new Map<number, number[]>();
  private readonly currentPaths = new Map<number, string>();
  /**
   * The units read are, on the day, as their rows stand now: nothing read was created, renamed,
   * moved or ended after it. Records' unit paths then place them as the day's hierarchy would.
   */
  readonly matchesCurrentRows: boolean;

  private constructor(
    readonly day: string,
    units: AdminUnit[],
    ended: AdminUnit[],
    matchesCurrentRows = false,
  ) {
    this.matchesCurrentRows = matchesCurrentRows;
    for (const u of units) this.byId.set(u.id, u);
    for (const u of [...units].sort((a, b) => a.code.localeCompare(b.code))) {
      if (u.parentId === null || !this.byId.has(u.parentId)) continue;
      const list = this.children.get(u.parentId) ?? [];
      list.push(u);
      this.children.set(u.parentId, list);
    }
    for (const u of units) this.currentPaths.set(u.id, u.path);
    for (const u of units) {
      u.path = this.pathOf(u.id)!;
      u.viewedOn = day;
    }
    for (const u of ended) if (u.successorId !== null) this.successors.set(u.id, u.successorId);
    for (const u of [...units, ...ended]) {
      const carrier = this.carrierOf(u.id);
      if (!carrier) continue;
      const list = this.carried.get(carrier.id) ?? [];
      list.push(u.id);
      this.carried.set(carrier.id, list);
    }
  }

  /**
   * Reads the hierarchy of `day`: every unit, or with `within` (a top-level code, "49") the units
   * under it today plus every unit a change has touched (moved, renamed, ended) and what lies
   * below those: all a subtree can have held on any day. Earlier states are few.
   */
  static async load(em: EntityManager, day: string, within?: string): Promise<HierarchyOn> {
    const history = await em.find(UnitHistory);
    let rows: AdminUnit[];
    if (within === undefined) rows = await em.find(AdminUnit);
    else {
      const changedIds = [...new Set(history.map((h) => h.unitId))];
      const changed = changedIds.length
        ? await em.find(AdminUnit, { where: { id: In(changedIds) }, select: { id: true, path: true } })
        : [];
      const prefixes = [within, ...changed.map((u) => u.path)];
      const ancestors = [...new Set(prefixes.flatMap((p) => p.split('/')))];
      // Each part on its own index (an OR of them would scan the whole table): the subtrees by
      // path, their ancestors by code, every ended unit by validTo.
      const byId = new Map<number, AdminUnit>();
      const add = (list: AdminUnit[]) => list.forEach((u) => byId.set(u.id, u));
      for (const [i, p] of prefixes.entries()) {
        add(
          await em
            .createQueryBuilder(AdminUnit, 'u')
            .where(`(u.path = :p${i} OR u.path LIKE :b${i})`, { [`p${i}`]: p, [`b${i}`]: `${p}/%` })
            .getMany(),
        );
      }
      add(await em.createQueryBuilder(AdminUnit, 'u').where('u.code IN (:...ancestors)', { ancestors }).getMany());
      add(await em.createQueryBuilder(AdminUnit, 'u').where('u.validTo IS NOT NULL').getMany());
      rows = [...byId.values()];
    }
    const earlier = new Map<number, UnitHistory>();
    for (const h of history) if (spanHolds(h.validFrom, h.validTo, day)) earlier.set(h.unitId, h);
    const units: AdminUnit[] = [];
    const ended: AdminUnit[] = [];
    for (const row of rows) {
      if (row.validTo !== null && row.validTo <= day) {
        ended.push(row);
        continue;
      }
      if (!spanHolds(row.validFrom, row.validTo, day)) continue;
      units.push(stateOn(row, earlier.get(row.id) ?? null, day));
    }
    const later = (d: string | null) => d !== null && d > day;
    const matches = rows.every((r) => !later(r.currentFrom) && !later(r.validFrom) && !later(r.validTo));
    return new HierarchyOn(day, units, ended, matches);
  }

  /**
   * Nothing in the hierarchy is dated after the day (no unit created, changed or ended since):
   * the day's hierarchy is then today's rows. One index merge (validFrom, currentFrom, validTo).
   */
  static async unchangedSince(em: EntityManager, day: string): Promise<boolean> {
    const later = await em
      .createQueryBuilder(AdminUnit, 'u')
      .select('u.id', 'id')
      .where('u.validFrom > :day OR u.currentFrom > :day OR u.validTo > :day', { day })
      .limit(1)
      .getRawMany();
    return later.length === 0;
  }

  /**
   * The hierarchy of `day` near one unit: its ancestors, the unit and the units down to `depth`
   * levels below it, with every ended unit (whose figures someone carries). Only for a day
   * `unchangedSince` holds: today's rows are then the day's, and a roll-up of a unit by child
   * reads a few dozen units instead of a province's thousands of villages.
   */
  static async loadNear(em: EntityManager, day: string, path: string, depth: number): Promise<HierarchyOn> {
    const ended = await em.createQueryBuilder(AdminUnit, 'u').where('u.validTo IS NOT NULL').getMany();
    // Below the unit down to `depth` levels: the path filter is checked on the path index itself.
    const below = await em
      .createQueryBuilder(AdminUnit, 'u')
      .where('(u.path = :path OR u.path LIKE :within)', { path, within: `${path}/%` })
      .andWhere('u.path NOT LIKE :deeper', { deeper: `${path}${'/%'.repeat(depth + 1)}` })
      .andWhere('u.validTo IS NULL')
      .getMany();
    const ancestors = path.split('/').slice(0, -1);
    const above = ancestors.length
      ? await em.find(AdminUnit, { where: { code: In(ancestors), validTo: IsNull() } })
      : [];
    return new HierarchyOn(
      day,
      [...above, ...below].map((u) => stateOn(u, null, day)),
      ended,
      true,
    );
  }

  /** The unit, as it was that day; undefined when it did not exist. */
  unit(id: number): AdminUnit | undefined {
    return this.byId.get(id);
  }

  all(): AdminUnit[] {
    return [...this.byId.values()];
  }

  /** Codes from the top down to the unit, as of the day ("49/519/20668"). */
  pathOf(id: number): string | undefined {
    const known = this.paths.get(id);
    if (known !== undefined) return known;
    const unit = this.byId.get(id);
    if (!unit) return undefined;
    const parentPath = unit.parentId === null ? undefined : this.pathOf(unit.parentId);
    const path = parentPath === undefined ? unit.code : `${parentPath}/${unit.code}`;
    this.paths.set(id, path);
    return path;
  }

  /** The unit's path today, whatever the day: access is checked on today's units. */
  currentPathOf(id: number): string {
    return this.currentPaths.get(id) ?? '';
  }

  childrenOf(id: number): AdminUnit[] {
    return this.children.get(id) ?? [];
  }

  /** The unit and every unit below it, as of the day. */
  within(id: number): AdminUnit[] {
    const root = this.byId.get(id);
    if (!root) return [];
    const out: AdminUnit[] = [root];
    for (let i = 0; i < out.length; i++) out.push(...this.childrenOf(out[i].id));
    return out;
  }

  /** The units above, from the top down. */
  ancestorsOf(id: number): AdminUnit[] {
    const out: AdminUnit[] = [];
    let cur = this.byId.get(id);
    while (cur && cur.parentId !== null) {
      cur = this.byId.get(cur.parentId);
      if (cur) out.unshift(cur);
    }
    return out;
  }

  /** The nearest ancestor (or the unit itself) at a level, if the hierarchy of the day has one. */
  ancestorAt(id: number, level: AdminLevel): AdminUnit | undefined {
    let cur = this.byId.get(id);
    while (cur && cur.level !== level) cur = cur.parentId === null ? undefined : this.byId.get(cur.parentId);
    return cur;
  }

  /**
   * The unit that holds a unit's figures on the day: itself while it exists, its successor after
   * it ended; undefined for a unit not yet created (or ended without a successor).
   */
  carrierOf(id: number): AdminUnit | undefined {
    let cur = id;
    for (let hops = 0; hops < 64; hops++) {
      const unit = this.byId.get(cur);
      if (unit) return unit;
      const next = this.successors.get(cur);
      if (next === undefined) return undefined;
      cur = next;
    }
    return undefined;
  }

  /** Ids whose figures a unit holds on the day: its own and those of the units it carries. */
  carriedBy(id: number): number[] {
    return this.carried.get(id) ?? [];
  }

  /** Ids of every unit whose figures fall within a unit's subtree on the day. */
  idsWithin(id: number): number[] {
    return this.within(id).flatMap((u) => this.carriedBy(u.id));
  }
}

/** A unit as it stood on a day: its own row from `currentFrom`, an earlier state before. */
export function stateOn(row: AdminUnit, earlier: UnitHistory | null, day: string): AdminUnit {
  const current = row.currentFrom === null || row.currentFrom <= day;
  const state = Object.assign(Object.create(AdminUnit.prototype) as AdminUnit, row);
  if (!current && earlier) {
    Object.assign(state, {
      name: earlier.name,
      shortName: earlier.shortName,
      searchName: earlier.searchName,
      type: earlier.type,
      level: earlier.level,
      parentId: earlier.parentId,
    });
  }
  return state;
}
