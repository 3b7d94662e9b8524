import { startServer } from './app/create-app';
import { loadConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  console.log(
    `[ntm] serving on ${server.url} (API ${server.url}/graphql, GraphiQL ${server.url}/graphiql), database: ${server.db.kind}`,
  );
  const stop = async (signal: string) => {
    console.log(`[ntm] ${signal}: closing`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('[ntm] could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
