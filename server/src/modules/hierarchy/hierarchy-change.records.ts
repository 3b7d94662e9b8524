import type { EntityManager } from 'typeorm';
import { chunked, dongOfSum } from '../../db/lookups';
import { databaseKind } from '../../db/data-source';
import { Allocation } from '../money/allocation.entity';
import { Target } from '../targets/target.entity';
import type { AdminUnit } from './admin-unit.entity';
import { type ChangeRun, EffectAction } from './hierarchy-change.run';

/** Records of a unit that follow it when it moves (all that name a unit, except the audit trail). */
const MOVED_TABLES = [
  'allocation',
  'project',
  'disbursement',
  'target',
  'recognition',
  'evaluation',
  'indicator_value',
  'ocop_product',
  'good_model',
  'monthly_report',
  'unit_submission',
] as const;
/** Figures an ended unit's successor carries from the day it ended; its documents (targets, evaluations, recognitions, reports) stay its own. */
const CARRIED_TABLES = [
  'allocation',
  'project',
  'disbursement',
  'indicator_value',
  'ocop_product',
  'good_model',
] as const;
const CHUNK = 500;
export const chunks = <T>(items: readonly T[]): T[][] => chunked(items, CHUNK);

/**
 * Replaces a path prefix in one statement ("49/519/20668…" -> "49/509/20668…"), bumping versions
 * where rows carry one that clients hold.
 */
export async function replacePrefix(
  em: EntityManager,
  table: string,
  column: string,
  from: string,
  to: string,
  bumpVersion: boolean,
): Promise<void> {
  const joined =
    databaseKind(em.connection) === 'sqlite' ? `? || SUBSTR(${column}, ?)` : `CONCAT(?, SUBSTR(${column}, ?))`;
  const version = bumpVersion ? ', version = version + 1' : '';
  await em.query(`UPDATE ${table} SET ${column} = ${joined}${version} WHERE ${column} = ? OR ${column} LIKE ?`, [
    to,
    from.length + 1,
    from,
    `${from}/%`,
  ]);
}

/** A moved unit's subtree and records follow it to its new path. */
export async function moveSubtree(
  run: ChangeRun,
  u: AdminUnit,
  parent: AdminUnit,
  oldPath: string,
  newPath: string,
): Promise<void> {
  await repathUnits(run, oldPath, newPath);
  for (const table of MOVED_TABLES) {
    const moved = await moveRecords(run, table, oldPath, newPath);
    if (moved > 0) run.effect(EffectAction.RECORDS_MOVED, u.code, parent.code, { entity: table, count: moved });
  }
}

/** An ended unit's figures and targets go to its successor. */
export async function carryToSuccessor(run: ChangeRun, u: AdminUnit, successor: AdminUnit): Promise<void> {
  for (const table of CARRIED_TABLES) {
    let amount: string | null = null;
    if (table === 'allocation') {
      const sum = await run.em
        .createQueryBuilder(Allocation, 'a')
        .select('SUM(a.amount)', 'total')
        .where('a.unitPath = :p', { p: u.path })
        .getRawOne<{ total: string | number | null }>();
      amount = dongOfSum(sum?.total).toString();
    }
    const carried = await carryRecords(run, table, u.path, successor.path);
    if (carried > 0)
      run.effect(EffectAction.RECORDS_CARRIED, u.code, successor.code, { entity: table, count: carried, amount });
  }
  await carryTargets(run, u, successor);
}

/**
 * New paths for a unit and everything below it, in one statement per table: a national reform
 * moves tens of thousands of villages. The undo log keeps the prefixes (nothing else can sit
 * under the new prefix: codes are unique), and earlier days' paths are derived from parents.
 */
async function repathUnits(run: ChangeRun, oldPath: string, newPath: string): Promise<void> {
  await run.undo('admin_unit.path', 0, JSON.stringify({ from: oldPath, to: newPath }));
  await replacePrefix(run.em, 'admin_unit', 'path', oldPath, newPath, true);
  run.repathCached(oldPath, newPath);
}

