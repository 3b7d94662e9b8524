import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SubmissionStatus } from '@ntm/shared';

/** Where a unit's data of one year stands in the submit/approve flow. */
@Entity('unit_submission')
@Index('uq_unit_submission_unit_year', ['unitId', 'year'], { unique: true })
@Index('ix_unit_submission_year_status', ['year', 'status'])
export class UnitSubmission {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  /** Copied from the unit so that locks below it are found by prefix without a join. */
  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  status: SubmissionStatus;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  submittedBy: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  submittedAt: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  decidedAt: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
