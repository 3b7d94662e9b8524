import path from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** `sqlite:<path>` (or a bare path) for the embedded database, `mysql://…` for MySQL/MariaDB. */
  databaseUrl: string;
  /** Folder of the built client, served at `/`; null serves the API alone. */
  clientDist: string | null;
  /** Report the SQL statements a request ran in the `x-sql-statements` header (tests, benchmarks). */
  exposeSqlStatementCount: boolean;
  /** Seed the Quảng Nam hierarchy when the database has no units. */
  seedOnStart: boolean;
  logLevel: 'silent' | 'error' | 'info';
}

const PACKAGE_ROOT = path.resolve(__dirname, '..');
const REPO_ROOT = path.resolve(PACKAGE_ROOT, '..');

export const DEFAULT_SQLITE_PATH = path.join(REPO_ROOT, 'data', 'ntm.sqlite');

/**
 * A relative SQLite path means relative to where the user ran the command: pnpm runs package
 * scripts inside the package folder but says where it was called from in INIT_CWD.
 */
function resolveDatabaseUrl(url: string, env: NodeJS.ProcessEnv): string {
  const m = /^sqlite:(?!\/|:memory:)(.+)$/.exec(url);
  return m ? `sqlite:${path.resolve(env.INIT_CWD ?? process.cwd(), m[1])}` : url;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const clientDist = env.CLIENT_DIST ?? path.resolve(PACKAGE_ROOT, '..', 'client', 'dist');
  return {
    port: parsePort(env.PORT ?? '4000'),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: resolveDatabaseUrl(env.DATABASE_URL ?? `sqlite:${DEFAULT_SQLITE_PATH}`, env),
    clientDist: clientDist === '' ? null : clientDist,
    exposeSqlStatementCount: env.NTM_EXPOSE_SQL_COUNT === '1',
    seedOnStart: env.NTM_SEED_ON_START !== '0',
    logLevel: (['silent', 'error', 'info'] as const).find((l) => l === env.LOG_LEVEL) ?? 'info',
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}
