import { In, type EntityManager } from 'typeorm';
import {
  AdminLevel,
  DossierStep,
  ErrorCode,
  RecognitionEnd,
  TargetKind,
  TargetLevel,
  type ValidationIssue,
  canWriteUnit,
  dossierStatusOn,
  isIsoDate,
  satisfactionAllows,
  todayInVietnam,
  validateYear,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import { type BatchWriter, type PlannedRow } from '../../db/batch-writer';
import type { Database } from '../../db/database';
import { byIds, idChunks, ofUnits, unitsByCode } from '../../db/lookups';
import { requireUser } from '../access/access-rule';
import { whereReadable, whereWithin } from '../access/scope-sql';
import type { AuditRecord, AuditService } from '../audit/audit.service';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import type { PlanService } from '../plan/plan.service';
import { DossierStepRecord } from './dossier-step.entity';
import { Recognition } from './recognition.entity';
import { Target } from './target.entity';
import type {
  DossierRowInput,
  DossiersArgs,
  RecognitionRowInput,
  RecognitionView,
  RecognitionsArgs,
  TargetBatchResult,
  TargetRowInput,
  TargetView,
  TargetsArgs,
} from './targets.types';

const TARGET_SPEC = {
  entity: Target,
  name: 'Target',
  table: 'target',
  columns: ['level', 'year', 'kind', 'section', 'note', 'satisfactionPermille', 'dossierChangedAt'] as const,
  audited: ['unitPath', 'level', 'year', 'kind', 'section', 'note', 'satisfactionPermille'] as const,
};

const RECOGNITION_SPEC = {
  entity: Recognition,
  name: 'Recognition',
  table: 'recognition',
  columns: ['level', 'year', 'recognisedOn', 'decision', 'maintainedOn', 'endedOn', 'endReason', 'note'] as const,
  audited: [
    'unitPath',
    'level',
    'year',
    'recognisedOn',
    'decision',
    'maintainedOn',
    'endedOn',
    'endReason',
    'note',
  ] as const,
};

/** The levels a unit of each level may aim for or be recognised at. */
const LEVELS_OF: Record<AdminLevel, readonly TargetLevel[]> = {
  [AdminLevel.PROVINCE]: [],
  [AdminLevel.DISTRICT]: [TargetLevel.NTM, TargetLevel.ADVANCED, TargetLevel.TASK_COMPLETED],
  [AdminLevel.COMMUNE]: [TargetLevel.NTM, TargetLevel.ADVANCED, TargetLevel.MODEL],
  [AdminLevel.VILLAGE]: [TargetLevel.MODEL_VILLAGE],
};

/** The order of a dossier's steps up the hierarchy. */
const STEP_ORDER: readonly DossierStep[] = [
  DossierStep.COMMUNE_TO_DISTRICT,
  DossierStep.DISTRICT_TO_PROVINCE,
  DossierStep.PROVINCE_TO_CENTRAL,
  DossierStep.RECOGNISED,
];

const TEXT_MAX = 1000;

function textIssue(field: string, text: string | null | undefined, max = TEXT_MAX): ValidationIssue | null {
  return text && text.length > max ? { field, rule: 'tooLong', params: { max } } : null;
}

/** "49/510/20704" cut to the level whose units take a step: the commune, its district, the province. */
function pathAt(path: string, segments: number): string {
  return path.split('/').slice(0, segments).join('/');
}

/** Whose step it is: a commune sends its dossier, the district forwards it, the province decides. */
function stepOwnerPath(step: DossierStep, unitPath: string): string {
  switch (step) {
    case DossierStep.COMMUNE_TO_DISTRICT:
      return unitPath;
    case DossierStep.DISTRICT_TO_PROVINCE:
      return pathAt(unitPath, 2);
    default:
      return pathAt(unitPath, 1);
  }
}

export function targetView(t: Target, steps: readonly DossierStepRecord[]): TargetView {
  return {
    id: t.id,
    unitId: t.unitId,
    unitPath: t.unitPath,
    level: t.level,
    year: t.year,
    kind: t.kind,
    section: t.section,
    planName: t.planName,
    note: t.note,
    validFrom: t.validFrom,
    satisfactionPercent: t.satisfactionPermille === null ? null : t.satisfactionPermille / 10,
    steps: [...steps]
      .sort((a, b) =>
        a.date === b.date ? STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) : a.date < b.date ? -1 : 1,
      )
      .map((s) => ({ step: s.step, date: s.date, decision: s.decision, note: s.note })),
    version: t.version,
  };
}

