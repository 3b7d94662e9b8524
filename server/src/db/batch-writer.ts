import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { type BatchRowError, SubmissionStatus, canWriteUnit, isLocked } from '@ntm/shared';
import { AppError, batchRefused, rowError } from '../common/app-error';
import type { RequestContext } from '../common/request-context';
import { requireUser } from '../modules/access/access-rule';
import {
  type AuditRecord,
  type AuditService,
  changedFields,
  createdFields,
  valueText,
} from '../modules/audit/audit.service';
import { UnitSubmission } from '../modules/submissions/unit-submission.entity';
import type { Database } from './database';
import { chunked } from './lookups';
import { databaseKind } from './data-source';

/** Rows per statement: well under the placeholder limits of SQLite and MySQL. */
const CHUNK = 400;
/** Rows per UPDATE … CASE: only changed cells are named, so the statement stays small. */
const UPDATE_CHUNK = 1000;

/** Lets other requests in between the statements of a long batch (SQLite's driver is synchronous). */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A unique key broken: MySQL's ER_DUP_ENTRY (1062), SQLite's UNIQUE constraint. */
function isDuplicateKey(error: unknown): boolean {
  const e = error as { driverError?: { errno?: number; code?: string } };
  return e?.driverError?.errno === 1062 || e?.driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export interface Versioned extends ObjectLiteral {
  id: number;
  version: number;
}

/** What one row of a batch will do, worked out by the entity's own rules. */
export type PlannedRow<E extends Versioned> =
  | {
      index: number;
      /** How refusals and the audit name the record. */
      key: string;
      /** The record as it is; null for a new one. */
      before: E | null;
      /** The record as it will be; null to delete `before`. */
      after: E | null;
      /** The unit whose data it is (scope), and the year it counts for (approval locks). */
      unitPath: string;
      /** Whose write it is, when not the unit's own (the province recognises a commune). */
      scopePath?: string;
      year: number | null;
      /** The version the client read; null for a new record. */
      expectedVersion: number | null;
      /** An import may change a record without naming the version it read. */
      versionOptional?: boolean;
    }
  | { index: number; key: string | null; error: AppError };

export interface BatchSpec<E extends Versioned> {
  entity: EntityTarget<E>;
  /** The audit's name of the entity. */
  name: string;
  table: string;
  /** Columns an update may change. */
  columns: readonly (keyof E & string)[];
  /** Fields the audit records. */
  audited: readonly (keyof E & string)[];
}

export interface BatchOutcome<E> {
  rows: (E | null)[];
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/**
 * Matches each row by id and the version it was read at, as one row-value IN: the database looks
 * the ids up by primary key (an OR of 1,000 `id = ? AND version = ?` pairs cost MariaDB three times
 * as much). SQLite takes row values on the right of IN only from a subquery, hence VALUES there.
 */
function idAndVersionIn<E extends Versioned>(em: EntityManager, chunk: readonly Ready<E>[], params: unknown[]): string {
  const pairs = chunk.map((r) => {
    params.push(r.before!.id, r.before!.version);
    return '(?, ?)';
  });
  const list = databaseKind(em.connection) === 'sqlite' ? `VALUES ${pairs.join(', ')}` : pairs.join(', ');
  return `(\`id\`, \`version\`) IN (${list})`;
}

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => chunked(items, size);

type Ready<E extends Versioned> = Extract<PlannedRow<E>, { after: E | null }>;

/**
 * The common part of every grid's batch save: scope, approval locks and versions checked for
 * every row, all refusals reported together and nothing written when there is one; then
 * multi-row UPDATEs matched on id and version (so a concurrent change is a CONFLICT, never a lost
 * update), multi-row INSERTs, DELETEs, and the audit, all in the caller's transaction.
 */
export class BatchWriter {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /**
   * Refusals of planned rows: the rows' own, then scope, locks and versions. A refused new row
   * is reported with a null key: it has none yet.
   */
  async check<E extends Versioned>(
    em: EntityManager,
    ctx: RequestContext,
    planned: readonly PlannedRow<E>[],
    entity = 'Record',
  ): Promise<BatchRowError[]> {
    const { assignments } = requireUser(ctx);
    const years = [...new Set(planned.flatMap((r) => ('after' in r && r.year !== null ? [r.year] : [])))];
    const approved = years.length
      ? await em.find(UnitSubmission, {
          where: { year: In(years), status: SubmissionStatus.APPROVED },
          select: { unitPath: true, year: true, status: true },
        })
      : [];
    const errors: BatchRowError[] = [];
    for (const r of planned) {
      if ('error' in r) {
        errors.push(rowError(r.index, r.key, r.error));
        continue;
      }
      const scopePath = r.scopePath ?? r.unitPath;
      const key = r.before ? r.key : null;
      if (!canWriteUnit(assignments, scopePath)) {
        errors.push(
          rowError(
            r.index,
            key,
            AppError.forbidden(`You may not change the data of unit ${scopePath.split('/').at(-1)}`),
          ),
        );
      } else if (r.year !== null && isLocked(approved, scopePath, r.year)) {
        errors.push(rowError(r.index, key, AppError.locked(scopePath.split('/').at(-1)!, r.year)));
      } else if (r.before && r.expectedVersion !== null && r.expectedVersion !== r.before.version) {
        errors.push(rowError(r.index, key, AppError.conflict(entity, r.key, r.expectedVersion)));
      } else if (r.before && r.expectedVersion === null && !r.versionOptional) {
        // Someone made the record after the client read that there was none.
        errors.push(rowError(r.index, key, AppError.conflict(entity, r.key, 0)));
      } else if (!r.before && r.expectedVersion !== null) {
        // The client edited a record that is no longer there.
        errors.push(rowError(r.index, key, AppError.conflict(entity, r.key, r.expectedVersion)));
      }
    }
    return errors;
  }

  /** Checks and writes; throws the refusals (writing nothing) when there are any. */
  async write<E extends Versioned>(
    em: EntityManager,
    ctx: RequestContext,
    spec: BatchSpec<E>,
    planned: readonly PlannedRow<E>[],
    extraAudit: AuditRecord[] = [],
    onProgress?: (done: number, total: number) => void,
  ): Promise<BatchOutcome<E>> {
    const errors = await this.check(em, ctx, planned, spec.name);
    if (errors.length > 0) throw batchRefused(errors);
    const rows = planned as Ready<E>[];
    let done = 0;
    const progressed = async (n: number, total: number) => {
      done += n;
      onProgress?.(done, total);
      await breathe();
    };

    const changed = (r: Ready<E>) => r.before && r.after && changedFields(r.before, r.after, spec.columns).length > 0;
    const updates = rows.filter(changed);
    const creates = rows.filter((r) => !r.before && r.after);
    const deletes = rows.filter((r) => r.before && !r.after);
    const total = updates.length + creates.length + deletes.length;
    onProgress?.(0, total);

    for (const chunk of chunks(updates, UPDATE_CHUNK)) {
      await this.updateChunk(em, spec, chunk);
      for (const r of chunk) r.after!.version = r.before!.version + 1;
      await progressed(chunk.length, total);
    }
    // One INSERT per chunk when the database gives its rows consecutive ids, else one per row:
    // each row's id must be its own, not the first id plus its place.
    const insertSize = this.db.consecutiveInsertIds ? CHUNK : 1;
    for (const chunk of chunks(creates)) {
      for (const part of chunked(chunk, insertSize)) {
        const result = await em
          .insert(
            spec.entity,
            part.map((r) => {
              const { id: _id, ...values } = r.after!;
              return { ...values, version: 1 } as never;
            }),
          )
          .catch((error: unknown) => {
            // Another writer made the same record (its unique key) since this batch read there was none.
            if (isDuplicateKey(error))
              throw batchRefused(part.map((r) => rowError(r.index, null, AppError.conflict(spec.name, r.key, 0))));
            throw error;
          });
        result.identifiers.forEach((ident, i) => {
          if (ident?.id !== undefined) part[i].after!.id = Number(ident.id);
        });
      }
      chunk.forEach((r) => (r.after!.version = 1));
      await progressed(chunk.length, total);
    }
    for (const chunk of chunks(deletes)) {
      const params: unknown[] = [];
      const where = idAndVersionIn(em, chunk, params);
      const affected = await this.execute(em, `DELETE FROM \`${spec.table}\` WHERE ${where}`, params);
      if (affected !== chunk.length) throw this.conflictOf(chunk, spec.name);
      await progressed(chunk.length, total);
    }

    await this.audit.recordMany(em, ctx, [
      ...rows.flatMap<AuditRecord>((r) => {
        if (r.before && r.after) {
          const changes = changedFields(r.before, r.after, spec.audited);
          return changes.length
            ? [{ action: 'UPDATE', entity: spec.name, key: r.key, unitPath: r.unitPath, changes }]
            : [];
        }
        if (r.after)
          return [
            {
              action: 'CREATE',
              entity: spec.name,
              key: r.key,
              unitPath: r.unitPath,
              changes: createdFields(r.after, spec.audited),
            },
          ];
        return [
          {
            action: 'DELETE',
            entity: spec.name,
            key: r.key,
            unitPath: r.unitPath,
            changes: changedFields(r.before!, {} as E, spec.audited).filter(
              (c) => c.oldValue !== null && c.oldValue !== undefined,
            ),
          },
        ];
      }),
      ...extraAudit,
    ]);
    return {
      rows: rows.map((r) => r.after ?? null),
      created: creates.length,
      updated: updates.length,
      deleted: deletes.length,
      unchanged: rows.length - creates.length - updates.length - deletes.length,
    };
  }

  private async updateChunk<E extends Versioned>(
    em: EntityManager,
    spec: BatchSpec<E>,
    chunk: readonly Ready<E>[],
  ): Promise<void> {
    const params: unknown[] = [];
    // Only the cells that change: a grid save edits a column or two of each row, and a CASE over
    // every column of every row would make the statement many times larger than the edit.
    const sets = spec.columns.flatMap((column) => {
      const changed = chunk.filter((r) => valueText(r.before![column]) !== valueText(r.after![column]));
      if (changed.length === 0) return [];
      const whens = changed.map((r) => {
        params.push(r.before!.id, r.after![column]);
        return 'WHEN ? THEN ?';
      });
      return [`\`${column}\` = CASE \`id\` ${whens.join(' ')} ELSE \`${column}\` END`];
    });
    const where = idAndVersionIn(em, chunk, params);
    const sql = `UPDATE \`${spec.table}\` SET ${[...sets, '`version` = `version` + 1'].join(', ')} WHERE ${where}`;
    if ((await this.execute(em, sql, params)) !== chunk.length) throw this.conflictOf(chunk, spec.name);
  }

  /** Someone changed one of these rows after it was read: the batch is a CONFLICT. */
  private conflictOf<E extends Versioned>(chunk: readonly Ready<E>[], entity: string): AppError {
    return batchRefused(
      chunk.map((r) => rowError(r.index, r.key, AppError.conflict(entity, r.key, r.before!.version))),
    );
  }

  private async execute(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
    if (!em.queryRunner) throw new Error('a batch writes inside a transaction');
    const result = await em.queryRunner.query(sql, params, true);
    return result.affected ?? 0;
  }

  /** Runs a batch in its own transaction. */
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
