import type { DataSource, EntityManager } from 'typeorm';
import { databaseKind } from './data-source';
import type { DatabaseKind } from './database-url';
import { Mutex } from './mutex';

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
    return this.dataSource.transaction(work);
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
