import { In, type EntityManager } from 'typeorm';
import { TargetKind, type ValidationIssue, validateYear } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import { byIds, unitsByCode } from '../../db/lookups';
import type { PlanService } from '../plan/plan.service';
import { DossierStepRecord } from './dossier-step.entity';
import { Recognition } from './recognition.entity';
import { Target } from './target.entity';
import type { TargetReadService } from './target-read.service';
import { LEVELS_OF, TARGET_SPEC, textIssue } from './targets-views';
import type { TargetBatchResult, TargetRowInput } from './targets.types';

/** The batch save of the plan's targets. */
export class TargetService {
  constructor(
    private readonly batch: BatchWriter,
    private readonly plans: PlanService,
    private readonly reads: TargetReadService,
  ) {}

  async save(ctx: RequestContext, rows: TargetRowInput[]): Promise<TargetBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Target,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
      );
      const plans = new Map<string, number>();
      const planOf = async (code?: string) => {
        const key = code ?? '';
        if (!plans.has(key)) plans.set(key, (await this.plans.resolve(code, em)).id);
        return plans.get(key)!;
      };
      const seen = new Set<string>();
      const planned: PlannedRow<Target>[] = [];
      for (const [index, row] of rows.entries()) {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before) {
          planned.push({ index, key: `T${row.id}`, error: AppError.notFound('Target', String(row.id)) });
          continue;
        }
        const unit = before ? null : row.unitCode ? units.get(row.unitCode) : undefined;
        const issues: ValidationIssue[] = [];
        if (!before && !row.unitCode) issues.push({ field: 'unitCode', rule: 'required' });
        else if (!before && !unit)
          issues.push({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
        if (before && row.version == null) issues.push({ field: 'version', rule: 'required' });
        const level = row.level ?? before?.level;
        const year = row.year ?? before?.year;
        if (!level) issues.push({ field: 'level', rule: 'required' });
        else if (unit && !LEVELS_OF[unit.level].includes(level)) {
          issues.push({
            field: 'level',
            rule: 'notAllowed',
            params: { reason: `a ${unit.level.toLowerCase()} does not aim for ${level}` },
          });
        }
        const yi = year === undefined ? { field: 'year', rule: 'required' as const } : validateYear(year);
        if (yi) issues.push(yi);
        for (const i of [textIssue('section', row.section, 20), textIssue('note', row.note)]) if (i) issues.push(i);
        if (issues.length > 0 || !level || year === undefined) {
          planned.push({
            index,
            key: before ? `T${before.id}` : (row.unitCode ?? null),
            error: AppError.badInput(issues),
          });
          continue;
        }
        if (row.delete) {
          if (!before) {
            planned.push({ index, key: null, error: AppError.badInput({ field: 'id', rule: 'required' }) });
            continue;
          }
          planned.push({
            index,
            key: `T${before.id}`,
            before,
            after: null,
            unitPath: before.unitPath,
            year: before.year,
            expectedVersion: row.version ?? null,
          });
          continue;
        }
        const planId = before?.planId ?? (await planOf(row.planCode));
        const kind = row.kind ?? before?.kind ?? TargetKind.NEW;
        const unitId = before?.unitId ?? unit!.id;
        const natural = `${planId}|${unitId}|${level}|${year}|${kind}`;
        if (seen.has(natural)) {
          planned.push({
            index,
            key: row.unitCode ?? null,
            error: AppError.badInput({
              field: 'level',
              rule: 'notAllowed',
              params: { reason: 'the same target is in the batch twice' },
            }),
          });
          continue;
        }
        seen.add(natural);
        const after = em.create(Target, {
          ...(before ?? {
            planId,
            unitId,
            unitPath: unit!.path,
            planName: null,
            satisfactionPermille: null,
            dossierChangedAt: null,
            version: 1,
          }),
          level,
          year,
          kind,
          section: row.section === undefined ? (before?.section ?? null) : row.section,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
        });
        planned.push({
          index,
          key: before ? `T${before.id}` : `${unit!.code}/${level}/${year}`,
          before,
          after,
          unitPath: after.unitPath,
          year,
          expectedVersion: before ? (row.version ?? null) : null,
        });
      }
      await this.refuseDuplicates(em, planned);
      const out = await this.batch.write(em, ctx, TARGET_SPEC, planned);
      // A removed target takes its dossier along.
      const removed = planned.flatMap((p) => ('after' in p && p.after === null && p.before ? [p.before.id] : []));
      if (removed.length) {
        await em.delete(DossierStepRecord, { targetId: In(removed) });
        await em.update(Recognition, { targetId: In(removed) }, { targetId: null });
      }
      const saved = out.rows.filter((t): t is Target => t !== null);
      return {
        targets: await this.reads.withSteps(em, saved),
        created: out.created,
        updated: out.updated,
        deleted: out.deleted,
        unchanged: out.unchanged,
        changed: out.created + out.updated + out.deleted,
      };
    });
  }

  /** A new target the database already holds (same unit, level, year, kind) is refused, not doubled. */
  private async refuseDuplicates(em: EntityManager, planned: PlannedRow<Target>[]): Promise<void> {
    const fresh = planned.filter(
      (p): p is Extract<PlannedRow<Target>, { after: Target | null }> => 'after' in p && !p.before && p.after !== null,
    );
    if (fresh.length === 0) return;
    const there = await em.find(Target, { where: { unitId: In(fresh.map((p) => p.after!.unitId)) } });
    for (const p of fresh) {
      const a = p.after!;
      if (
        there.some(
          (t) =>
            t.planId === a.planId &&
            t.unitId === a.unitId &&
            t.level === a.level &&
            t.year === a.year &&
            t.kind === a.kind,
        )
      ) {
        const i = planned.indexOf(p);
        planned[i] = {
          index: p.index,
          key: p.key,
          error: AppError.badInput({
            field: 'level',
            rule: 'notAllowed',
            params: { reason: 'the unit already has this target' },
          }),
        };
      }
    }
  }
}
