/** Migrates and seeds the database named by DATABASE_URL; running it again adds nothing. */
import { createLogger } from '../common/logger';
import { loadConfig } from '../config';
import { openDatabase } from '../app/create-app';
import { seedHierarchy } from '../modules/hierarchy/hierarchy.seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase({ ...config, seedOnStart: false }, createLogger('info'));
  const added = await seedHierarchy(db);
  console.log(`seed: ${added} administrative units added (${db.kind})`);
  await db.dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
