import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import { type AuditAction, AuditEntry } from './audit-entry.entity';

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Compares two snapshots and lists the fields whose values differ. */
export function changedFields<T extends object>(before: T, after: T, fields: readonly (keyof T)[]): FieldChange[] {
  return fields
    .filter((f) => text(before[f]) !== text(after[f]))
    .map((f) => ({ field: String(f), oldValue: before[f], newValue: after[f] }));
}

/** Writes the audit trail inside the caller's transaction, so a rolled-back write leaves none. */
export class AuditService {
  async record(
    em: EntityManager,
    ctx: RequestContext,
    action: AuditAction,
    entity: string,
    entityKey: string,
    changes: FieldChange[],
  ): Promise<void> {
    if (changes.length === 0) return;
    const at = new Date().toISOString();
    await em.insert(
      AuditEntry,
      changes.map((c) => ({
        at,
        requestId: ctx.requestId,
        actor: ctx.actor,
        action,
        entity,
        entityKey,
        field: c.field,
        oldValue: text(c.oldValue),
        newValue: text(c.newValue),
      })),
    );
  }
}
