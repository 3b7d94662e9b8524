import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

export type AuditAction =
  | 'CREATE'
  | 'UPDATE'
  | 'DELETE'
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGN_OUT'
  | 'SUBMIT'
  | 'APPROVE'
  | 'RETURN'
  | 'REOPEN'
  | 'IMPORT';

/**
 * One changed field of one write, recorded in the write's own transaction. Entries are only ever
 * inserted: nothing in the product updates or deletes them.
 */
@ObjectType({ description: 'One changed field of one write, or one sign-in; never changed or deleted' })
@Entity('audit_entry')
@Index('ix_audit_entry_entity_key', ['entity', 'entityKey'])
@Index('ix_audit_entry_at', ['at'])
@Index('ix_audit_entry_unit_path', ['unitPath'])
export class AuditEntry {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  /** UTC instant as ISO 8601 with milliseconds: sorts as text and reads the same on every driver. */
  @Column({ type: 'varchar', length: 24 })
  @Field()
  at: string;

  @Column({ type: 'varchar', length: 64 })
  @Field()
  requestId: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  actor: string | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => String)
  action: AuditAction;

  @Column({ type: 'varchar', length: 64 })
  @Field()
  entity: string;

  @Column({ type: 'varchar', length: 64 })
  entityKey: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  field: string | null;

  /** The unit the entry concerns, for reading the trail within a scope; null: not a unit's data. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  unitPath: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  oldValue: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  newValue: string | null;

  @Field({ description: 'Key of the changed record (a unit code, a username, …)' })
  get key(): string {
    return this.entityKey;
  }
}
