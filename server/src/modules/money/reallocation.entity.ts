import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CapitalType, FundingSource } from '@ntm/shared';
import { moneyTransformer } from '../../common/money';

export enum ReallocationStatus {
  PROPOSED = 'PROPOSED',
  REPORTED = 'REPORTED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/**
 * Moving capital from a project or unit that cannot spend it to another (section IV.7). When
 * done, the allocations themselves move, in the same transaction.
 */
@Entity('reallocation')
@Index('ix_reallocation_year', ['capitalYear', 'status'])
export class Reallocation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  fromUnitId: number;

  @Column({ type: 'varchar', length: 100 })
  fromUnitPath: string;

  @Column({ type: 'int', default: 0 })
  fromProjectId: number;

  @Column({ type: 'int' })
  toUnitId: number;

  @Column({ type: 'int', default: 0 })
  toProjectId: number;

  @Column({ type: 'varchar', length: 16 })
  source: FundingSource;

  @Column({ type: 'varchar', length: 16, default: '' })
  capitalType: CapitalType | '';

  @Column({ type: 'int' })
  capitalYear: number;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  amount: string;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'varchar', length: 16 })
  status: ReallocationStatus;

  @Column({ type: 'date', nullable: true })
  reportedOn: string | null;

  @Column({ type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
