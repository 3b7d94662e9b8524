import { DateScalar } from '../../common/scalars';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { TargetLevel } from '@ntm/shared';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { TargetView } from '../targets/targets.types';
import { Criterion } from './criterion.entity';
import { CriteriaSet } from './criteria-set.entity';

@ObjectType({ description: "A unit's evaluation of one criterion or indicator in a year" })
export class EvaluationCell {
  @Field({ description: 'The criterion or indicator code, e.g. 2 or 17.4' })
  code: string;

  @Field()
  met: boolean;

  @Field(() => String, { nullable: true })
  value: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: "One unit's row of the criteria matrix" })
export class CriteriaMatrixRow {
  @Field(() => AdminUnit)
  unit: AdminUnit;

  @Field(() => [EvaluationCell], { description: 'Evaluated criteria and indicators (those not evaluated are absent)' })
  cells: EvaluationCell[];

  @Field(() => Int, {
    description: 'Criteria met (an indicator-only criterion counts when all its indicators are met)',
  })
  metCount: number;

  @Field({ description: 'You may change its evaluations now' })
  editable: boolean;
}

@ObjectType({ description: 'Units × criteria of a set for a year (the plan’s criteria appendix)' })
export class CriteriaMatrix {
  @Field(() => CriteriaSet)
  set: CriteriaSet;

  @Field(() => Int)
  year: number;

  @Field(() => [Criterion], { description: 'Criteria and indicators, in the order of the decision' })
  criteria: Criterion[];

  @Field(() => [CriteriaMatrixRow])
  rows: CriteriaMatrixRow[];
}

@ArgsType()
export class CriteriaMatrixArgs {
  @Field({ description: 'The units directly below this one (a district: its communes)' })
  @MaxLength(16)
  parentCode: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field({ nullable: true, description: 'Default: the NTM set of the units’ level in force that year' })
  @IsOptional()
  @MaxLength(60)
  setKey?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day whose hierarchy gives the rows (default today): the communes of a merged district as of a day before the merger',
  })
  asOf?: string;
}

@InputType()
export class EvaluationRowInput {
  @Field()
  unitCode: string;

  @Field(() => Int)
  year: number;

  @Field({ description: 'The criteria set' })
  setKey: string;

  @Field({ description: 'The criterion or indicator code' })
  code: string;

  @Field({ nullable: true, description: 'Met or not; null removes the evaluation' })
  met?: boolean;

  @Field(() => String, { nullable: true })
  value?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version read; absent for an evaluation not yet made' })
  version?: number | null;
}

@ObjectType()
export class EvaluationBatchResult {
  @Field(() => [CriteriaMatrixRow], { description: 'The rows of the units touched, as saved' })
  rows: CriteriaMatrixRow[];

  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) deleted: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) changed: number;
}

@ObjectType({ description: 'How a commune stands against the criteria in a year' })
export class CommuneScorecard {
  @Field(() => AdminUnit)
  unit: AdminUnit;

  @Field(() => Int)
  year: number;

  @Field(() => CriteriaSet)
  set: CriteriaSet;

  @Field(() => Int)
  criteriaCount: number;

  @Field(() => Int)
  metCount: number;

  @Field(() => [String], { description: 'Codes of the criteria met' })
  met: string[];

  @Field(() => [Criterion], { description: 'Criteria not met or not evaluated' })
  missing: Criterion[];

  @Field(() => TargetLevel, {
    nullable: true,
    description: 'The highest level its evaluations qualify it for (sets without criteria are not judged)',
  })
  qualifiesFor: TargetLevel | null;

  @Field(() => TargetLevel, {
    nullable: true,
    description: 'The highest level it is recognised at, at the end of the year',
  })
  recognisedLevel: TargetLevel | null;

  @Field(() => [TargetView], { description: 'Its targets in the plan' })
  targets: TargetView[];
}

@ObjectType()
export class CommuneCriteriaCount {
  @Field(() => AdminUnit)
  unit: AdminUnit;

  @Field(() => Int)
  metCount: number;

  @Field(() => Int)
  criteriaCount: number;
}

@InputType()
export class CriterionRowInput {
  @Field(() => Int, { nullable: true })
  id?: number;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field({ description: 'The set it belongs to' })
  setKey: string;

  @Field()
  code: string;

  @Field()
  name: string;
}

@InputType()
export class CriteriaSetInput {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  decision?: string | null;

  @Field(() => String)
  unitLevel: string;

  @Field(() => TargetLevel)
  level: TargetLevel;

  @Field(() => Int)
  fromYear: number;

  @Field(() => Int, { nullable: true })
  toYear?: number | null;
}
