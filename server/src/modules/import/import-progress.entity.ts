import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Where an import is: reading the file, checking rows, writing them, or finished. */
export enum ImportPhase {
  READING = 'READING',
  CHECKING = 'CHECKING',
  SAVING = 'SAVING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export interface ImportProgressState {
  id: string;
  phase: ImportPhase;
  done: number;
  total: number;
}

/** An import's progress, by the id its client chose: a display, not a record. */
@Entity('import_progress')
@Index('ix_import_progress_touched', ['touchedAt'])
export class ImportProgressRecord {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  owner: string;

  @Column({ type: 'varchar', length: 16 })
  phase: ImportPhase;

  @Column({ type: 'int' })
  done: number;

  @Column({ type: 'int' })
  total: number;

  /** Milliseconds since the epoch of the last report. */
  @Column({ type: 'bigint' })
  touchedAt: string;
}
