import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A unit's figure of an indicator for a year (month 0) or a month of it. */
@Entity('indicator_value')
@Index('uq_indicator_value', ['indicatorId', 'unitId', 'year', 'month'], { unique: true })
@Index('ix_indicator_value_year', ['year', 'indicatorId'])
@Index('ix_indicator_value_path', ['unitPath'])
export class IndicatorValue {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  indicatorId: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'int' })
  year: number;

  /** 1-12 for a monthly figure; 0 for the year's. */
  @Column({ type: 'int', default: 0 })
  month: number;

  @Column({ type: 'double' })
  value: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
