import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { CapitalType, CheckpointState, FundingSource } from '@ntm/shared';
import { PageArgs } from '../../common/connection';
import { MoneyScalar } from '../../common/money';
import { DateScalar } from '../../common/scalars';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Checkpoint } from './checkpoint.entity';
import { ProjectKind } from './project.entity';
import { ReallocationStatus } from './reallocation.entity';

registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'CENTRAL, PROVINCIAL, DISTRICT, COMMUNE (counterpart), PEOPLE, CREDIT, OTHER',
});
registerEnumType(CapitalType, {
  name: 'CapitalType',
  description: 'INVESTMENT (đầu tư phát triển) or RECURRENT (sự nghiệp)',
});
registerEnumType(CheckpointState, {
  name: 'CheckpointState',
  description: 'MET, PENDING (date not passed), MISSED, NOT_APPLICABLE',
});
registerEnumType(ProjectKind, { name: 'ProjectKind' });
registerEnumType(ReallocationStatus, { name: 'ReallocationStatus' });

@ObjectType('Allocation', { description: 'Money of a source and year given to a unit, or by a unit to a project' })
export class AllocationView {
  @Field(() => Int) id: number;
  unitId: number;
  projectId: number;
  @Field(() => Int) year: number;
  @Field(() => FundingSource) source: FundingSource;
  @Field(() => CapitalType, { nullable: true, description: 'null where the plan gives one figure for both types' })
  capitalType: CapitalType | null;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('CheckpointStatus', { description: 'How capital stands against a checkpoint' })
export class CheckpointStatusView {
  @Field(() => Checkpoint) checkpoint: Checkpoint;
  @Field(() => CheckpointState) state: CheckpointState;
  @Field(() => MoneyScalar) allocated: string;
  @Field(() => MoneyScalar, { description: 'The amount the share asks for' }) required: string;
  @Field(() => MoneyScalar, { description: 'Paid by the checkpoint date (or asOf, if earlier)' }) disbursed: string;
  @Field(() => MoneyScalar) shortBy: string;
  @Field(() => Float, { nullable: true, description: 'disbursed / allocated' }) rate: number | null;
}

@ObjectType('Project')
export class ProjectView {
  @Field(() => Int) id: number;
  @Field() code: string;
  @Field() name: string;
  unitId: number;
  unitPath: string;
  @Field(() => ProjectKind) kind: ProjectKind;
  @Field(() => Int, { nullable: true }) targetId: number | null;
  @Field(() => DateScalar, { nullable: true }) capitalAllocatedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) contractorChosenOn: string | null;
  @Field(() => DateScalar, { nullable: true }) startedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) completedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) acceptedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) settlementApprovedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) stoppedOn: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('Disbursement')
export class DisbursementView {
  @Field(() => Int) id: number;
  projectId: number;
  @Field(() => FundingSource) source: FundingSource;
  @Field(() => Int) capitalYear: number;
  @Field(() => DateScalar) date: string;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class SourceAmount {
  @Field(() => FundingSource) source: FundingSource;
  @Field(() => MoneyScalar) allocated: string;
  @Field(() => MoneyScalar) disbursed: string;
  @Field(() => Float, { nullable: true }) rate: number | null;
}

@ObjectType()
export class ChildBudget {
  unitId: number;
  @Field(() => MoneyScalar, { description: 'What the unit received' }) allocated: string;
  @Field(() => MoneyScalar, { description: 'Paid to projects in its subtree' }) disbursed: string;
  @Field(() => Float, { nullable: true }) rate: number | null;
}

@ObjectType({ description: 'Money of a unit (default: the province) for a year and source, as of a date' })
export class BudgetSummary {
  unitId: number;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => FundingSource, { nullable: true }) source: FundingSource | null;
  @Field(() => DateScalar) asOf: string;
  @Field(() => MoneyScalar, { description: 'What the unit received' }) allocated: string;
  @Field(() => MoneyScalar, { description: 'What it handed down to units and projects below' }) allocatedBelow: string;
  @Field(() => MoneyScalar, { description: 'Paid to projects in its subtree by asOf' }) disbursed: string;
  @Field(() => Float, { nullable: true }) rate: number | null;
  @Field(() => [SourceAmount]) bySource: SourceAmount[];
  @Field(() => [ChildBudget]) byChild: ChildBudget[];
}

@ObjectType()
export class UnitCheckpoints {
  unitId: number;
  @Field(() => [CheckpointStatusView]) checkpoints: CheckpointStatusView[];
}

@ObjectType({ description: 'A project with nothing paid by the check day: stopped and considered for reallocation' })
export class ReallocationCandidate {
  @Field(() => ProjectView) project: ProjectView;
  @Field(() => MoneyScalar) amount: string;
}

@ObjectType({ description: "A project whose central/provincial share has turned into the local budget's debt" })
export class LocalDebtProject {
  @Field(() => ProjectView) project: ProjectView;
  @Field(() => DateScalar, { description: 'The first day it is debt' }) debtFrom: string;
  @Field(() => MoneyScalar, { description: 'Upper-budget share agreed and not paid' }) amount: string;
}

