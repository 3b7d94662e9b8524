import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SubmissionStatus } from '@ntm/shared';

/**
 * A district's monthly report (section V.4): its free text on difficulties and proposals, and
 * where it stands in the submit/approve flow. The figures are assembled live as of the month's end.
 */
@Entity('monthly_report')
@Index('uq_monthly_report', ['unitId', 'year', 'month'], { unique: true })
@Index('ix_monthly_report_period', ['year', 'month'])
export class MonthlyReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  month: number;

  @Column({ type: 'varchar', length: 16 })
  status: SubmissionStatus;

  @Column({ type: 'text', nullable: true })
  difficulties: string | null;

  @Column({ type: 'text', nullable: true })
  proposals: string | null;

  /** Why it was returned. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  submittedBy: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  submittedAt: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  decidedAt: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
