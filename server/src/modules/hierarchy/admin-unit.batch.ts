import { In, type EntityManager } from 'typeorm';
import {
  AdminLevel,
  type BatchRowError,
  MAX_BATCH_ROWS,
  UnitType,
  type ValidationIssue,
  foldVietnamese,
  levelOfUnitType,
  nextVillageCode,
  normaliseUnitName,
  shortUnitName,
  todayInVietnam,
  validateUnitName,
  yearInVietnam,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import { type AuditRecord, type FieldChange, changedFields, createdFields } from '../audit/audit.service';
import { forUpdate } from '../../db/locks';
import { AdminUnit } from './admin-unit.entity';

const ENTITY = 'AdminUnit';
export const AUDITED_UNIT_FIELDS = ['code', 'name', 'type', 'mountainous', 'validFrom', 'validTo'] as const;

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

export type UnitPlan = PlannedRow<AdminUnit>;

/** What a planned row will do, for a dry run: its action and the audited fields it changes. */
export function describePlan(row: Extract<UnitPlan, { after: AdminUnit | null }>): {
  action: RowAction;
  changes: FieldChange[];
} {
  if (!row.before) return { action: 'CREATE', changes: createdFields(row.after!, AUDITED_UNIT_FIELDS) };
  const changes = changedFields(row.before, row.after!, AUDITED_UNIT_FIELDS);
  return { action: changes.length > 0 ? 'UPDATE' : 'UNCHANGED', changes };
}

const UNIT_SPEC = {
  entity: AdminUnit,
  name: ENTITY,
  table: 'admin_unit',
  columns: ['name', 'shortName', 'searchName', 'mountainous'] as const,
  audited: AUDITED_UNIT_FIELDS,
};

function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';

/**
 * Many unit edits and new villages at once, all or nothing: a grid's "Save" and an import. The
 * unit's own rules (names, types, one commune per new village, names unique in a commune, codes
 * numbered in turn) are here; scope, approval locks, versions, the writing and the audit are the
 * batch writer's, as for every grid.
 */
export class AdminUnitBatch {
  constructor(private readonly writer: BatchWriter) {}

  /** Works out what every row would do, refusing those that break the unit's rules; writes nothing. */
  async plan(em: EntityManager, input: readonly UnitRowInput[], options: BatchOptions): Promise<UnitPlan[]> {
    if (input.length > MAX_BATCH_ROWS) {
      throw AppError.badInput({ field: 'rows', rule: 'outOfRange', params: { min: 1, max: MAX_BATCH_ROWS } });
    }
    const year = yearInVietnam();
    const codes = [...new Set(input.filter((r) => !blank(r.code)).map((r) => r.code!.trim()))];
    const communeCodes = [
      ...new Set(input.filter((r) => blank(r.code) && !blank(r.communeCode)).map((r) => r.communeCode!.trim())),
    ];
    const existing = await this.byCodes(em, codes);
    // Communes that get new villages are locked (on MySQL) so that two batches number them in turn.
    const communes = await this.byCodes(em, communeCodes, options.lock ?? true);
    const siblings = await this.childrenOf(
      em,
      [...communes.values()].map((c) => c.id),
    );
    const today = todayInVietnam();
    const exists = (u: AdminUnit) => u.validTo === null || u.validTo > today;

    const seenCodes = new Set<string>();
    // Per commune: the codes taken and the folded names in use, including this batch's new villages.
    const takenCodes = new Map<number, string[]>();
    const namesIn = new Map<number, Set<string>>();
    for (const [parentId, children] of siblings) {
      takenCodes.set(
        parentId,
        children.map((c) => c.code),
      );
      namesIn.set(parentId, new Set(children.map((c) => c.searchName)));
    }

    return input.map((row, index): UnitPlan => {
      const issues: ValidationIssue[] = [];
      const bad = (key: string | null) => ({ index, key, error: AppError.badInput(issues) });
      const name = blank(row.name) ? null : row.name!;
      if (row.name !== undefined && row.name !== null) {
        const issue = validateUnitName(row.name, 'name');
        if (issue) issues.push(issue);
      }

      if (!blank(row.code)) {
        const code = row.code!.trim();
        if (seenCodes.has(code))
          issues.push({ field: 'code', rule: 'notAllowed', params: { reason: 'the same unit is in the batch twice' } });
        seenCodes.add(code);
        if (options.requireVersion && (row.version === null || row.version === undefined))
          issues.push({ field: 'version', rule: 'required' });
        if (row.communeCode && !blank(row.communeCode)) {
          // Moving a unit is a change of the hierarchy, not an edit.
          const current = existing.get(code);
          const parentCode = current?.path.split('/').slice(-2, -1)[0];
          if (current && parentCode !== row.communeCode.trim()) {
            issues.push({
              field: 'communeCode',
              rule: 'notAllowed',
              params: { reason: 'a unit is moved by a change of the hierarchy' },
            });
          }
        }
        if (issues.length > 0) return bad(code);
        const before = existing.get(code);
        if (!before || !exists(before)) return { index, key: code, error: AppError.notFound(ENTITY, code) };
        const after = em.create(AdminUnit, { ...before });
        if (name !== null) {
          after.name = normaliseUnitName(name);
          after.shortName = shortUnitName(after.name, after.type);
          after.searchName = foldVietnamese(after.name);
        }
        if (row.mountainous !== null && row.mountainous !== undefined) after.mountainous = row.mountainous;
        return {
          index,
          key: code,
          before,
          after,
          unitPath: before.path,
          year,
          expectedVersion: row.version ?? null,
          versionOptional: !options.requireVersion,
        };
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
      if (issues.length > 0 || !commune || name === null) return bad(null);
      const normalName = normaliseUnitName(name);
      const searchName = foldVietnamese(normalName);
      const names = namesIn.get(commune.id) ?? new Set<string>();
      if (names.has(searchName)) {
        issues.push({
          field: 'name',
          rule: 'notAllowed',
          params: { reason: 'the commune already has a village of this name' },
        });
        return bad(null);
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
      return { index, key: code, before: null, after, unitPath: after.path, year, expectedVersion: null };
    });
  }

  /** Refusals of a plan (the rows' own, scope, locks, versions), for a dry run. */
  check(em: EntityManager, ctx: RequestContext, planned: readonly UnitPlan[]): Promise<BatchRowError[]> {
    return this.writer.check(em, ctx, planned, ENTITY);
  }

  /** Plans and, when no row is refused, writes the whole batch in one transaction. */
  async save(ctx: RequestContext, input: readonly UnitRowInput[], options: BatchOptions): Promise<BatchResult> {
    return this.writer.run(async (em) => this.apply(em, ctx, await this.plan(em, input, options), options));
  }

  /** Writes a plan inside the caller's transaction; refuses it all when any row is refused. */
  async apply(
    em: EntityManager,
    ctx: RequestContext,
    planned: readonly UnitPlan[],
    options: BatchOptions,
    extraAudit: AuditRecord[] = [],
  ): Promise<BatchResult> {
    const out = await this.writer.write(em, ctx, UNIT_SPEC, planned, extraAudit, options.onProgress);
    return {
      units: out.rows.filter((u): u is AdminUnit => u !== null),
      created: out.created,
      updated: out.updated,
      unchanged: out.unchanged,
    };
  }

  async byCodes(em: EntityManager, codes: readonly string[], lock = false): Promise<Map<string, AdminUnit>> {
    const found = new Map<string, AdminUnit>();
    for (const chunk of chunks([...new Set(codes)])) {
      const read = em.createQueryBuilder(AdminUnit, 'u').where('u.code IN (:...codes)', { codes: chunk });
      const qb = lock ? forUpdate(read) : read;
      for (const u of await qb.getMany()) found.set(u.code, u);
    }
    return found;
  }

  private async childrenOf(em: EntityManager, parentIds: readonly number[]): Promise<Map<number, AdminUnit[]>> {
    const found = new Map<number, AdminUnit[]>();
    for (const chunk of chunks([...new Set(parentIds)])) {
      const rows = await em.find(AdminUnit, {
        where: { parentId: In(chunk) },
        select: { id: true, code: true, searchName: true, parentId: true },
      });
      for (const u of rows) found.set(u.parentId!, [...(found.get(u.parentId!) ?? []), u]);
    }
    return found;
  }
}
