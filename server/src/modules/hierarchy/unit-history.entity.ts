import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AdminLevel, UnitType } from '@ntm/shared';

/**
 * An earlier state of a unit: its name, type and parent over a span of days before a change
 * (RENAME, MOVE) took effect. The current state is the unit's own row, from its `currentFrom`.
 * Paths are not kept: a unit's place on a day is found by walking the parents of that day.
 */
@Entity('admin_unit_history')
@Index('ix_admin_unit_history_unit', ['unitId', 'validTo'])
@Index('ix_admin_unit_history_parent', ['parentId'])
export class UnitHistory {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  /** First day of the span; null: since the records begin. */
  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  /** First day after the span: the day the change took effect. */
  @Column({ type: 'date' })
  validTo: string;

  @Column({ type: 'varchar', length: 150 })
  name: string;

  @Column({ type: 'varchar', length: 150 })
  shortName: string;

  @Column({ type: 'varchar', length: 150 })
  searchName: string;

  @Column({ type: 'varchar', length: 24 })
  type: UnitType;

  @Column({ type: 'varchar', length: 16 })
  level: AdminLevel;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  /** The change that ended the span. */
  @Column({ type: 'int' })
  changeId: number;
}
