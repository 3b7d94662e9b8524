import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import {
  AdminLevel,
  DeadlineState,
  DossierStatus,
  DossierStep,
  RecognitionEnd,
  TargetKind,
  TargetLevel,
} from '@ntm/shared';
import { PageArgs } from '../../common/connection';
import { DateScalar } from '../../common/scalars';

registerEnumType(DossierStatus, { name: 'DossierStatus', description: 'Where a recognition dossier stands' });
registerEnumType(DeadlineState, {
  name: 'DeadlineState',
  description: 'Done, done late, overdue, due soon or upcoming',
});
registerEnumType(RecognitionEnd, {
  name: 'RecognitionEnd',
  description: 'LAPSED (criteria no longer met) or WITHDRAWN',
});

@ObjectType('DossierStepRecord', { description: 'A step a dossier took' })
export class DossierStepView {
  @Field(() => DossierStep)
  step: DossierStep;

  @Field(() => DateScalar)
  date: string;

  @Field(() => String, { nullable: true })
  decision: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('Target', { description: 'A unit the plan wants at a level by a year, with its recognition dossier' })
export class TargetView {
  @Field(() => Int)
  id: number;

  unitId: number;
  unitPath: string;

  @Field(() => TargetLevel)
  level: TargetLevel;

  @Field(() => Int)
  year: number;

  @Field(() => TargetKind)
  kind: TargetKind;

  @Field(() => String, { nullable: true, description: 'Section of the plan it comes from' })
  section: string | null;

  @Field(() => String, { nullable: true, description: "The unit's name as the plan spells it, where it differs" })
  planName: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day it counts from (a target carried from a merged unit); null: the whole plan',
  })
  validFrom: string | null;

  @Field(() => Float, { nullable: true, description: "Residents' satisfaction with the dossier, in %" })
  satisfactionPercent: number | null;

  @Field(() => [DossierStepView], { description: 'Steps of its dossier, in order' })
  steps: DossierStepView[];

  @Field(() => Int)
  version: number;
}

@ObjectType('Recognition', { description: 'A unit recognised at a level; holds until it lapses or is withdrawn' })
export class RecognitionView {
  @Field(() => Int)
  id: number;

  unitId: number;
  unitPath: string;

  @Field(() => TargetLevel)
  level: TargetLevel;

  @Field(() => Int)
  year: number;

  @Field(() => DateScalar)
  recognisedOn: string;

  @Field(() => String, { nullable: true })
  decision: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the province confirmed it keeps the standard under a newer set',
  })
  maintainedOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  endedOn: string | null;

  @Field(() => RecognitionEnd, { nullable: true })
  endReason: RecognitionEnd | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int)
  version: number;
}

@ArgsType()
export class TargetsArgs extends PageArgs {
  @Field(() => TargetLevel, { nullable: true })
  level?: TargetLevel;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field({ nullable: true, description: 'Targets of this unit and the units below it' })
  @IsOptional()
  @MaxLength(16)
  unitCode?: string;

  @Field(() => AdminLevel, {
    defaultValue: AdminLevel.COMMUNE,
    description: 'Targets of units at this level (default: communes)',
  })
  unitLevel: AdminLevel;

  @Field(() => TargetKind, { nullable: true })
  kind?: TargetKind;

  @Field({ nullable: true, description: 'Default: the plan in force' })
  @IsOptional()
  @MaxLength(40)
  planCode?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Targets of units existing on this day, counting from it (default today): a merged unit’s targets are its successor’s after the merger',
  })
  asOf?: string;
}

@ArgsType()
export class DossiersArgs extends TargetsArgs {
  @Field(() => DossierStatus, { nullable: true, description: 'Only dossiers standing here on asOf' })
  status?: DossierStatus;
}

@ArgsType()
export class RecognitionsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Of this unit and the units below it' })
  @IsOptional()
  @MaxLength(16)
  unitCode?: string;

  @Field(() => TargetLevel, { nullable: true })
  level?: TargetLevel;

  @Field(() => DateScalar, { nullable: true, description: 'Only those holding on this date' })
  holdingOn?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only those recognised on or before this date (e.g. 2021-12-31 for the review)',
  })
  recognisedBy?: string;

  @Field({ nullable: true, description: 'Only those not yet confirmed under a newer set (maintainedOn empty)' })
  unconfirmed?: boolean;
}

@InputType()
export class TargetRowInput {
  @Field(() => Int, { nullable: true, description: 'The target to change; absent for a new one' })
  id?: number;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field({ nullable: true, description: 'For a new target: its unit' })
  unitCode?: string;

  @Field(() => TargetLevel, { nullable: true })
  level?: TargetLevel;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => TargetKind, { nullable: true })
  kind?: TargetKind;

  @Field(() => String, { nullable: true })
  section?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field({ nullable: true, description: 'Removes the target (with its dossier)' })
  delete?: boolean;

  @Field({ nullable: true, description: 'Default: the plan in force' })
  planCode?: string;
}

