import { type EntityManager, In } from 'typeorm';
import {
  ADMIN_LEVELS_TOP_DOWN,
  AdminLevel,
  ENDING_KINDS,
  HierarchyChangeKind,
  type HeldUnit,
  type ProposedChange,
  type ValidationIssue,
  CatalogueError,
  canWriteUnit,
  childLevelOf,
  countByLevel,
  diffCatalogue,
  foldVietnamese,
  isIsoDate,
  levelOfUnitType,
  parentLevelOf,
  parseGsoCatalogue,
  shortUnitName,
  sortChanges,
  todayInVietnam,
  validateYear,
  withinHeldProvinces,
} from '@ntm/shared';
import { AppError, batchRefused, rowError } from '../../common/app-error';
import { type RequestContext, actorOf } from '../../common/request-context';
import type { Database } from '../../db/database';
import { forUpdate } from '../../db/locks';
import { chunked, dongOfSum } from '../../db/lookups';
import { assertCanRead, requireUser } from '../access/access-rule';
import type { AuditRecord, AuditService } from '../audit/audit.service';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Allocation } from '../money/allocation.entity';
import { Target } from '../targets/target.entity';
import { DossierStepRecord } from '../targets/dossier-step.entity';
import { AdminUnit } from './admin-unit.entity';
import {
  HierarchyChange,
  HierarchyChangeItem,
  HierarchyChangeStatus,
  HierarchyChangeUndo,
} from './hierarchy-change.entity';
import { UnitHistory } from './unit-history.entity';
import { databaseKind } from '../../db/data-source';

/** One unit's part in a change, as the caller sends it. */
export interface ChangeItem {
  kind: HierarchyChangeKind;
  code: string;
  name?: string | null;
  type?: AdminUnit['type'] | null;
  parentCode?: string | null;
  successorCode?: string | null;
}

export interface ChangeRequest {
  effectiveOn: string;
  decision: string;
  items: ChangeItem[];
}

/** What applying a change does, item by item: the dry run shows exactly these. */
export enum EffectAction {
  UNIT_CREATED = 'UNIT_CREATED',
  UNIT_RENAMED = 'UNIT_RENAMED',
  UNIT_MOVED = 'UNIT_MOVED',
  UNIT_ENDED = 'UNIT_ENDED',
  RECORDS_MOVED = 'RECORDS_MOVED',
  RECORDS_CARRIED = 'RECORDS_CARRIED',
  TARGET_CREATED = 'TARGET_CREATED',
  TARGET_MERGED = 'TARGET_MERGED',
}

export interface HierarchyEffect {
  action: EffectAction;
  unitCode: string;
  toCode: string | null;
  /** The table of the records counted (RECORDS_*), the target level and year (TARGET_*). */
  entity: string | null;
  count: number;
  /** Money moved with allocations, whole đồng. */
  amount: string | null;
}

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
const MAX_CATALOGUE_CHARS = 8_000_000;
const chunks = <T>(items: readonly T[]): T[][] => chunked(items, CHUNK);

/**
 * Replaces a path prefix in one statement ("49/519/20668…" -> "49/509/20668…"), bumping versions
 * where rows carry one that clients hold.
 */
