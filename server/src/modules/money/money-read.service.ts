import { Brackets, type SelectQueryBuilder } from 'typeorm';
import {
  type AllocationFacts,
  CheckpointState,
  type DisbursementFacts,
  type Dong,
  FundingSource,
  checkpointStatus,
  disbursementRate,
  ratio,
  todayInVietnam,
  sumDong,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { dongOfSum, idChunks, ofUnits } from '../../db/lookups';
import { assertCanRead } from '../access/access-rule';
import { whereReadable, whereWithin } from '../access/scope-sql';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import type { HierarchyOn } from '../hierarchy/hierarchy-on';
import type { PlanService } from '../plan/plan.service';
import { Allocation } from './allocation.entity';
import { Checkpoint } from './checkpoint.entity';
import { Disbursement } from './disbursement.entity';
import { Project } from './project.entity';
import type {
  AllocationView,
  AllocationsArgs,
  BudgetArgs,
  BudgetSummary,
  CheckpointStatusView,
  DisbursementView,
  ProjectView,
  ProjectsArgs,
} from './money.types';
import { str, allocationView, projectView, disbursementView, facts } from './money-views';

/** Reading capital plans, projects and payments, and how units and projects stand against the plan. */
export class MoneyReadService {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
  ) {}

  private async unitOrProvince(ctx: RequestContext, code?: string | null): Promise<AdminUnit> {
    const unitCode = code ?? (await this.plans.resolve()).provinceCode;
    const unit = await ctx.loaders.unitByCode.load(unitCode);
    if (!unit) throw AppError.badInput({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
    assertCanRead(ctx, unit);
    return unit;
  }

  async allocations(ctx: RequestContext, args: AllocationsArgs): Promise<Page<AllocationView>> {
    const qb = this.db.manager.createQueryBuilder(Allocation, 'a');
    whereReadable(qb, ctx, 'a.unitPath');
    if (args.year) qb.andWhere('a.year = :year', { year: args.year });
    if (args.source) qb.andWhere('a.source = :source', { source: args.source });
    if (args.projects === true) qb.andWhere('a.projectId <> 0');
    if (args.projects === false) qb.andWhere('a.projectId = 0');
    if (args.unitCode) whereWithin(qb, 'a.unitPath', (await this.unitOrProvince(ctx, args.unitCode)).path);
    const counter = qb.clone();
    const offset = args.after ? Number(decodeCursor(args.after)) : 0;
    const rows = await qb
      .orderBy('a.unitPath')
      .addOrderBy('a.projectId')
      .addOrderBy('a.year')
      .addOrderBy('a.source')
      .addOrderBy('a.id')
      .offset(offset)
      .limit(args.first + 1)
      .getMany();
    const nodes = rows.slice(0, args.first).map(allocationView);
    const index = new Map(nodes.map((n, i) => [n, offset + i + 1]));
    return {
      nodes,
      hasNextPage: rows.length > args.first,
      cursorOf: (n) => encodeCursor(String(index.get(n))),
      count: () => counter.getCount(),
    };
  }

  async projects(ctx: RequestContext, args: ProjectsArgs): Promise<Page<ProjectView>> {
    const qb = this.db.manager.createQueryBuilder(Project, 'p');
    whereReadable(qb, ctx, 'p.unitPath');
    const f = args.filter ?? {};
    if (f.unitCode) whereWithin(qb, 'p.unitPath', (await this.unitOrProvince(ctx, f.unitCode)).path);
    if (f.kind) qb.andWhere('p.kind = :kind', { kind: f.kind });
    if (f.search) {
      const text = f.search.trim();
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.code LIKE :code', { code: `${text}%` })
            .orWhere('LOWER(p.name) LIKE :name', { name: `%${text.toLowerCase()}%` }),
        ),
      );
    }
    const counter = qb.clone();
    // Keyset on the code: pages stay cheap however deep.
    if (args.after) qb.andWhere('p.code > :after', { after: decodeCursor(args.after) });
    const rows = await qb
      .orderBy('p.code', 'ASC')
      .take(args.first + 1)
      .getMany();
    const nodes = rows.slice(0, args.first).map(projectView);
    return {
      nodes,
      hasNextPage: rows.length > args.first,
      cursorOf: (n) => encodeCursor(n.code),
      count: () => counter.getCount(),
    };
  }

  async project(ctx: RequestContext, code: string): Promise<ProjectView | null> {
    const p = await this.db.manager.findOneBy(Project, { code });
    if (!p) return null;
    assertCanRead(ctx, { path: p.unitPath, code: p.code });
    return projectView(p);
  }

  async disbursements(ctx: RequestContext, projectCode: string): Promise<DisbursementView[]> {
    const project = await this.project(ctx, projectCode);
    if (!project) throw AppError.notFound('Project', projectCode);
    return (await ctx.loaders.disbursementsOfProject.load(project.id)).map(disbursementView);
  }

  /**
   * Sums of disbursements to the projects of the given units (the units a subtree holds on a day,
   * see `HierarchyOn.idsWithin`), by source and by the project's unit.
   */
  private async disbursedFor(
    unitIds: readonly number[],
    filter: { years?: [number, number]; source?: FundingSource; upTo: string },
  ) {
    const out: { source: FundingSource; unitId: number; total: bigint }[] = [];
    for (const chunk of idChunks(unitIds)) {
      const qb = this.db.manager
        .createQueryBuilder(Disbursement, 'd')
        .innerJoin(Project, 'p', 'p.id = d.projectId')
        .select('d.source', 'source')
        .addSelect('p.unitId', 'unitId')
        .addSelect('SUM(d.amount)', 'total')
        .where('d.date <= :upTo', { upTo: filter.upTo })
        .andWhere('p.unitId IN (:...ids)', { ids: chunk });
      if (filter.years)
        qb.andWhere('d.capitalYear BETWEEN :from AND :to', { from: filter.years[0], to: filter.years[1] });
      if (filter.source) qb.andWhere('d.source = :source', { source: filter.source });
      const rows: { source: FundingSource; unitId: number | string; total: string | number }[] = await qb
        .groupBy('d.source')
        .addGroupBy('p.unitId')
        .getRawMany();
      out.push(...rows.map((r) => ({ source: r.source, unitId: Number(r.unitId), total: dongOfSum(r.total) })));
    }
    return out;
  }

  /**
   * Payments to projects within a unit's subtree on a day, by source and by the child unit they
   * fall under. When the day's hierarchy of the unit's province is today's, the records' paths
   * say it (one range scan on the path index); otherwise each record's unit is placed by the
   * day's hierarchy (a merged unit's payments under its old parent before the merger).
   */
  private async paidWithin(
    on: HierarchyOn,
    unit: AdminUnit,
    filter: { years?: [number, number]; source?: FundingSource; upTo: string },
  ): Promise<{ source: FundingSource; childId: number | null; total: bigint }[]> {
    const exists = on.unit(unit.id) !== undefined;
    if (exists && on.matchesCurrentRows) {
      const children = new Map(on.childrenOf(unit.id).map((c) => [c.path, c.id]));
      // Summed by source and by the child unit's code (the path's next part), in the database.
      const rest = 'SUBSTR(d.unitPath, :cut)';
      const child =
        this.db.kind === 'sqlite'
          ? `SUBSTR(${rest}, 1, INSTR(${rest} || '/', '/') - 1)`
          : `SUBSTRING_INDEX(${rest}, '/', 1)`;
      const qb = this.db.manager
        .createQueryBuilder(Disbursement, 'd')
        .select('d.source', 'source')
        .addSelect(child, 'child')
        .addSelect('SUM(d.amount)', 'total')
        .where('d.date <= :upTo', { upTo: filter.upTo })
        .setParameter('cut', unit.path.length + 2);
      whereWithin(qb, 'd.unitPath', unit.path);
      if (filter.years)
        qb.andWhere('d.capitalYear BETWEEN :from AND :to', { from: filter.years[0], to: filter.years[1] });
      if (filter.source) qb.andWhere('d.source = :source', { source: filter.source });
      const rows: { source: FundingSource; child: string | null; total: string | number }[] = await qb
        .groupBy('d.source')
        .addGroupBy('child')
        .getRawMany();
      return rows.map((r) => ({
        source: r.source,
        childId: r.child ? (children.get(`${unit.path}/${r.child}`) ?? null) : null,
        total: dongOfSum(r.total),
      }));
    }
    const childOf = new Map<number, number>();
    if (exists) for (const c of on.childrenOf(unit.id)) for (const id of on.idsWithin(c.id)) childOf.set(id, c.id);
    const paid = await this.disbursedFor(exists ? on.idsWithin(unit.id) : [unit.id], filter);
    return paid.map((p) => ({ source: p.source, childId: childOf.get(p.unitId) ?? null, total: p.total }));
  }

  /**
   * A unit's money for a year and source as of a date: what it received, what it handed down,
   * what was paid to projects in its subtree, by source and by child unit. The hierarchy is the
   * date's: before a merger, a merged unit's figures are under its old parent; after it, in its
   * successor's.
   */
  async budgetSummary(ctx: RequestContext, args: BudgetArgs): Promise<BudgetSummary> {
    const unit = await this.unitOrProvince(ctx, args.unitCode);
    const asOf = args.asOf ?? todayInVietnam();
    const on = await ctx.loaders.hierarchyNear(asOf, unit.path, 1);
    const exists = on.unit(unit.id) !== undefined;
    // A unit that did not exist on the day holds only what was recorded for it.
    const ownIds = exists ? on.carriedBy(unit.id) : [unit.id];
    const children = exists ? on.childrenOf(unit.id) : [];
    const where = (qb: SelectQueryBuilder<Allocation>) => {
      if (args.year) qb.andWhere('r.year = :year', { year: args.year });
      if (args.source) qb.andWhere('r.source = :source', { source: args.source });
      return qb;
    };
    const ownRows = await ofUnits(this.db.manager, Allocation, ownIds, where);
    const own = ownRows.filter((a) => a.projectId === 0);
    const childIds = new Map<number, number[]>(children.map((c) => [c.id, on.carriedBy(c.id)]));
    const childOf = new Map<number, number>();
    for (const [child, ids] of childIds) for (const id of ids) childOf.set(id, child);
    const handedDown = await ofUnits(this.db.manager, Allocation, [...childOf.keys()], (qb) =>
      where(qb.andWhere('r.projectId = 0')),
    );
    const below = [...ownRows.filter((a) => a.projectId !== 0), ...handedDown];
    const paid = await this.paidWithin(on, unit, {
      years: args.year ? [args.year, args.year] : undefined,
      source: args.source,
      upTo: asOf,
    });
    const allocated = sumDong(own.map((a) => BigInt(a.amount)));
    const disbursed = sumDong(paid.map((p) => p.total));
    const sources = [...new Set([...own.map((a) => a.source), ...paid.map((p) => p.source)])];
    return {
      unitId: unit.id,
      year: args.year ?? null,
      source: args.source ?? null,
      asOf,
      allocated: str(allocated),
      allocatedBelow: str(sumDong(below.map((a) => BigInt(a.amount)))),
      disbursed: str(disbursed),
      rate: disbursementRate(allocated, disbursed),
      bySource: Object.values(FundingSource)
        .filter((s) => sources.includes(s))
        .map((source) => {
          const a = sumDong(own.filter((x) => x.source === source).map((x) => BigInt(x.amount)));
          const d = sumDong(paid.filter((x) => x.source === source).map((x) => x.total));
          return { source, allocated: str(a), disbursed: str(d), rate: disbursementRate(a, d) };
        }),
      byChild: children.map((child) => {
        const a = sumDong(handedDown.filter((x) => childOf.get(x.unitId) === child.id).map((x) => BigInt(x.amount)));
        const d = sumDong(paid.filter((x) => x.childId === child.id).map((x) => x.total));
        return { unitId: child.id, allocated: str(a), disbursed: str(d), rate: disbursementRate(a, d) };
      }),
    };
  }

  async checkpoints(planId?: number): Promise<Checkpoint[]> {
    const id = planId ?? (await this.plans.resolve()).id;
    return this.db.manager.find(Checkpoint, { where: { planId: id }, order: { dueDate: 'ASC', id: 'ASC' } });
  }

  /** Where a unit's capital stands against every checkpoint of the plan on `asOf`. */
  async checkpointStatus(ctx: RequestContext, asOf: string, unitCode?: string | null): Promise<CheckpointStatusView[]> {
    const unit = await this.unitOrProvince(ctx, unitCode);
    const checkpoints = await this.checkpoints();
    // The hierarchy of the day: what the unit carries then (its predecessors' capital and payments).
    const on = await ctx.loaders.hierarchyNear(asOf, unit.path, 1);
    const exists = on.unit(unit.id) !== undefined;
    const received = await ofUnits(this.db.manager, Allocation, exists ? on.carriedBy(unit.id) : [unit.id], (qb) =>
      qb.andWhere('r.projectId = 0'),
    );
    const upToOf = (c: Checkpoint) => (asOf < c.dueDate ? asOf : c.dueDate);
    // Payments of the subtree by capital year and by the checkpoint days they fall before: one
    // scan for every checkpoint when today's paths are the day's, else one reading each.
    const byDay =
      exists && on.matchesCurrentRows
        ? await this.paidByYearAndDay(unit.path, [...new Set(checkpoints.map(upToOf))])
        : null;
    const out: CheckpointStatusView[] = [];
    for (const c of checkpoints) {
      const upTo = upToOf(c);
      const paid = byDay
        ? sumDong(
            byDay
              .filter((p) => p.year >= c.capitalYearFrom && p.year <= c.capitalYearTo && p.day <= upTo)
              .map((p) => p.total),
          )
        : sumDong(
            (await this.paidWithin(on, unit, { years: [c.capitalYearFrom, c.capitalYearTo], upTo })).map(
              (p) => p.total,
            ),
          );
      out.push(
        this.judge(
          c,
          received.map(facts.allocation),
          [{ source: FundingSource.OTHER, date: upTo, amount: paid, capitalYear: c.capitalYearFrom }],
          asOf,
        ),
      );
    }
    return out;
  }

  /**
   * Payments within a subtree (by today's paths), summed by capital year and by the first of
   * `days` (ascending) on or before which they were made; those after the last day are left out.
   */
  private async paidByYearAndDay(path: string, days: string[]): Promise<{ year: number; day: string; total: Dong }[]> {
    if (days.length === 0) return [];
    const sorted = [...days].sort();
    const params: Record<string, string> = {};
    const bucket = `CASE ${sorted.map((d, i) => ((params[`day${i}`] = d), `WHEN d.date <= :day${i} THEN ${i}`)).join(' ')} END`;
    const qb = this.db.manager
      .createQueryBuilder(Disbursement, 'd')
      .select('d.capitalYear', 'year')
      .addSelect(bucket, 'bucket')
      .addSelect('SUM(d.amount)', 'total')
      .where('d.date <= :last', { last: sorted[sorted.length - 1] })
      .setParameters(params);
    whereWithin(qb, 'd.unitPath', path);
    const rows: { year: number | string; bucket: number | string; total: string | number | null }[] = await qb
      .groupBy('d.capitalYear')
      .addGroupBy('bucket')
      .getRawMany();
    return rows.map((r) => ({ year: Number(r.year), day: sorted[Number(r.bucket)], total: dongOfSum(r.total) }));
  }

  private judge(
    c: Checkpoint,
    allocations: AllocationFacts[],
    disbursements: DisbursementFacts[],
    asOf: string,
  ): CheckpointStatusView {
    const r = checkpointStatus(c, allocations, disbursements, asOf);
    const allocated = sumDong(
      allocations.filter((a) => a.year >= c.capitalYearFrom && a.year <= c.capitalYearTo).map((a) => a.amount),
    );
    return {
      checkpoint: c,
      state: r.state,
      allocated: str(allocated),
      required: str(r.required),
      disbursed: str(r.disbursed),
      shortBy: str(r.shortBy),
      rate: ratio(r.disbursed, allocated),
    };
  }

  /** A project's standing against each checkpoint, from its own allocations and payments. */
  async projectCheckpoints(ctx: RequestContext, project: ProjectView, asOf: string): Promise<CheckpointStatusView[]> {
    const [allocations, disbursements, checkpoints] = await Promise.all([
      ctx.loaders.allocationsOfProject.load(project.id),
      ctx.loaders.disbursementsOfProject.load(project.id),
      this.checkpoints(),
    ]);
    return checkpoints
      .map((c) => this.judge(c, allocations.map(facts.allocation), disbursements.map(facts.disbursement), asOf))
      .filter((s) => s.state !== CheckpointState.NOT_APPLICABLE);
  }

  /** A project's allocation (whatever the date: capital is given, not paid) and what was paid by asOf. */
  async projectTotals(ctx: RequestContext, project: ProjectView, asOf: string, year?: number) {
    const allocations = (await ctx.loaders.allocationsOfProject.load(project.id)).filter(
      (a) => !year || a.year === year,
    );
    const disbursements = (await ctx.loaders.disbursementsOfProject.load(project.id)).filter(
      (d) => d.date <= asOf && (!year || d.capitalYear === year),
    );
    const allocated = sumDong(allocations.map((a) => BigInt(a.amount)));
    const disbursed = sumDong(disbursements.map((d) => BigInt(d.amount)));
    return { allocated: str(allocated), disbursed: str(disbursed), rate: disbursementRate(allocated, disbursed) };
  }
}
