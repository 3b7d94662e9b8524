import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Database } from './database';
import { ENTITIES } from './entities';

/**
 * A logical backup: every table of the product, row by row, as gzipped JSON lines. It reads the
 * same on SQLite and MySQL, so a backup of one restores into the other. The first line says what
 * it is and which migrations made the schema; a restore refuses a backup of another schema.
 */
export const BACKUP_FORMAT = 'ntm-backup/1';
const PAGE = 1000;

interface Header {
  format: string;
  createdAt: string;
  database: string;
  migrations: string[];
  tables: string[];
}

function tableNames(db: Database): string[] {
  return ENTITIES.map((e) => db.dataSource.getMetadata(e).tableName);
}

/** The columns a table's rows are read in order of: its primary key. */
function orderOf(db: Database, table: string): string {
  const metadata = db.dataSource.entityMetadatas.find((m) => m.tableName === table)!;
  return metadata.primaryColumns.map((c) => `\`${c.databaseName}\``).join(', ');
}

/** The migrations that made the schema, read through `q` (inside a transaction: its own connection). */
async function appliedMigrations(q: { query(sql: string): Promise<unknown> }): Promise<string[]> {
  const rows = (await q.query('SELECT name FROM schema_migrations ORDER BY id')) as { name: string }[];
  return rows.map((r) => r.name);
}

/** Writes a backup of every table to `file`; returns the rows written per table. */
export async function backupDatabase(db: Database, file: string): Promise<Record<string, number>> {
  const tables = tableNames(db);
  const counts: Record<string, number> = {};
  const header: Header = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    database: db.kind,
    migrations: await appliedMigrations(db.dataSource),
    tables,
  };
  // One read transaction on MySQL: the tables are read as of one moment.
  async function* lines(): AsyncGenerator<string> {
    yield `${JSON.stringify(header)}\n`;
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      if (db.kind === 'mysql') await runner.query('START TRANSACTION WITH CONSISTENT SNAPSHOT');
      for (const table of tables) {
        counts[table] = 0;
        for (let offset = 0; ; offset += PAGE) {
          const rows: Record<string, unknown>[] = await runner.query(
            `SELECT * FROM \`${table}\` ORDER BY ${orderOf(db, table)} LIMIT ${PAGE} OFFSET ${offset}`,
          );
          for (const row of rows) yield `${JSON.stringify({ t: table, r: row })}\n`;
          counts[table] += rows.length;
          if (rows.length < PAGE) break;
        }
      }
      if (db.kind === 'mysql') await runner.query('COMMIT');
    } finally {
      await runner.release();
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(file));
  return counts;
}

/**
 * Restores a backup into a database whose schema is the backup's (migrated) and holds no data of
 * the product's own (only what a first start puts there is replaced). All of it or nothing: one
 * transaction. Returns the rows restored per table.
 */
export async function restoreDatabase(db: Database, file: string): Promise<Record<string, number>> {
  let header: Header | null = null;
  const batches = new Map<string, Record<string, unknown>[]>();
  const counts: Record<string, number> = {};
  const tables = tableNames(db);
  return db.transaction(async (em) => {
    const flush = async (table: string) => {
      const rows = batches.get(table);
      if (!rows?.length) return;
      const columns = Object.keys(rows[0]);
      const values = rows.flatMap((r) => columns.map((c) => normalise(r[c])));
      const placeholders = rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
      await em.query(
        `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ${placeholders}`,
        values,
      );
      counts[table] = (counts[table] ?? 0) + rows.length;
      batches.set(table, []);
    };
    // Opened here, not before the transaction began: lines read before the loop listens are lost.
    const input = readline.createInterface({
      input: fs.createReadStream(file).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of input) {
      if (!line.trim()) continue;
      if (!header) {
        header = JSON.parse(line) as Header;
        if (header.format !== BACKUP_FORMAT) throw new Error(`not a backup of this product: ${header.format}`);
        const mine = await appliedMigrations(em);
        if (JSON.stringify(mine) !== JSON.stringify(header.migrations)) {
          throw new Error(
            `the backup's schema (${header.migrations.at(-1)}) is not this database's (${mine.at(-1)}): migrate first`,
          );
        }
        // What a first start seeded is replaced by the backup's own rows.
        for (const table of [...tables].reverse()) await em.query(`DELETE FROM \`${table}\``);
        continue;
      }
      const { t: table, r: row } = JSON.parse(line) as { t: string; r: Record<string, unknown> };
      if (!tables.includes(table)) throw new Error(`unknown table in the backup: ${table}`);
      const rows = batches.get(table) ?? [];
      rows.push(row);
      batches.set(table, rows);
      if (rows.length >= 200) await flush(table);
    }
    if (!header) throw new Error('empty backup');
    for (const table of tables) await flush(table);
    return counts;
  });
}

/** Values as both drivers take them: booleans and dates as written by either. */
function normalise(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
