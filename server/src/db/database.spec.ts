import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createLogger } from '../common/logger';
import { createDataSource } from './data-source';
import { Database, insertIdsConsecutive } from './database';

describe('insertIdsConsecutive', () => {
  it('trusts InnoDB with an increment of 1, not a stepped increment or TiDB', () => {
    expect(insertIdsConsecutive(1, '10.11.19-MariaDB-0+deb12u1')).toBe(true);
    expect(insertIdsConsecutive(1, '8.0.36')).toBe(true);
    expect(insertIdsConsecutive(3, '10.11.19-MariaDB-log')).toBe(false);
    expect(insertIdsConsecutive(1, '8.0.11-TiDB-v7.5.1')).toBe(false);
  });
});

describe('Database.transaction on SQLite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-db-'));
  const file = path.join(dir, 'ntm.sqlite');
  let db: Database;

  beforeAll(async () => {
    const dataSource = await createDataSource(`sqlite:${file}`, { logger: createLogger('silent') });
    await dataSource.initialize();
    await dataSource.runMigrations();
    db = new Database(dataSource);
  });
  afterAll(async () => {
    await db.dataSource.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("holds the file's write lock from its start, so another process waits instead of racing it", async () => {
    const other = new BetterSqlite3(file);
    other.pragma('busy_timeout = 0');
    const tryToWrite = () => {
      try {
        other.exec('BEGIN IMMEDIATE');
        other.exec('ROLLBACK');
        return 'written';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    try {
      const during = await db.transaction(async (em) => {
        await em.query('SELECT 1');
        return tryToWrite();
      });
      expect(during).toBe('SQLITE_BUSY');
      expect(tryToWrite()).toBe('written');
    } finally {
      other.close();
    }
  });
});
