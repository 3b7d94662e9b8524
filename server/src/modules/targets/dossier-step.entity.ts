import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DossierStep } from '@ntm/shared';

/** A step a target's recognition dossier took: when, by which decision or letter. */
@Entity('dossier_step')
@Index('uq_dossier_step', ['targetId', 'step'], { unique: true })
export class DossierStepRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetId: number;

  @Column({ type: 'varchar', length: 24 })
  step: DossierStep;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decision: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
