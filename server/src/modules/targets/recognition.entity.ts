import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RecognitionEnd, TargetLevel } from '@ntm/shared';

/**
 * A unit recognised at a level by a decision; it holds from the decision's date until it lapses
 * (criteria no longer met) or is withdrawn. Counted in the plan's progress as of any date.
 */
@Entity('recognition')
@Index('uq_recognition', ['unitId', 'level', 'recognisedOn'], { unique: true })
@Index('ix_recognition_level', ['level', 'recognisedOn'])
@Index('ix_recognition_path', ['unitPath'])
export class Recognition {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'varchar', length: 16 })
  level: TargetLevel;

  /** The year it counts for ("đạt chuẩn năm 2024"). */
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'date' })
  recognisedOn: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decision: string | null;

  /**
   * The day the province confirmed it keeps the standard under a newer criteria set (the review
   * of units recognised in 2021 or earlier under the 2022-2025 sets); null: not confirmed.
   */
  @Column({ type: 'date', nullable: true })
  maintainedOn: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  endReason: RecognitionEnd | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** The target whose dossier's RECOGNISED step recorded it; null when entered on its own. */
  @Column({ type: 'int', nullable: true })
  targetId: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
