import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TargetKind, TargetLevel } from '@ntm/shared';

/**
 * A unit the plan wants at a level by a year ("Phấn đấu đạt chuẩn xã NTM năm 2024: …"), with
 * the name the plan gave it and the section it comes from. Its recognition dossier hangs off it.
 */
@Entity('target')
@Index('uq_target', ['planId', 'unitId', 'level', 'year', 'kind'], { unique: true })
@Index('ix_target_level_year', ['level', 'year'])
@Index('ix_target_path', ['unitPath'])
export class Target {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'varchar', length: 16 })
  level: TargetLevel;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 16, default: 'NEW' })
  kind: TargetKind;

  @Column({ type: 'varchar', length: 20, nullable: true })
  section: string | null;

  /** The unit's name as the plan writes it, when it differs from the catalogue's. */
  @Column({ type: 'varchar', length: 150, nullable: true })
  planName: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** Residents' satisfaction with the dossier, in tenths of a percent; null until surveyed. */
  @Column({ type: 'int', nullable: true })
  satisfactionPermille: number | null;

  /** When its dossier's steps last changed: a change of the dossier is a change of the target. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  dossierChangedAt: string | null;

  /** The day it counts from: a target a successor carries from a merged unit counts from the merger; null: for the whole plan. */
  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
