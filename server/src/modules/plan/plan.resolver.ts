import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import { Access } from '../access/access-rule';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { DeadlineRule } from './deadline-rule.entity';
import { PlanGoal } from './plan-goal.entity';
import { Plan } from './plan.entity';
import { PlanService } from './plan.service';
import { DeadlineRuleRowInput, PlanGoalRowInput, PlanInput } from './plan.types';

@Resolver(() => Plan)
export class PlanResolver {
  constructor(private readonly service: PlanService) {}

  @Access('signedIn')
  @Query(() => [Plan], { description: 'Every plan, latest first' })
  plans(): Promise<Plan[]> {
    return this.service.list();
  }

  @Access('signedIn')
  @Query(() => Plan, { description: 'A plan by code, or the one in force' })
  plan(@Arg('code', { nullable: true }) code?: string): Promise<Plan> {
    return this.service.resolve(code);
  }

  @Access([Role.ADMIN])
  @Mutation(() => Plan, { description: 'Adds a plan or changes one (ADMIN)' })
  savePlan(@Arg('input') input: PlanInput, @Ctx() ctx: RequestContext): Promise<Plan> {
    return this.service.savePlan(ctx, input);
  }

  @Access([Role.ADMIN])
  @Mutation(() => [PlanGoal], { description: 'Adds, changes or removes goals of plans (ADMIN), all or nothing' })
  savePlanGoals(
    @Arg('rows', () => [PlanGoalRowInput]) rows: PlanGoalRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<PlanGoal[]> {
    return this.service.saveGoals(ctx, rows);
  }

  @Access([Role.ADMIN])
  @Mutation(() => [DeadlineRule], { description: 'Adds, changes or removes deadline rules (ADMIN), all or nothing' })
  saveDeadlineRules(
    @Arg('rows', () => [DeadlineRuleRowInput]) rows: DeadlineRuleRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<DeadlineRule[]> {
    return this.service.saveDeadlineRules(ctx, rows);
  }

  @FieldResolver(() => [PlanGoal])
  goals(@Root() plan: Plan): Promise<PlanGoal[]> {
    return this.service.goals(plan.id);
  }

  @FieldResolver(() => [DeadlineRule])
  deadlineRules(@Root() plan: Plan): Promise<DeadlineRule[]> {
    return this.service.deadlineRules(plan.id);
  }
}

@Resolver(() => DeadlineRule)
export class DeadlineRuleResolver {
  @FieldResolver(() => AdminUnit, {
    nullable: true,
    description: "The unit whose own deadline it is; null: every matching unit's",
  })
  async unit(@Root() rule: DeadlineRule, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return rule.unitId === null ? null : ctx.loaders.unitById.load(rule.unitId);
  }
}
