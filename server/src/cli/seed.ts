/**
 * Migrates and seeds the database named by DATABASE_URL; running it again adds nothing.
 * `--demo` also adds demo accounts (password in DEMO_PASSWORD, documented in the README).
 */
import { createLogger } from '../common/logger';
import { loadConfig } from '../config';
import { openDatabase, wireServices } from '../app/create-app';
import { DEMO_PASSWORD, seedDemoUsers } from '../modules/access/demo-users';
import { seedHierarchy } from '../modules/hierarchy/hierarchy.seed';
import { seedPlan } from '../modules/plan/plan.seed';
import { seedPlanMoney } from '../modules/money/money.seed';
import { seedIndicators } from '../modules/indicators/indicators.seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('info');
  const db = await openDatabase({ ...config, seedOnStart: false }, logger);
  try {
    const added = await seedHierarchy(db);
    console.log(`seed: ${added} administrative units added (${db.kind})`);
    const targets = await seedPlan(db);
    console.log(`seed: the plan 2024-2025 with ${targets} named targets added`);
    console.log(`seed: ${await seedPlanMoney(db)} allocations, checkpoints and support norms added`);
    console.log(`seed: ${await seedIndicators(db)} indicators added`);
    const services = wireServices(db, config, logger);
    await services.auth.init();
    await services.auth.ensureAdmin(config.adminPassword);
    if (process.argv.includes('--demo')) {
      const users = await seedDemoUsers(db, services.users);
      console.log(`seed: ${users} demo accounts added, password "${DEMO_PASSWORD}"`);
    }
  } finally {
    await db.dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
