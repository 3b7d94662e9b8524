import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import { DateScalar } from '../../common/scalars';
import { Access } from '../access/access-rule';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { AllocationService } from './allocation.service';
import { MoneyReadService } from './money-read.service';
import { MoneyWatchService } from './money-watch.service';
import { ReallocationService } from './reallocation.service';
import { Checkpoint } from './checkpoint.entity';
import {
  AllocationBatchResult,
  AllocationRowInput,
  AllocationView,
  AllocationsArgs,
  BudgetArgs,
  BudgetSummary,
  CheckpointStatusView,
  ChildBudget,
  LocalDebtProject,
  ProjectView,
  ReallocationBatchResult,
  ReallocationCandidate,
  ReallocationRowInput,
  ReallocationView,
  SupportShortfall,
} from './money.types';

export const AllocationConnection = connectionType(AllocationView, 'Allocation');
type AllocationConnection = InstanceType<typeof AllocationConnection>;

/** Reading a province's money at once is heavy: a cost that keeps it to a few per request. */
const SUMMARY_COST = 200;

@Resolver(() => AllocationView)
export class AllocationResolver {
  constructor(
    private readonly reads: MoneyReadService,
    private readonly allocationWrites: AllocationService,
  ) {}

  @Access('signedIn')
  @Query(() => AllocationConnection, {
    description: 'Allocations of units and projects in your units, by year, source and unit',
  })
  async allocations(@Args() args: AllocationsArgs, @Ctx() ctx: RequestContext): Promise<AllocationConnection> {
    return AllocationConnection.from(await this.reads.allocations(ctx, args));
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
    return this.allocationWrites.saveAllocations(ctx, rows);
  }

  @FieldResolver(() => AdminUnit)
  async unit(@Root() a: AllocationView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(a.unitId))!;
  }
}

@Resolver(() => BudgetSummary)
export class BudgetResolver {
  constructor(
    private readonly reads: MoneyReadService,
    private readonly watch: MoneyWatchService,
    private readonly reallocationWrites: ReallocationService,
  ) {}

  @Access('signedIn')
  @Query(() => BudgetSummary, {
    description: "A unit's money (default: the province) for a year and source as of a date",
    complexity: SUMMARY_COST,
  })
  budgetSummary(@Args() args: BudgetArgs, @Ctx() ctx: RequestContext): Promise<BudgetSummary> {
    return this.reads.budgetSummary(ctx, args);
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
    return this.reads.checkpointStatus(ctx, asOf, unitCode);
  }

  @Access('signedIn')
  @Query(() => [Checkpoint], { description: 'The disbursement checkpoints of the plan in force' })
  checkpoints(): Promise<Checkpoint[]> {
    return this.reads.checkpoints();
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
    return this.watch.reallocationCandidates(ctx, year);
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
    return this.watch.localDebtProjects(ctx, asOf);
  }

  @Access('signedIn')
  @Query(() => [SupportShortfall], {
    description: "Units whose allocations fall short of the plan's support norms",
    complexity: SUMMARY_COST,
  })
  supportShortfalls(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<SupportShortfall[]> {
    return this.watch.supportShortfalls(ctx, year);
  }

  @Access('signedIn')
  @Query(() => [ReallocationView], { description: 'Reallocations out of your units, of a capital year' })
  reallocations(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<ReallocationView[]> {
    return this.watch.reallocations(ctx, year);
  }

  @Access('signedIn')
  @Mutation(() => ReallocationBatchResult, {
    description: 'Records reallocations; one marked DONE moves the allocations, all or nothing',
  })
  saveReallocations(
    @Arg('rows', () => [ReallocationRowInput]) rows: ReallocationRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationBatchResult> {
    return this.reallocationWrites.saveReallocations(ctx, rows);
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
