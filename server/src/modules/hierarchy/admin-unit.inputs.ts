import { PageArgs } from '../../common/connection';
import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { AdminLevel, UnitType } from '@ntm/shared';
import { DateScalar } from '../../common/scalars';
import type { AdminUnit } from './admin-unit.entity';

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

  @Field(() => UnitType, { defaultValue: UnitType.VILLAGE, description: 'VILLAGE (thôn) or RESIDENTIAL_GROUP (tổ dân phố)' })
  type: UnitType;

  @Field({ nullable: true, description: 'Default: as the commune' })
  mountainous?: boolean;
}
