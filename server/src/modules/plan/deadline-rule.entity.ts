import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminLevel, DossierStep, TargetKind, TargetLevel } from '@ntm/shared';
import { DateScalar } from '../../common/scalars';

registerEnumType(DossierStep, { name: 'DossierStep', description: 'A step of a recognition dossier' });
registerEnumType(TargetKind, {
  name: 'TargetKind',
  description: 'New standard, keeping one, re-check, or supported village',
});
registerEnumType(TargetLevel, {
  name: 'TargetLevel',
  description: 'NTM, ADVANCED (nâng cao), MODEL (kiểu mẫu), MODEL_VILLAGE, TASK_COMPLETED',
});

/**
 * A date by which a step must be taken, for the targets it applies to: those of a unit level,
 * year, kind and levels, or one unit's own (the district targets of II.5 each have their date).
 * Empty criteria match every target.
 */
@ObjectType()
@Entity('deadline_rule')
@Index('ix_deadline_rule_plan', ['planId'])
export class DeadlineRule {
  @Field(() => Int, { description: 'For changing it' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @Field(() => DossierStep)
  @Column({ type: 'varchar', length: 24 })
  step: DossierStep;

  @Field(() => AdminLevel)
  @Column({ type: 'varchar', length: 16 })
  unitLevel: AdminLevel;

  @Field(() => Int, { nullable: true, description: 'The target year it applies to; null: any' })
  @Column({ type: 'int', nullable: true })
  targetYear: number | null;

  @Field(() => TargetKind, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  kind: TargetKind | null;

  /** Comma-separated TargetLevels; empty: any. */
  @Column({ type: 'varchar', length: 100, default: '' })
  levelList: string;

  /** A single unit's own deadline; null: every unit matching the rest. */
  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  dueDate: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  section: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => [TargetLevel])
  get levels(): TargetLevel[] {
    return this.levelList.split(',').filter(Boolean) as TargetLevel[];
  }
}
