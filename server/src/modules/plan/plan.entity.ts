import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';

/**
 * A plan of the programme: this one is Quảng Nam's for 2024-2025. Goals, targets and deadline
 * rules belong to a plan, so that the next plan is entered as data, not written as code.
 */
@ObjectType({ description: 'A plan: its period, decision and the goals, targets and deadlines it sets' })
@Entity('plan')
@Index('uq_plan_code', ['code'], { unique: true })
export class Plan {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'e.g. QN-NTM-2024-2025' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: 'The decision that issued it' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  decision: string | null;

  @Field({ description: 'The province it covers' })
  @Column({ type: 'varchar', length: 16 })
  provinceCode: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  startYear: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  endYear: number;

  /** Tenths of a percent (900 = 90%), so that no float is stored. */
  @Column({ type: 'int', default: 900 })
  minSatisfactionPermille: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  minSatisfactionNote: string | null;

  /** The yearly reallocation cycle (IV.7), as month-day: nothing paid by this day makes a candidate… */
  @Field({ description: 'Reallocation cycle: nothing paid by this day (MM-DD) makes a candidate' })
  @Column({ type: 'varchar', length: 5, default: '06-30' })
  reallocationCheckDay: string;

  @Field({ description: 'Units that cannot spend report from this day (MM-DD)…' })
  @Column({ type: 'varchar', length: 5, default: '10-01' })
  reallocationReportFrom: string;

  @Field({ description: '…by this day (MM-DD)' })
  @Column({ type: 'varchar', length: 5, default: '10-10' })
  reallocationReportBy: string;

  @Field({ description: 'Reallocation done by this day (MM-DD)' })
  @Column({ type: 'varchar', length: 5, default: '11-15' })
  reallocationDoneBy: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Float, { description: "Residents' satisfaction below which recognition is refused (IV.10), in %" })
  get minSatisfactionPercent(): number {
    return this.minSatisfactionPermille / 10;
  }
}
