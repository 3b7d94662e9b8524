import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { AdminLevel, TargetLevel } from '@ntm/shared';

/** A set of criteria a level is judged by (decision 318/QĐ-TTg for NTM communes, …); data, not code. */
@ObjectType()
@Entity('criteria_set')
@Index('uq_criteria_set_key', ['key'], { unique: true })
export class CriteriaSet {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable key, e.g. XA_NTM_2021_2025' })
  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  decision: string | null;

  @Field(() => AdminLevel, { description: 'The units it judges' })
  @Column({ type: 'varchar', length: 16 })
  unitLevel: AdminLevel;

  @Field(() => TargetLevel, { description: 'The level it qualifies for' })
  @Column({ type: 'varchar', length: 16 })
  level: TargetLevel;

  @Field(() => Int, { description: 'First year it applies to' })
  @Column({ type: 'int' })
  fromYear: number;

  @Field(() => Int, { nullable: true, description: 'Last year it applies to; null: until replaced' })
  @Column({ type: 'int', nullable: true })
  toYear: number | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
