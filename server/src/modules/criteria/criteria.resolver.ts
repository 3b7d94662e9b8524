import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import { Access } from '../access/access-rule';
import { CriteriaSet } from './criteria-set.entity';
import { CriteriaService } from './criteria.service';
import {
  CommuneCriteriaCount,
  CommuneScorecard,
  CriteriaMatrix,
  CriteriaMatrixArgs,
  CriteriaSetInput,
  CriterionRowInput,
  EvaluationBatchResult,
  EvaluationRowInput,
} from './criteria.types';
import { Criterion } from './criterion.entity';
import { EvaluationService } from './evaluation.service';

@Resolver(() => CriteriaSet)
export class CriteriaResolver {
  constructor(
    private readonly service: CriteriaService,
    private readonly evaluations: EvaluationService,
  ) {}

  @Access('signedIn')
  @Query(() => [CriteriaSet], { description: 'Every criteria set, with its criteria and indicators' })
  criteriaSets(): Promise<CriteriaSet[]> {
    return this.service.sets();
  }

  @Access('signedIn')
  @Query(() => CriteriaMatrix, { description: 'The units below a unit × the criteria of a set, for a year' })
  criteriaMatrix(@Args() args: CriteriaMatrixArgs, @Ctx() ctx: RequestContext): Promise<CriteriaMatrix> {
    return this.evaluations.matrix(ctx, args);
  }

  @Access('signedIn')
  @Mutation(() => EvaluationBatchResult, {
    description: 'Saves evaluations (met or not), all or nothing; `met` null removes one',
  })
  saveEvaluations(
    @Arg('rows', () => [EvaluationRowInput]) rows: EvaluationRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<EvaluationBatchResult> {
    return this.evaluations.saveEvaluations(ctx, rows);
  }

  @Access('signedIn')
  @Query(() => CommuneScorecard, {
    description: 'A commune against the criteria in a year: met, missing, the level it qualifies for, its targets',
  })
  communeScorecard(
    @Arg('code') code: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CommuneScorecard> {
    return this.evaluations.scorecard(ctx, code, year);
  }

  @Access('signedIn')
  @Query(() => [CommuneCriteriaCount], {
    description: 'Communes evaluated in a year meeting fewer criteria than the threshold, in your units',
  })
  communesBelowCriteria(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
    @Arg('threshold', () => Int, { defaultValue: 15 }) threshold: number,
  ): Promise<CommuneCriteriaCount[]> {
    return this.evaluations.communesBelow(ctx, threshold, year);
  }

  @Access([Role.ADMIN])
  @Mutation(() => [Criterion], { description: 'Adds or renames criteria and indicators of sets (ADMIN)' })
  saveCriteria(
    @Arg('rows', () => [CriterionRowInput]) rows: CriterionRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<Criterion[]> {
    return this.service.saveCriteria(ctx, rows);
  }

  @Access([Role.ADMIN])
  @Mutation(() => CriteriaSet, { description: 'Adds a criteria set (ADMIN)' })
  createCriteriaSet(@Arg('input') input: CriteriaSetInput, @Ctx() ctx: RequestContext): Promise<CriteriaSet> {
    return this.service.createSet(ctx, input);
  }

  @FieldResolver(() => [Criterion], { description: 'Criteria and indicators, in the order of the decision' })
  criteria(@Root() set: CriteriaSet): Promise<Criterion[]> {
    return this.service.criteriaOf(set.id);
  }
}
