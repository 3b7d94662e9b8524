import { In, type EntityManager } from 'typeorm';
import { dossierStatusOn, todayInVietnam } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { idChunks, ofUnits } from '../../db/lookups';
import { whereReadable, whereWithin } from '../access/scope-sql';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import type { PlanService } from '../plan/plan.service';
import { DossierStepRecord } from './dossier-step.entity';
import { Recognition } from './recognition.entity';
import { Target } from './target.entity';
import { recognitionView, targetView } from './targets-views';
import type { DossiersArgs, RecognitionView, RecognitionsArgs, TargetView, TargetsArgs } from './targets.types';

/** Reads of the plan's targets, their recognition dossiers, and recognitions. */
export class TargetReadService {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
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

  /** The targets' views, each with its dossier steps. */
  async withSteps(em: EntityManager, targets: Target[]): Promise<TargetView[]> {
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
}
