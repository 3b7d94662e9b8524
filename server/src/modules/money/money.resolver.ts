import { Arg, Args, Ctx, Float, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isLocalDebt, todayInVietnam, treasuryRoom } from '@ntm/shared';
import { connectionType } from '../../common/connection';
import { MoneyScalar } from '../../common/money';
import type { RequestContext } from '../../common/request-context';
import { DateScalar } from '../../common/scalars';
import { Access } from '../access/access-rule';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Checkpoint } from './checkpoint.entity';
import { MoneyService } from './money.service';
import {
  AllocationBatchResult,
  AllocationRowInput,
  AllocationView,
  AllocationsArgs,
  BudgetArgs,
  BudgetSummary,
  CheckpointStatusView,
  ChildBudget,
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

export const AllocationConnection = connectionType(AllocationView, 'Allocation');
type AllocationConnection = InstanceType<typeof AllocationConnection>;
export const ProjectConnection = connectionType(ProjectView, 'Project');
type ProjectConnection = InstanceType<typeof ProjectConnection>;

/** Reading a province's money at once is heavy: a cost that keeps it to a few per request. */
const SUMMARY_COST = 200;

@Resolver(() => AllocationView)
export class AllocationResolver {
  constructor(private readonly money: MoneyService) {}

  @Access('signedIn')
  @Query(() => AllocationConnection, {
    description: 'Allocations of units and projects in your units, by year, source and unit',
  })
  async allocations(@Args() args: AllocationsArgs, @Ctx() ctx: RequestContext): Promise<AllocationConnection> {
    return AllocationConnection.from(await this.money.allocations(ctx, args));
  }

  @Access('signedIn')
  @Mutation(() => AllocationBatchResult, {
    description:
      'Saves allocations, all or nothing; what a unit hands down never exceeds what it received, per source, year and type',
  })
  saveAllocations(
    @Arg('rows', () => [AllocationRowInput]) rows: AllocationRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<AllocationBatchResult> {
    return this.money.saveAllocations(ctx, rows);
  }

  @FieldResolver(() => AdminUnit)
  async unit(@Root() a: AllocationView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(a.unitId))!;
  }
}

@Resolver(() => ProjectView)
export class ProjectResolver {
  constructor(private readonly money: MoneyService) {}

  @Access('signedIn')
  @Query(() => ProjectConnection, {
    description: 'Projects in your units, by unit, kind and code or name, ordered by code',
  })
  async projects(@Args() args: ProjectsArgs, @Ctx() ctx: RequestContext): Promise<ProjectConnection> {
    return ProjectConnection.from(await this.money.projects(ctx, args));
  }

  @Access('signedIn')
  @Query(() => ProjectView, { nullable: true })
  project(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<ProjectView | null> {
    return this.money.project(ctx, code);
  }

  @Access('signedIn')
  @Query(() => [DisbursementView], { description: "A project's disbursements, by date" })
  disbursements(@Arg('projectCode') projectCode: string, @Ctx() ctx: RequestContext): Promise<DisbursementView[]> {
    return this.money.disbursements(ctx, projectCode);
  }

  @Access('signedIn')
  @Mutation(() => ProjectBatchResult, { description: 'Adds or changes projects, all or nothing' })
  saveProjects(
    @Arg('rows', () => [ProjectRowInput]) rows: ProjectRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectBatchResult> {
    return this.money.saveProjects(ctx, rows);
  }

  @Access('signedIn')
  @Mutation(() => DisbursementBatchResult, {
    description: 'Saves disbursements, all or nothing, under the allocation, Treasury, stop and local-debt rules',
  })
  saveDisbursements(
    @Arg('rows', () => [DisbursementRowInput]) rows: DisbursementRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<DisbursementBatchResult> {
    return this.money.saveDisbursements(ctx, rows);
  }

  @FieldResolver(() => AdminUnit)
  async unit(@Root() p: ProjectView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(p.unitId))!;
  }

  @FieldResolver(() => MoneyScalar, { description: 'Allocated to it (of one capital year, or all)' })
  async allocated(
    @Root() p: ProjectView,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<string> {
    return (await this.money.projectTotals(ctx, p, '9999-12-31', year)).allocated;
  }

  @FieldResolver(() => MoneyScalar, { description: 'Paid by asOf (default today)' })
  async disbursed(
    @Root() p: ProjectView,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<string> {
    return (await this.money.projectTotals(ctx, p, asOf ?? todayInVietnam(), year)).disbursed;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Paid / allocated as of asOf' })
  async rate(
    @Root() p: ProjectView,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<number | null> {
    return (await this.money.projectTotals(ctx, p, asOf ?? todayInVietnam(), year)).rate;
  }

  @FieldResolver(() => [CheckpointStatusView], {
    description: 'Its standing against each checkpoint that applies, as of a date',
  })
  checkpoints(
    @Root() p: ProjectView,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ): Promise<CheckpointStatusView[]> {
    return this.money.projectCheckpoints(ctx, p, asOf ?? todayInVietnam());
  }

  @FieldResolver(() => Boolean, {
    description: 'Its central/provincial share is local debt on the date (over 3 years without settlement)',
  })
  localDebt(@Root() p: ProjectView, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string): boolean {
    return isLocalDebt(p.capitalAllocatedOn, p.settlementApprovedOn, asOf ?? todayInVietnam());
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description: 'Central/provincial money the Treasury would pay now, given the counterpart paid; null: not held back',
  })
  async treasuryRoom(@Root() p: ProjectView, @Ctx() ctx: RequestContext): Promise<string | null> {
    const [allocations, disbursements] = await Promise.all([
      ctx.loaders.allocationsOfProject.load(p.id),
      ctx.loaders.disbursementsOfProject.load(p.id),
    ]);
    const room = treasuryRoom(
      allocations.map((a) => ({ source: a.source, year: a.year, amount: BigInt(a.amount) })),
      disbursements.map((d) => ({
        source: d.source,
        date: d.date,
        amount: BigInt(d.amount),
        capitalYear: d.capitalYear,
      })),
    );
    return room === null ? null : room.toString();
  }

  @FieldResolver(() => String, { description: 'PLANNED, IN_PROGRESS, COMPLETED, SETTLED or STOPPED, from its dates' })
  status(@Root() p: ProjectView): string {
    if (p.stoppedOn) return 'STOPPED';
    if (p.settlementApprovedOn) return 'SETTLED';
    if (p.completedOn) return 'COMPLETED';
    if (p.startedOn) return 'IN_PROGRESS';
    return 'PLANNED';
  }
}

@Resolver(() => BudgetSummary)
export class BudgetResolver {
  constructor(private readonly money: MoneyService) {}

  @Access('signedIn')
  @Query(() => BudgetSummary, {
    description: "A unit's money (default: the province) for a year and source as of a date",
    complexity: SUMMARY_COST,
  })
  budgetSummary(@Args() args: BudgetArgs, @Ctx() ctx: RequestContext): Promise<BudgetSummary> {
    return this.money.budgetSummary(ctx, args);
  }

  @Access('signedIn')
  @Query(() => [CheckpointStatusView], {
    description: "A unit's capital (default: the province) against each checkpoint on a date",
    complexity: SUMMARY_COST,
  })
  checkpointStatus(
    @Arg('asOf', () => DateScalar) asOf: string,
    @Ctx() ctx: RequestContext,
    @Arg('unitCode', { nullable: true }) unitCode?: string,
  ): Promise<CheckpointStatusView[]> {
    return this.money.checkpointStatus(ctx, asOf, unitCode);
  }

  @Access('signedIn')
  @Query(() => [Checkpoint], { description: 'The disbursement checkpoints of the plan in force' })
  checkpoints(): Promise<Checkpoint[]> {
    return this.money.checkpoints();
  }

  @Access('signedIn')
  @Query(() => [ReallocationCandidate], {
    description: 'Projects with capital of the year and nothing of it paid by 30/06',
    complexity: SUMMARY_COST,
  })
  reallocationCandidates(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationCandidate[]> {
    return this.money.reallocationCandidates(ctx, year);
  }

  @Access('signedIn')
  @Query(() => [LocalDebtProject], {
    description: 'Projects over 3 years past their capital allocation without settlement',
    complexity: SUMMARY_COST,
  })
  localDebtProjects(
    @Arg('asOf', () => DateScalar) asOf: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LocalDebtProject[]> {
    return this.money.localDebtProjects(ctx, asOf);
  }

  @Access('signedIn')
  @Query(() => [SupportShortfall], {
    description: "Units whose allocations fall short of the plan's support norms",
    complexity: SUMMARY_COST,
  })
  supportShortfalls(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<SupportShortfall[]> {
    return this.money.supportShortfalls(ctx, year);
  }

  @Access('signedIn')
  @Query(() => [ReallocationView], { description: 'Reallocations out of your units, of a capital year' })
  reallocations(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<ReallocationView[]> {
    return this.money.reallocations(ctx, year);
  }

  @Access('signedIn')
  @Mutation(() => ReallocationBatchResult, {
    description: 'Records reallocations; one marked DONE moves the allocations, all or nothing',
  })
  saveReallocations(
    @Arg('rows', () => [ReallocationRowInput]) rows: ReallocationRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationBatchResult> {
    return this.money.saveReallocations(ctx, rows);
  }

  @FieldResolver(() => AdminUnit)
  async unit(@Root() b: BudgetSummary, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(b.unitId))!;
  }
}

@Resolver(() => ChildBudget)
export class ChildBudgetResolver {
  @FieldResolver(() => AdminUnit)
  async unit(@Root() c: ChildBudget, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(c.unitId))!;
  }
}

@Resolver(() => SupportShortfall)
export class SupportShortfallResolver {
  @FieldResolver(() => AdminUnit)
  async unit(@Root() s: SupportShortfall, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(s.unitId))!;
  }
}

@Resolver(() => ReallocationView)
export class ReallocationResolver {
  @FieldResolver(() => AdminUnit, { description: 'The unit the money comes from' })
  async fromUnit(@Root() r: ReallocationView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(r.fromUnitId))!;
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit the money goes to' })
  async toUnit(@Root() r: ReallocationView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(r.toUnitId))!;
  }

  @FieldResolver(() => ProjectView, {
    nullable: true,
    description: 'The project it comes from; null: the unit’s own allocation',
  })
  fromProject(@Root() r: ReallocationView, @Ctx() ctx: RequestContext): Promise<ProjectView | null> {
    return r.fromProjectId ? ctx.loaders.projectById.load(r.fromProjectId) : Promise.resolve(null);
  }

  @FieldResolver(() => ProjectView, {
    nullable: true,
    description: 'The project it goes to; null: the unit’s own allocation',
  })
  toProject(@Root() r: ReallocationView, @Ctx() ctx: RequestContext): Promise<ProjectView | null> {
    return r.toProjectId ? ctx.loaders.projectById.load(r.toProjectId) : Promise.resolve(null);
  }
}
