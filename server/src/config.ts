import path from 'node:path';

export type InsertIds = 'auto' | 'consecutive' | 'one-by-one';

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
  /** Password of the `admin` made on a first start; when unset a random one is printed once. */
  adminPassword?: string;
  /** bcrypt cost of password hashes (each step doubles the work). */
  bcryptCost: number;
  /** Key that signs access tokens; when unset one is made once and kept in the database. */
  tokenSecret?: string;
  accessTokenSeconds: number;
  refreshTokenDays: number;
  /** Express "trust proxy": set behind a load balancer so that throttling sees client addresses. */
  trustProxy: string | number | false;
  /**
   * How new rows of a multi-row INSERT learn their ids: `consecutive` (from the first id, as
   * InnoDB gives one statement's rows), `one-by-one` (an INSERT per row: for engines that do not,
   * such as TiDB across its id cache), or `auto` (asked of the database at start; the default).
   */
  insertIds?: InsertIds;
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
    adminPassword: env.NTM_ADMIN_PASSWORD || undefined,
    bcryptCost: parseWhole('NTM_BCRYPT_COST', env.NTM_BCRYPT_COST ?? '11', 4, 15),
    tokenSecret: env.NTM_TOKEN_SECRET || undefined,
    accessTokenSeconds: parseWhole('NTM_ACCESS_TOKEN_SECONDS', env.NTM_ACCESS_TOKEN_SECONDS ?? '900', 10, 86_400),
    refreshTokenDays: parseWhole('NTM_REFRESH_TOKEN_DAYS', env.NTM_REFRESH_TOKEN_DAYS ?? '30', 1, 365),
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    insertIds: insertIdsOf(env.NTM_INSERT_IDS),
  };
}

function parseWhole(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

/**
 * Express's "trust proxy": a number of hops ("1": the balancer in front), or addresses and
 * subnets ("10.0.0.0/8, loopback"); unset or empty trusts none.
 */
function trustProxyOf(value: string | undefined): string | number | false {
  const text = value?.trim();
  if (!text) return false;
  return /^\d+$/.test(text) ? Number(text) : text;
}

function insertIdsOf(value: string | undefined): InsertIds {
  const text = value?.trim() || 'auto';
  if (text === 'auto' || text === 'consecutive' || text === 'one-by-one') return text;
  throw new Error(`NTM_INSERT_IDS must be auto, consecutive or one-by-one, not "${text}"`);
}
