import { DateScalar } from '../../common/scalars';
import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ModelField } from '@ntm/shared';
import { PageArgs } from '../../common/connection';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Indicator } from './indicator.entity';

registerEnumType(ModelField, {
  name: 'ModelField',
  description: 'Field of a good-practice model; TOURISM is rural tourism',
});

@ObjectType({ description: "A unit's figure of an indicator" })
export class IndicatorCell {
  @Field() key: string;
  @Field(() => Float) value: number;
  @Field(() => Int, { description: '0: the year; 1-12: a month' }) month: number;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class IndicatorMatrixRow {
  @Field(() => AdminUnit) unit: AdminUnit;
  @Field(() => [IndicatorCell]) cells: IndicatorCell[];
  @Field() editable: boolean;
}

@ObjectType({ description: 'Units below a unit × the indicators they report, for a year' })
export class IndicatorMatrix {
  @Field(() => Int) year: number;
  @Field(() => [Indicator]) indicators: Indicator[];
  @Field(() => [IndicatorMatrixRow]) rows: IndicatorMatrixRow[];
}

@InputType()
export class IndicatorValueInput {
  @Field() unitCode: string;
  @Field() key: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { defaultValue: 0, description: '0: the year; 1-12: a month' }) month: number;
  @Field(() => Float, { nullable: true, description: 'null removes the figure' }) value?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version read; absent for a figure not yet entered' }) version?:
    number | null;
}

@ObjectType()
export class IndicatorValueBatchResult {
  @Field(() => [IndicatorMatrixRow]) rows: IndicatorMatrixRow[];
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) deleted: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) changed: number;
}

@ObjectType({ description: 'An indicator of a unit in a year against the plan' })
export class IndicatorProgressItem {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => Float, { nullable: true, description: "The unit's own figure, or rolled up from the units below" })
  value: number | null;
  @Field({ description: 'The value is rolled up from the units below (the unit has none of its own)' })
  rolledUp: boolean;
  @Field({ description: 'Counted from records (OCOP products, models), not reported' }) derived: boolean;
  @Field(() => Int, { description: 'Units below whose figures make the value' }) unitsReporting: number;
  @Field(() => Float, { nullable: true, description: "The baseline year's figure" }) baseline: number | null;
  @Field(() => Float, { nullable: true, description: "The previous year's figure" }) previous: number | null;
  @Field(() => Float, { nullable: true, description: 'What the target asks for this year' }) required: number | null;
  @Field(() => Boolean, { nullable: true, description: 'null: cannot be judged (no figure, no baseline)' }) met:
    boolean | null;
  @Field(() => Float, { nullable: true }) gap: number | null;
}

@ObjectType('IndicatorValue')
export class IndicatorValueView {
  @Field() key: string;
  @Field(() => AdminUnit) unit: AdminUnit;
  @Field(() => Int) year: number;
  @Field(() => Int) month: number;
  @Field(() => Float) value: number;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('OcopProduct')
export class OcopProductView {
  @Field(() => Int) id: number;
  @Field() name: string;
  @Field() producer: string;
  unitId: number;
  @Field() category: string;
  @Field(() => Int) stars: number;
  @Field(() => Int) yearRated: number;
  @Field() isNew: boolean;
  @Field() flagship: boolean;
  @Field(() => Int) version: number;
}

@ObjectType('GoodModel')
export class GoodModelView {
  @Field(() => Int) id: number;
  @Field() name: string;
  unitId: number;
  @Field(() => ModelField) field: ModelField;
  @Field(() => Int) year: number;
  @Field(() => Int, { nullable: true }) replicatedFromId: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Int) version: number;
}

@InputType()
export class OcopFilter {
  @Field({ nullable: true }) @IsOptional() @MaxLength(16) unitCode?: string;
  @Field(() => Int, { nullable: true }) stars?: number;
  @Field(() => Int, { nullable: true, description: 'Rated by the end of this year' }) year?: number;
  @Field({ nullable: true }) flagship?: boolean;
}

@ArgsType()
export class OcopArgs extends PageArgs {
  @Field(() => OcopFilter, { nullable: true }) filter?: OcopFilter;
}

@InputType()
export class ModelFilter {
  @Field({ nullable: true }) @IsOptional() @MaxLength(16) unitCode?: string;
  @Field(() => ModelField, { nullable: true }) field?: ModelField;
  @Field(() => Int, { nullable: true, description: 'Made by the end of this year' }) year?: number;
}

@ArgsType()
export class ModelArgs extends PageArgs {
  @Field(() => ModelFilter, { nullable: true }) filter?: ModelFilter;
}

@InputType()
export class OcopRowInput {
  @Field(() => Int, { nullable: true }) id?: number;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) producer?: string;
  @Field({ nullable: true, description: 'The commune of the producer' }) unitCode?: string;
  @Field({ nullable: true }) category?: string;
  @Field(() => Int, { nullable: true }) stars?: number;
  @Field(() => Int, { nullable: true }) yearRated?: number;
  @Field({ nullable: true }) isNew?: boolean;
  @Field({ nullable: true }) flagship?: boolean;
  @Field({ nullable: true }) delete?: boolean;
}

@InputType()
export class ModelRowInput {
  @Field(() => Int, { nullable: true }) id?: number;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true, description: 'A commune or a district' }) unitCode?: string;
  @Field(() => ModelField, { nullable: true }) field?: ModelField;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true }) replicatedFromId?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field({ nullable: true }) delete?: boolean;
}

@ObjectType()
export class OcopBatchResult {
  @Field(() => [OcopProductView]) products: OcopProductView[];
  @Field(() => Int) changed: number;
}

@ObjectType()
export class ModelBatchResult {
  @Field(() => [GoodModelView]) models: GoodModelView[];
  @Field(() => Int) changed: number;
}

@ObjectType()
export class StarCount {
  @Field(() => Int) stars: number;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'OCOP products rated by the end of a year' })
export class OcopSummary {
  @Field(() => Int) year: number;
  @Field(() => Int) total: number;
  @Field(() => [StarCount]) byStars: StarCount[];
  @Field(() => Int) newProducts: number;
  @Field(() => Int) upgraded: number;
  @Field(() => Int) flagships: number;
  @Field(() => Int) flagshipsFiveStar: number;
}

@ObjectType()
export class UnitModelCount {
  @Field(() => AdminUnit) unit: AdminUnit;
  @Field(() => Int) count: number;
  @Field(() => Int) required: number;
}

@ObjectType({ description: 'Units short of the models the plan asks for (IV.5-6)' })
export class ModelCoverage {
  @Field(() => Int) year: number;
  @Field(() => [UnitModelCount], { description: 'Communes with fewer than 10 models' }) communesUnder: UnitModelCount[];
  @Field(() => [UnitModelCount], { description: 'Districts with fewer than 50 district-level models' })
  districtsUnder: UnitModelCount[];
  @Field(() => [AdminUnit], { description: 'Districts without a rural-tourism model' })
  districtsWithoutTourism: AdminUnit[];
}

@ArgsType()
export class IndicatorMatrixArgs {
  @Field() @MaxLength(16) parentCode: string;
  @Field(() => Int) @Min(2000) @Max(2100) year: number;
  @Field(() => DateScalar, { nullable: true, description: 'The day whose hierarchy gives the rows (default today)' })
  asOf?: string;
}
