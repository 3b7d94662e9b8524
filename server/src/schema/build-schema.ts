import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { enforceAccess } from '../modules/access/access-rule';
import { AuthResolver } from '../modules/access/auth.resolver';
import { RoleAssignmentResolver, UserResolver } from '../modules/access/user.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AdminUnitResolver } from '../modules/hierarchy/admin-unit.resolver';
import { HierarchyChangeResolver, UnitStateResolver } from '../modules/hierarchy/hierarchy-change.resolver';
import { CriteriaResolver } from '../modules/criteria/criteria.resolver';
import { ImportResolver } from '../modules/import/import.resolver';
import { MonthlyReportResolver } from '../modules/reports/monthly-report.resolver';
import { GoodModelResolver, IndicatorResolver, OcopProductResolver } from '../modules/indicators/indicators.resolver';
import {
  AllocationResolver,
  BudgetResolver,
  ChildBudgetResolver,
  ReallocationResolver,
  SupportShortfallResolver,
} from '../modules/money/money.resolver';
import { ProjectResolver } from '../modules/money/project.resolver';
import { DeadlineRuleResolver, PlanResolver } from '../modules/plan/plan.resolver';
import { DistrictGoalProgressResolver, ProgressResolver } from '../modules/targets/progress.resolver';
import { RecognitionResolver, TargetResolver } from '../modules/targets/targets.resolver';
import { SubmissionResolver } from '../modules/submissions/submission.resolver';

export const RESOLVERS = [
  AdminUnitResolver,
  HierarchyChangeResolver,
  UnitStateResolver,
  AuthResolver,
  UserResolver,
  RoleAssignmentResolver,
  AuditResolver,
  SubmissionResolver,
  ImportResolver,
  PlanResolver,
  DeadlineRuleResolver,
  CriteriaResolver,
  TargetResolver,
  RecognitionResolver,
  ProgressResolver,
  DistrictGoalProgressResolver,
  AllocationResolver,
  ProjectResolver,
  BudgetResolver,
  ChildBudgetResolver,
  SupportShortfallResolver,
  ReallocationResolver,
  IndicatorResolver,
  OcopProductResolver,
  GoodModelResolver,
  MonthlyReportResolver,
] as const;

export interface ResolverInstances {
  get(resolverClass: unknown): unknown;
}

/**
 * The API's schema; resolvers come from `container`, so tests and tools share one wiring. Every
 * root field passes the access middleware, which refuses those that declare no rule.
 */
export function buildApiSchema(container: ResolverInstances): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    container: { get: (cls) => container.get(cls) },
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [enforceAccess],
  });
}
