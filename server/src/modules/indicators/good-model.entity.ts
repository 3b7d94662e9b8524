import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ModelField } from '@ntm/shared';

/** A good-practice model (mô hình) of a commune or district, possibly replicated from another. */
@Entity('good_model')
@Index('ix_good_model_path', ['unitPath'])
@Index('ix_good_model_year', ['year'])
export class GoodModel {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'varchar', length: 16 })
  field: ModelField;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int', nullable: true })
  replicatedFromId: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
