import { In, type EntityManager } from 'typeorm';
import { DossierStep, ErrorCode, type ValidationIssue, canWriteUnit, isIsoDate, satisfactionAllows } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import { byIds } from '../../db/lookups';
import { requireUser } from '../access/access-rule';
import type { AuditRecord, AuditService } from '../audit/audit.service';
import type { PlanService } from '../plan/plan.service';
import { DossierStepRecord } from './dossier-step.entity';
import { Recognition } from './recognition.entity';
import { Target } from './target.entity';
import type { TargetReadService } from './target-read.service';
import { STEP_ORDER, TARGET_SPEC, stepOwnerPath, textIssue } from './targets-views';
import type { DossierRowInput, TargetView } from './targets.types';

/** The batch save of targets' recognition dossiers, and the recognitions their RECOGNISED steps record. */
export class DossierService {
  constructor(
    private readonly batch: BatchWriter,
    private readonly plans: PlanService,
    private readonly audit: AuditService,
    private readonly reads: TargetReadService,
  ) {}

  /**
   * Records, changes or removes dossier steps, and the residents' satisfaction. Each step is for
   * the level that takes it: the commune sends, the district forwards, the province decides. A
   * RECOGNISED step records the unit's recognition too, and is refused while satisfaction is
   * below the plan's minimum (section IV.10).
   */
  async saveDossiers(ctx: RequestContext, rows: DossierRowInput[]): Promise<TargetView[]> {
    const { assignments } = requireUser(ctx);
    return this.batch.run(async (em) => {
      const targets = await byIds(
        em,
        Target,
        rows.map((r) => r.targetId),
      );
      const allSteps = targets.size
        ? await em.find(DossierStepRecord, { where: { targetId: In([...targets.keys()]) } })
        : [];
      const plans = new Map<number, number>();
      const now = new Date().toISOString();
      const planned: PlannedRow<Target>[] = [];
      const stepWrites: { target: Target; before: DossierStepRecord[]; after: DossierStepRecord[] }[] = [];
      for (const [index, row] of rows.entries()) {
        const before = targets.get(row.targetId);
        if (!before) {
          planned.push({ index, key: `T${row.targetId}`, error: AppError.notFound('Target', String(row.targetId)) });
          continue;
        }
        const key = `T${before.id}`;
        const current = allSteps.filter((s) => s.targetId === before.id);
        const next = new Map(current.map((s) => [s.step, { ...s }]));
        const issues: ValidationIssue[] = [];
        let forbidden: string | null = null;
        const seenSteps = new Set<DossierStep>();
        for (const [i, s] of (row.steps ?? []).entries()) {
          if (seenSteps.has(s.step))
            issues.push({ field: `steps.${i}.step`, rule: 'notAllowed', params: { reason: 'a step is given twice' } });
          seenSteps.add(s.step);
          if (s.date !== null && s.date !== undefined && !isIsoDate(s.date))
            issues.push({ field: `steps.${i}.date`, rule: 'invalidFormat', params: { format: 'date' } });
          for (const t of [textIssue(`steps.${i}.decision`, s.decision, 100), textIssue(`steps.${i}.note`, s.note)])
            if (t) issues.push(t);
          if (!canWriteUnit(assignments, stepOwnerPath(s.step, before.unitPath))) forbidden = s.step;
          if (s.date === null) next.delete(s.step);
          else if (s.date !== undefined) {
            const was = next.get(s.step);
            next.set(
              s.step,
              em.create(DossierStepRecord, {
                ...(was ?? { targetId: before.id, step: s.step, version: 1 }),
                date: s.date,
                decision: s.decision === undefined ? (was?.decision ?? null) : s.decision,
                note: s.note === undefined ? (was?.note ?? null) : s.note,
              }),
            );
          }
        }
        // Up the hierarchy in order: no step dated before the one beneath it.
        const ordered = STEP_ORDER.filter((s) => next.has(s));
        for (let i = 1; i < ordered.length; i++) {
          if (next.get(ordered[i])!.date < next.get(ordered[i - 1])!.date) {
            issues.push({
              field: `steps.${ordered[i]}`,
              rule: 'notAllowed',
              params: { reason: `dated before ${ordered[i - 1]}` },
            });
          }
        }
        const permille =
          row.satisfactionPercent === undefined
            ? before.satisfactionPermille
            : row.satisfactionPercent === null
              ? null
              : Math.round(row.satisfactionPercent * 10);
        if (next.has(DossierStep.RECOGNISED)) {
          if (!plans.has(before.planId))
            plans.set(before.planId, (await this.plans.resolveById(before.planId, em)).minSatisfactionPermille);
          const min = plans.get(before.planId)!;
          if (!satisfactionAllows(permille === null ? null : permille / 10, min / 10)) {
            issues.push({
              field: 'satisfactionPercent',
              rule: 'outOfRange',
              params: { min: min / 10, max: 100, reason: "residents' satisfaction is too low for recognition" },
            });
          }
        }
        if (issues.length > 0) {
          planned.push({ index, key, error: AppError.badInput(issues) });
          continue;
        }
        if (forbidden) {
          planned.push({
            index,
            key,
            error: new AppError(ErrorCode.FORBIDDEN, `The step ${forbidden} of ${key} is taken by the level above`, {
              field: 'steps',
            }),
          });
          continue;
        }
        const after = [...next.values()];
        const stepsChanged =
          after.length !== current.length ||
          after.some((s) => {
            const c = current.find((x) => x.step === s.step);
            return !c || c.date !== s.date || c.decision !== s.decision || c.note !== s.note;
          });
        const target = em.create(Target, {
          ...before,
          satisfactionPermille: permille,
          dossierChangedAt: stepsChanged ? now : before.dossierChangedAt,
        });
        planned.push({
          index,
          key,
          before,
          after: target,
          unitPath: before.unitPath,
          year: before.year,
          expectedVersion: row.version,
        });
        if (stepsChanged) stepWrites.push({ target, before: current, after });
      }
      const audit: AuditRecord[] = stepWrites.flatMap(({ target, before, after }) =>
        STEP_ORDER.concat(DossierStep.RETURNED).flatMap<AuditRecord>((step) => {
          const b = before.find((s) => s.step === step);
          const a = after.find((s) => s.step === step);
          if (b?.date === a?.date && b?.decision === a?.decision && b?.note === a?.note) return [];
          return [
            {
              action: !b ? 'CREATE' : !a ? 'DELETE' : 'UPDATE',
              entity: 'DossierStep',
              key: `T${target.id}/${step}`,
              unitPath: target.unitPath,
              changes: (['date', 'decision', 'note'] as const)
                .filter((f) => (b?.[f] ?? null) !== (a?.[f] ?? null))
                .map((f) => ({ field: f, oldValue: b?.[f] ?? null, newValue: a?.[f] ?? null })),
            },
          ];
        }),
      );
      const out = await this.batch.write(em, ctx, TARGET_SPEC, planned, audit);
      for (const { target, after } of stepWrites) {
        await em.delete(DossierStepRecord, { targetId: target.id });
        if (after.length)
          await em.insert(
            DossierStepRecord,
            after.map(({ id: _id, ...s }) => s),
          );
        await this.syncRecognition(em, ctx, target, after.find((s) => s.step === DossierStep.RECOGNISED) ?? null);
      }
      return this.reads.withSteps(
        em,
        out.rows.filter((t): t is Target => t !== null),
      );
    });
  }

