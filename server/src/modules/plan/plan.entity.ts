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

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Float, { description: "Residents' satisfaction below which recognition is refused (IV.10), in %" })
  get minSatisfactionPercent(): number {
    return this.minSatisfactionPermille / 10;
  }
}
