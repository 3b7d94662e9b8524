/**
 * The client's benchmark figures, measured in headless Chromium against a running server that
 * serves the built client:
 *
 * 1. the time from navigation to the first painted data rows of the grid of every commune-level
 *    unit the user sees (the nation's, for the administrator), how many rows that grid holds,
 *    and when the last of them is in;
 * 2. the size of the built JavaScript (every .js file of client/dist, raw and gzipped), and the
 *    gzipped size of the JavaScript that grid's page actually loads on its first navigation.
 *
 * Which grid: the hierarchy page's view of all commune-level units, opened straight from the
 * address (`/?level=commune`): one grid (`all-communes-grid`) of every commune, ward and township
 * within the user's units, with its district and province, read a page at a time and shown as
 * the pages come.
 *
 * Usage, against a running server:
 *   pnpm --filter @ntm/tests exec tsx bench/client.ts --url http://127.0.0.1:4000 --user admin --password …
 * prints the figures as JSON on stdout, and what it saw on the way (requests, chunks) on stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { type BrowserContext, type Page, type Request, chromium } from 'playwright-core';
import { median } from './stats';
import {
  type ClientFigures,
  type GraphqlCall,
  type MeasureClientOptions,
  type RunResult,
  isScript,
  kb,
  operationOf,
  parseArgs,
  round1,
} from './client-parts';

export type { ClientFigures, MeasureClientOptions } from './client-parts';

/** Flags that let Chromium run headless as root on a machine with no outside network (as tests/support/browser.ts). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the client keeps its refresh token (client/src/modules/auth/session.ts). */
const REFRESH_TOKEN_KEY = 'ntm.refresh';
/** The hierarchy page's view of every commune-level unit (client/src/modules/hierarchy). */
const PAGE_PATH = '/?level=commune';
/** Its grid, and the count of its panel (`data-count` set once every page is in). */
const GRID_TEST_ID = 'all-communes-grid';
const COUNT_TEST_ID = `${GRID_TEST_ID}-count`;
const DEFAULT_CLIENT_DIST = path.resolve(__dirname, '..', '..', 'client', 'dist');

// ---------------------------------------------------------------------------------------------
// The API, for signing in and counting the units

