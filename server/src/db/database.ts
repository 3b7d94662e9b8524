import type { DataSource, EntityManager } from 'typeorm';
import { databaseKind } from './data-source';
import type { DatabaseKind } from './database-url';
import { Mutex } from './mutex';

const MAX_ATTEMPTS = 5;

/** ER_LOCK_DEADLOCK (1213) and ER_LOCK_WAIT_TIMEOUT (1205). */
function isDeadlock(error: unknown): boolean {
  const e = error as { errno?: number; driverError?: { errno?: number } };
  const errno = e?.driverError?.errno ?? e?.errno;
  return errno === 1213 || errno === 1205;
}

/**
 * The product's handle on its database. Writes go through `transaction`: on MySQL each gets its
 * own connection and transaction; the embedded SQLite database has one connection, so write
 * transactions take turns there instead of interleaving on it.
 */
export class Database {
  readonly kind: DatabaseKind;
  private readonly writeTurns = new Mutex();

  constructor(readonly dataSource: DataSource) {
    this.kind = databaseKind(dataSource);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === 'sqlite') {
      return this.writeTurns.run(() => this.dataSource.transaction(work));
    }
    return this.retryDeadlocks(() => this.dataSource.transaction(work));
  }

  /**
   * InnoDB may pick a transaction as the victim of a deadlock and roll it back whole; running it
   * again is the documented remedy. Anything else, or a third deadlock, goes to the caller.
   */
  private async retryDeadlocks<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isDeadlock(error)) throw error;
        await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
      }
    }
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
