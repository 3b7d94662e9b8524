import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FundingSource } from '@ntm/shared';
import { moneyTransformer } from '../../common/money';

/** Money paid to a project from a source, spending one year's capital. */
@Entity('disbursement')
@Index('ix_disbursement_project', ['projectId', 'date'])
@Index('ix_disbursement_path', ['unitPath', 'capitalYear'])
export class Disbursement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  projectId: number;

  /** The project's unit path, for scope and roll-ups by prefix. */
  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'varchar', length: 16 })
  source: FundingSource;

  @Column({ type: 'int' })
  capitalYear: number;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  amount: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
