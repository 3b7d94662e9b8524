import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { SubmissionAction } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import { Access } from '../access/access-rule';
import { SubmissionService } from './submission.service';
import { UnitSubmissionView } from './unit-submission.types';

@Resolver(() => UnitSubmissionView)
export class SubmissionResolver {
  constructor(private readonly submissions: SubmissionService) {}

  @Access('signedIn')
  @Query(() => UnitSubmissionView, { description: 'The submission of a unit’s data for a year (DRAFT when none)' })
  unitSubmission(@Arg('unitCode') unitCode: string, @Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return this.submissions.get(ctx, unitCode, year);
  }

  @Access('signedIn')
  @Mutation(() => UnitSubmissionView, {
    description: 'Sends a unit’s data of a year for approval (editors of the unit)',
  })
  submitUnitData(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.submissions.act(ctx, SubmissionAction.SUBMIT, unitCode, year, version, null);
  }

  @Access('signedIn')
  @Mutation(() => UnitSubmissionView, {
    description: 'Approves and locks submitted data (approvers above the unit, ADMIN)',
  })
  approveUnitData(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.submissions.act(ctx, SubmissionAction.APPROVE, unitCode, year, version, note ?? null);
  }

  @Access('signedIn')
  @Mutation(() => UnitSubmissionView, { description: 'Returns submitted data for correction, saying why' })
  returnUnitData(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('version', () => Int) version: number,
    @Arg('note') note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.submissions.act(ctx, SubmissionAction.RETURN, unitCode, year, version, note);
  }

  @Access('signedIn')
  @Mutation(() => UnitSubmissionView, { description: 'Unlocks approved data so that it can be corrected' })
  reopenUnitData(
    @Arg('unitCode') unitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.submissions.act(ctx, SubmissionAction.REOPEN, unitCode, year, version, note ?? null);
  }
}
