/**
 * The pure parts of bench/client.ts: the figures and options, what one run records, how a request
 * is read as a GraphQL operation, the rounding of figures and the command line.
 */
import type { Request } from 'playwright-core';

export interface ClientFigures {
  /** Navigation start to the first painted data row of the grid, one figure per run (ms). */
  firstRowsMs: number[];
  firstRowsMedianMs: number;
  /** Navigation start to the last page of rows in (the panel's count final), one per run (ms). */
  allRowsMs: number[];
  allRowsMedianMs: number;
  /** Rows the grid holds once loaded (the count its panel shows). */
  rows: number;
  /** The .js files of the built client. */
  jsFiles: number;
  jsBytes: number;
  /** Their gzipped sizes (zlib level 9), summed file by file. */
  jsGzipBytes: number;
  /** The gzipped size of the scripts the grid's page loads on its first navigation. */
  initialJsGzipBytes: number;
}

export interface MeasureClientOptions {
  /** The server serving the built client, e.g. http://127.0.0.1:4000 */
  baseUrl: string;
  username: string;
  password: string;
  /** Default: $CHROMIUM_PATH, else /usr/bin/chromium. */
  chromiumPath?: string;
  /** Measured page loads (default 5). */
  runs?: number;
  /** The built client whose files are weighed (default: <repo>/client/dist). */
  clientDist?: string;
  /**
   * Keep the browser's HTTP cache from one run to the next (a returning visitor: the server
   * sends the assets with max-age 1h). Default: every run with the cache disabled, as on a
   * first visit, so that the runs are alike.
   */
  warmCache?: boolean;
  /** Longest wait for the rows of one run (default 180 s). */
  timeoutMs?: number;
  /** What the benchmark sees on the way, a line at a time (the CLI writes them to stderr). */
  log?: (line: string) => void;
}

export interface GraphqlCall {
  operation: string;
  first: number | null;
  startMs: number;
  endMs: number | null;
  responseBytes: number;
}

export interface RunResult {
  firstRowsMs: number;
  seenMs: number;
  frameMs: number;
  /** From Node's page.goto() call to the page noticing the painted rows, seen from Node. */
  wallMs: number;
  /** performance.timeOrigin of the page minus the moment of Node's goto() call. */
  navStartLagMs: number;
  /** The panel's count when the first rows were painted. */
  countTextAtFirstRows: string | null;
  /** When every page was in (the panel's count final), on the page's clock. */
  allRowsMs: number;
  shownCount: number | null;
  ariaRowCount: number | null;
  renderedRows: number;
  graphql: GraphqlCall[];
  scripts: { url: string; body: Buffer; beforeRows: boolean; fromCache: boolean }[];
  scriptsFromCache: number;
}

export function operationOf(request: Request): { operation: string; first: number | null } | null {
  if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return null;
  try {
    const body = request.postDataJSON() as { query?: string; operationName?: string; variables?: { first?: unknown } };
    const named =
      body.operationName ?? /\b(?:query|mutation|subscription)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '(anonymous)';
    const first = typeof body.variables?.first === 'number' ? body.variables.first : null;
    return { operation: named, first };
  } catch {
    return { operation: '(unreadable)', first: null };
  }
}

export const isScript = (url: string, resourceType: string, contentType: string | undefined): boolean =>
  resourceType === 'script' || /\.m?js$/.test(new URL(url).pathname) || /javascript/.test(contentType ?? '');

export const round1 = (n: number): number => Math.round(n * 10) / 10;
export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

export const USAGE = `usage: tsx bench/client.ts --url <server url> --user <username> --password <password>
       [--runs 5] [--chromium /usr/bin/chromium] [--client-dist <repo>/client/dist] [--warm-cache] [--quiet]`;

export function parseArgs(argv: string[]): MeasureClientOptions & { quiet: boolean } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (name === 'warm-cache' || name === 'quiet' || name === 'help') flags.add(name);
    else if (eq > 0) values.set(name, arg.slice(eq + 1));
    else if (i + 1 < argv.length) values.set(name, argv[++i]);
    else throw new Error(`--${name} needs a value\n${USAGE}`);
  }
  if (flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const known = new Set(['url', 'user', 'password', 'runs', 'chromium', 'client-dist', 'timeout']);
  for (const name of values.keys()) if (!known.has(name)) throw new Error(`unknown option --${name}\n${USAGE}`);
  const baseUrl = values.get('url');
  const username = values.get('user') ?? 'admin';
  const password = values.get('password') ?? process.env.NTM_ADMIN_PASSWORD;
  if (!baseUrl || !password) throw new Error(USAGE);
  const runs = values.has('runs') ? Number(values.get('runs')) : undefined;
  return {
    baseUrl,
    username,
    password,
    runs,
    chromiumPath: values.get('chromium'),
    clientDist: values.get('client-dist'),
    timeoutMs: values.has('timeout') ? Number(values.get('timeout')) : undefined,
    warmCache: flags.has('warm-cache'),
    quiet: flags.has('quiet'),
  };
}
