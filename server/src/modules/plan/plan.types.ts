import { Field, Float, InputType, Int } from 'type-graphql';
import { AdminLevel, DossierStep, GoalKind, TargetKind, TargetLevel } from '@ntm/shared';
import { DateScalar } from '../../common/scalars';

@InputType({ description: 'A plan: a new one (no code known) or changes to one' })
export class PlanInput {
  @Field({ description: 'e.g. QN-NTM-2026-2030' })
  code: string;

  @Field(() => Int, { nullable: true, description: 'The version read, to change an existing plan' })
  version?: number;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  decision?: string | null;

  @Field()
  provinceCode: string;

  @Field(() => Int)
  startYear: number;

  @Field(() => Int)
  endYear: number;

  @Field(() => Float, { defaultValue: 90 })
  minSatisfactionPercent: number;

  @Field(() => String, { nullable: true })
  minSatisfactionNote?: string | null;
}

@InputType()
export class PlanGoalRowInput {
  @Field(() => Int, { nullable: true })
  id?: number;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field({ description: 'The plan it belongs to' })
  planCode: string;

  @Field()
  key: string;

  @Field(() => GoalKind)
  kind: GoalKind;

  @Field(() => AdminLevel)
  unitLevel: AdminLevel;

  @Field(() => [TargetLevel])
  levels: TargetLevel[];

  @Field(() => Int, { nullable: true })
  threshold?: number | null;

  @Field(() => Int, { nullable: true })
  thresholdMax?: number | null;

  @Field(() => Int, { nullable: true })
  sharePercent?: number | null;

  @Field(() => Int, { nullable: true })
  denominator?: number | null;

  @Field({ defaultValue: false })
  mountainousOnly: boolean;

  @Field(() => String, { nullable: true })
  section?: string | null;

  @Field()
  description: string;

  @Field({ nullable: true })
  delete?: boolean;
}

@InputType()
export class DeadlineRuleRowInput {
  @Field(() => Int, { nullable: true })
  id?: number;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field()
  planCode: string;

  @Field(() => DossierStep)
  step: DossierStep;

  @Field(() => AdminLevel)
  unitLevel: AdminLevel;

  @Field(() => Int, { nullable: true })
  targetYear?: number | null;

  @Field(() => TargetKind, { nullable: true })
  kind?: TargetKind | null;

  @Field(() => [TargetLevel], { defaultValue: [] })
  levels: TargetLevel[];

  @Field(() => String, { nullable: true, description: "A single unit's own deadline" })
  unitCode?: string | null;

  @Field(() => DateScalar)
  dueDate: string;

  @Field(() => String, { nullable: true })
  section?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field({ nullable: true })
  delete?: boolean;
}
