import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

/** A disbursement checkpoint of a plan: capital of some years paid to a share by a date. */
@ObjectType()
@Entity('checkpoint')
@Index('ix_checkpoint_plan', ['planId', 'dueDate'])
export class Checkpoint {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  capitalYearFrom: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  capitalYearTo: number;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  dueDate: string;

  @Field(() => Int, { description: 'The share to reach, in thousandths (500 = 50%)' })
  @Column({ type: 'int' })
  minSharePermille: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
