import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A unit's evaluation of one criterion or indicator in a year: met or not, with evidence. */
@Entity('evaluation')
@Index('uq_evaluation_unit_year_criterion', ['unitId', 'year', 'criterionId'], { unique: true })
@Index('ix_evaluation_year_criterion', ['year', 'criterionId'])
export class Evaluation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  /** Copied from the unit for scope checks and roll-ups by prefix. */
  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  criterionId: number;

  @Column({ type: 'boolean' })
  met: boolean;

  /** The measured value as reported ("85%", "12 km"), if any. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  value: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
