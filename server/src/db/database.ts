import type { DataSource, EntityManager } from 'typeorm';
import { databaseKind } from './data-source';
import type { DatabaseKind } from './database-url';
import { Mutex } from './mutex';

const MAX_ATTEMPTS = 8;

/** ER_LOCK_DEADLOCK (1213) and ER_LOCK_WAIT_TIMEOUT (1205). */
function isDeadlock(error: unknown): boolean {
  const e = error as { errno?: number; driverError?: { errno?: number } };
  const errno = e?.driverError?.errno ?? e?.errno;
  return errno === 1213 || errno === 1205;
}

/**
 * SQLITE_BUSY and SQLITE_BUSY_SNAPSHOT: another process holds the write lock, or committed after
 * this transaction's first read. Within one process writes take turns; a second process on the
 * same file (two servers, a CLI) can still collide, and the transaction is run again.
 */
function isSqliteBusy(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * A write that changes nothing, as a SQLite transaction's first statement: it takes the file's
 * write lock at once, as BEGIN IMMEDIATE would (TypeORM begins deferred). A second process on the
 * file then waits for the lock (busy_timeout) before reading anything, instead of reading, losing
 * the race to write (SQLITE_BUSY_SNAPSHOT) and running its work again: under load a slow
 * process could lose it every time. `schema_migrations` is there in every migrated database.
 */
const TAKE_SQLITE_WRITE_LOCK = 'UPDATE "schema_migrations" SET "id" = "id" WHERE 0';

/**
 * The product's handle on its database. Writes go through `transaction`: on MySQL each gets its
 * own connection and transaction (READ COMMITTED); the embedded SQLite database has one
 * connection, so write transactions take turns there instead of interleaving on it. Work inside a
 * transaction reads through its `em` only: reading through the pool while holding a connection
 * could starve the pool under load.
 */
export class Database {
  readonly kind: DatabaseKind;
  private readonly writeTurns = new Mutex();
  /**
   * Whether the rows of one multi-row INSERT get consecutive ids, so that each new row's id
   * follows from the first (TypeORM's reading of insertId): set by `learnInsertIds` at start.
   */
  consecutiveInsertIds = true;

  constructor(readonly dataSource: DataSource) {
    this.kind = databaseKind(dataSource);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === 'sqlite') {
      return this.writeTurns.run(() =>
        this.retry(isSqliteBusy, () =>
          this.dataSource.transaction(async (em) => {
            await em.query(TAKE_SQLITE_WRITE_LOCK);
            return work(em);
          }),
        ),
      );
    }
    // READ COMMITTED: a read made after taking a lock sees what the lock's previous holder
    // committed. Under InnoDB's default (REPEATABLE READ) a plain read after waiting for a lock
    // still sees the snapshot of the transaction's first read, and a limit checked against it
    // could be exceeded by two writers in turn.
    return this.retry(isDeadlock, () => this.dataSource.transaction('READ COMMITTED', work));
  }

  /**
   * InnoDB may pick a transaction as the victim of a deadlock and roll it back whole, SQLite may
   * find the file busy: running it again is the documented remedy. Anything else, or the same
   * failure MAX_ATTEMPTS times, goes to the caller.
   */
  private async retry<T>(retryable: (error: unknown) => boolean, run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !retryable(error)) throw error;
        await new Promise((r) => setTimeout(r, Math.random() * 25 * attempt));
      }
    }
  }

  /**
   * InnoDB gives the rows of a multi-row INSERT … VALUES consecutive ids when the increment is 1
   * (in every lock mode); TiDB allocates from a per-server cache and may not; SQLite's rowids are.
   */
  async learnInsertIds(setting: 'auto' | 'consecutive' | 'one-by-one'): Promise<void> {
    if (setting !== 'auto') {
      this.consecutiveInsertIds = setting === 'consecutive';
      return;
    }
    if (this.kind === 'sqlite') return;
    const [row] = (await this.dataSource.query('SELECT @@auto_increment_increment AS inc, VERSION() AS v')) as {
      inc: number | string;
      v: string;
    }[];
    this.consecutiveInsertIds = insertIdsConsecutive(Number(row?.inc), String(row?.v ?? ''));
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}

/** Does a MySQL-compatible server give one INSERT's rows consecutive ids? */
export function insertIdsConsecutive(increment: number, version: string): boolean {
  return increment === 1 && !/tidb/i.test(version);
}
