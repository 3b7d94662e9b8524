import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { AdminLevel, TargetLevel } from '@ntm/shared';
import { MoneyScalar, moneyTransformer } from '../../common/money';

/**
 * A norm of support the plan promises (1.5 billion per commune aiming for ADVANCED, 500 million
 * a year of upkeep per NTM commune, 200 million of counterpart per model village…), as data.
 */
@ObjectType()
@Entity('support_norm')
@Index('uq_support_norm', ['planId', 'key'], { unique: true })
export class SupportNorm {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  key: string;

  /** TARGET: units aiming for the level; RECOGNITION: units holding it. */
  @Field()
  @Column({ type: 'varchar', length: 16 })
  basis: string;

  @Field(() => TargetLevel)
  @Column({ type: 'varchar', length: 16 })
  level: TargetLevel;

  @Field(() => AdminLevel)
  @Column({ type: 'varchar', length: 16 })
  unitLevel: AdminLevel;

  @Field(() => MoneyScalar)
  @Column({ type: 'bigint', transformer: moneyTransformer })
  amount: string;

  @Field({ description: 'The amount is due every year (else once over the plan)' })
  @Column({ type: 'boolean', default: false })
  perYear: boolean;

  /** Comma-separated FundingSources that count. */
  @Column({ type: 'varchar', length: 100 })
  sourceList: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  capitalType: string | null;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
