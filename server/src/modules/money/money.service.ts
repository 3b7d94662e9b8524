import { Brackets, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  ADMIN_LEVELS_TOP_DOWN,
  DEBT_AFTER_YEARS,
  addYears,
  nextDay,
  type AllocationFacts,
  type CapitalType,
  CheckpointState,
  type DisbursementFacts,
  type Dong,
  FundingSource,
  TargetLevel,
  type ValidationIssue,
  achievedOn,
  canReadUnit,
  budgetOwnerLevel,
  checkpointStatus,
  disbursementRate,
  isIsoDate,
  isLocalDebt,
  isUpperBudget,
  localDebtAmount,
  localDebtFrom,
  ratio,
  todayInVietnam,
  treasuryAllows,
  validateYear,
  zeroDisbursedAmount,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import type { Database } from '../../db/database';
import { forUpdate } from '../../db/locks';
import { byIds, chunked, dongOfSum, groupBy, idChunks, ofUnits, unitsByCode, withIdsIn } from '../../db/lookups';
import { assertCanRead, requireUser } from '../access/access-rule';
import { whereReadable, whereWithin } from '../access/scope-sql';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import type { HierarchyOn } from '../hierarchy/hierarchy-on';
import type { PlanService } from '../plan/plan.service';
import { Recognition } from '../targets/recognition.entity';
import { Target } from '../targets/target.entity';
import { Allocation } from './allocation.entity';
import { Checkpoint } from './checkpoint.entity';
import { Disbursement } from './disbursement.entity';
import { Project, type ProjectKind } from './project.entity';
import { Reallocation, ReallocationStatus } from './reallocation.entity';
import { SupportNorm } from './support-norm.entity';
import type {
  AllocationBatchResult,
  AllocationRowInput,
  AllocationView,
  AllocationsArgs,
  BudgetArgs,
  BudgetSummary,
  CheckpointStatusView,
  DisbursementBatchResult,
  DisbursementRowInput,
  DisbursementView,
  LocalDebtProject,
  ProjectBatchResult,
  ProjectRowInput,
  ProjectView,
  ProjectsArgs,
  ReallocationBatchResult,
  ReallocationCandidate,
  ReallocationRowInput,
  ReallocationView,
  SupportShortfall,
} from './money.types';

/** Subtrees per statement when summing what units hold: 2 parameters each. */
const SUBTREES_PER_QUERY = 300;

const ALLOCATION_SPEC = {
  entity: Allocation,
  name: 'Allocation',
  table: 'allocation',
  columns: ['amount', 'note'] as const,
  audited: ['unitPath', 'projectId', 'year', 'source', 'capitalType', 'amount', 'note'] as const,
};
const PROJECT_COLUMNS = [
  'name',
  'kind',
  'targetId',
  'capitalAllocatedOn',
  'contractorChosenOn',
  'startedOn',
  'completedOn',
  'acceptedOn',
  'settlementApprovedOn',
  'stoppedOn',
  'note',
] as const;
const PROJECT_SPEC = {
  entity: Project,
  name: 'Project',
  table: 'project',
  columns: PROJECT_COLUMNS,
  audited: ['code', 'unitPath', ...PROJECT_COLUMNS] as const,
};
const DISBURSEMENT_SPEC = {
  entity: Disbursement,
  name: 'Disbursement',
  table: 'disbursement',
  columns: ['source', 'capitalYear', 'date', 'amount', 'note'] as const,
  audited: ['source', 'capitalYear', 'date', 'amount', 'note'] as const,
};
const REALLOCATION_SPEC = {
  entity: Reallocation,
  name: 'Reallocation',
  table: 'reallocation',
  columns: ['amount', 'reason', 'status', 'reportedOn', 'doneOn'] as const,
  audited: [
    'fromUnitPath',
    'fromProjectId',
    'toUnitId',
    'toProjectId',
    'source',
    'capitalYear',
    'amount',
    'reason',
    'status',
    'reportedOn',
    'doneOn',
  ] as const,
};

const PROJECT_DATES = [
  'capitalAllocatedOn',
  'contractorChosenOn',
  'startedOn',
  'completedOn',
  'acceptedOn',
  'settlementApprovedOn',
  'stoppedOn',
] as const;

const sum = (values: Iterable<string | Dong>): Dong => {
  let total = 0n;
  for (const v of values) total += typeof v === 'bigint' ? v : BigInt(v);
  return total;
};
const str = (d: Dong) => d.toString();
const typeKey = (t: CapitalType | '' | null | undefined) => t ?? '';

export function allocationView(a: Allocation): AllocationView {
  return {
    id: a.id,
    unitId: a.unitId,
    projectId: a.projectId,
    year: a.year,
    source: a.source,
    capitalType: a.capitalType === '' ? null : a.capitalType,
    amount: a.amount,
    note: a.note,
    version: a.version,
  };
}

export function projectView(p: Project): ProjectView {
  return { ...p };
}

function disbursementView(d: Disbursement): DisbursementView {
  return {
    id: d.id,
    projectId: d.projectId,
    source: d.source,
    capitalYear: d.capitalYear,
    date: d.date,
    amount: d.amount,
    note: d.note,
    version: d.version,
  };
}

function reallocationView(r: Reallocation): ReallocationView {
  return { ...r, capitalType: r.capitalType === '' ? null : r.capitalType };
}

const facts = {
  allocation: (a: Allocation): AllocationFacts => ({ source: a.source, year: a.year, amount: BigInt(a.amount) }),
  disbursement: (d: Disbursement): DisbursementFacts => ({
    source: d.source,
    date: d.date,
    amount: BigInt(d.amount),
    capitalYear: d.capitalYear,
  }),
};

/** Capital plans, projects, disbursements, reallocations, and the plan's rules on them. */
export class MoneyService {
  constructor(
    private readonly db: Database,
    private readonly batch: BatchWriter,
    private readonly plans: PlanService,
  ) {}

  // ---------------------------------------------------------------- reads

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
    const allocated = sum(own.map((a) => a.amount));
    const disbursed = sum(paid.map((p) => p.total));
    const sources = [...new Set([...own.map((a) => a.source), ...paid.map((p) => p.source)])];
    return {
      unitId: unit.id,
      year: args.year ?? null,
      source: args.source ?? null,
      asOf,
      allocated: str(allocated),
      allocatedBelow: str(sum(below.map((a) => a.amount))),
      disbursed: str(disbursed),
      rate: disbursementRate(allocated, disbursed),
      bySource: Object.values(FundingSource)
        .filter((s) => sources.includes(s))
        .map((source) => {
          const a = sum(own.filter((x) => x.source === source).map((x) => x.amount));
          const d = sum(paid.filter((x) => x.source === source).map((x) => x.total));
          return { source, allocated: str(a), disbursed: str(d), rate: disbursementRate(a, d) };
        }),
      byChild: children.map((child) => {
        const a = sum(handedDown.filter((x) => childOf.get(x.unitId) === child.id).map((x) => x.amount));
        const d = sum(paid.filter((x) => x.childId === child.id).map((x) => x.total));
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
        ? sum(
            byDay
              .filter((p) => p.year >= c.capitalYearFrom && p.year <= c.capitalYearTo && p.day <= upTo)
              .map((p) => p.total),
          )
        : sum(
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
    const allocated = sum(
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
    const allocated = sum(allocations.map((a) => a.amount));
    const disbursed = sum(disbursements.map((d) => d.amount));
    return { allocated: str(allocated), disbursed: str(disbursed), rate: disbursementRate(allocated, disbursed) };
  }

  /** Projects with capital of `year` and nothing of it paid by the plan's check day (30/06). */
  async reallocationCandidates(ctx: RequestContext, year: number): Promise<ReallocationCandidate[]> {
    const plan = await this.plans.resolve();
    const checkDay = `${year}-${plan.reallocationCheckDay}`;
    const qb = this.db.manager
      .createQueryBuilder(Allocation, 'a')
      .where('a.year = :year AND a.projectId <> 0', { year });
    whereReadable(qb, ctx, 'a.unitPath');
    const allocations = await qb.getMany();
    const projectIds = [...new Set(allocations.map((a) => a.projectId))];
    if (projectIds.length === 0) return [];
    const projects = [...(await byIds(this.db.manager, Project, projectIds)).values()].sort((a, b) =>
      a.code.localeCompare(b.code),
    );
    const paid = groupBy(
      await withIdsIn(this.db.manager, Disbursement, 'projectId', projectIds, (qb) =>
        qb.andWhere('r.capitalYear = :year', { year }),
      ),
      (d) => d.projectId,
    );
    const allocated = groupBy(allocations, (a) => a.projectId);
    return projects.flatMap((p) => {
      const amount = zeroDisbursedAmount(
        (allocated.get(p.id) ?? []).map(facts.allocation),
        (paid.get(p.id) ?? []).map(facts.disbursement),
        year,
        checkDay,
      );
      return amount === null ? [] : [{ project: projectView(p), amount: str(amount) }];
    });
  }

  /** Projects whose central/provincial share is local debt on `asOf` (over 3 years unsettled). */
  async localDebtProjects(ctx: RequestContext, asOf: string): Promise<LocalDebtProject[]> {
    // Allocated three years before the day or earlier, and not settled by it: the rule itself is
    // applied to what the database returns (a day's margin covers 29 February).
    const qb = this.db.manager
      .createQueryBuilder(Project, 'p')
      .where('p.capitalAllocatedOn IS NOT NULL AND p.capitalAllocatedOn <= :latest', {
        latest: nextDay(addYears(asOf, -DEBT_AFTER_YEARS)),
      })
      .andWhere('(p.settlementApprovedOn IS NULL OR p.settlementApprovedOn > :asOf)', { asOf });
    whereReadable(qb, ctx, 'p.unitPath');
    const projects = (await qb.orderBy('p.code').getMany()).filter((p) =>
      isLocalDebt(p.capitalAllocatedOn, p.settlementApprovedOn, asOf),
    );
    if (projects.length === 0) return [];
    const ids = projects.map((p) => p.id);
    const allocations = groupBy(await withIdsIn(this.db.manager, Allocation, 'projectId', ids), (a) => a.projectId);
    const paid = groupBy(
      await withIdsIn(this.db.manager, Disbursement, 'projectId', ids, (qb) =>
        qb.andWhere('r.date <= :asOf', { asOf }),
      ),
      (d) => d.projectId,
    );
    return projects.map((p) => ({
      project: projectView(p),
      debtFrom: localDebtFrom(p.capitalAllocatedOn!),
      amount: str(
        localDebtAmount(
          (allocations.get(p.id) ?? []).map(facts.allocation),
          (paid.get(p.id) ?? []).map(facts.disbursement),
        ),
      ),
    }));
  }

  /** Units whose allocations fall short of the plan's support norms in a year. */
  async supportShortfalls(ctx: RequestContext, year: number): Promise<SupportShortfall[]> {
    const plan = await this.plans.resolve();
    const em = this.db.manager;
    const norms = await em.find(SupportNorm, { where: { planId: plan.id }, order: { id: 'ASC' } });
    const out: SupportShortfall[] = [];
    // Units existing at the year's end, by level (not by path length: a level may cease).
    const yearEnd = `${year}-12-31`;
    const levelsOf = async (ids: number[]) => {
      const units = ids.length
        ? await em.find(AdminUnit, {
            where: { id: In([...new Set(ids)]) },
            select: { id: true, level: true, validTo: true },
          })
        : [];
      return new Map(units.filter((u) => u.validTo === null || u.validTo > yearEnd).map((u) => [u.id, u.level]));
    };
    for (const norm of norms) {
      let units: { id: number; path: string }[];
      if (norm.basis === 'TARGET') {
        const targets = await em.find(Target, { where: { planId: plan.id, level: norm.level } });
        const levels = await levelsOf(targets.map((t) => t.unitId));
        units = [
          ...new Map(
            targets
              .filter((t) => levels.get(t.unitId) === norm.unitLevel)
              .map((t) => [t.unitId, { id: t.unitId, path: t.unitPath }]),
          ).values(),
        ];
      } else {
        const recognitions = await em.find(Recognition, {
          where: {
            level: In(
              norm.level === TargetLevel.NTM
                ? [TargetLevel.NTM, TargetLevel.ADVANCED, TargetLevel.MODEL]
                : [norm.level],
            ),
          },
        });
        const levels = await levelsOf(recognitions.map((r) => r.unitId));
        const holding = recognitions.filter(
          (r) => levels.get(r.unitId) === norm.unitLevel && achievedOn([r], norm.level, `${year}-12-31`),
        );
        units = [...new Map(holding.map((r) => [r.unitId, { id: r.unitId, path: r.unitPath }])).values()];
      }
      units = units.filter((u) => this.readable(ctx, u.path));
      if (units.length === 0) continue;
      const sources = norm.sourceList.split(',') as FundingSource[];
      const years = norm.perYear ? [year, year] : [plan.startYear, plan.endYear];
      // What each unit holds: its own rows and those below it, read a few hundred subtrees a
      // statement and summed by walking each row's path up to the unit it falls under.
      const byPath = new Map(units.map((u) => [u.path, u]));
      const held = new Map<number, Dong>();
      for (const chunk of chunked(units, SUBTREES_PER_QUERY)) {
        const qb = em
          .createQueryBuilder(Allocation, 'a')
          .where('a.source IN (:...sources)', { sources })
          .andWhere('a.year BETWEEN :from AND :to', { from: years[0], to: years[1] });
        if (norm.capitalType) qb.andWhere('a.capitalType = :type', { type: norm.capitalType });
        qb.andWhere(
          new Brackets((w) => {
            chunk.forEach((u, i) =>
              w.orWhere(`(a.unitPath = :u${i} OR a.unitPath LIKE :b${i})`, {
                [`u${i}`]: u.path,
                [`b${i}`]: `${u.path}/%`,
              }),
            );
          }),
        );
        for (const a of await qb.getMany()) {
          const parts = a.unitPath.split('/');
          for (let n = parts.length; n > 0; n--) {
            const unit = byPath.get(parts.slice(0, n).join('/'));
            if (unit) held.set(unit.id, (held.get(unit.id) ?? 0n) + BigInt(a.amount));
          }
        }
      }
      const required = BigInt(norm.amount);
      for (const u of units.sort((a, b) => a.path.localeCompare(b.path))) {
        // Only what the unit and its projects and villages hold, not what it passed further down twice.
        const allocated = held.get(u.id) ?? 0n;
        if (allocated < required)
          out.push({
            normKey: norm.key,
            description: norm.description,
            unitId: u.id,
            required: str(required),
            allocated: str(allocated),
            shortBy: str(required - allocated),
          });
      }
    }
    return out;
  }

  async reallocations(ctx: RequestContext, year?: number): Promise<ReallocationView[]> {
    const qb = this.db.manager.createQueryBuilder(Reallocation, 'r');
    whereReadable(qb, ctx, 'r.fromUnitPath');
    if (year) qb.andWhere('r.capitalYear = :year', { year });
    return (await qb.orderBy('r.id').getMany()).map(reallocationView);
  }

  private readable(ctx: RequestContext, path: string): boolean {
    return canReadUnit(requireUser(ctx).assignments, path);
  }

  // ---------------------------------------------------------------- writes

  /**
   * Saves allocations, all or nothing. What a unit hands down (to the units below and to its
   * projects) never exceeds what it received, per source, year and capital type: a batch that
   * would break it is refused on the rows that do.
   */
  async saveAllocations(ctx: RequestContext, rows: AllocationRowInput[]): Promise<AllocationBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Allocation,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
      );
      const projects = await this.projectsByCode(
        em,
        rows.flatMap((r) => (r.projectCode ? [r.projectCode] : [])),
      );
      const seen = new Set<string>();
      const planned: PlannedRow<Allocation>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `A${row.id}`, error: AppError.notFound('Allocation', String(row.id)) };
        const issues: ValidationIssue[] = [];
        const project = row.projectCode ? projects.get(row.projectCode) : undefined;
        if (row.projectCode && !project)
          issues.push({ field: 'projectCode', rule: 'notAllowed', params: { reason: 'no such project' } });
        const unit = before
          ? null
          : project
            ? (units.get(project.unitPath.split('/').at(-1)!) ?? null)
            : row.unitCode
              ? (units.get(row.unitCode) ?? null)
              : null;
        if (!before && !project && !row.unitCode) issues.push({ field: 'unitCode', rule: 'required' });
        else if (!before && !project && !unit)
          issues.push({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
        const year = row.year ?? before?.year;
        const source = row.source ?? before?.source;
        const yearIssue = validateYear(year);
        if (yearIssue) issues.push(yearIssue);
        if (!source) issues.push({ field: 'source', rule: 'required' });
        const amount = row.amount ?? before?.amount;
        if (amount === undefined) issues.push({ field: 'amount', rule: 'required' });
        else if (BigInt(amount) < 0n)
          issues.push({ field: 'amount', rule: 'outOfRange', params: { min: 0, max: '9223372036854775807' } });
        if (row.note && row.note.length > 1000) issues.push({ field: 'note', rule: 'tooLong', params: { max: 1000 } });
        if (issues.length || !year || !source || amount === undefined)
          return { index, key: before ? `A${before.id}` : null, error: AppError.badInput(issues) };
        if (row.delete) {
          if (!before) return { index, key: null, error: AppError.badInput({ field: 'id', rule: 'required' }) };
          return {
            index,
            key: `A${before.id}`,
            before,
            after: null,
            unitPath: before.unitPath,
            year: before.year,
            expectedVersion: row.version ?? null,
          };
        }
        const owner = before
          ? { id: before.unitId, path: before.unitPath }
          : project
            ? { id: project.unitId, path: project.unitPath }
            : { id: unit!.id, path: unit!.path };
        const after = em.create(Allocation, {
          ...(before ?? {
            unitId: owner.id,
            unitPath: owner.path,
            projectId: project?.id ?? 0,
            year,
            source,
            capitalType: typeKey(row.capitalType),
            version: 1,
          }),
          amount,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
        });
        const natural = `${after.unitId}|${after.projectId}|${after.year}|${after.source}|${after.capitalType}`;
        if (seen.has(natural))
          return {
            index,
            key: null,
            error: AppError.badInput({
              field: 'source',
              rule: 'notAllowed',
              params: { reason: 'the same allocation is in the batch twice' },
            }),
          };
        seen.add(natural);
        return {
          index,
          key: before
            ? `A${before.id}`
            : `${owner.path.split('/').at(-1)}${project ? `/${project.code}` : ''}/${year}/${source}`,
          before,
          after,
          unitPath: owner.path,
          year,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      await this.refuseDuplicateAllocations(em, planned);
      await this.reconcile(em, planned);
      const out = await this.batch.write(em, ctx, ALLOCATION_SPEC, planned);
      return { allocations: out.rows.filter((a): a is Allocation => a !== null).map(allocationView), ...counts(out) };
    });
  }

  private async refuseDuplicateAllocations(em: EntityManager, planned: PlannedRow<Allocation>[]): Promise<void> {
    const fresh = planned.filter(
      (p): p is Extract<PlannedRow<Allocation>, { after: Allocation | null }> => 'after' in p && !p.before && !!p.after,
    );
    if (!fresh.length) return;
    const there = await em.find(Allocation, { where: { unitId: In([...new Set(fresh.map((p) => p.after!.unitId))]) } });
    for (const p of fresh) {
      const a = p.after!;
      if (
        there.some(
          (x) =>
            x.unitId === a.unitId &&
            x.projectId === a.projectId &&
            x.year === a.year &&
            x.source === a.source &&
            x.capitalType === a.capitalType,
        )
      ) {
        planned[planned.indexOf(p)] = {
          index: p.index,
          key: null,
          error: AppError.badInput({
            field: 'source',
            rule: 'notAllowed',
            params: { reason: 'this allocation exists already: change it' },
          }),
        };
      }
    }
  }

  /**
   * Refuses the rows of a batch of allocation changes that would let what is handed down below
   * a unit exceed what it received, per source, year and capital type. A parent row with no
   * capital type covers the children of every type it has no row of its own for.
   */
  private async reconcile(em: EntityManager, planned: PlannedRow<Allocation>[]): Promise<void> {
    type Ready = Extract<PlannedRow<Allocation>, { after: Allocation | null }>;
    const ready = planned.filter((p): p is Ready => 'after' in p);
    if (!ready.length) return;
    const rowOf = (p: Ready) => (p.after ?? p.before)!;
    // Levels from the units, not from path lengths: a level may cease (districts, 2025).
    const levelOf = new Map(
      (
        await em.find(AdminUnit, {
          where: { id: In([...new Set(ready.map((p) => rowOf(p).unitId))]) },
          select: { id: true, level: true },
        })
      ).map((u) => [u.id, ADMIN_LEVELS_TOP_DOWN.indexOf(u.level)]),
    );
    const depth = (a: Allocation) => levelOf.get(a.unitId) ?? ADMIN_LEVELS_TOP_DOWN.length;
    // The units whose "received" bounds these rows, per source and year.
    const scopes = new Map<string, { unitPath: string; source: FundingSource; year: number }>();
    const addScope = (unitPath: string, source: FundingSource, year: number) =>
      scopes.set(`${unitPath}|${source}|${year}`, { unitPath, source, year });
    for (const p of ready) {
      const a = rowOf(p);
      const owner = budgetOwnerLevel(a.source);
      if (!owner) continue;
      if (a.projectId !== 0) {
        if (depth(a) >= ADMIN_LEVELS_TOP_DOWN.indexOf(owner)) addScope(a.unitPath, a.source, a.year);
        continue;
      }
      // A unit's own row is bounded by its parent's, below the source's own level…
      if (depth(a) > ADMIN_LEVELS_TOP_DOWN.indexOf(owner))
        addScope(a.unitPath.split('/').slice(0, -1).join('/'), a.source, a.year);
      // …and bounds what it hands down.
      if (depth(a) >= ADMIN_LEVELS_TOP_DOWN.indexOf(owner)) addScope(a.unitPath, a.source, a.year);
    }
    if (!scopes.size) return;
    // Lock the units whose budgets are checked, so that two batches reconcile in turn (MySQL).
    const paths = [...new Set([...scopes.values()].map((s) => s.unitPath))];
    const lockQb = em.createQueryBuilder(AdminUnit, 'u').where('u.path IN (:...paths)', { paths });
    forUpdate(lockQb);
    const parents = new Map((await lockQb.getMany()).map((u) => [u.path, u]));
    // By path, not unit id: what a merged unit received was carried to its successor's path and
    // counts as the successor's (it keeps the predecessor's unit id, for the history).
    const current = (
      await Promise.all(
        [...parents.values()].map((u) =>
          em
            .createQueryBuilder(Allocation, 'a')
            .where(
              '(a.unitPath = :path OR (a.unitPath LIKE :below AND a.unitPath NOT LIKE :deeper AND a.projectId = 0))',
              { path: u.path, below: `${u.path}/%`, deeper: `${u.path}/%/%` },
            )
            .getMany(),
        ),
      )
    ).flat();
    // The allocations as the batch would leave them.
    const state = new Map(current.map((a) => [a.id, a]));
    for (const p of ready) {
      if (p.before) state.delete(p.before.id);
    }
    const added = ready.filter((p) => p.after).map((p) => p.after!);
    const all = [...state.values(), ...added];
    for (const scope of scopes.values()) {
      const parent = parents.get(scope.unitPath);
      if (!parent) continue;
      const inScope = all.filter((a) => a.source === scope.source && a.year === scope.year);
      const received = inScope.filter((a) => a.unitPath === parent.path && a.projectId === 0);
      const handed = inScope.filter(
        (a) =>
          (a.unitPath === parent.path && a.projectId !== 0) ||
          (a.projectId === 0 &&
            a.unitPath.startsWith(`${parent.path}/`) &&
            !a.unitPath.slice(parent.path.length + 1).includes('/')),
      );
      const typed = new Set(received.filter((a) => a.capitalType !== '').map((a) => a.capitalType));
      const problems: string[] = [];
      for (const type of typed) {
        const got = sum(received.filter((a) => a.capitalType === type).map((a) => a.amount));
        const out = sum(handed.filter((a) => a.capitalType === type).map((a) => a.amount));
        if (out > got) problems.push(`${type}: ${out} > ${got}`);
      }
      const gotUntyped = sum(received.filter((a) => a.capitalType === '').map((a) => a.amount));
      const outRest = sum(handed.filter((a) => !typed.has(a.capitalType)).map((a) => a.amount));
      if (outRest > gotUntyped) problems.push(`${outRest} > ${gotUntyped}`);
      if (!problems.length) continue;
      const reason = `allocated below ${parent.name} (${scope.source}, ${scope.year}) would exceed what it received: ${problems.join('; ')}`;
      for (const p of ready) {
        const a = rowOf(p);
        const inThis =
          a.source === scope.source &&
          a.year === scope.year &&
          (a.unitPath === parent.path || a.unitPath.startsWith(`${parent.path}/`));
        if (inThis)
          planned[planned.indexOf(p)] = {
            index: p.index,
            key: p.before ? p.key : null,
            error: AppError.badInput({ field: 'amount', rule: 'notAllowed', params: { reason } }),
          };
      }
    }
  }

  async saveProjects(ctx: RequestContext, rows: ProjectRowInput[]): Promise<ProjectBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Project,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
      );
      const codes = rows.flatMap((r) => (r.code ? [r.code.trim()] : []));
      const taken = new Map(
        (codes.length
          ? await em.find(Project, { where: { code: In(codes) }, select: { id: true, code: true } })
          : []
        ).map((p) => [p.code, p.id]),
      );
      const seen = new Set<string>();
      const planned: PlannedRow<Project>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before) return { index, key: `P${row.id}`, error: AppError.notFound('Project', String(row.id)) };
        const issues: ValidationIssue[] = [];
        const code = row.code?.trim() ?? before?.code;
        const name = row.name?.trim() ?? before?.name;
        if (!code) issues.push({ field: 'code', rule: 'required' });
        else if (!/^[A-Za-z0-9._/-]{1,40}$/.test(code))
          issues.push({ field: 'code', rule: 'invalidFormat', params: { format: 'letters, digits and . _ / -' } });
        else if (before && code !== before.code)
          issues.push({ field: 'code', rule: 'notAllowed', params: { reason: "a project's code does not change" } });
        else if (!before && (taken.has(code) || seen.has(code)))
          issues.push({ field: 'code', rule: 'notAllowed', params: { reason: 'another project has this code' } });
        if (code) seen.add(code);
        if (!name) issues.push({ field: 'name', rule: 'required' });
        else if (name.length > 300) issues.push({ field: 'name', rule: 'tooLong', params: { max: 300 } });
        const unit = before ? null : row.unitCode ? units.get(row.unitCode) : undefined;
        if (!before && !unit)
          issues.push(
            row.unitCode
              ? { field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } }
              : { field: 'unitCode', rule: 'required' },
          );
        const kind = row.kind ?? before?.kind;
        if (!kind) issues.push({ field: 'kind', rule: 'required' });
        for (const f of PROJECT_DATES) {
          const v = row[f];
          if (v !== undefined && v !== null && !isIsoDate(v))
            issues.push({ field: f, rule: 'invalidFormat', params: { format: 'date' } });
        }
        if (row.note && row.note.length > 1000) issues.push({ field: 'note', rule: 'tooLong', params: { max: 1000 } });
        if (issues.length || !code || !name || !kind)
          return { index, key: before ? before.code : null, error: AppError.badInput(issues) };
        const after = em.create(Project, {
          ...(before ?? { code, unitId: unit!.id, unitPath: unit!.path, version: 1 }),
          name,
          kind: kind as ProjectKind,
          targetId: row.targetId === undefined ? (before?.targetId ?? null) : row.targetId,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
          ...Object.fromEntries(PROJECT_DATES.map((f) => [f, row[f] === undefined ? (before?.[f] ?? null) : row[f]])),
        });
        // Life dates in order: allocated, contractor, started, completed, accepted, settled.
        const order = PROJECT_DATES.slice(0, 6).filter((f) => after[f]);
        for (let i = 1; i < order.length; i++) {
          if (after[order[i]]! < after[order[i - 1]]!)
            issues.push({ field: order[i], rule: 'notAllowed', params: { reason: `before ${order[i - 1]}` } });
        }
        if (issues.length) return { index, key: before ? before.code : null, error: AppError.badInput(issues) };
        return {
          index,
          key: code,
          before,
          after,
          unitPath: after.unitPath,
          year: null,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      const out = await this.batch.write(em, ctx, PROJECT_SPEC, planned);
      return { projects: out.rows.filter((p): p is Project => p !== null).map(projectView), ...counts(out) };
    });
  }

  /**
   * Saves disbursements, all or nothing, under the plan's rules: no more paid than allocated to
   * the project per source and capital year; nothing paid once the Treasury stopped it; no
   * central or provincial money to a project that is local debt; and central or provincial money
   * not ahead of the counterpart in proportion to the agreed shares (the Treasury rule).
   */
  async saveDisbursements(ctx: RequestContext, rows: DisbursementRowInput[]): Promise<DisbursementBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Disbursement,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const codes = rows.flatMap((r) => (r.projectCode ? [r.projectCode] : []));
      // The projects paid are locked (MySQL): two batches for one project check their rules in turn.
      const projectIds = [...new Set([...existing.values()].map((d) => d.projectId))];
      const lockQb = em.createQueryBuilder(Project, 'p').where(
        new Brackets((w) => {
          w.where('1 = 0');
          if (codes.length) w.orWhere('p.code IN (:...codes)', { codes });
          if (projectIds.length) w.orWhere('p.id IN (:...ids)', { ids: projectIds });
        }),
      );
      forUpdate(lockQb);
      const projects = await lockQb.getMany();
      const byCode = new Map(projects.map((p) => [p.code, p]));
      const byId = new Map(projects.map((p) => [p.id, p]));
      const ids = projects.map((p) => p.id);
      const allocations = ids.length ? await em.find(Allocation, { where: { projectId: In(ids) } }) : [];
      const paid = ids.length ? await em.find(Disbursement, { where: { projectId: In(ids) } }) : [];

      const planned: PlannedRow<Disbursement>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `D${row.id}`, error: AppError.notFound('Disbursement', String(row.id)) };
        const project = before ? byId.get(before.projectId) : row.projectCode ? byCode.get(row.projectCode) : undefined;
        const issues: ValidationIssue[] = [];
        if (!project)
          issues.push(
            row.projectCode || before
              ? { field: 'projectCode', rule: 'notAllowed', params: { reason: 'no such project' } }
              : { field: 'projectCode', rule: 'required' },
          );
        const source = row.source ?? before?.source;
        const capitalYear = row.capitalYear ?? before?.capitalYear;
        const date = row.date ?? before?.date;
        const amount = row.amount ?? before?.amount;
        if (!source) issues.push({ field: 'source', rule: 'required' });
        const yearIssue = validateYear(capitalYear, 'capitalYear');
        if (yearIssue) issues.push(yearIssue);
        if (!date) issues.push({ field: 'date', rule: 'required' });
        else if (!isIsoDate(date)) issues.push({ field: 'date', rule: 'invalidFormat', params: { format: 'date' } });
        if (amount === undefined) issues.push({ field: 'amount', rule: 'required' });
        else if (BigInt(amount) <= 0n)
          issues.push({ field: 'amount', rule: 'outOfRange', params: { min: 1, max: '9223372036854775807' } });
        if (row.note && row.note.length > 1000) issues.push({ field: 'note', rule: 'tooLong', params: { max: 1000 } });
        if (issues.length || !project || !source || !capitalYear || !date || amount === undefined)
          return { index, key: before ? `D${before.id}` : null, error: AppError.badInput(issues) };
        if (row.delete) {
          if (!before) return { index, key: null, error: AppError.badInput({ field: 'id', rule: 'required' }) };
          return {
            index,
            key: `D${before.id}`,
            before,
            after: null,
            unitPath: before.unitPath,
            year: Number(before.date.slice(0, 4)),
            expectedVersion: row.version ?? null,
          };
        }
        const after = em.create(Disbursement, {
          ...(before ?? { projectId: project.id, unitPath: project.unitPath, version: 1 }),
          source,
          capitalYear,
          date,
          amount,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
        });
        return {
          index,
          key: before ? `D${before.id}` : `${project.code}/${date}/${source}`,
          before,
          after,
          unitPath: project.unitPath,
          year: Number(date.slice(0, 4)),
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });

      // The rules, per project, on the payments as the batch would leave them.
      type Ready = Extract<PlannedRow<Disbursement>, { after: Disbursement | null }>;
      const ready = planned.filter((p): p is Ready => 'after' in p);
      for (const project of projects) {
        const mine = ready.filter((p) => (p.after ?? p.before)!.projectId === project.id);
        if (!mine.length) continue;
        const removed = new Set(mine.flatMap((p) => (p.before ? [p.before.id] : [])));
        const next = [
          ...paid.filter((d) => d.projectId === project.id && !removed.has(d.id)),
          ...mine.flatMap((p) => (p.after ? [p.after] : [])),
        ].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
        const agreed = allocations.filter((a) => a.projectId === project.id);
        const refuse = (p: Ready, field: string, reason: string) => {
          planned[planned.indexOf(p)] = {
            index: p.index,
            key: p.before ? p.key : null,
            error: AppError.badInput({ field, rule: 'notAllowed', params: { reason } }),
          };
        };
        for (const p of mine) {
          const d = p.after;
          if (!d) continue;
          if (project.stoppedOn && d.date >= project.stoppedOn)
            refuse(p, 'date', `the Treasury stopped payments to ${project.code} on ${project.stoppedOn}`);
          else if (
            isUpperBudget(d.source) &&
            isLocalDebt(project.capitalAllocatedOn, project.settlementApprovedOn, d.date)
          ) {
            refuse(
              p,
              'source',
              `${project.code} is local debt (over 3 years without a final settlement): no more central or provincial money`,
            );
          }
        }
        // Not more than allocated, per source and capital year.
        for (const key of new Set(next.map((d) => `${d.source}|${d.capitalYear}`))) {
          const [source, year] = key.split('|');
          const allocated = sum(
            agreed.filter((a) => a.source === source && a.year === Number(year)).map((a) => a.amount),
          );
          const spent = sum(
            next.filter((d) => d.source === source && d.capitalYear === Number(year)).map((d) => d.amount),
          );
          if (spent > allocated) {
            for (const p of mine.filter(
              (x) => x.after && x.after.source === source && x.after.capitalYear === Number(year),
            )) {
              refuse(
                p,
                'amount',
                `paid ${spent} of ${source} ${year} capital to ${project.code} would exceed its allocation of ${allocated}`,
              );
            }
          }
        }
        // The Treasury rule, at every day an upper-budget payment is made.
        const upperDays = [...new Set(next.filter((d) => isUpperBudget(d.source)).map((d) => d.date))];
        const broken = upperDays.find(
          (day) =>
            !treasuryAllows(agreed.map(facts.allocation), next.filter((d) => d.date <= day).map(facts.disbursement)),
        );
        if (broken) {
          const culprits = mine.filter(
            (p) =>
              (p.after && isUpperBudget(p.after.source) && p.after.date >= broken) ||
              (p.before && !isUpperBudget(p.before.source)),
          );
          for (const p of culprits.length ? culprits : mine) {
            refuse(
              p,
              'amount',
              `the Treasury pays central and provincial money only in proportion to the counterpart paid by the district and commune (${broken})`,
            );
          }
        }
      }
      const out = await this.batch.write(em, ctx, DISBURSEMENT_SPEC, planned);
      return {
        disbursements: out.rows.filter((d): d is Disbursement => d !== null).map(disbursementView),
        ...counts(out),
      };
    });
  }

  /**
   * Records reallocations and their cycle. A reallocation marked DONE moves the allocations
   * themselves in the same transaction, under the same reconciliation as any allocation.
   */
  async saveReallocations(ctx: RequestContext, rows: ReallocationRowInput[]): Promise<ReallocationBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Reallocation,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const projects = await this.projectsByCode(
        em,
        rows.flatMap((r) => [r.fromProjectCode, r.toProjectCode].filter((c): c is string => !!c)),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => [r.fromUnitCode, r.toUnitCode].filter((c): c is string => !!c)),
      );
      const moves: {
        from: { unitId: number; unitPath: string; projectId: number };
        to: { unitId: number; unitPath: string; projectId: number };
        r: Reallocation;
        index: number;
      }[] = [];
      const planned: PlannedRow<Reallocation>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `R${row.id}`, error: AppError.notFound('Reallocation', String(row.id)) };
        const issues: ValidationIssue[] = [];
        const end = (projectCode?: string, unitCode?: string, field = 'from') => {
          if (projectCode) {
            const p = projects.get(projectCode);
            if (!p)
              issues.push({ field: `${field}ProjectCode`, rule: 'notAllowed', params: { reason: 'no such project' } });
            return p ? { unitId: p.unitId, unitPath: p.unitPath, projectId: p.id } : null;
          }
          if (unitCode) {
            const u = units.get(unitCode);
            if (!u) issues.push({ field: `${field}UnitCode`, rule: 'notAllowed', params: { reason: 'no such unit' } });
            return u ? { unitId: u.id, unitPath: u.path, projectId: 0 } : null;
          }
          issues.push({ field: `${field}ProjectCode`, rule: 'required' });
          return null;
        };
        const from = before
          ? { unitId: before.fromUnitId, unitPath: before.fromUnitPath, projectId: before.fromProjectId }
          : end(row.fromProjectCode, row.fromUnitCode, 'from');
        const to = before
          ? { unitId: before.toUnitId, unitPath: '', projectId: before.toProjectId }
          : end(row.toProjectCode, row.toUnitCode, 'to');
        const amount = row.amount ?? before?.amount;
        const capitalYear = row.capitalYear ?? before?.capitalYear;
        const source = row.source ?? before?.source;
        const reason = row.reason?.trim() ?? before?.reason;
        const status = row.status ?? before?.status ?? ReallocationStatus.PROPOSED;
        if (!source) issues.push({ field: 'source', rule: 'required' });
        const yearIssue = validateYear(capitalYear, 'capitalYear');
        if (yearIssue) issues.push(yearIssue);
        if (amount === undefined) issues.push({ field: 'amount', rule: 'required' });
        else if (BigInt(amount) <= 0n)
          issues.push({ field: 'amount', rule: 'outOfRange', params: { min: 1, max: '9223372036854775807' } });
        if (!reason) issues.push({ field: 'reason', rule: 'required' });
        if (before?.status === ReallocationStatus.DONE && status !== ReallocationStatus.DONE)
          issues.push({ field: 'status', rule: 'notAllowed', params: { reason: 'a reallocation done is done' } });
        const doneOn = row.doneOn === undefined ? (before?.doneOn ?? null) : row.doneOn;
        if (status === ReallocationStatus.DONE && !doneOn) issues.push({ field: 'doneOn', rule: 'required' });
        if (issues.length || !from || !to || !source || !capitalYear || amount === undefined || !reason)
          return { index, key: before ? `R${before.id}` : null, error: AppError.badInput(issues) };
        const after = em.create(Reallocation, {
          ...(before ?? {
            fromUnitId: from.unitId,
            fromUnitPath: from.unitPath,
            fromProjectId: from.projectId,
            toUnitId: to.unitId,
            toProjectId: to.projectId,
            source,
            capitalType: typeKey(row.capitalType),
            capitalYear,
            version: 1,
          }),
          amount: before?.status === ReallocationStatus.DONE ? before.amount : amount,
          reason,
          status,
          reportedOn: row.reportedOn === undefined ? (before?.reportedOn ?? null) : row.reportedOn,
          doneOn,
        });
        if (status === ReallocationStatus.DONE && before?.status !== ReallocationStatus.DONE) {
          const toEnd = before ? { ...to, unitPath: '' } : to;
          moves.push({ from, to: toEnd, r: after, index });
        }
        return {
          index,
          key: before ? `R${before.id}` : `${from.unitPath.split('/').at(-1)}/${capitalYear}/${source}`,
          before,
          after,
          unitPath: from.unitPath,
          year: capitalYear,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      const out = await this.batch.write(em, ctx, REALLOCATION_SPEC, planned);
      if (moves.length) await this.applyMoves(em, ctx, moves);
      return {
        reallocations: out.rows.filter((r): r is Reallocation => r !== null).map(reallocationView),
        ...counts(out),
      };
    });
  }

  /** Moves the allocations of reallocations done: less at the source end, more at the other. */
  private async applyMoves(
    em: EntityManager,
    ctx: RequestContext,
    moves: {
      from: { unitId: number; projectId: number };
      to: { unitId: number; projectId: number };
      r: Reallocation;
      index: number;
    }[],
  ): Promise<void> {
    const rows: AllocationRowInput[] = [];
    const all = await em.find(Allocation, {
      where: { unitId: In([...new Set(moves.flatMap((m) => [m.from.unitId, m.to.unitId]))]) },
    });
    const find = (end: { unitId: number; projectId: number }, r: Reallocation) =>
      all.find(
        (a) =>
          a.unitId === end.unitId &&
          a.projectId === end.projectId &&
          a.year === r.capitalYear &&
          a.source === r.source &&
          a.capitalType === r.capitalType,
      );
    for (const m of moves) {
      const from = find(m.from, m.r);
      const amount = BigInt(m.r.amount);
      if (!from || BigInt(from.amount) < amount) {
        throw AppError.badInput({
          field: `rows.${m.index}.amount`,
          rule: 'notAllowed',
          params: { reason: 'more than the allocation it comes from' },
        });
      }
      rows.push({ id: from.id, version: from.version, amount: str(BigInt(from.amount) - amount) });
      const to = find(m.to, m.r);
      if (to) rows.push({ id: to.id, version: to.version, amount: str(BigInt(to.amount) + amount) });
      else {
        const unit = await em.findOneByOrFail(AdminUnit, { id: m.to.unitId });
        const project = m.to.projectId ? await em.findOneByOrFail(Project, { id: m.to.projectId }) : null;
        rows.push({
          unitCode: unit.code,
          projectCode: project?.code,
          year: m.r.capitalYear,
          source: m.r.source,
          capitalType: m.r.capitalType === '' ? null : m.r.capitalType,
          amount: str(amount),
          note: `Điều chuyển: ${m.r.reason}`,
        });
      }
    }
    // The same rules as any allocation change, in the same transaction.
    const units = await unitsByCode(
      em,
      rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
    );
    const projects = await this.projectsByCode(
      em,
      rows.flatMap((r) => (r.projectCode ? [r.projectCode] : [])),
    );
    const byId = new Map(all.map((a) => [a.id, a]));
    const planned: PlannedRow<Allocation>[] = rows.map((row, index) => {
      const before = row.id ? byId.get(row.id)! : null;
      const owner = before
        ? { id: before.unitId, path: before.unitPath }
        : row.projectCode
          ? { id: projects.get(row.projectCode)!.unitId, path: projects.get(row.projectCode)!.unitPath }
          : { id: units.get(row.unitCode!)!.id, path: units.get(row.unitCode!)!.path };
      const after = em.create(Allocation, {
        ...(before ?? {
          unitId: owner.id,
          unitPath: owner.path,
          projectId: row.projectCode ? projects.get(row.projectCode)!.id : 0,
          year: row.year!,
          source: row.source!,
          capitalType: typeKey(row.capitalType),
          version: 1,
        }),
        amount: row.amount!,
        note: row.note ?? before?.note ?? null,
      });
      return {
        index,
        key: before ? `A${before.id}` : `${owner.path}/${row.year}/${row.source}`,
        before,
        after,
        unitPath: owner.path,
        year: after.year,
        expectedVersion: before ? before.version : null,
      };
    });
    await this.reconcile(em, planned);
    await this.batch.write(em, ctx, ALLOCATION_SPEC, planned);
  }

  private async projectsByCode(em: EntityManager, codes: string[]): Promise<Map<string, Project>> {
    if (codes.length === 0) return new Map();
    return new Map((await em.find(Project, { where: { code: In([...new Set(codes)]) } })).map((p) => [p.code, p]));
  }
}

function counts(out: { created: number; updated: number; deleted: number; unchanged: number }) {
  return {
    created: out.created,
    updated: out.updated,
    deleted: out.deleted,
    unchanged: out.unchanged,
    changed: out.created + out.updated + out.deleted,
  };
}
