/**
 * Writes a migration for each driver from the difference between the entities and the schema
 * the existing migrations build, the way `typeorm migration:generate` does, into src/:
 *   pnpm --filter @ntm/server migration:generate AddTargets
 * MySQL needs a server to compare against: MIGRATION_MYSQL_URL (default root@127.0.0.1:3306);
 * a scratch database is created and dropped there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createLogger } from '../common/logger';
import { createDataSource } from '../db/data-source';
import type { DatabaseKind } from '../db/database-url';

const SRC = path.resolve(__dirname, '..', '..', 'src', 'db', 'migrations');

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    throw new Error('usage: generate-migration <PascalCaseName>');
  }
  const timestamp = Date.now();
  const sqliteFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-mig-')), 'scratch.sqlite');
  await generate('sqlite', `sqlite:${sqliteFile}`, name, timestamp);

  const server = process.env.MIGRATION_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const scratch = `ntm_migration_${timestamp}`;
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE ${scratch} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    await generate('mysql', `${server.replace(/\/$/, '')}/${scratch}`, name, timestamp);
  } finally {
    await admin.query(`DROP DATABASE ${scratch}`);
    await admin.end();
  }
}

async function generate(kind: DatabaseKind, url: string, name: string, timestamp: number): Promise<void> {
  const ds: DataSource = await createDataSource(url, { logger: createLogger('error') });
  await ds.initialize();
  try {
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log(`${kind}: the schema already matches the entities; nothing written`);
      return;
    }
    const className = `${name}${timestamp}`;
    const file = path.join(SRC, kind, `${timestamp}-${name}.ts`);
    const up = sql.upQueries.map((q) => statement(q.query, q.parameters));
    const down = sql.downQueries.reverse().map((q) => statement(q.query, q.parameters));
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${className} implements MigrationInterface {\n` +
        `  name = '${className}';\n\n` +
        `  async up(queryRunner: QueryRunner): Promise<void> {\n${up.join('\n')}\n  }\n\n` +
        `  async down(queryRunner: QueryRunner): Promise<void> {\n${down.join('\n')}\n  }\n}\n`,
    );
    const index = path.join(SRC, kind, 'index.ts');
    let text = fs.readFileSync(index, 'utf8');
    text = `import { ${className} } from './${timestamp}-${name}';\n` + text;
    text = text.replace(/\[([^\]]*)\];/, (_m, list: string) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .concat(className);
      return `[\n  ${items.join(',\n  ')},\n];`;
    });
    fs.writeFileSync(index, text);
    console.log(`${kind}: wrote ${path.relative(process.cwd(), file)}`);
  } finally {
    await ds.destroy();
  }
}

function statement(query: string, parameters?: unknown[]): string {
  const escaped = query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  const params = parameters && parameters.length > 0 ? `, ${JSON.stringify(parameters)}` : '';
  return `    await queryRunner.query(\`${escaped}\`${params});`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