/** Records of a moved subtree follow it: one statement per table, undone by prefix. */
async function moveRecords(run: ChangeRun, table: string, oldPath: string, newPath: string): Promise<number> {
  const [{ n }] = await run.em.query(`SELECT COUNT(*) AS n FROM ${table} WHERE unitPath = ? OR unitPath LIKE ?`, [
    oldPath,
    `${oldPath}/%`,
  ]);
  if (Number(n) === 0) return 0;
  await run.undo(`${table}.path`, 0, JSON.stringify({ from: oldPath, to: newPath }));
  await replacePrefix(run.em, table, 'unitPath', oldPath, newPath, false);
  return Number(n);
}

/** Points a table's records from one unit path (and, with `subtree`, the paths below it) to another; returns how many. */
async function carryRecords(run: ChangeRun, table: string, oldPath: string, newPath: string): Promise<number> {
  // Record by record: the successor's own records already sit at the new path.
  const rows: { id: number; unitPath: string }[] = await run.em.query(
    `SELECT id, unitPath FROM ${table} WHERE unitPath = ?`,
    [oldPath],
  );
  if (rows.length === 0) return 0;
  const byNewPath = new Map<string, number[]>();
  for (const row of rows) {
    await run.undo(table, Number(row.id), row.unitPath);
    const target = newPath + row.unitPath.slice(oldPath.length);
    byNewPath.set(target, [...(byNewPath.get(target) ?? []), Number(row.id)]);
  }
  for (const [path, ids] of byNewPath) {
    for (const chunk of chunks(ids))
      await run.em.query(`UPDATE ${table} SET unitPath = ? WHERE id IN (${chunk.map(() => '?').join(',')})`, [
        path,
        ...chunk,
      ]);
  }
  return rows.length;
}

/** The plan's rule: a target of a unit that merges is carried by the successor, once per level, year and kind. */
async function carryTargets(run: ChangeRun, u: AdminUnit, successor: AdminUnit): Promise<void> {
  const own = await run.em.find(Target, { where: { unitId: u.id }, order: { year: 'ASC', id: 'ASC' } });
  for (const t of own) {
    const key = `${t.level} ${t.year}`;
    const held = await run.em.findOneBy(Target, {
      planId: t.planId,
      unitId: successor.id,
      level: t.level,
      year: t.year,
      kind: t.kind,
    });
    if (held) {
      run.effect(EffectAction.TARGET_MERGED, u.code, successor.code, { entity: key });
      continue;
    }
    const { identifiers } = await run.em.insert(Target, {
      planId: t.planId,
      unitId: successor.id,
      unitPath: successor.path,
      level: t.level,
      year: t.year,
      kind: t.kind,
      section: t.section,
      planName: null,
      note: `Kế thừa từ ${u.name} (${u.code})`,
      satisfactionPermille: null,
      dossierChangedAt: null,
      validFrom: run.day,
      version: 1,
    });
    await run.undo('target', Number(identifiers[0].id), null);
    run.effect(EffectAction.TARGET_CREATED, u.code, successor.code, { entity: key });
    run.audit.push({
      action: 'CREATE',
      entity: 'Target',
      key: `${successor.code} ${key}`,
      unitPath: successor.path,
      changes: [
        { field: 'level', oldValue: null, newValue: t.level },
        { field: 'year', oldValue: null, newValue: t.year },
      ],
    });
  }
}

const UNDO_TABLES = new Set<string>(['admin_unit', 'admin_unit_history', 'target', ...MOVED_TABLES]);
/** Only the product's own tables are named in undo statements. */
export function safeTable(name: string): string {
  if (!UNDO_TABLES.has(name)) throw new Error(`unexpected table in an undo log: ${name}`);
  return name;
}
