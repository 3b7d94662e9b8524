import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { todayInVietnam } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import { DateScalar } from '../../common/scalars';
import { Access } from '../access/access-rule';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Plan } from '../plan/plan.entity';
import { PlanService } from '../plan/plan.service';
import { ProgressService } from './progress.service';
import { DeadlineItem, DeadlinesArgs, DistrictGoalProgress, PlanProgress } from './targets.types';

/** Cost of computing the plan's progress: it reads the whole province. */
const PROGRESS_COST = 500;

@Resolver(() => PlanProgress)
export class ProgressResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly plans: PlanService,
  ) {}

  @Access('signedIn')
  @Query(() => PlanProgress, {
    description: 'Each goal of the plan as of a date (default today): achieved, in the pipeline, gap, by district',
    complexity: PROGRESS_COST,
  })
  planProgress(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
    @Arg('planCode', { nullable: true }) planCode?: string,
  ): Promise<PlanProgress> {
    return this.progress.planProgress(ctx, asOf ?? todayInVietnam(), planCode);
  }

  @Access('signedIn')
  @Query(() => [DeadlineItem], {
    description: 'Dossier steps overdue (from the day after their date) and due within `within` days, in your units',
    complexity: PROGRESS_COST,
  })
  deadlines(@Args() args: DeadlinesArgs, @Ctx() ctx: RequestContext): Promise<DeadlineItem[]> {
    return this.progress.deadlines(ctx, args);
  }

  @Access('signedIn')
  @Query(() => [AdminUnit], {
    description: 'District-level units none of whose communes is an NTM commune on the date',
    complexity: PROGRESS_COST,
  })
  districtsWithoutNtmCommune(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ): Promise<AdminUnit[]> {
    return this.progress.districtsWithoutNtmCommune(ctx, asOf ?? todayInVietnam());
  }

  @FieldResolver(() => Plan)
  async plan(@Root() p: PlanProgress): Promise<Plan> {
    return this.plans.resolveById(p.planId);
  }
}

@Resolver(() => DistrictGoalProgress)
export class DistrictGoalProgressResolver {
  @FieldResolver(() => AdminUnit)
  async district(@Root() d: DistrictGoalProgress, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(d.districtId))!;
  }
}
