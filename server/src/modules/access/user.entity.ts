import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

/** A person or tool that signs in. Never deleted: deactivated, so the audit trail keeps its name. */
@ObjectType({ description: 'An account that signs in' })
@Entity('app_user')
@Index('uq_app_user_username', ['username'], { unique: true })
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Field()
  @Column({ type: 'varchar', length: 150 })
  displayName: string;

  /** bcrypt hash; the password itself is never stored or logged. */
  @Column({ type: 'varchar', length: 100 })
  passwordHash: string;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}
