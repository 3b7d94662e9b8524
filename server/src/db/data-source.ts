import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Logger } from '../common/logger';
import { type DatabaseKind, parseDatabaseUrl } from './database-url';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { StatementLogger } from './query-counter';

export interface DataSourceSettings {
  logger: Logger;
  /** Create tables straight from the entities. Only for the schema comparison and generator. */
  synchronizeForTooling?: boolean;
}

/**
 * MariaDB reports column defaults differently from MySQL; TypeORM must know which one it talks to
 * or it sees schema differences that are not there. Asks the server.
 */
async function isMariaDb(url: string, socketPath?: string): Promise<boolean> {
  const connection = await createConnection({ uri: url, ...(socketPath ? { socketPath } : {}) });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as { v: string }[])[0]?.v));
  } finally {
    await connection.end();
  }
}

export async function createDataSource(url: string, settings: DataSourceSettings): Promise<DataSource> {
  const { kind, location, socketPath } = parseDatabaseUrl(url);
  const common = {
    entities: ENTITIES,
    migrations: kind === 'mysql' ? MYSQL_MIGRATIONS : SQLITE_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: settings.synchronizeForTooling === true,
    logger: new StatementLogger(settings.logger),
    logging: true,
    maxQueryExecutionTime: 2000,
  };
  let options: DataSourceOptions;
  if (kind === 'mysql') {
    options = {
      ...common,
      type: (await isMariaDb(location, socketPath)) ? 'mariadb' : 'mysql',
      url: location,
      ...(socketPath ? { socketPath } : {}),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // DATE columns stay 'YYYY-MM-DD' strings, as on SQLite; BIGINT money comes back as strings.
      dateStrings: ['DATE'],
      supportBigNumbers: true,
      bigNumberStrings: true,
      poolSize: 10,
    };
  } else {
    if (location !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: location,
      enableWAL: location !== ':memory:',
      prepareDatabase: (db: { pragma(p: string): unknown }) => {
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return new DataSource(options);
}

export function databaseKind(dataSource: DataSource): DatabaseKind {
  return dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
}
