import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminLevel, IndicatorDirection, IndicatorTargetKind, IndicatorUnit, RollUp } from '@ntm/shared';

registerEnumType(IndicatorUnit, { name: 'IndicatorUnit' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
registerEnumType(RollUp, {
  name: 'RollUp',
  description: 'How the figures of the units below add up: SUM, WEIGHTED_MEAN, MEAN, SHARE_OF_UNITS',
});
registerEnumType(IndicatorTargetKind, { name: 'IndicatorTargetKind' });

/** An indicator the plan sets a target for (section II.7), defined as data. */
@ObjectType()
@Entity('indicator')
@Index('uq_indicator_key', ['key'], { unique: true })
export class Indicator {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable key, e.g. HYGIENIC_WATER' })
  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  nameEn: string;

  @Field(() => IndicatorUnit)
  @Column({ type: 'varchar', length: 16 })
  unit: IndicatorUnit;

  @Field(() => IndicatorDirection)
  @Column({ type: 'varchar', length: 20 })
  direction: IndicatorDirection;

  @Field(() => AdminLevel, { description: 'The level that reports it' })
  @Column({ type: 'varchar', length: 16 })
  level: AdminLevel;

  @Field(() => RollUp)
  @Column({ type: 'varchar', length: 16 })
  rollUp: RollUp;

  @Field(() => String, { nullable: true, description: 'For WEIGHTED_MEAN: the indicator giving the weights' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  weightKey: string | null;

  @Field(() => IndicatorTargetKind, {
    nullable: true,
    description: 'null: no target (a weight, a count for reference)',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  targetKind: IndicatorTargetKind | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double', nullable: true })
  targetValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of a range the plan states (0.3-0.4)' })
  @Column({ type: 'double', nullable: true })
  targetValueMax: number | null;

  @Field(() => Int, { nullable: true, description: 'The year a ratio target compares with (2020)' })
  @Column({ type: 'int', nullable: true })
  baselineYear: number | null;

  @Field(() => Int, { nullable: true, description: 'The year the target is for' })
  @Column({ type: 'int', nullable: true })
  targetYear: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Counted from records instead of reported: OCOP_TOTAL, OCOP_NEW, OCOP_UPGRADED, OCOP_FLAGSHIP_5, MODELS_REPLICATED',
  })
  @Column({ type: 'varchar', length: 30, nullable: true })
  derived: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  section: string | null;

  @Field()
  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
