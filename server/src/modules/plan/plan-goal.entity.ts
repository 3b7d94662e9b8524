import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminLevel, GoalKind, TargetLevel } from '@ntm/shared';

registerEnumType(GoalKind, { name: 'GoalKind', description: 'How a goal is measured' });

/** A goal of a plan with its stated figures ("154 xã/193 xã, 80%"), kept beside the computed ones. */
@ObjectType()
@Entity('plan_goal')
@Index('uq_plan_goal_key', ['planId', 'key'], { unique: true })
export class PlanGoal {
  @Field(() => Int, { description: 'For changing it' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @Field({ description: 'Stable key, e.g. COMMUNES_NTM' })
  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Field(() => GoalKind)
  @Column({ type: 'varchar', length: 24 })
  kind: GoalKind;

  @Field(() => AdminLevel, { description: 'The units the goal counts' })
  @Column({ type: 'varchar', length: 16 })
  unitLevel: AdminLevel;

  /** Comma-separated TargetLevels that count (a district at NTM or TASK_COMPLETED). */
  @Column({ type: 'varchar', length: 100 })
  levelList: string;

  @Field(() => Int, { nullable: true, description: 'The stated count; for MIN_CRITERIA the least number of criteria' })
  @Column({ type: 'int', nullable: true })
  threshold: number | null;

  @Field(() => Int, { nullable: true, description: 'The upper end of a stated range ("08-09")' })
  @Column({ type: 'int', nullable: true })
  thresholdMax: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  sharePercent: number | null;

  @Field(() => Int, { nullable: true, description: "The plan's stated denominator (193 communes), if it states one" })
  @Column({ type: 'int', nullable: true })
  denominator: number | null;

  @Field({ description: 'Counts mountainous units only' })
  @Column({ type: 'boolean', default: false })
  mountainousOnly: boolean;

  @Field(() => String, { nullable: true, description: 'Section of the plan' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  section: string | null;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => [TargetLevel], { description: 'Levels that count for the goal' })
  get levels(): TargetLevel[] {
    return this.levelList.split(',').filter(Boolean) as TargetLevel[];
  }
}
