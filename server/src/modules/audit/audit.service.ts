import type { EntityManager } from 'typeorm';
import { type RequestContext, actorOf } from '../../common/request-context';
import { chunked } from '../../db/lookups';
import { type AuditAction, AuditEntry } from './audit-entry.entity';

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface AuditRecord {
  action: AuditAction;
  entity: string;
  key: string;
  /** The unit whose data this is; null for what belongs to no unit (accounts, sign-ins). */
  unitPath: string | null;
  changes: FieldChange[];
  /** Who, when the request has no signed-in user yet (a sign-in attempt names its username). */
  actor?: string;
}

/** A value as the audit trail stores it, and as writes compare it: text, or null. */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Compares two snapshots and lists the fields whose values differ. */
export function changedFields<T extends object>(before: T, after: T, fields: readonly (keyof T)[]): FieldChange[] {
  return fields
    .filter((f) => valueText(before[f]) !== valueText(after[f]))
    .map((f) => ({ field: String(f), oldValue: before[f], newValue: after[f] }));
}

/** Every field of a new record, as changes from nothing. */
export function createdFields<T extends object>(record: T, fields: readonly (keyof T)[]): FieldChange[] {
  return fields
    .filter((f) => record[f] !== null && record[f] !== undefined)
    .map((f) => ({ field: String(f), oldValue: null, newValue: record[f] }));
}

/** Rows per INSERT: well under the placeholder limits of SQLite and MySQL. */
const AUDIT_CHUNK = 1000;

/** Writes the audit trail inside the caller's transaction, so a rolled-back write leaves none. */
export class AuditService {
  async record(em: EntityManager, ctx: RequestContext, entry: AuditRecord): Promise<void> {
    await this.recordMany(em, ctx, [entry]);
  }

  /** Many records at once (a batch save, an import), in multi-row inserts. */
  async recordMany(em: EntityManager, ctx: RequestContext, entries: readonly AuditRecord[]): Promise<void> {
    const at = new Date().toISOString();
    const rows = entries.flatMap((entry) =>
      entry.changes.map((c) => ({
        at,
        requestId: ctx.requestId,
        actor: entry.actor ?? actorOf(ctx),
        action: entry.action,
        entity: entry.entity,
        entityKey: entry.key,
        field: c.field,
        unitPath: entry.unitPath,
        oldValue: valueText(c.oldValue),
        newValue: valueText(c.newValue),
      })),
    );
    if (rows.length === 0) return;
    // A plain multi-row INSERT: TypeORM's insert builder names every value as a parameter and
    // looks each name up among the others, which cost more than the database's own work.
    const metadata = em.connection.getMetadata(AuditEntry);
    const columns = AUDIT_FIELDS.map((field) => metadata.findColumnWithPropertyName(field)!.databaseName);
    const q = (name: string) => em.connection.driver.escape(name);
    const head = `INSERT INTO ${q(metadata.tableName)} (${columns.map(q).join(', ')}) VALUES `;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (const chunk of chunked(rows, AUDIT_CHUNK)) {
      await em.query(
        head + chunk.map(() => tuple).join(', '),
        chunk.flatMap((row) => AUDIT_FIELDS.map((field) => row[field])),
      );
    }
  }
}

/** The columns an audit row is written with (the id is the database's). */
const AUDIT_FIELDS = [
  'at',
  'requestId',
  'actor',
  'action',
  'entity',
  'entityKey',
  'field',
  'unitPath',
  'oldValue',
  'newValue',
] as const;
