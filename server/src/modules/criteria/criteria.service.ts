import { In, type EntityManager } from 'typeorm';
import { AdminLevel, TargetLevel, type ValidationIssue, compareCriterionCodes } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import type { Database } from '../../db/database';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { CriteriaSet } from './criteria-set.entity';
import type { CriteriaSetInput, CriterionRowInput } from './criteria.types';
import { Criterion } from './criterion.entity';

const CRITERION_SPEC = {
  entity: Criterion,
  name: 'Criterion',
  table: 'criterion',
  columns: ['code', 'parentCode', 'name'] as const,
  audited: ['code', 'parentCode', 'name'] as const,
};

/** Criteria sets as data: the sets, their criteria and indicators, and their revision (ADMIN). */
export class CriteriaService {
  constructor(
    private readonly db: Database,
    private readonly batch: BatchWriter,
  ) {}

  sets(): Promise<CriteriaSet[]> {
    return this.db.manager.find(CriteriaSet, { order: { unitLevel: 'ASC', fromYear: 'ASC', key: 'ASC' } });
  }

  async setByKey(key: string, em: EntityManager = this.db.manager): Promise<CriteriaSet> {
    const set = await em.findOneBy(CriteriaSet, { key });
    if (!set)
      throw AppError.badInput({ field: 'setKey', rule: 'notAllowed', params: { reason: `no criteria set ${key}` } });
    return set;
  }

  /** The set judging units of a level for a level in a year, if there is one. */
  async setFor(
    unitLevel: AdminLevel,
    level: TargetLevel,
    year: number,
    em: EntityManager = this.db.manager,
  ): Promise<CriteriaSet | null> {
    const sets = await em.find(CriteriaSet, { where: { unitLevel, level }, order: { fromYear: 'DESC' } });
    return sets.find((s) => s.fromYear <= year && (s.toYear === null || year <= s.toYear)) ?? null;
  }

  async criteriaOf(setId: number, em: EntityManager = this.db.manager): Promise<Criterion[]> {
    return (await em.find(Criterion, { where: { setId } })).sort((a, b) => compareCriterionCodes(a.code, b.code));
  }

  /** Adds or renames criteria and indicators of a set (ADMIN). */
  async saveCriteria(ctx: RequestContext, rows: CriterionRowInput[]): Promise<Criterion[]> {
    return this.batch.run(async (em) => {
      const sets = new Map(
        (await em.find(CriteriaSet, { where: { key: In([...new Set(rows.map((r) => r.setKey))]) } })).map((s) => [
          s.key,
          s,
        ]),
      );
      const existing = sets.size
        ? await em.find(Criterion, { where: { setId: In([...sets.values()].map((s) => s.id)) } })
        : [];
      const province = await em.findOneBy(AdminUnit, { level: AdminLevel.PROVINCE });
      const planned: PlannedRow<Criterion>[] = rows.map((row, index) => {
        const set = sets.get(row.setKey);
        const issues: ValidationIssue[] = [];
        if (!set) issues.push({ field: 'setKey', rule: 'notAllowed', params: { reason: 'no such criteria set' } });
        if (!/^\d{1,2}(\.\d{1,2})?$/.test(row.code))
          issues.push({
            field: 'code',
            rule: 'invalidFormat',
            params: { format: 'criterion code such as 17 or 17.4' },
          });
        if (!row.name.trim()) issues.push({ field: 'name', rule: 'required' });
        else if (row.name.length > 500) issues.push({ field: 'name', rule: 'tooLong', params: { max: 500 } });
        const before = row.id ? (existing.find((c) => c.id === row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `${row.setKey}/${row.code}`, error: AppError.notFound('Criterion', String(row.id)) };
        const parentCode = row.code.includes('.') ? row.code.split('.')[0] : null;
        if (
          set &&
          parentCode &&
          !existing.some((c) => c.setId === set.id && c.code === parentCode) &&
          !rows.some((r) => r.setKey === row.setKey && r.code === parentCode)
        ) {
          issues.push({
            field: 'code',
            rule: 'notAllowed',
            params: { reason: `criterion ${parentCode} is not in the set` },
          });
        }
        if (set && existing.some((c) => c.setId === set.id && c.code === row.code && c.id !== before?.id)) {
          issues.push({ field: 'code', rule: 'notAllowed', params: { reason: 'the set already has this code' } });
        }
        if (issues.length > 0 || !set)
          return { index, key: `${row.setKey}/${row.code}`, error: AppError.badInput(issues) };
        const after = em.create(Criterion, {
          ...(before ?? { setId: set.id, version: 1 }),
          code: row.code,
          parentCode,
          name: row.name.trim(),
        });
        return {
          index,
          key: `${row.setKey}/${row.code}`,
          before,
          after,
          unitPath: province?.path ?? '',
          year: null,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      const out = await this.batch.write(em, ctx, CRITERION_SPEC, planned);
      return out.rows.filter((c): c is Criterion => c !== null);
    });
  }

  /** A new criteria set (ADMIN): the province revises its sets. */
  async createSet(ctx: RequestContext, input: CriteriaSetInput): Promise<CriteriaSet> {
    const issues: ValidationIssue[] = [];
    if (!/^[A-Z0-9_]{3,60}$/.test(input.key))
      issues.push({ field: 'input.key', rule: 'invalidFormat', params: { format: 'A-Z, 0-9 and _' } });
    if (!input.name.trim()) issues.push({ field: 'input.name', rule: 'required' });
    if (!Object.values(AdminLevel).includes(input.unitLevel as AdminLevel))
      issues.push({ field: 'input.unitLevel', rule: 'notAllowed' });
    if (input.toYear != null && input.toYear < input.fromYear)
      issues.push({ field: 'input.toYear', rule: 'notAllowed', params: { reason: 'before fromYear' } });
    if (issues.length) throw AppError.badInput(issues);
    return this.batch.run(async (em) => {
      if (await em.findOneBy(CriteriaSet, { key: input.key }))
        throw AppError.badInput({ field: 'input.key', rule: 'notAllowed', params: { reason: 'a set has this key' } });
      const province = await em.findOneBy(AdminUnit, { level: AdminLevel.PROVINCE });
      const set = em.create(CriteriaSet, {
        ...input,
        name: input.name.trim(),
        decision: input.decision ?? null,
        unitLevel: input.unitLevel as AdminLevel,
        toYear: input.toYear ?? null,
        version: 1,
      });
      const out = await this.batch.write(
        em,
        ctx,
        {
          entity: CriteriaSet,
          name: 'CriteriaSet',
          table: 'criteria_set',
          columns: ['name'],
          audited: ['key', 'name', 'decision', 'unitLevel', 'level', 'fromYear', 'toYear'],
        },
        [
          {
            index: 0,
            key: input.key,
            before: null,
            after: set,
            unitPath: province?.path ?? '',
            year: null,
            expectedVersion: null,
          },
        ],
      );
      return out.rows[0]!;
    });
  }
}
