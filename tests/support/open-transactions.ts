import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { TestDatabase } from './test-database';

/**
 * What a test can see, from the database itself, of a write transaction that a server in another
 * process has open: so that the test kills the server in the middle of a change at a moment it
 * has seen, not one it guessed from a clock.
 */

interface SqliteConnection {
  exec(sql: string): void;
  pragma(sql: string): unknown;
  close(): void;
}

// better-sqlite3 is the server's dependency: resolved from there, as tests/bench/same-server.cjs does.
const SERVER_DIR = path.resolve(__dirname, '../../server');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path resolved at run time
const BetterSqlite3 = require(require.resolve('better-sqlite3', { paths: [SERVER_DIR] })) as new (
  file: string,
  options: { fileMustExist: boolean },
) => SqliteConnection;

/**
 * A second connection to a SQLite file that tells whether a write transaction is open on it: the
 * server's transaction takes the write lock as it begins (db/database.ts) and holds it until it
 * ends, and while it is held no other connection can take it. The probe takes it for no longer
 * than a BEGIN and a ROLLBACK.
 */
export function sqliteWriteProbe(database: TestDatabase): { writing(): boolean; close(): void } {
  const connection = new BetterSqlite3(database.url.replace(/^sqlite:/, ''), { fileMustExist: true });
  // Answer at once: waiting for the lock is what the server would do, not the probe.
  connection.pragma('busy_timeout = 0');
  return {
    writing() {
      try {
        connection.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
        throw error;
      }
      connection.exec('ROLLBACK');
      return false;
    },
    close: () => connection.close(),
  };
}

export interface MysqlObserver {
  /**
   * Holds rows with SELECT … FOR UPDATE in a transaction of the test's own, until `release`: a
   * server's transaction that needs them waits there, with everything before them written.
   */
  hold(sql: string, params?: unknown[]): Promise<void>;
  release(): Promise<void>;
  /**
   * How many transactions on this database wait for a row lock. InnoDB refreshes what it shows
   * of its transactions only when the last look is over 0.1 s old: ask less often than that.
   */
  lockWaits(): Promise<number>;
  /** Reads what other transactions have written and not committed (READ UNCOMMITTED). */
  uncommitted<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function mysqlObserver(database: TestDatabase): Promise<MysqlObserver> {
  const holder = await createConnection(database.url);
  const reader = await createConnection(database.url);
  await reader.query('SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED');
  const name = new URL(database.url).pathname.slice(1);
  return {
    async hold(sql, params = []) {
      await holder.beginTransaction();
      await holder.query(sql, params);
    },
    release: () => holder.rollback(),
    async lockWaits() {
      const [rows] = await reader.query(
        `SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
          WHERE t.trx_state = 'LOCK WAIT' AND p.DB = ?`,
        [name],
      );
      return Number((rows as { n: number | string }[])[0].n);
    },
    async uncommitted<T>(sql: string, params: unknown[] = []) {
      const [rows] = await reader.query(sql, params);
      return rows as T[];
    },
    async close() {
      await Promise.all([holder.end(), reader.end()]);
    },
  };
}

/**
 * Reads until `seen` says the awaited moment has come, `everyMs` apart (a passing moment could be
 * missed between two slower reads). Fails at once when `over` says it can no longer come (the
 * request answered, the server exited); the deadline only keeps a broken run from hanging.
 */
export async function waitUntil(
  what: string,
  seen: () => boolean | Promise<boolean>,
  over: () => boolean,
  { everyMs = 1, deadlineMs = 120_000 }: { everyMs?: number; deadlineMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!(await seen())) {
    if (over()) throw new Error(`${what}: never seen before the request ended`);
    if (Date.now() > deadline) throw new Error(`${what}: not seen in ${deadlineMs / 1000} s`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
