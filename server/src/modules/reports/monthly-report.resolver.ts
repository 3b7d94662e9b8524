import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, SubmissionAction } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import { Access } from '../access/access-rule';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { IndicatorService } from '../indicators/indicators.service';
import { IndicatorProgressItem } from '../indicators/indicators.types';
import { MoneyReadService } from '../money/money-read.service';
import { BudgetSummary, CheckpointStatusView } from '../money/money.types';
import { PlanService } from '../plan/plan.service';
import { TargetReadService } from '../targets/target-read.service';
import { TargetView } from '../targets/targets.types';
import { MonthlyReportService } from './monthly-report.service';
import { MonthlyReportView, ReportFile } from './monthly-report.types';

/** Building the consolidated workbook reads every district's figures. */
const WORKBOOK_COST = 2000;

@Resolver(() => MonthlyReportView)
export class MonthlyReportResolver {
  constructor(
    private readonly reports: MonthlyReportService,
    private readonly plans: PlanService,
    private readonly targetService: TargetReadService,
    private readonly money: MoneyReadService,
    private readonly indicatorService: IndicatorService,
  ) {}

  @Access('signedIn')
  @Query(() => MonthlyReportView, {
    description: "A district's monthly report, with its figures as of the month's end",
  })
  monthlyReport(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MonthlyReportView> {
    return this.reports.get(ctx, unitCode, year, month);
  }

  @Access([Role.ADMIN, Role.APPROVER])
  @Query(() => ReportFile, {
    description: "The province's consolidated monthly report of all districts (.xlsx, base64)",
    complexity: WORKBOOK_COST,
  })
  monthlyReportWorkbook(
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportFile> {
    return this.reports.workbook(ctx, year, month);
  }

  @Access('signedIn')
  @Mutation(() => MonthlyReportView, {
    description: "Saves the report's text (version 0 for the first save); only while a draft or returned",
  })
  saveMonthlyReport(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('difficulties', () => String, { nullable: true }) difficulties?: string | null,
    @Arg('proposals', () => String, { nullable: true }) proposals?: string | null,
  ): Promise<MonthlyReportView> {
    return this.reports.save(ctx, unitCode, year, month, version, difficulties ?? null, proposals ?? null);
  }

  @Access('signedIn')
  @Mutation(() => MonthlyReportView, { description: 'The district sends its report up' })
  submitMonthlyReport(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MonthlyReportView> {
    return this.reports.act(ctx, SubmissionAction.SUBMIT, unitCode, year, month, version, null);
  }

  @Access('signedIn')
  @Mutation(() => MonthlyReportView, { description: 'An approver above approves the report' })
  approveMonthlyReport(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MonthlyReportView> {
    return this.reports.act(ctx, SubmissionAction.APPROVE, unitCode, year, month, version, null);
  }

  @Access('signedIn')
  @Mutation(() => MonthlyReportView, { description: 'An approver above returns the report with a note' })
  returnMonthlyReport(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('version', () => Int) version: number,
    @Arg('note') note: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MonthlyReportView> {
    return this.reports.act(ctx, SubmissionAction.RETURN, unitCode, year, month, version, note);
  }

  @Access('signedIn')
  @Mutation(() => MonthlyReportView, { description: 'An approver above reopens an approved report' })
  reopenMonthlyReport(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<MonthlyReportView> {
    return this.reports.act(ctx, SubmissionAction.REOPEN, unitCode, year, month, version, note ?? null);
  }

  @FieldResolver(() => AdminUnit)
  async unit(@Root() r: MonthlyReportView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(r.unitId))!;
  }

  @FieldResolver(() => [TargetView], {
    description: "Targets of the district and its communes (ask for dossierStatus(asOf) with the report's asOf)",
  })
  async targets(@Root() r: MonthlyReportView): Promise<TargetView[]> {
    const plan = await this.plans.resolve();
    return (await this.targetService.allOfPlan(undefined, plan.id)).filter(
      (t) => t.unitPath === r.unitPath || t.unitPath.startsWith(`${r.unitPath}/`),
    );
  }

  @FieldResolver(() => [CheckpointStatusView], {
    description: "The district's capital against each checkpoint at the month's end",
  })
  checkpoints(@Root() r: MonthlyReportView, @Ctx() ctx: RequestContext): Promise<CheckpointStatusView[]> {
    return this.money.checkpointStatus(ctx, r.asOf, r.unitCode);
  }

  @FieldResolver(() => BudgetSummary, { description: "The district's money of the year at the month's end" })
  budget(@Root() r: MonthlyReportView, @Ctx() ctx: RequestContext): Promise<BudgetSummary> {
    return this.money.budgetSummary(ctx, { year: r.year, unitCode: r.unitCode, asOf: r.asOf });
  }

  @FieldResolver(() => [IndicatorProgressItem], { description: "The district's indicators of the year" })
  indicators(@Root() r: MonthlyReportView, @Ctx() ctx: RequestContext): Promise<IndicatorProgressItem[]> {
    return this.indicatorService.progress(ctx, r.year, r.unitCode);
  }
}