async function replacePrefix(
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

/** Stops a dry run's transaction after it has done everything, so that nothing stays. */
class DryRunDone extends Error {
  constructor(readonly effects: HierarchyEffect[]) {
    super('dry run');
  }
}

/** The work of one change inside its transaction: units read and written, effects, undo log. */
class ChangeRun {
  readonly effects: HierarchyEffect[] = [];
  readonly audit: AuditRecord[] = [];
  private readonly units = new Map<string, AdminUnit>();
  private readonly saved = new Set<number>();
  private seq = 0;

  constructor(
    readonly em: EntityManager,
    readonly changeId: number,
    readonly day: string,
  ) {}

  async unit(code: string): Promise<AdminUnit | null> {
    const known = this.units.get(code);
    if (known) return known;
    const row = await forUpdate(this.em.createQueryBuilder(AdminUnit, 'u').where('u.code = :code', { code })).getOne();
    if (row) this.units.set(code, row);
    return row;
  }

  existsOnDay(u: AdminUnit): boolean {
    return (u.validFrom === null || u.validFrom <= this.day) && (u.validTo === null || u.validTo > this.day);
  }

  async undo(entity: string, recordId: number, before: string | null): Promise<void> {
    await this.em.insert(HierarchyChangeUndo, { changeId: this.changeId, seq: this.seq++, entity, recordId, before });
  }

  /** Keeps the units read so far in step with a subtree's new paths. */
  repathCached(from: string, to: string): void {
    for (const u of this.units.values()) {
      if (u.path === from || u.path.startsWith(`${from}/`)) {
        u.path = to + u.path.slice(from.length);
        u.version += 1;
      }
    }
  }

  /** Has this change touched the unit already (a rename and a move of one unit on one day)? */
  touched(u: AdminUnit): boolean {
    return this.saved.has(u.id);
  }

  /** Keeps a unit's row as it was before the change touched it first. */
  async keep(u: AdminUnit): Promise<void> {
    if (this.saved.has(u.id)) return;
    this.saved.add(u.id);
    await this.undo('admin_unit', u.id, JSON.stringify(u));
  }

  effect(action: EffectAction, unitCode: string, toCode: string | null, extra: Partial<HierarchyEffect> = {}): void {
    this.effects.push({ action, unitCode, toCode, entity: null, count: 1, amount: null, ...extra });
  }

  /** Ends the unit's current state on the change's day, keeping it as history. */
  async closeState(u: AdminUnit): Promise<void> {
    if (u.currentFrom === this.day) return;
    const { identifiers } = await this.em.insert(UnitHistory, {
      unitId: u.id,
      validFrom: u.currentFrom ?? u.validFrom,
      validTo: this.day,
      name: u.name,
      shortName: u.shortName,
      searchName: u.searchName,
      type: u.type,
      level: u.level,
      parentId: u.parentId,
      changeId: this.changeId,
    });
    await this.undo('admin_unit_history', Number(identifiers[0].id), null);
  }
}

/**
 * Dated changes of the hierarchy: applied atomically and audited, shown exactly by a dry run
 * first, reverted while nothing was recorded against the units since. Units are never deleted:
 * an ended unit keeps its row with a validTo and its successor; earlier names and parents are
 * kept as history, so every query can answer with the hierarchy of any day.
 */
export class HierarchyChangeService {
  constructor(
    private readonly db: Database,
    private readonly auditService: AuditService,
  ) {}

  /** Everything applying would do, without doing it: the change runs whole and is rolled back. */
  async preview(ctx: RequestContext, request: ChangeRequest): Promise<HierarchyEffect[]> {
    try {
      await this.db.transaction(async (em) => {
        const run = await this.run(ctx, em, request);
        throw new DryRunDone(run.effects);
      });
    } catch (error) {
      if (error instanceof DryRunDone) return error.effects;
      throw error;
    }
    return [];
  }

  async apply(
    ctx: RequestContext,
    request: ChangeRequest,
  ): Promise<{ change: HierarchyChange; effects: HierarchyEffect[] }> {
    return this.db.transaction(async (em) => {
      const run = await this.run(ctx, em, request);
      await this.auditService.recordMany(em, ctx, run.audit);
      const change = await em.findOneByOrFail(HierarchyChange, { id: run.changeId });
      // Stamped after its own audit rows: anything audited later was recorded since.
      change.appliedAt = new Date().toISOString();
      await em.update(HierarchyChange, { id: change.id }, { appliedAt: change.appliedAt });
      await this.auditService.record(em, ctx, {
        action: 'CREATE',
        entity: 'HierarchyChange',
        key: String(change.id),
        unitPath: null,
        changes: [
          { field: 'decision', oldValue: null, newValue: change.decision },
          { field: 'effectiveOn', oldValue: null, newValue: change.effectiveOn },
          { field: 'items', oldValue: null, newValue: request.items.length },
        ],
      });
      return { change, effects: run.effects };
    });
  }

  private validate(request: ChangeRequest): void {
    const issues: ValidationIssue[] = [];
    if (!isIsoDate(request.effectiveOn))
      issues.push({ field: 'effectiveOn', rule: 'invalidFormat', params: { format: 'date' } });
    else {
      const year = validateYear(Number(request.effectiveOn.slice(0, 4)), 'effectiveOn');
      if (year) issues.push(year);
    }
    if (request.decision.trim() === '') issues.push({ field: 'decision', rule: 'required' });
    if (request.items.length === 0) issues.push({ field: 'items', rule: 'required' });
    if (issues.length) throw AppError.badInput(issues);
  }

  private async run(ctx: RequestContext, em: EntityManager, request: ChangeRequest): Promise<ChangeRun> {
    this.validate(request);
    const { assignments } = requireUser(ctx);
    const day = request.effectiveOn;
    const { identifiers } = await em.insert(HierarchyChange, {
      decision: request.decision.trim(),
      effectiveOn: day,
      status: HierarchyChangeStatus.APPLIED,
      appliedAt: new Date().toISOString(),
      appliedBy: actorOf(ctx) ?? '',
      revertedAt: null,
      revertedBy: null,
      version: 1,
    });
    const run = new ChangeRun(em, Number(identifiers[0].id), day);
    const levelOf = async (item: ChangeItem) =>
      item.type ? levelOfUnitType(item.type) : ((await run.unit(item.code))?.level ?? AdminLevel.COMMUNE);
    const indexed = await Promise.all(
      request.items.map(async (item, index) => ({ ...item, index, level: await levelOf(item) })),
    );
    const errors = [];
    let seq = 0;
    for (const item of sortChanges(indexed)) {
      const field = (name: string) => `items.${item.index}.${name}`;
      try {
        const subject = item.kind === HierarchyChangeKind.CREATE ? null : await run.unit(item.code);
        if (item.kind !== HierarchyChangeKind.CREATE) {
          if (!subject)
            throw AppError.badInput({
              field: field('code'),
              rule: 'notAllowed',
              params: { why: 'noUnit', code: item.code, reason: `no unit ${item.code}` },
            });
          if (!run.existsOnDay(subject))
            throw AppError.badInput({
              field: field('code'),
              rule: 'notAllowed',
              params: { why: 'notOnDay', code: item.code, date: day, reason: `${item.code} does not exist on ${day}` },
            });
          if (!run.touched(subject) && (subject.currentFrom ?? subject.validFrom ?? '') >= day)
            throw AppError.badInput({
              field: field('code'),
              rule: 'notAllowed',
              params: {
                why: 'changedSince',
                code: item.code,
                changed: (subject.currentFrom ?? subject.validFrom)!,
                date: day,
                reason: `${item.code} changed on ${subject.currentFrom ?? subject.validFrom}, not before ${day}`,
              },
            });
          if (!canWriteUnit(assignments, subject.path))
            throw AppError.forbidden(`You may not change unit ${item.code}`);
        }
        const before = subject ? { name: subject.name, parentId: subject.parentId } : null;
        const parentBefore = subject?.parentId ? await em.findOneBy(AdminUnit, { id: subject.parentId }) : null;
        switch (item.kind) {
          case HierarchyChangeKind.CREATE:
            await this.create(run, item, field, assignments);
            break;
          case HierarchyChangeKind.RENAME:
            await this.rename(run, subject!, item, field);
            break;
          case HierarchyChangeKind.MOVE:
            await this.move(run, subject!, await this.parentFor(run, item, subject!, field));
            break;
          default:
            await this.end(run, subject!, item, field);
        }
        const after = await run.unit(item.code);
        await em.insert(HierarchyChangeItem, {
          changeId: run.changeId,
          seq: seq++,
          kind: item.kind,
          level: after!.level,
          code: item.code,
          oldName: before?.name ?? null,
          name:
            item.kind === HierarchyChangeKind.CREATE || item.kind === HierarchyChangeKind.RENAME ? after!.name : null,
          type:
            item.kind === HierarchyChangeKind.CREATE || item.kind === HierarchyChangeKind.RENAME ? after!.type : null,
          oldParentCode: parentBefore?.code ?? null,
          parentCode:
            item.kind === HierarchyChangeKind.CREATE || item.kind === HierarchyChangeKind.MOVE
              ? (item.parentCode ?? null)
              : ENDING_KINDS.includes(item.kind)
                ? (item.parentCode ?? null)
                : null,
          successorCode: item.successorCode ?? null,
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        errors.push(rowError(item.index, item.code, error));
      }
    }
    if (errors.length) throw batchRefused(errors);
    return run;
  }

  private async parentFor(
    run: ChangeRun,
    item: ChangeItem & { level: AdminLevel },
    subject: AdminUnit | null,
    field: (n: string) => string,
  ): Promise<AdminUnit> {
    if (!item.parentCode) throw AppError.badInput({ field: field('parentCode'), rule: 'required' });
    const parent = await run.unit(item.parentCode);
    if (!parent || !run.existsOnDay(parent))
      throw AppError.badInput({
        field: field('parentCode'),
        rule: 'notAllowed',
        params: {
          why: 'noUnitOnDay',
          code: item.parentCode,
          date: run.day,
          reason: `no unit ${item.parentCode} on ${run.day}`,
        },
      });
    const level = subject?.level ?? item.level;
    // A level may cease (districts in 2025): a unit may sit under any level above its own.
    const depth = (l: AdminLevel) => ADMIN_LEVELS_TOP_DOWN.indexOf(l);
    if (depth(parent.level) >= depth(level))
      throw AppError.badInput({
        field: field('parentCode'),
        rule: 'notAllowed',
        params: {
          why: 'parentLevel',
          level,
          parent: parent.level,
          reason: `a ${level} unit cannot sit under a ${parent.level} unit`,
        },
      });
    if (subject && (parent.path === subject.path || parent.path.startsWith(`${subject.path}/`)))
      throw AppError.badInput({
        field: field('parentCode'),
        rule: 'notAllowed',
        params: { why: 'underItself', reason: 'a unit cannot move under itself' },
      });
    return parent;
  }

  private async create(
    run: ChangeRun,
    item: ChangeItem & { level: AdminLevel },
    field: (n: string) => string,
    assignments: ReturnType<typeof requireUser>['assignments'],
  ): Promise<void> {
    if (!/^\d{2,5}$/.test(item.code))
      throw AppError.badInput({ field: field('code'), rule: 'invalidFormat', params: { format: 'GSO code' } });
    if (await run.unit(item.code))
      throw AppError.badInput({
        field: field('code'),
        rule: 'notAllowed',
        params: { why: 'exists', code: item.code, reason: `unit ${item.code} exists already` },
      });
    if (!item.type) throw AppError.badInput({ field: field('type'), rule: 'required' });
    const name = (item.name ?? '').trim();
    if (name === '') throw AppError.badInput({ field: field('name'), rule: 'required' });
    if (name.length > 150) throw AppError.badInput({ field: field('name'), rule: 'tooLong', params: { max: 150 } });
    const parent = parentLevelOf(item.level) === null ? null : await this.parentFor(run, item, null, field);
    const path = parent ? `${parent.path}/${item.code}` : item.code;
    if (!canWriteUnit(assignments, path)) throw AppError.forbidden(`You may not add unit ${item.code}`);
    const shortName = shortUnitName(name, item.type);
    const { identifiers } = await run.em.insert(AdminUnit, {
      code: item.code,
      name,
      shortName,
      searchName: foldVietnamese(name),
      type: item.type,
      level: item.level,
      parentId: parent?.id ?? null,
      path,
      mountainous: parent?.mountainous ?? false,
      validFrom: run.day,
      validTo: null,
      currentFrom: run.day,
      successorId: null,
      version: 1,
    });
    await run.undo('admin_unit', Number(identifiers[0].id), null);
    await run.unit(item.code);
    run.effect(EffectAction.UNIT_CREATED, item.code, parent?.code ?? null);
    run.audit.push({
      action: 'CREATE',
      entity: 'AdminUnit',
      key: item.code,
      unitPath: path,
      changes: [
        { field: 'name', oldValue: null, newValue: name },
        { field: 'validFrom', oldValue: null, newValue: run.day },
      ],
    });
  }

  private async rename(run: ChangeRun, u: AdminUnit, item: ChangeItem, field: (n: string) => string): Promise<void> {
    const name = (item.name ?? '').trim();
    if (name === '') throw AppError.badInput({ field: field('name'), rule: 'required' });
    if (name.length > 150) throw AppError.badInput({ field: field('name'), rule: 'tooLong', params: { max: 150 } });
    const type = item.type ?? u.type;
    if (levelOfUnitType(type) !== u.level)
      throw AppError.badInput({
        field: field('type'),
        rule: 'notAllowed',
        params: { reason: `not a type of ${u.level} units` },
      });
    await run.keep(u);
    await run.closeState(u);
    const oldName = u.name;
    Object.assign(u, {
      name,
      shortName: shortUnitName(name, type),
      searchName: foldVietnamese(name),
      type,
      currentFrom: run.day,
      version: u.version + 1,
    });
    await run.em.update(
      AdminUnit,
      { id: u.id },
      {
        name: u.name,
        shortName: u.shortName,
        searchName: u.searchName,
        type,
        currentFrom: run.day,
        version: u.version,
      },
    );
    run.effect(EffectAction.UNIT_RENAMED, u.code, null, { entity: name });
    run.audit.push({
      action: 'UPDATE',
      entity: 'AdminUnit',
      key: u.code,
      unitPath: u.path,
      changes: [{ field: 'name', oldValue: oldName, newValue: name }],
    });
  }

  /** Moves a unit under another parent; its subtree's paths and records follow. */
  private async move(run: ChangeRun, u: AdminUnit, parent: AdminUnit): Promise<void> {
    if (u.parentId === parent.id) return;
    const oldParentCode = u.path.split('/').at(-2) ?? null;
    await run.keep(u);
    await run.closeState(u);
    const oldPath = u.path;
    const newPath = `${parent.path}/${u.code}`;
    Object.assign(u, { parentId: parent.id, currentFrom: run.day, version: u.version + 1 });
    await run.em.update(AdminUnit, { id: u.id }, { parentId: parent.id, currentFrom: run.day, version: u.version });
    await this.repathUnits(run, oldPath, newPath);
    for (const table of MOVED_TABLES) {
      const moved = await this.moveRecords(run, table, oldPath, newPath);
      if (moved > 0) run.effect(EffectAction.RECORDS_MOVED, u.code, parent.code, { entity: table, count: moved });
    }
    run.effect(EffectAction.UNIT_MOVED, u.code, parent.code);
    run.audit.push({
      action: 'UPDATE',
      entity: 'AdminUnit',
      key: u.code,
      unitPath: newPath,
      changes: [{ field: 'parent', oldValue: oldParentCode, newValue: parent.code }],
    });
  }

  /**
   * New paths for a unit and everything below it, in one statement per table: a national reform
   * moves tens of thousands of villages. The undo log keeps the prefixes (nothing else can sit
   * under the new prefix: codes are unique), and earlier days' paths are derived from parents.
   */
  private async repathUnits(run: ChangeRun, oldPath: string, newPath: string): Promise<void> {
    await run.undo('admin_unit.path', 0, JSON.stringify({ from: oldPath, to: newPath }));
    await replacePrefix(run.em, 'admin_unit', 'path', oldPath, newPath, true);
    run.repathCached(oldPath, newPath);
  }

  /** Records of a moved subtree follow it: one statement per table, undone by prefix. */
  private async moveRecords(run: ChangeRun, table: string, oldPath: string, newPath: string): Promise<number> {
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
  private async carryRecords(run: ChangeRun, table: string, oldPath: string, newPath: string): Promise<number> {
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

  /** MERGE, SPLIT, DISSOLVE: the unit ends; its children move on; its figures go to its successor. */
  private async end(
    run: ChangeRun,
    u: AdminUnit,
    item: ChangeItem & { level: AdminLevel },
    field: (n: string) => string,
  ): Promise<void> {
    const dissolve = item.kind === HierarchyChangeKind.DISSOLVE;
    const parent = u.parentId === null ? null : await run.em.findOneBy(AdminUnit, { id: u.parentId });
    const successorCode = item.successorCode ?? (dissolve ? (parent?.code ?? null) : null);
    if (!successorCode)
      throw AppError.badInput({
        field: field('successorCode'),
        rule: 'required',
        params: { reason: 'a unit that ends needs the unit that carries it' },
      });
    const successor = await run.unit(successorCode);
    if (
      !successor ||
      !run.existsOnDay(successor) ||
      successor.id === u.id ||
      (successor.validTo !== null && successor.validTo <= run.day)
    ) {
      throw AppError.badInput({
        field: field('successorCode'),
        rule: 'notAllowed',
        params: {
          why: 'noSuccessorOnDay',
          code: successorCode,
          date: run.day,
          unit: u.code,
          reason: `no unit ${successorCode} on ${run.day} to carry ${u.code}`,
        },
      });
    }
    if (!dissolve && successor.level !== u.level)
      throw AppError.badInput({
        field: field('successorCode'),
        rule: 'notAllowed',
        params: { why: 'sameLevel', reason: `a ${u.level} unit merges into a unit of the same level` },
      });
    if (successor.path.startsWith(`${u.path}/`))
      throw AppError.badInput({
        field: field('successorCode'),
        rule: 'notAllowed',
        params: { why: 'endIntoChild', reason: 'a unit cannot end into a unit below it' },
      });
    // Children go to the successor (the same level) or, for a dissolved unit, to the unit named or its parent.
    const childrenTo = item.parentCode
      ? await this.parentFor(run, { ...item, level: childLevelOf(u.level) ?? AdminLevel.VILLAGE }, null, field)
      : successor.level === u.level
        ? successor
        : (parent ?? successor);
    const children = await run.em
      .createQueryBuilder(AdminUnit, 'c')
      .where('c.parentId = :id', { id: u.id })
      .andWhere('(c.validTo IS NULL OR c.validTo > :day)', { day: run.day })
      .orderBy('c.code')
      .getMany();
    for (const child of children) {
      const c = await run.unit(child.code);
      if (!run.touched(c!) && (c!.currentFrom ?? c!.validFrom ?? '') >= run.day)
        throw AppError.badInput({
          field: field('code'),
          rule: 'notAllowed',
          params: {
            why: 'childChangedSince',
            code: c!.code,
            parent: u.code,
            changed: (c!.currentFrom ?? c!.validFrom)!,
            date: run.day,
            reason: `${c!.code} below ${u.code} changed on ${c!.currentFrom ?? c!.validFrom}, not before ${run.day}`,
          },
        });
      await this.move(run, c!, childrenTo);
    }
    await run.keep(u);
    Object.assign(u, { validTo: run.day, successorId: successor.id, version: u.version + 1 });
    await run.em.update(AdminUnit, { id: u.id }, { validTo: run.day, successorId: successor.id, version: u.version });
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
      const carried = await this.carryRecords(run, table, u.path, successor.path);
      if (carried > 0)
        run.effect(EffectAction.RECORDS_CARRIED, u.code, successor.code, { entity: table, count: carried, amount });
    }
    await this.carryTargets(run, u, successor);
    run.effect(EffectAction.UNIT_ENDED, u.code, successor.code, { entity: item.kind });
    run.audit.push({
      action: 'UPDATE',
      entity: 'AdminUnit',
      key: u.code,
      unitPath: u.path,
      changes: [
        { field: 'validTo', oldValue: null, newValue: run.day },
        { field: 'successor', oldValue: null, newValue: successor.code },
      ],
    });
  }

  /** The plan's rule: a target of a unit that merges is carried by the successor, once per level, year and kind. */
  private async carryTargets(run: ChangeRun, u: AdminUnit, successor: AdminUnit): Promise<void> {
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

  /**
   * Undoes an applied change: only the latest one still applied, and only while nothing was
   * recorded against the units it touched since (their records would lose their unit).
   */
  async revert(ctx: RequestContext, id: number, version: number): Promise<HierarchyChange> {
    requireUser(ctx);
    return this.db.transaction(async (em) => {
      const change = await forUpdate(em.createQueryBuilder(HierarchyChange, 'c').where('c.id = :id', { id })).getOne();
      if (!change) throw AppError.notFound('HierarchyChange', String(id));
      if (change.version !== version) throw AppError.conflict('HierarchyChange', String(id), version);
      if (change.status !== HierarchyChangeStatus.APPLIED)
        throw AppError.badInput({
          field: 'id',
          rule: 'notAllowed',
          params: { why: 'notApplied', reason: 'the change is not applied' },
        });
      // Later by when it was applied, not by id: ids need not grow with time (TiDB caches them per server).
      const later = await em
        .createQueryBuilder(HierarchyChange, 'c')
        .where('c.id <> :id AND c.status = :s AND c.appliedAt >= :at', {
          id,
          s: HierarchyChangeStatus.APPLIED,
          at: change.appliedAt,
        })
        .getCount();
      if (later > 0)
        throw AppError.badInput({
          field: 'id',
          rule: 'notAllowed',
          params: { why: 'laterApplied', reason: 'a later change is applied; revert it first' },
        });
      const undo = await em.find(HierarchyChangeUndo, { where: { changeId: id }, order: { seq: 'DESC' } });
      const touched = undo.filter((x) => x.entity === 'admin_unit').map((x) => x.recordId);
      const units = touched.length ? await em.find(AdminUnit, { where: { id: In(touched) } }) : [];
      const { assignments } = requireUser(ctx);
      for (const u of units)
        if (!canWriteUnit(assignments, u.path)) throw AppError.forbidden(`You may not change unit ${u.code}`);
      const recorded = await this.recordedSince(em, change, units);
      if (recorded > 0)
        throw AppError.badInput({
          field: 'id',
          rule: 'notAllowed',
          params: {
            why: 'recordedSince',
            count: recorded,
            reason: `${recorded} records were entered for its units since it was applied`,
          },
        });

      for (const x of undo) {
        if (x.entity.endsWith('.path')) {
          const { from, to } = JSON.parse(x.before!) as { from: string; to: string };
          const table = safeTable(x.entity.slice(0, -'.path'.length));
          await replacePrefix(
            em,
            table,
            table === 'admin_unit' ? 'path' : 'unitPath',
            to,
            from,
            table === 'admin_unit',
          );
        } else if (x.entity === 'admin_unit') {
          if (x.before === null) await em.delete(AdminUnit, { id: x.recordId });
          else {
            const before = JSON.parse(x.before) as AdminUnit;
            const { id: _id, viewedOn: _v, version: _version, ...columns } = before;
            await em.update(AdminUnit, { id: x.recordId }, { ...columns, version: () => 'version + 1' });
          }
        } else if (x.before === null) {
          if (x.entity === 'target') await em.delete(DossierStepRecord, { targetId: x.recordId });
          await em.query(`DELETE FROM ${safeTable(x.entity)} WHERE id = ?`, [x.recordId]);
        } else {
          await em.query(`UPDATE ${safeTable(x.entity)} SET unitPath = ? WHERE id = ?`, [x.before, x.recordId]);
        }
      }
      const revertedAt = new Date().toISOString();
      await em.update(
        HierarchyChange,
        { id },
        { status: HierarchyChangeStatus.REVERTED, revertedAt, revertedBy: actorOf(ctx), version: change.version + 1 },
      );
      await this.auditService.record(em, ctx, {
        action: 'UPDATE',
        entity: 'HierarchyChange',
        key: String(id),
        unitPath: null,
        changes: [
          { field: 'status', oldValue: HierarchyChangeStatus.APPLIED, newValue: HierarchyChangeStatus.REVERTED },
        ],
      });
      return em.findOneByOrFail(HierarchyChange, { id });
    });
  }

  /** Audit rows for the touched units' data written after the change was applied (the change's own excluded). */
  private async recordedSince(em: EntityManager, change: HierarchyChange, units: AdminUnit[]): Promise<number> {
    let total = 0;
    for (const chunk of chunks([...new Set(units.map((u) => u.path))])) {
      const qb = em
        .createQueryBuilder(AuditEntry, 'a')
        .where('a.at > :at', { at: change.appliedAt })
        .andWhere('a.entity <> :e', { e: 'HierarchyChange' });
      qb.andWhere(
        `(${chunk.map((_, i) => `a.unitPath = :p${i} OR a.unitPath LIKE :b${i}`).join(' OR ')})`,
        Object.fromEntries(
          chunk.flatMap((p, i) => [
            [`p${i}`, p],
            [`b${i}`, `${p}/%`],
          ]),
        ),
      );
      total += await qb.getCount();
    }
    return total;
  }

  /** A unit's states over time, the units it carries, the unit carrying it, and the changes naming it. */
  async history(ctx: RequestContext, code: string) {
    const unit = await ctx.loaders.unitByCode.load(code);
    if (!unit) return null;
    assertCanRead(ctx, unit);
    const em = this.db.manager;
    const earlier = await em.find(UnitHistory, { where: { unitId: unit.id }, order: { validTo: 'ASC' } });
    const states = [
      ...earlier.map((h) => ({
        validFrom: h.validFrom,
        validTo: h.validTo,
        name: h.name,
        type: h.type,
        parentId: h.parentId,
      })),
      {
        validFrom: unit.currentFrom ?? unit.validFrom,
        validTo: unit.validTo,
        name: unit.name,
        type: unit.type,
        parentId: unit.parentId,
      },
    ];
    const predecessors = await em.find(AdminUnit, {
      where: { successorId: unit.id },
      order: { validTo: 'ASC', code: 'ASC' },
    });
    const successor = unit.successorId === null ? null : await ctx.loaders.unitById.load(unit.successorId);
    return {
      unit,
      states,
      predecessors: predecessors.map((p) => ({ unit: p, on: p.validTo! })),
      successor: successor ? { unit: successor, on: unit.validTo! } : null,
      changes: await this.changesOf(code),
    };
  }

  async list(ctx: RequestContext, first: number): Promise<HierarchyChange[]> {
    requireUser(ctx);
    return this.db.manager.find(HierarchyChange, { order: { id: 'DESC' }, take: first });
  }

  itemsOf(changeId: number): Promise<HierarchyChangeItem[]> {
    return this.db.manager.find(HierarchyChangeItem, { where: { changeId }, order: { seq: 'ASC' } });
  }

  /** Items of applied changes naming a unit, newest first, with their change. */
  async changesOf(code: string): Promise<{ item: HierarchyChangeItem; change: HierarchyChange }[]> {
    const items = await this.db.manager
      .createQueryBuilder(HierarchyChangeItem, 'i')
      .where('i.code = :code OR i.successorCode = :code OR i.parentCode = :code OR i.oldParentCode = :code', { code })
      .getMany();
    if (items.length === 0) return [];
    const changes = await this.db.manager.find(HierarchyChange, {
      where: { id: In([...new Set(items.map((i) => i.changeId))]), status: HierarchyChangeStatus.APPLIED },
    });
    const byId = new Map(changes.map((c) => [c.id, c]));
    return items
      .filter((i) => byId.has(i.changeId))
      .map((item) => ({ item, change: byId.get(item.changeId)! }))
      .sort((a, b) =>
        a.change.effectiveOn === b.change.effectiveOn
          ? b.item.id - a.item.id
          : a.change.effectiveOn < b.change.effectiveOn
            ? 1
            : -1,
      );
  }

  /**
   * The difference between a GSO catalogue file and the units held today, as proposed changes
   * (see `diffCatalogue`): nothing is written.
   */
  async catalogueDiff(
    ctx: RequestContext,
    text: string,
  ): Promise<{ date: string | null; changes: ProposedChange[]; counts: Record<AdminLevel, number> }> {
    requireUser(ctx);
    // A national catalogue is about 2.3 MB.
    if (text.length > MAX_CATALOGUE_CHARS)
      throw AppError.badInput({ field: 'catalogue', rule: 'tooLong', params: { max: MAX_CATALOGUE_CHARS } });
    let parsed;
    try {
      parsed = parseGsoCatalogue(JSON.parse(text));
    } catch (error) {
      const reason = error instanceof CatalogueError ? error.message : `not JSON: ${(error as Error).message}`;
      throw AppError.badInput({
        field: 'catalogue',
        rule: 'invalidFormat',
        params: { format: `GSO catalogue (${reason})` },
      });
    }
    const today = todayInVietnam();
    const rows = await this.db.manager
      .createQueryBuilder(AdminUnit, 'u')
      .where('u.level <> :v', { v: AdminLevel.VILLAGE })
      .andWhere('(u.validTo IS NULL OR u.validTo > :today)', { today })
      .getMany();
    const codeOf = new Map(rows.map((u) => [u.id, u.code]));
    const held: HeldUnit[] = rows.map((u) => ({
      level: u.level,
      code: u.code,
      name: u.name,
      type: u.type,
      parentCode: u.parentId === null ? null : (codeOf.get(u.parentId) ?? null),
    }));
    const changes = diffCatalogue(held, parsed.units);
    return { date: parsed.date, changes, counts: countByLevel(withinHeldProvinces(held, parsed.units)) };
  }
}

const UNDO_TABLES = new Set<string>(['admin_unit', 'admin_unit_history', 'target', ...MOVED_TABLES]);
/** Only the product's own tables are named in undo statements. */
function safeTable(name: string): string {
  if (!UNDO_TABLES.has(name)) throw new Error(`unexpected table in an undo log: ${name}`);
  return name;
}
