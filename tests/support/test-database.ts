import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

export interface TestDatabase {
  url: string;
  kind: 'sqlite' | 'mysql';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a SQLite file in a temporary folder, or, when
 * TEST_DATABASE_URL names a MySQL/MariaDB server, a new database there that is dropped after.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (server && /^(mysql|mariadb):\/\//.test(server)) {
    const base = new URL(server.replace(/^mariadb:/, 'mysql:'));
    const name = `ntm_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    base.pathname = '';
    const admin = await createConnection(base.toString());
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    base.pathname = `/${name}`;
    return {
      url: base.toString(),
      kind: 'mysql',
      async drop() {
        base.pathname = '';
        const c = await createConnection(base.toString());
        await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-test-'));
  return {
    url: `sqlite:${path.join(dir, 'ntm.sqlite')}`,
    kind: 'sqlite',
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
