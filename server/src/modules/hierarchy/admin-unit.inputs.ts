import { PageArgs } from '../../common/connection';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { AdminLevel, UnitType } from '@ntm/shared';
import { DateScalar } from '../../common/scalars';
import { AdminUnit } from './admin-unit.entity';

@ArgsType()
export class AdminUnitsArgs extends PageArgs {
  @Field(() => AdminLevel, { nullable: true })
  level?: AdminLevel;

  @Field({ nullable: true, description: 'Only the direct children of this unit' })
  @IsOptional()
  @MaxLength(16)
  parentCode?: string;

  @Field({ nullable: true, description: 'Part of the name, with or without diacritics, or the start of a code' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The hierarchy as of this date (default: today)' })
  asOf?: string;
}

/** The fields of a unit the hierarchy grid edits; absent fields stay as they are. */
@InputType()
export class AdminUnitInput implements Partial<Pick<AdminUnit, 'name' | 'mountainous'>> {
  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  mountainous?: boolean;
}

@InputType()
export class CreateVillageInput implements Partial<Pick<AdminUnit, 'name' | 'type' | 'mountainous'>> {
  @Field()
  communeCode: string;

  @Field()
  name: string;

  @Field(() => UnitType, {
    defaultValue: UnitType.VILLAGE,
    description: 'VILLAGE (thôn) or RESIDENTIAL_GROUP (tổ dân phố)',
  })
  type: UnitType;

  @Field({ nullable: true, description: 'Default: as the commune' })
  mountainous?: boolean;
}

/** One row of a grid's batch save: a unit to change (by code), or a new village (in a commune). */
@InputType()
export class AdminUnitRowInput {
  @Field({ nullable: true, description: 'The unit to change; leave out for a new village' })
  code?: string;

  @Field(() => Int, { nullable: true, description: 'With code: the version the edit was made on' })
  version?: number;

  @Field({ nullable: true, description: 'For a new village: the code of its commune' })
  communeCode?: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => UnitType, { nullable: true, description: 'For a new village: VILLAGE (default) or RESIDENTIAL_GROUP' })
  type?: UnitType;

  @Field({ nullable: true })
  mountainous?: boolean;
}

@ObjectType({ description: 'What a batch save did' })
export class AdminUnitBatchResult {
  @Field(() => [AdminUnit], { description: 'One per input row, in the same order, as saved' })
  units: AdminUnit[];

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: 'created + updated' })
  changed: number;
}
