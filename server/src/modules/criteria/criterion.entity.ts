import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

/** A criterion ("17") or an indicator of one ("17.4") in a criteria set. */
@ObjectType()
@Entity('criterion')
@Index('uq_criterion_set_code', ['setId', 'code'], { unique: true })
export class Criterion {
  @Field(() => Int, { description: 'For renaming it (saveCriteria)' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  setId: number;

  @Field({ description: 'Its number in the decision, e.g. 2 or 17.4' })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Field(() => String, { nullable: true, description: 'For an indicator: its criterion' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  parentCode: string | null;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