@ObjectType({ description: 'A unit whose allocations fall short of a support norm' })
export class SupportShortfall {
  @Field() normKey: string;
  @Field() description: string;
  unitId: number;
  @Field(() => MoneyScalar) required: string;
  @Field(() => MoneyScalar) allocated: string;
  @Field(() => MoneyScalar) shortBy: string;
}

@ObjectType('Reallocation')
export class ReallocationView {
  @Field(() => Int) id: number;
  fromUnitId: number;
  toUnitId: number;
  fromProjectId: number;
  toProjectId: number;
  @Field(() => FundingSource) source: FundingSource;
  @Field(() => CapitalType, { nullable: true }) capitalType: CapitalType | null;
  @Field(() => Int) capitalYear: number;
  @Field(() => MoneyScalar) amount: string;
  @Field() reason: string;
  @Field(() => ReallocationStatus) status: ReallocationStatus;
  @Field(() => DateScalar, { nullable: true }) reportedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) doneOn: string | null;
  @Field(() => Int) version: number;
}

@ArgsType()
export class AllocationsArgs extends PageArgs {
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => FundingSource, { nullable: true }) source?: FundingSource;
  @Field({ nullable: true, description: 'Allocations of this unit and the units below it' })
  @IsOptional()
  @MaxLength(16)
  unitCode?: string;
  @Field({ nullable: true, description: 'Only what units received (false), or only projects (true)' })
  projects?: boolean;
}

@InputType()
export class ProjectFilter {
  @Field({ nullable: true }) @IsOptional() @MaxLength(16) unitCode?: string;
  @Field(() => ProjectKind, { nullable: true }) kind?: ProjectKind;
  @Field({ nullable: true, description: 'Code or name, with or without diacritics' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true }) filter?: ProjectFilter;
}

@InputType()
export class AllocationRowInput {
  @Field(() => Int, { nullable: true }) id?: number;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field({ nullable: true }) unitCode?: string;
  @Field({ nullable: true, description: "A project of the unit: the unit's allocation to it" }) projectCode?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => FundingSource, { nullable: true }) source?: FundingSource;
  @Field(() => CapitalType, { nullable: true }) capitalType?: CapitalType | null;
  @Field(() => MoneyScalar, { nullable: true }) amount?: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field({ nullable: true }) delete?: boolean;
}

@InputType()
export class ProjectRowInput {
  @Field(() => Int, { nullable: true }) id?: number;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) unitCode?: string;
  @Field(() => ProjectKind, { nullable: true }) kind?: ProjectKind;
  @Field(() => Int, { nullable: true }) targetId?: number | null;
  @Field(() => DateScalar, { nullable: true }) capitalAllocatedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) contractorChosenOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) startedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) completedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) acceptedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) settlementApprovedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) stoppedOn?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class DisbursementRowInput {
  @Field(() => Int, { nullable: true }) id?: number;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field({ nullable: true }) projectCode?: string;
  @Field(() => FundingSource, { nullable: true }) source?: FundingSource;
  @Field(() => Int, { nullable: true }) capitalYear?: number;
  @Field(() => DateScalar, { nullable: true }) date?: string;
  @Field(() => MoneyScalar, { nullable: true }) amount?: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field({ nullable: true }) delete?: boolean;
}

@InputType()
export class ReallocationRowInput {
  @Field(() => Int, { nullable: true }) id?: number;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field({ nullable: true }) fromProjectCode?: string;
  @Field({ nullable: true }) toProjectCode?: string;
  @Field({ nullable: true, description: 'From a unit’s own allocation (when no project)' }) fromUnitCode?: string;
  @Field({ nullable: true }) toUnitCode?: string;
  @Field(() => FundingSource, { nullable: true }) source?: FundingSource;
  @Field(() => CapitalType, { nullable: true }) capitalType?: CapitalType | null;
  @Field(() => Int, { nullable: true }) capitalYear?: number;
  @Field(() => MoneyScalar, { nullable: true }) amount?: string;
  @Field({ nullable: true }) reason?: string;
  @Field(() => ReallocationStatus, { nullable: true }) status?: ReallocationStatus;
  @Field(() => DateScalar, { nullable: true }) reportedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) doneOn?: string | null;
}

@ArgsType()
export class BudgetArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(2000) @Max(2100) year?: number;
  @Field(() => FundingSource, { nullable: true }) source?: FundingSource;
  @Field({ nullable: true, description: 'Default: the province of the plan in force' })
  @IsOptional()
  @MaxLength(16)
  unitCode?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default: today' }) asOf?: string;
}

@ObjectType()
export class MoneyBatchResult {
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) deleted: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) changed: number;
}

@ObjectType()
export class AllocationBatchResult extends MoneyBatchResult {
  @Field(() => [AllocationView]) allocations: AllocationView[];
}

@ObjectType()
export class ProjectBatchResult extends MoneyBatchResult {
  @Field(() => [ProjectView]) projects: ProjectView[];
}

@ObjectType()
export class DisbursementBatchResult extends MoneyBatchResult {
  @Field(() => [DisbursementView]) disbursements: DisbursementView[];
}

@ObjectType()
export class ReallocationBatchResult extends MoneyBatchResult {
  @Field(() => [ReallocationView]) reallocations: ReallocationView[];
}

/** Re-exported so resolvers name the unit type in one place. */
export { AdminUnit };
