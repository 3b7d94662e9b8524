import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Another spelling of a unit's name, as a document writes it ("Tà Bhing" for Xã Tà Bhinh), so
 * that the names of the plan and of imported sheets find their unit.
 */
@Entity('unit_alias')
@Index('uq_unit_alias', ['foldedAlias', 'unitId'], { unique: true })
export class UnitAlias {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 150 })
  alias: string;

  @Column({ type: 'varchar', length: 150 })
  foldedAlias: string;

  @Column({ type: 'varchar', length: 200 })
  source: string;
}