@InputType()
export class DossierStepInput {
  @Field(() => DossierStep)
  step: DossierStep;

  @Field(() => DateScalar, { nullable: true, description: 'null removes the step' })
  date?: string | null;

  @Field(() => String, { nullable: true })
  decision?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class DossierRowInput {
  @Field(() => Int, { description: 'The target whose dossier this is' })
  targetId: number;

  @Field(() => Int, { description: "The target's version as read" })
  version: number;

  @Field(() => Float, { nullable: true, description: "Residents' satisfaction in % (0-100); null: not surveyed" })
  @IsOptional()
  @Min(0)
  @Max(100)
  satisfactionPercent?: number | null;

  @Field(() => [DossierStepInput], { nullable: true, description: 'Steps to record, change or (date null) remove' })
  steps?: DossierStepInput[];
}

@InputType()
export class RecognitionRowInput {
  @Field(() => Int, { nullable: true })
  id?: number;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field({ nullable: true })
  unitCode?: string;

  @Field(() => TargetLevel, { nullable: true })
  level?: TargetLevel;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => DateScalar, { nullable: true })
  recognisedOn?: string;

  @Field(() => String, { nullable: true })
  decision?: string | null;

  @Field(() => DateScalar, { nullable: true })
  maintainedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endedOn?: string | null;

  @Field(() => RecognitionEnd, { nullable: true })
  endReason?: RecognitionEnd | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class TargetBatchResult {
  @Field(() => [TargetView], { description: 'Saved targets, in the order of the rows (removed ones left out)' })
  targets: TargetView[];

  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) deleted: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int, { description: 'created + updated + deleted' }) changed: number;
}

@ObjectType()
export class RecognitionBatchResult {
  @Field(() => [RecognitionView])
  recognitions: RecognitionView[];

  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) changed: number;
}

@ObjectType({ description: 'A goal of the plan as of a date' })
export class GoalProgress {
  @Field()
  key: string;

  @Field()
  kind: string;

  @Field(() => [TargetLevel])
  levels: TargetLevel[];

  @Field(() => AdminLevel)
  unitLevel: AdminLevel;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  section: string | null;

  @Field(() => Int, {
    description: 'Units the goal asks for (for MIN_CRITERIA and EVERY_DISTRICT_HAS: units that must meet it)',
  })
  goal: number;

  @Field(() => Int, { nullable: true, description: 'Upper end of a stated range' })
  goalMax: number | null;

  @Field(() => Int, { nullable: true, description: "The plan's stated denominator" })
  denominator: number | null;

  @Field(() => Int, { description: 'The denominator counted in the hierarchy as of the date' })
  unitsCounted: number;

  @Field(() => Int, { description: 'Units meeting the goal on the date (recognised and not lapsed)' })
  achieved: number;

  @Field(() => Int, { description: 'Units whose dossier for a counted level is on its way up' })
  inPipeline: number;

  @Field(() => Int, { description: 'How many more are needed (0 when met)' })
  gap: number;

  @Field()
  met: boolean;

  @Field(() => [DistrictGoalProgress])
  byDistrict: DistrictGoalProgress[];
}

@ObjectType()
export class DistrictGoalProgress {
  districtId: number;

  @Field(() => Int) achieved: number;
  @Field(() => Int) inPipeline: number;
  @Field(() => Int, { description: 'Targets of the plan for these levels in the district' }) targets: number;
  @Field(() => Int, { description: 'Units counted in the district' }) unitsCounted: number;
}

@ObjectType()
export class PlanProgress {
  @Field(() => DateScalar)
  asOf: string;

  planId: number;

  @Field(() => [GoalProgress])
  goals: GoalProgress[];
}

@ObjectType({ description: 'A dossier step a target must take by a date' })
export class DeadlineItem {
  @Field(() => TargetView)
  target: TargetView;

  @Field(() => DossierStep)
  step: DossierStep;

  @Field(() => DateScalar)
  dueDate: string;

  @Field(() => DateScalar, { nullable: true })
  doneOn: string | null;

  @Field(() => DeadlineState)
  state: DeadlineState;

  @Field(() => Int, { description: 'Days from asOf to the due date (negative: late by that many)' })
  daysLeft: number;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ArgsType()
export class DeadlinesArgs {
  @Field(() => DateScalar)
  asOf: string;

  @Field(() => Int, { defaultValue: 30, description: 'Days ahead counted as due soon' })
  @Min(0)
  @Max(366)
  within: number;

  @Field({ nullable: true, description: 'Of this unit and the units below it' })
  @IsOptional()
  @MaxLength(16)
  unitCode?: string;

  @Field({ defaultValue: false, description: 'Also steps done and those further ahead' })
  all: boolean;
}
