import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE';

/**
 * One changed field of one write, recorded in the write's own transaction. Entries are only ever
 * inserted: nothing in the product updates or deletes them.
 */
@Entity('audit_entry')
@Index('ix_audit_entry_entity_key', ['entity', 'entityKey'])
@Index('ix_audit_entry_at', ['at'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  /** UTC instant as ISO 8601 with milliseconds: sorts as text and reads the same on every driver. */
  @Column({ type: 'varchar', length: 24 })
  at: string;

  @Column({ type: 'varchar', length: 64 })
  requestId: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actor: string | null;

  @Column({ type: 'varchar', length: 8 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 64 })
  entity: string;

  @Column({ type: 'varchar', length: 64 })
  entityKey: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  field: string | null;

  @Column({ type: 'text', nullable: true })
  oldValue: string | null;

  @Column({ type: 'text', nullable: true })
  newValue: string | null;
}
