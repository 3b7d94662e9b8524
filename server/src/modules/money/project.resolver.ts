import { Arg, Args, Ctx, Float, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isLocalDebt, todayInVietnam, treasuryRoom } from '@ntm/shared';
import { connectionType } from '../../common/connection';
import { MoneyScalar } from '../../common/money';
import type { RequestContext } from '../../common/request-context';
import { DateScalar } from '../../common/scalars';
import { Access } from '../access/access-rule';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { DisbursementService } from './disbursement.service';
import { MoneyReadService } from './money-read.service';
import { ProjectService } from './project.service';
import {
  CheckpointStatusView,
  DisbursementBatchResult,
  DisbursementRowInput,
  DisbursementView,
  ProjectBatchResult,
  ProjectRowInput,
  ProjectView,
  ProjectsArgs,
} from './money.types';

export const ProjectConnection = connectionType(ProjectView, 'Project');
type ProjectConnection = InstanceType<typeof ProjectConnection>;

@Resolver(() => ProjectView)
export class ProjectResolver {
  constructor(
    private readonly reads: MoneyReadService,
    private readonly projectWrites: ProjectService,
    private readonly disbursementWrites: DisbursementService,
  ) {}

  @Access('signedIn')
  @Query(() => ProjectConnection, {
    description: 'Projects in your units, by unit, kind and code or name, ordered by code',
  })
  async projects(@Args() args: ProjectsArgs, @Ctx() ctx: RequestContext): Promise<ProjectConnection> {
    return ProjectConnection.from(await this.reads.projects(ctx, args));
  }

  @Access('signedIn')
  @Query(() => ProjectView, { nullable: true })
  project(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<ProjectView | null> {
    return this.reads.project(ctx, code);
  }

  @Access('signedIn')
  @Query(() => [DisbursementView], { description: "A project's disbursements, by date" })
  disbursements(@Arg('projectCode') projectCode: string, @Ctx() ctx: RequestContext): Promise<DisbursementView[]> {
    return this.reads.disbursements(ctx, projectCode);
  }

  @Access('signedIn')
  @Mutation(() => ProjectBatchResult, { description: 'Adds or changes projects, all or nothing' })
  saveProjects(
    @Arg('rows', () => [ProjectRowInput]) rows: ProjectRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectBatchResult> {
    return this.projectWrites.saveProjects(ctx, rows);
  }

  @Access('signedIn')
  @Mutation(() => DisbursementBatchResult, {
    description: 'Saves disbursements, all or nothing, under the allocation, Treasury, stop and local-debt rules',
  })
  saveDisbursements(
    @Arg('rows', () => [DisbursementRowInput]) rows: DisbursementRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<DisbursementBatchResult> {
    return this.disbursementWrites.saveDisbursements(ctx, rows);
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
    return (await this.reads.projectTotals(ctx, p, '9999-12-31', year)).allocated;
  }

  @FieldResolver(() => MoneyScalar, { description: 'Paid by asOf (default today)' })
  async disbursed(
    @Root() p: ProjectView,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<string> {
    return (await this.reads.projectTotals(ctx, p, asOf ?? todayInVietnam(), year)).disbursed;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Paid / allocated as of asOf' })
  async rate(
    @Root() p: ProjectView,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<number | null> {
    return (await this.reads.projectTotals(ctx, p, asOf ?? todayInVietnam(), year)).rate;
  }

  @FieldResolver(() => [CheckpointStatusView], {
    description: 'Its standing against each checkpoint that applies, as of a date',
  })
  checkpoints(
    @Root() p: ProjectView,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ): Promise<CheckpointStatusView[]> {
    return this.reads.projectCheckpoints(ctx, p, asOf ?? todayInVietnam());
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
