import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A product rated under One Commune One Product (3 to 5 stars). */
@Entity('ocop_product')
@Index('ix_ocop_path', ['unitPath'])
@Index('ix_ocop_year', ['yearRated'])
export class OcopProduct {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 300 })
  producer: string;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'varchar', length: 100 })
  category: string;

  @Column({ type: 'int' })
  stars: number;

  @Column({ type: 'int' })
  yearRated: number;

  /** New in 2021-2025 (else an existing product upgraded or re-rated). */
  @Column({ type: 'boolean', default: true })
  isNew: boolean;

  /** Sản phẩm chủ lực cấp tỉnh. */
  @Column({ type: 'boolean', default: false })
  flagship: boolean;

  @Column({ type: 'int', default: 1 })
  version: number;
}