function recognitionView(r: Recognition): RecognitionView {
  const { id, unitId, unitPath, level, year, recognisedOn, decision, maintainedOn, endedOn, endReason, note, version } =
    r;
  return { id, unitId, unitPath, level, year, recognisedOn, decision, maintainedOn, endedOn, endReason, note, version };
}

/** The plan's targets, their recognition dossiers, and recognitions. */
export class TargetService {
  constructor(
    private readonly db: Database,
    private readonly batch: BatchWriter,
    private readonly plans: PlanService,
    private readonly audit: AuditService,
  ) {}

  /** Targets of units in the user's scope, filtered, ordered by unit code, level and year. */
  private async query(ctx: RequestContext, args: TargetsArgs, em: EntityManager = this.db.manager) {
    const plan = await this.plans.resolve(args.planCode, em);
    const qb = em
      .createQueryBuilder(Target, 't')
      .innerJoin(AdminUnit, 'u', 'u.id = t.unitId')
      .where('t.planId = :planId', { planId: plan.id })
      .andWhere('u.level = :unitLevel', { unitLevel: args.unitLevel });
    const asOf = args.asOf ?? todayInVietnam();
    qb.andWhere('(u.validFrom IS NULL OR u.validFrom <= :asOf) AND (u.validTo IS NULL OR u.validTo > :asOf)', { asOf });
    qb.andWhere('(t.validFrom IS NULL OR t.validFrom <= :asOf)', { asOf });
    whereReadable(qb, ctx, 't.unitPath');
    if (args.level) qb.andWhere('t.level = :level', { level: args.level });
    if (args.year) qb.andWhere('t.year = :year', { year: args.year });
    if (args.kind) qb.andWhere('t.kind = :kind', { kind: args.kind });
    if (args.unitCode) {
      const unit = await ctx.loaders.unitByCode.load(args.unitCode);
      if (!unit) throw AppError.badInput({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
      whereWithin(qb, 't.unitPath', unit.path);
    }
    return qb;
  }

  private async withSteps(em: EntityManager, targets: Target[]): Promise<TargetView[]> {
    const steps: DossierStepRecord[] = [];
    for (const chunk of idChunks(targets.map((t) => t.id)))
      steps.push(...(await em.find(DossierStepRecord, { where: { targetId: In(chunk) } })));
    const byTarget = new Map<number, DossierStepRecord[]>();
    for (const s of steps) {
      const list = byTarget.get(s.targetId);
      if (list) list.push(s);
      else byTarget.set(s.targetId, [s]);
    }
    return targets.map((t) => targetView(t, byTarget.get(t.id) ?? []));
  }

  async list(ctx: RequestContext, args: TargetsArgs): Promise<Page<TargetView>> {
    const qb = await this.query(ctx, args);
    const counter = qb.clone();
    // Keyset on (path, level, year, id) would need a composite cursor: ids in path order do.
    qb.orderBy('t.unitPath', 'ASC').addOrderBy('t.year', 'ASC').addOrderBy('t.level', 'ASC').addOrderBy('t.id', 'ASC');
    const offset = args.after ? Number(decodeCursor(args.after)) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw AppError.badInput({ field: 'after', rule: 'invalidFormat', params: { format: 'cursor' } });
    const rows = await qb
      .offset(offset)
      .limit(args.first + 1)
      .getMany();
    const nodes = await this.withSteps(this.db.manager, rows.slice(0, args.first));
    const index = new Map(nodes.map((n, i) => [n, offset + i + 1]));
    return {
      nodes,
      hasNextPage: rows.length > args.first,
      cursorOf: (n) => encodeCursor(String(index.get(n))),
      count: () => counter.getCount(),
    };
  }

  /** Targets with their dossiers, optionally only those standing at `status` on `asOf`. */
  async dossiers(ctx: RequestContext, args: DossiersArgs): Promise<Page<TargetView>> {
    const asOf = args.asOf ?? todayInVietnam();
    const qb = await this.query(ctx, args);
    qb.orderBy('t.unitPath', 'ASC').addOrderBy('t.year', 'ASC').addOrderBy('t.level', 'ASC').addOrderBy('t.id', 'ASC');
    let all = await this.withSteps(this.db.manager, await qb.getMany());
    if (args.status) all = all.filter((t) => dossierStatusOn(t.steps, asOf) === args.status);
    const offset = args.after ? Number(decodeCursor(args.after)) : 0;
    const nodes = all.slice(offset, offset + args.first);
    const index = new Map(nodes.map((n, i) => [n, offset + i + 1]));
    return {
      nodes,
      hasNextPage: all.length > offset + args.first,
      cursorOf: (n) => encodeCursor(String(index.get(n))),
      count: async () => all.length,
    };
  }

  /** Targets of the plan in force, all of them, for progress and deadlines. */
  async allOfPlan(em: EntityManager | undefined, planId: number, unitIds?: readonly number[]): Promise<TargetView[]> {
    const manager = em ?? this.db.manager;
    const targets = unitIds
      ? await ofUnits(manager, Target, unitIds, (qb) => qb.andWhere('r.planId = :planId', { planId }))
      : await manager.find(Target, { where: { planId } });
    return this.withSteps(manager, targets);
  }

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
        targets: await this.withSteps(em, saved),
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
      return this.withSteps(
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

  async recognitions(ctx: RequestContext, args: RecognitionsArgs): Promise<Page<RecognitionView>> {
    const qb = this.db.manager.createQueryBuilder(Recognition, 'r');
    whereReadable(qb, ctx, 'r.unitPath');
    if (args.level) qb.andWhere('r.level = :level', { level: args.level });
    if (args.unitCode) {
      const unit = await ctx.loaders.unitByCode.load(args.unitCode);
      if (!unit) throw AppError.badInput({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
      whereWithin(qb, 'r.unitPath', unit.path);
    }
    if (args.recognisedBy) qb.andWhere('r.recognisedOn <= :by', { by: args.recognisedBy });
    if (args.unconfirmed) qb.andWhere('r.maintainedOn IS NULL');
    if (args.holdingOn) {
      qb.andWhere('r.recognisedOn <= :on', { on: args.holdingOn }).andWhere('(r.endedOn IS NULL OR r.endedOn > :on)', {
        on: args.holdingOn,
      });
    }
    const counter = qb.clone();
    const offset = args.after ? Number(decodeCursor(args.after)) : 0;
    const rows = await qb
      .orderBy('r.unitPath', 'ASC')
      .addOrderBy('r.recognisedOn', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .offset(offset)
      .limit(args.first + 1)
      .getMany();
    const nodes = rows.slice(0, args.first).map(recognitionView);
    const index = new Map(nodes.map((n, i) => [n, offset + i + 1]));
    return {
      nodes,
      hasNextPage: rows.length > args.first,
      cursorOf: (n) => encodeCursor(String(index.get(n))),
      count: () => counter.getCount(),
    };
  }

  /**
   * Recognitions entered or changed by hand (those recognised before the product, lapses and
   * withdrawals). Model villages are recognised by the district, everything else by the province.
   */
  async saveRecognitions(ctx: RequestContext, rows: RecognitionRowInput[]) {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Recognition,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
      );
      const beforeUnits = await byIds(
        em,
        AdminUnit,
        [...existing.values()].map((r) => r.unitId),
      );
      const planned: PlannedRow<Recognition>[] = [];
      for (const [index, row] of rows.entries()) {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before) {
          planned.push({ index, key: `R${row.id}`, error: AppError.notFound('Recognition', String(row.id)) });
          continue;
        }
        const unit = before
          ? (beforeUnits.get(before.unitId) ?? null)
          : row.unitCode
            ? (units.get(row.unitCode) ?? null)
            : null;
        const issues: ValidationIssue[] = [];
        if (!before && !unit)
          issues.push(
            row.unitCode
              ? { field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } }
              : { field: 'unitCode', rule: 'required' },
          );
        if (before && row.version == null) issues.push({ field: 'version', rule: 'required' });
        const level = row.level ?? before?.level;
        const year = row.year ?? before?.year;
        const recognisedOn = row.recognisedOn ?? before?.recognisedOn;
        const endedOn = row.endedOn === undefined ? (before?.endedOn ?? null) : row.endedOn;
        const maintainedOn = row.maintainedOn === undefined ? (before?.maintainedOn ?? null) : row.maintainedOn;
        const endReason = row.endReason === undefined ? (before?.endReason ?? null) : row.endReason;
        if (!level) issues.push({ field: 'level', rule: 'required' });
        else if (unit && !LEVELS_OF[unit.level].includes(level))
          issues.push({
            field: 'level',
            rule: 'notAllowed',
            params: { reason: `a ${unit.level.toLowerCase()} is not recognised at ${level}` },
          });
        const yi = year === undefined ? { field: 'year', rule: 'required' as const } : validateYear(year);
        if (yi) issues.push(yi);
        if (!recognisedOn) issues.push({ field: 'recognisedOn', rule: 'required' });
        if (endedOn && recognisedOn && endedOn <= recognisedOn)
          issues.push({ field: 'endedOn', rule: 'notAllowed', params: { reason: 'it must be after recognisedOn' } });
        if (maintainedOn && recognisedOn && maintainedOn < recognisedOn)
          issues.push({
            field: 'maintainedOn',
            rule: 'notAllowed',
            params: { reason: 'it must not be before recognisedOn' },
          });
        if ((endedOn === null) !== (endReason === null))
          issues.push({ field: endedOn ? 'endReason' : 'endedOn', rule: 'required' });
        if (endReason && !Object.values(RecognitionEnd).includes(endReason))
          issues.push({ field: 'endReason', rule: 'notAllowed' });
        for (const t of [textIssue('decision', row.decision, 100), textIssue('note', row.note)]) if (t) issues.push(t);
        if (issues.length > 0 || !unit || !level || year === undefined || !recognisedOn) {
          planned.push({
            index,
            key: before ? `R${before.id}` : (row.unitCode ?? null),
            error: AppError.badInput(issues),
          });
          continue;
        }
        const after = em.create(Recognition, {
          ...(before ?? { unitId: unit.id, unitPath: unit.path, targetId: null, version: 1 }),
          level,
          year,
          recognisedOn,
          decision: row.decision === undefined ? (before?.decision ?? null) : row.decision,
          maintainedOn,
          endedOn,
          endReason,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
        });
        // Model villages are recognised by the district; the rest by the province.
        const owner = level === TargetLevel.MODEL_VILLAGE ? pathAt(unit.path, 2) : pathAt(unit.path, 1);
        planned.push({
          index,
          key: `${unit.code}/${level}/${recognisedOn}`,
          before,
          after,
          unitPath: unit.path,
          scopePath: owner,
          year,
          expectedVersion: before ? (row.version ?? null) : null,
        });
      }
      const out = await this.batch.write(em, ctx, RECOGNITION_SPEC, planned);
      const saved = out.rows.filter((r): r is Recognition => r !== null);
      return {
        recognitions: saved.map(recognitionView),
        created: out.created,
        updated: out.updated,
        unchanged: out.unchanged,
        changed: out.created + out.updated,
      };
    });
  }
}