async function gql<T>(
  baseUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors)
    throw new Error(`GraphQL request failed (HTTP ${res.status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

// ---------------------------------------------------------------------------------------------
// The built JavaScript

interface JsFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

const gzipSize = (data: Buffer): number => zlib.gzipSync(data, { level: 9 }).length;

function jsFilesUnder(dir: string): JsFile[] {
  const out: JsFile[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.js')) {
        const data = fs.readFileSync(full);
        out.push({
          name: path.relative(dir, full).split(path.sep).join('/'),
          bytes: data.length,
          gzipBytes: gzipSize(data),
        });
      }
    }
  };
  walk(dir);
  return out;
}

// ---------------------------------------------------------------------------------------------
// In the page

interface PaintState {
  /** When the MutationObserver first saw a data row with text in the grid's body. */
  seenAt: number | null;
  /** The animation frame after that (the frame that paints it starts). */
  frameAt: number | null;
  /** The task after that frame: the rows are painted. */
  paintedAt: number | null;
  /** What the panel's count said then ("1.000 / 10.598 đơn vị" while pages are still coming). */
  countText: string | null;
}

/**
 * Runs in every page before its own scripts: watches the DOM for the first data row of the grid
 * (an `.ag-row` of the grid, not its pinned total row, with its cells' text) and notes the
 * page's clock (`performance.now()`, whose origin is the navigation's start) when it is painted.
 */
function watchFirstRows(gridSelector: string, countSelector: string): void {
  if (window !== window.top) return;
  const state: PaintState = { seenAt: null, frameAt: null, paintedAt: null, countText: null };
  (window as unknown as { __ntmBench: PaintState }).__ntmBench = state;
  // Data rows of the grid's body: the total row is pinned, the header rows are not `.ag-row`.
  const rowSelector = `${gridSelector} .ag-row:not(.ag-row-pinned)`;
  const hasRow = (): boolean => {
    for (const row of Array.from(document.querySelectorAll(rowSelector))) {
      if (row.querySelector('.ag-cell') && (row.textContent ?? '').trim() !== '') return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (state.seenAt !== null || !hasRow()) return;
    state.seenAt = performance.now();
    state.countText = document.querySelector(countSelector)?.textContent?.trim() ?? null;
    observer.disconnect();
    requestAnimationFrame(() => {
      state.frameAt = performance.now();
      // A message posted in the frame's callback is handled after that frame is painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.paintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

// ---------------------------------------------------------------------------------------------
// One run

async function measureRun(
  context: BrowserContext,
  url: string,
  options: { warmCache: boolean; collectScripts: boolean; timeoutMs: number },
): Promise<RunResult> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !options.warmCache });
    const cachedUrls = new Set<string>();
    cdp.on(
      'Network.responseReceived',
      (e: {
        response: { url: string; fromDiskCache?: boolean; fromPrefetchCache?: boolean; fromServiceWorker?: boolean };
      }) => {
        if (e.response.fromDiskCache || e.response.fromPrefetchCache) cachedUrls.add(e.response.url);
      },
    );

    let t0 = 0;
    let rowsSeenWall: number | null = null;
    const calls = new Map<Request, GraphqlCall>();
    const scriptBodies: Promise<{ url: string; body: Buffer; beforeRows: boolean } | null>[] = [];
    const scriptUrls = new Set<string>();
    page.on('request', (request) => {
      const op = operationOf(request);
      if (op) calls.set(request, { ...op, startMs: Date.now() - t0, endMs: null, responseBytes: 0 });
    });
    page.on('requestfinished', (request) => {
      const call = calls.get(request);
      if (!call) return;
      call.endMs = Date.now() - t0;
      void request
        .sizes()
        .then((s) => (call.responseBytes = s.responseBodySize))
        .catch(() => undefined);
    });
    if (options.collectScripts) {
      page.on('response', (response) => {
        const u = response.url();
        if (scriptUrls.has(u) || !response.ok()) return;
        if (!isScript(u, response.request().resourceType(), response.headers()['content-type'])) return;
        scriptUrls.add(u);
        const beforeRows = rowsSeenWall === null;
        scriptBodies.push(
          response
            .body()
            .then((body) => ({ url: u, body, beforeRows }))
            .catch(() => null),
        );
      });
    }

    t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
    await page
      .waitForFunction(
        () => (window as unknown as { __ntmBench?: PaintState }).__ntmBench?.paintedAt != null,
        undefined,
        {
          timeout: options.timeoutMs,
          polling: 20,
        },
      )
      .catch(async (error: Error) => {
        const shown = await page.evaluate(() => document.body?.innerText.slice(0, 400) ?? '').catch(() => '');
        throw new Error(`no rows of ${GRID_TEST_ID} painted at ${page.url()}: ${error.message}\npage text: ${shown}`);
      });
    rowsSeenWall = Date.now();
    const state = await page.evaluate(() => ({
      ...(window as unknown as { __ntmBench: PaintState }).__ntmBench,
      timeOrigin: performance.timeOrigin,
    }));

    // How many rows the grid holds once every page is in: the count its panel shows (its
    // `data-count`, set when the load ends), and the grid's own aria-rowcount (rows of the body
    // + the header row + the total row); and when, on the page's clock.
    const counts = await page.waitForFunction(
      ({ grid: gridSelector, count: countSelector }) => {
        const count = document.querySelector(countSelector)?.getAttribute('data-count');
        if (!count) return null;
        const grid = document.querySelector(gridSelector);
        const aria = grid?.querySelector('[aria-rowcount]')?.getAttribute('aria-rowcount');
        return {
          shown: Number(count),
          at: performance.now(),
          aria: aria ? Number(aria) : null,
          rendered: grid?.querySelectorAll('.ag-row:not(.ag-row-pinned)').length ?? 0,
        };
      },
      { grid: `[data-testid="${GRID_TEST_ID}"]`, count: `[data-testid="${COUNT_TEST_ID}"]` },
      { timeout: options.timeoutMs, polling: 'raf' },
    );
    const { shown, at, aria, rendered } = (await counts.jsonValue()) as {
      shown: number;
      at: number;
      aria: number | null;
      rendered: number;
    };

    let scripts: RunResult['scripts'] = [];
    if (options.collectScripts) {
      // Scripts still on their way when the rows appeared (a chunk preloaded late) count too.
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      scripts = (await Promise.all(scriptBodies))
        .filter((s): s is { url: string; body: Buffer; beforeRows: boolean } => s !== null)
        .map((s) => ({ ...s, fromCache: cachedUrls.has(s.url) }));
    }

    return {
      firstRowsMs: state.paintedAt!,
      seenMs: state.seenAt!,
      frameMs: state.frameAt!,
      wallMs: rowsSeenWall - t0,
      navStartLagMs: state.timeOrigin - t0,
      countTextAtFirstRows: state.countText,
      allRowsMs: at,
      shownCount: Number.isFinite(shown) ? shown : null,
      ariaRowCount: aria,
      renderedRows: rendered,
      graphql: [...calls.values()],
      scripts,
      scriptsFromCache: [...cachedUrls].filter((u) => /\.m?js$/.test(new URL(u).pathname)).length,
    };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------

export async function measureClient(options: MeasureClientOptions): Promise<ClientFigures> {
  const log = options.log ?? (() => undefined);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const runs = options.runs ?? 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a whole number of at least 1, not ${runs}`);
  const timeoutMs = options.timeoutMs ?? 180_000;
  const warmCache = options.warmCache ?? false;

  // 2. The built JavaScript, file by file.
  const clientDist = path.resolve(options.clientDist ?? DEFAULT_CLIENT_DIST);
  if (!fs.existsSync(clientDist)) throw new Error(`no built client at ${clientDist}: pnpm --filter @ntm/client build`);
  const files = jsFilesUnder(clientDist);
  if (files.length === 0) throw new Error(`no .js files under ${clientDist}`);
  const jsBytes = files.reduce((s, f) => s + f.bytes, 0);
  const jsGzipBytes = files.reduce((s, f) => s + f.gzipBytes, 0);
  log(`client JS: ${files.length} files under ${clientDist}, ${kb(jsBytes)} raw, ${kb(jsGzipBytes)} gzipped (level 9)`);
  for (const f of [...files].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 6)) {
    log(`  ${f.name}: ${kb(f.bytes)} raw, ${kb(f.gzipBytes)} gzipped`);
  }

  // Sign in once: the refresh token the client keeps, and an access token to choose the grid.
  const { login } = await gql<{ login: { accessToken: string; refreshToken: string } }>(
    baseUrl,
    null,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }',
    { u: options.username, p: options.password },
  );
  const { adminUnits: nation } = await gql<{ adminUnits: { totalCount: number } }>(
    baseUrl,
    login.accessToken,
    '{ adminUnits(level: COMMUNE, first: 1) { totalCount } }',
  );
  const url = `${baseUrl}${PAGE_PATH}`;
  log(`commune-level units the user sees: ${nation.totalCount}; measuring their grid at ${url}`);

  const executablePath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}`);
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  try {
    // The session as the client keeps it (a refresh token in localStorage), stored once for the
    // context: every page of it resumes that session, and the client rotates the token in place.
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 1400, height: 900 },
      storageState: {
        cookies: [],
        origins: [
          { origin: new URL(baseUrl).origin, localStorage: [{ name: REFRESH_TOKEN_KEY, value: login.refreshToken }] },
        ],
      },
    });
    // As source text, with a stand-in for the `__name` helper tsx (esbuild's keepNames) wraps
    // named inner functions in: the page has no such helper.
    await context.addInitScript({
      content: `(() => { const __name = (f) => f; (${watchFirstRows.toString()})(${JSON.stringify(`[data-testid="${GRID_TEST_ID}"]`)}, ${JSON.stringify(`[data-testid="${COUNT_TEST_ID}"]`)}); })();`,
    });

    const firstRowsMs: number[] = [];
    const allRowsMs: number[] = [];
    let rows = 0;
    let initialJsGzipBytes = 0;
    for (let i = 0; i < runs; i++) {
      const r = await measureRun(context, url, { warmCache, collectScripts: i === 0, timeoutMs });
      firstRowsMs.push(round1(r.firstRowsMs));
      allRowsMs.push(round1(r.allRowsMs));
      const units = r.graphql.filter((c) => c.operation === 'HierarchyUnits');
      const beforeRows = units.filter((c) => c.endMs !== null && c.endMs <= r.wallMs);
      log(
        `run ${i + 1}: first rows painted at ${round1(r.firstRowsMs)} ms (in the DOM at ${round1(r.seenMs)}, frame at ` +
          `${round1(r.frameMs)}; seen from Node ${r.wallMs} ms after goto(), page clock started ${round1(r.navStartLagMs)} ms after it), ` +
          `the panel saying "${r.countTextAtFirstRows}"; every row in at ${round1(r.allRowsMs)} ms; ` +
          `rows shown ${r.shownCount}, aria-rowcount ${r.ariaRowCount}, ${r.renderedRows} rows in the DOM; ` +
          `${r.graphql.length} GraphQL requests, ${units.length} HierarchyUnits pages (first=${units.map((c) => c.first).join('/')}, ` +
          `${kb(units.reduce((s, c) => s + c.responseBytes, 0))}; ${beforeRows.length} answered before the first rows, the first at ` +
          `${beforeRows[0]?.endMs ?? '?'} ms from Node); ${r.scriptsFromCache} scripts from the HTTP cache`,
      );
      if (i === 0) {
        log(`  GraphQL requests of run 1 (ms from goto(), Node clock):`);
        for (const c of r.graphql) {
          log(
            `    ${c.operation}${c.first !== null ? ` first=${c.first}` : ''}: ${c.startMs}–${c.endMs ?? '?'} ms, ${kb(c.responseBytes)}`,
          );
        }
        const sized = r.scripts.map((s) => ({ ...s, gzipBytes: gzipSize(s.body) }));
        initialJsGzipBytes = sized.reduce((s, x) => s + x.gzipBytes, 0);
        log(
          `  scripts of the first navigation: ${sized.length}, ${kb(sized.reduce((s, x) => s + x.body.length, 0))} raw, ` +
            `${kb(initialJsGzipBytes)} gzipped (${sized.filter((s) => s.beforeRows).length} of them before the rows)`,
        );
        for (const s of sized.sort((a, b) => b.gzipBytes - a.gzipBytes)) {
          log(
            `    ${new URL(s.url).pathname}: ${kb(s.body.length)} raw, ${kb(s.gzipBytes)} gzipped${s.beforeRows ? '' : ' (after the rows)'}`,
          );
        }
      }
      const count = r.shownCount ?? (r.ariaRowCount !== null ? r.ariaRowCount - 2 : 0);
      if (count !== nation.totalCount)
        log(`  warning: run ${i + 1} shows ${count} rows, the API counts ${nation.totalCount}`);
      rows = count;
    }
    await context.close();
    return {
      firstRowsMs,
      firstRowsMedianMs: round1(median(firstRowsMs)),
      allRowsMs,
      allRowsMedianMs: round1(median(allRowsMs)),
      rows,
      jsFiles: files.length,
      jsBytes,
      jsGzipBytes,
      initialJsGzipBytes,
    };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// CLI

if (require.main === module) {
  (async () => {
    const { quiet, ...options } = parseArgs(process.argv.slice(2));
    const figures = await measureClient({
      ...options,
      log: quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  })().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
