import { In, type EntityManager } from 'typeorm';
import {
  AdminLevel,
  type BatchRowError,
  MAX_BATCH_ROWS,
  UnitType,
  type ValidationIssue,
  canWriteUnit,
  foldVietnamese,
  isLocked,
  levelOfUnitType,
  nextVillageCode,
  normaliseUnitName,
  shortUnitName,
  todayInVietnam,
  validateUnitName,
} from '@ntm/shared';
import { AppError, batchRefused, rowError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { requireUser } from '../access/access-rule';
import { type AuditRecord, type AuditService, type FieldChange, changedFields, createdFields } from '../audit/audit.service';
import { UnitSubmission } from '../submissions/unit-submission.entity';
import { AdminUnit } from './admin-unit.entity';

const ENTITY = 'AdminUnit';
export const AUDITED_UNIT_FIELDS = ['code', 'name', 'type', 'mountainous', 'validFrom', 'validTo'] as const;

/** Rows per UPDATE or INSERT statement: well under the placeholder limits of SQLite and MySQL. */
const CHUNK = 400;

/** One row of a batch: an existing unit to change (by code) or a new village (in a commune). */
export interface UnitRowInput {
  code?: string | null;
  /** The version the edit was made on. Required from grids; an import may leave it out. */
  version?: number | null;
  communeCode?: string | null;
  name?: string | null;
  type?: UnitType | null;
  mountainous?: boolean | null;
}

export type RowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/** What a batch would do to one row. */
export interface RowPlan {
  index: number;
  action: RowAction;
  /** The unit as it is (null for a new one). */
  before: AdminUnit | null;
  /** The unit as it will be. */
  after: AdminUnit;
  changes: FieldChange[];
}

export interface BatchPlan {
  rows: RowPlan[];
  errors: BatchRowError[];
}

export interface BatchOptions {
  /** Grids name the version each edit was made on; an import may not. */
  requireVersion: boolean;
  /** Lock the communes that get new villages (on MySQL); off for a dry run outside a transaction. */
  lock?: boolean;
  /** Called as rows are written, for a progress bar. */
  onProgress?(done: number, total: number): void;
}

export interface BatchResult {
  units: AdminUnit[];
  created: number;
  updated: number;
  unchanged: number;
}

function currentYear(): number {
  return Number(todayInVietnam().slice(0, 4));
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Lets the event loop serve other requests between the statements of a long batch: SQLite's
 * driver is synchronous, and a progress bar must be able to ask how far the batch is.
 */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';

/**
 * Many unit edits and new villages at once, all or nothing: a grid's "Save" and an import. Every
 * row is checked as a single write would be (shared rules, scope, approval locks, versions), all
 * reads are done in a few statements whatever the number of rows, and writes are multi-row.
 */
export class AdminUnitBatch {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /** Checks every row and works out what it would change; writes nothing. */
  async plan(em: EntityManager, ctx: RequestContext, input: readonly UnitRowInput[], options: BatchOptions): Promise<BatchPlan> {
    if (input.length > MAX_BATCH_ROWS) {
      throw AppError.badInput({ field: 'rows', rule: 'outOfRange', params: { min: 1, max: MAX_BATCH_ROWS } });
    }
    const { assignments } = requireUser(ctx);
    const year = currentYear();
    const errors: BatchRowError[] = [];
    const refuse = (index: number, key: string | null, error: AppError) => errors.push(rowError(index, key, error));
    const bad = (index: number, key: string | null, issues: ValidationIssue[]) => refuse(index, key, AppError.badInput(issues));

    const codes = [...new Set(input.filter((r) => !blank(r.code)).map((r) => r.code!.trim()))];
    const communeCodes = [...new Set(input.filter((r) => blank(r.code) && !blank(r.communeCode)).map((r) => r.communeCode!.trim()))];
    const existing = await this.byCodes(em, codes);
    // Communes that get new villages are locked (on MySQL) so that two batches number them in turn.
    const communes = await this.byCodes(em, communeCodes, options.lock ?? true);
    const siblings = await this.childrenOf(em, [...communes.values()].map((c) => c.id));
    const approved = await em.find(UnitSubmission, {
      where: { year, status: 'APPROVED' as UnitSubmission['status'] },
      select: { unitPath: true, year: true, status: true },
    });
    const today = todayInVietnam();
    const exists = (u: AdminUnit) => u.validTo === null || u.validTo > today;

    const seenCodes = new Set<string>();
    // Per commune: the codes taken and the folded names in use, including this batch's new villages.
    const takenCodes = new Map<number, string[]>();
    const namesIn = new Map<number, Set<string>>();
    for (const [parentId, children] of siblings) {
      takenCodes.set(parentId, children.map((c) => c.code));
      namesIn.set(parentId, new Set(children.map((c) => c.searchName)));
    }

    const rows: RowPlan[] = [];
    input.forEach((row, index) => {
      const issues: ValidationIssue[] = [];
      const name = blank(row.name) ? null : row.name!;
      if (row.name !== undefined && row.name !== null) {
        const issue = validateUnitName(row.name, 'name');
        if (issue) issues.push(issue);
      }

      if (!blank(row.code)) {
        const code = row.code!.trim();
        if (seenCodes.has(code)) issues.push({ field: 'code', rule: 'notAllowed', params: { reason: 'the same unit is in the batch twice' } });
        seenCodes.add(code);
        if (options.requireVersion && (row.version === null || row.version === undefined)) issues.push({ field: 'version', rule: 'required' });
        if (row.communeCode && !blank(row.communeCode)) {
          // Moving a unit is a change of the hierarchy, not an edit.
          const current = existing.get(code);
          const parentCode = current?.path.split('/').slice(-2, -1)[0];
          if (current && parentCode !== row.communeCode.trim()) {
            issues.push({ field: 'communeCode', rule: 'notAllowed', params: { reason: 'a unit is moved by a change of the hierarchy' } });
          }
        }
        if (issues.length > 0) return bad(index, code, issues);
        const before = existing.get(code);
        if (!before || !exists(before)) return refuse(index, code, AppError.notFound(ENTITY, code));
        if (!canWriteUnit(assignments, before.path)) return refuse(index, code, AppError.forbidden(`You may not change unit ${code}`));
        if (isLocked(approved, before.path, year)) return refuse(index, code, AppError.locked(code, year));
        if (row.version !== null && row.version !== undefined && row.version !== before.version) {
          return refuse(index, code, AppError.conflict(ENTITY, code, row.version));
        }
        const after = em.create(AdminUnit, { ...before });
        if (name !== null) {
          after.name = normaliseUnitName(name);
          after.shortName = shortUnitName(after.name, after.type);
          after.searchName = foldVietnamese(after.name);
        }
        if (row.mountainous !== null && row.mountainous !== undefined) after.mountainous = row.mountainous;
        const changes = changedFields(before, after, AUDITED_UNIT_FIELDS);
        rows.push({ index, action: changes.length > 0 ? 'UPDATE' : 'UNCHANGED', before, after, changes });
        return;
      }

      // A new village.
      const type = row.type ?? UnitType.VILLAGE;
      if (levelOfUnitType(type) !== AdminLevel.VILLAGE) {
        issues.push({ field: 'type', rule: 'notAllowed', params: { reason: 'a village is a thôn or a tổ dân phố' } });
      }
      if (name === null) issues.push({ field: 'name', rule: 'required' });
      if (blank(row.communeCode)) issues.push({ field: 'communeCode', rule: 'required' });
      const commune = blank(row.communeCode) ? undefined : communes.get(row.communeCode!.trim());
      if (!blank(row.communeCode) && (!commune || commune.level !== AdminLevel.COMMUNE || !exists(commune))) {
        issues.push({ field: 'communeCode', rule: 'notAllowed', params: { reason: 'not a commune-level unit' } });
      }
      if (issues.length > 0 || !commune || name === null) return bad(index, null, issues);
      if (!canWriteUnit(assignments, commune.path)) {
        return refuse(index, null, AppError.forbidden(`You may not add villages to unit ${commune.code}`));
      }
      if (isLocked(approved, commune.path, year)) return refuse(index, null, AppError.locked(commune.code, year));
      const normalName = normaliseUnitName(name);
      const searchName = foldVietnamese(normalName);
      const names = namesIn.get(commune.id) ?? new Set<string>();
      if (names.has(searchName)) {
        return bad(index, null, [{ field: 'name', rule: 'notAllowed', params: { reason: 'the commune already has a village of this name' } }]);
      }
      names.add(searchName);
      namesIn.set(commune.id, names);
      const taken = takenCodes.get(commune.id) ?? [];
      const code = nextVillageCode(commune.code, taken);
      taken.push(code);
      takenCodes.set(commune.id, taken);
      const after = em.create(AdminUnit, {
        code,
        name: normalName,
        shortName: shortUnitName(normalName, type),
        searchName,
        type,
        level: AdminLevel.VILLAGE,
        parentId: commune.id,
        path: `${commune.path}/${code}`,
        mountainous: row.mountainous ?? commune.mountainous,
        validFrom: today,
        validTo: null,
        version: 1,
      });
      rows.push({ index, action: 'CREATE', before: null, after, changes: createdFields(after, AUDITED_UNIT_FIELDS) });
    });
    return { rows, errors };
  }

  /** Plans and, when no row is refused, writes the whole batch in one transaction. */
  async save(ctx: RequestContext, input: readonly UnitRowInput[], options: BatchOptions, extraAudit: AuditRecord[] = []): Promise<BatchResult> {
    return this.db.transaction(async (em) => {
      const { rows, errors } = await this.plan(em, ctx, input, options);
      if (errors.length > 0) throw batchRefused(errors);
      return this.apply(em, ctx, rows, options, extraAudit);
    });
  }

  /** Writes a plan with no refused rows, inside the caller's transaction. */
  async apply(em: EntityManager, ctx: RequestContext, rows: readonly RowPlan[], options: BatchOptions, extraAudit: AuditRecord[] = []): Promise<BatchResult> {
    const updates = rows.filter((r) => r.action === 'UPDATE');
    const creates = rows.filter((r) => r.action === 'CREATE');
    const total = updates.length + creates.length;
    let done = 0;
    options.onProgress?.(0, total);

    for (const chunk of chunks(updates)) {
      await this.updateChunk(em, chunk);
      chunk.forEach((r) => (r.after.version = r.before!.version + 1));
      done += chunk.length;
      options.onProgress?.(done, total);
      await breathe();
    }
    for (const chunk of chunks(creates)) {
      await em.insert(
        AdminUnit,
        chunk.map(({ after }) => {
          const { id: _id, ...values } = after;
          return values;
        }),
      );
      done += chunk.length;
      options.onProgress?.(done, total);
      await breathe();
    }
    // The new villages' ids, for whoever reads them next in this request.
    const createdByCode = await this.byCodes(em, creates.map((r) => r.after.code));
    for (const r of creates) r.after.id = createdByCode.get(r.after.code)!.id;

    await this.audit.recordMany(em, ctx, [
      ...rows
        .filter((r) => r.action !== 'UNCHANGED')
        .map<AuditRecord>((r) => ({
          action: r.action === 'CREATE' ? 'CREATE' : 'UPDATE',
          entity: ENTITY,
          key: r.after.code,
          unitPath: r.after.path,
          changes: r.changes,
        })),
      ...extraAudit,
    ]);
    return {
      units: rows.map((r) => r.after),
      created: creates.length,
      updated: updates.length,
      unchanged: rows.length - total,
    };
  }

  /**
   * One UPDATE for many rows, each matched on its id and the version read: if anyone changed one
   * of them meanwhile, fewer rows match and the whole batch is a CONFLICT.
   */
  private async updateChunk(em: EntityManager, chunk: readonly RowPlan[]): Promise<void> {
    const params: unknown[] = [];
    const caseOf = (column: keyof AdminUnit) => {
      const whens = chunk.map((r) => {
        params.push(r.before!.id, r.after[column]);
        return 'WHEN ? THEN ?';
      });
      return `\`${column}\` = CASE \`id\` ${whens.join(' ')} END`;
    };
    const sets = (['name', 'shortName', 'searchName', 'mountainous'] as const).map(caseOf);
    const where = chunk.map((r) => {
      params.push(r.before!.id, r.before!.version);
      return '(`id` = ? AND `version` = ?)';
    });
    const sql = `UPDATE \`admin_unit\` SET ${sets.join(', ')}, \`version\` = \`version\` + 1 WHERE ${where.join(' OR ')}`;
    const affected = await this.execute(em, sql, params);
    if (affected !== chunk.length) {
      // Someone saved one of these rows after they were read: say which.
      const now = await this.byCodes(em, chunk.map((r) => r.before!.code));
      const stale = chunk.filter((r) => now.get(r.before!.code)?.version !== r.before!.version + 1);
      throw batchRefused(
        (stale.length > 0 ? stale : chunk).map((r) =>
          rowError(r.index, r.before!.code, AppError.conflict(ENTITY, r.before!.code, r.before!.version)),
        ),
      );
    }
  }

  /** Runs a write inside the transaction and answers how many rows it changed, on either driver. */
  private async execute(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
    if (!em.queryRunner) throw new Error('a batch writes inside a transaction');
    const result = await em.queryRunner.query(sql, params, true);
    return result.affected ?? 0;
  }

  async byCodes(em: EntityManager, codes: readonly string[], lock = false): Promise<Map<string, AdminUnit>> {
    const found = new Map<string, AdminUnit>();
    for (const chunk of chunks([...new Set(codes)], 1000)) {
      const qb = em.createQueryBuilder(AdminUnit, 'u').where('u.code IN (:...codes)', { codes: chunk });
      if (lock && this.db.kind === 'mysql') qb.setLock('pessimistic_write');
      for (const u of await qb.getMany()) found.set(u.code, u);
    }
    return found;
  }

  private async childrenOf(em: EntityManager, parentIds: readonly number[]): Promise<Map<number, AdminUnit[]>> {
    const found = new Map<number, AdminUnit[]>();
    for (const chunk of chunks([...new Set(parentIds)], 1000)) {
      const rows = await em.find(AdminUnit, { where: { parentId: In(chunk) }, select: { id: true, code: true, searchName: true, parentId: true } });
      for (const u of rows) found.set(u.parentId!, [...(found.get(u.parentId!) ?? []), u]);
    }
    return found;
  }
}
