/** Brings the database named by DATABASE_URL up to the current schema. */
import { createLogger } from '../common/logger';
import { loadConfig } from '../config';
import { openDatabase } from '../app/create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase({ ...config, seedOnStart: false }, createLogger('info'));
  console.log(`database (${db.kind}) is up to date`);
  await db.dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
