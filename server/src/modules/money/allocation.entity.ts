import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CapitalType, FundingSource } from '@ntm/shared';
import { moneyTransformer } from '../../common/money';

/**
 * Money of a source, year and capital type given to a unit, or by a unit to one of its projects
 * (projectId ≠ 0). What is allocated below a unit never exceeds what it received.
 */
@Entity('allocation')
@Index('uq_allocation', ['unitId', 'projectId', 'year', 'source', 'capitalType'], { unique: true })
@Index('ix_allocation_year_source', ['year', 'source'])
@Index('ix_allocation_path', ['unitPath'])
@Index('ix_allocation_project', ['projectId'])
export class Allocation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  /** The project it goes to; 0 for what the unit itself received. */
  @Column({ type: 'int', default: 0 })
  projectId: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  source: FundingSource;

  /** INVESTMENT or RECURRENT; empty where the plan gives one figure for both. */
  @Column({ type: 'varchar', length: 16, default: '' })
  capitalType: CapitalType | '';

  @Column({ type: 'bigint', transformer: moneyTransformer })
  amount: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