  /** The recognition a dossier's RECOGNISED step stands for: created, moved or removed with it. */
  private async syncRecognition(
    em: EntityManager,
    ctx: RequestContext,
    target: Target,
    step: DossierStepRecord | null,
  ): Promise<void> {
    const linked = await em.findOneBy(Recognition, { targetId: target.id });
    if (!step) {
      if (linked) {
        await em.delete(Recognition, { id: linked.id });
        await this.batchAudit(em, ctx, 'DELETE', linked, { recognisedOn: linked.recognisedOn }, {});
      }
      return;
    }
    if (linked) {
      if (linked.recognisedOn === step.date && linked.decision === step.decision) return;
      await em.update(
        Recognition,
        { id: linked.id },
        { recognisedOn: step.date, decision: step.decision, version: linked.version + 1 },
      );
      await this.batchAudit(
        em,
        ctx,
        'UPDATE',
        linked,
        { recognisedOn: linked.recognisedOn, decision: linked.decision },
        { recognisedOn: step.date, decision: step.decision },
      );
      return;
    }
    const recognition = em.create(Recognition, {
      unitId: target.unitId,
      unitPath: target.unitPath,
      level: target.level,
      year: target.year,
      recognisedOn: step.date,
      decision: step.decision,
      maintainedOn: null,
      endedOn: null,
      endReason: null,
      note: null,
      targetId: target.id,
      version: 1,
    });
    await em.insert(Recognition, recognition);
    await this.batchAudit(
      em,
      ctx,
      'CREATE',
      recognition,
      {},
      { level: recognition.level, year: recognition.year, recognisedOn: step.date, decision: step.decision },
    );
  }

  private batchAudit(
    em: EntityManager,
    ctx: RequestContext,
    action: 'CREATE' | 'UPDATE' | 'DELETE',
    r: Recognition,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ) {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return this.audit.record(em, ctx, {
      action,
      entity: 'Recognition',
      key: `${r.unitPath.split('/').at(-1)}/${r.level}/${r.recognisedOn}`,
      unitPath: r.unitPath,
      changes: fields.map((f) => ({ field: f, oldValue: before[f] ?? null, newValue: after[f] ?? null })),
    });
  }
}
