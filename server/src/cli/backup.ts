/**
 * `pnpm db:backup [file]` writes a backup of the database named by DATABASE_URL;
 * `pnpm db:restore file` restores one into it (migrated first; its data replaced).
 */
import path from 'node:path';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config';
import { openDatabase } from '../app/create-app';
import { backupDatabase, restoreDatabase } from '../db/backup';

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2).filter((a) => a !== '--');
  if (command !== 'backup' && command !== 'restore') throw new Error('usage: backup [file] | restore file');
  if (command === 'restore' && !file) throw new Error('usage: restore file');
  const config = loadConfig();
  const db = await openDatabase({ ...config, seedOnStart: false }, createLogger('info'));
  try {
    // Paths are the user's: pnpm runs this in server/, and says in INIT_CWD where it was called.
    const base = process.env.INIT_CWD ?? process.cwd();
    const target = path.resolve(base, file ?? `ntm-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`);
    const counts = command === 'backup' ? await backupDatabase(db, target) : await restoreDatabase(db, target);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`${command}: ${rows} rows in ${Object.keys(counts).length} tables, ${target} (${db.kind})`);
  } finally {
    await db.dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
