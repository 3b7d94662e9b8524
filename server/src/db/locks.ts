import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { databaseKind } from './data-source';

/**
 * Locks the rows a query reads until its transaction ends (SELECT … FOR UPDATE). On SQLite the
 * product's write transactions take turns already (db/database.ts), and it has no row locks.
 */
export function forUpdate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return databaseKind(qb.connection) === 'sqlite' ? qb : qb.setLock('pessimistic_write');
}
