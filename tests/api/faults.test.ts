import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { BUILT_SERVER, exited, freePort, startBuiltServer, stopProcess } from '../support/built-server';
import { mysqlObserver, sqliteWriteProbe, waitUntil } from '../support/open-transactions';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * The built server in its own process, killed with SIGKILL in the middle of a large import, and
 * of a large merger, and started again on the same database: nothing of either may be there, and
 * each must then go through whole. The middle is a moment the test sees (the import's progress,
 * the merger's open transaction), never a time it guesses. (`pnpm build` first: the test runs
 * server/dist/main.js.)
 */
const PASSWORD = 'faults-admin-password';

let database: TestDatabase;
let child: ChildProcess | null = null;

/** Starts the server on the test's database, after stopping the earlier one (one file, one server). */
async function start(port: number): Promise<string> {
  await stopProcess(child);
  const server = await startBuiltServer({
    PORT: String(port),
    DATABASE_URL: database.url,
    NTM_ADMIN_PASSWORD: PASSWORD,
    NTM_BCRYPT_COST: '4',
  });
  child = server.child;
  return server.url;
}

async function gql(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

async function signIn(url: string): Promise<string> {
  const r = await gql(
    url,
    null,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: 'admin', p: PASSWORD },
  );
  return r.data.login.accessToken;
}

beforeAll(async () => {
  if (!fs.existsSync(BUILT_SERVER)) throw new Error(`${BUILT_SERVER} is missing: run pnpm build first`);
  database = await createTestDatabase();
});
afterAll(async () => {
  await stopProcess(child);
  await database?.drop();
});

/**
 * Sends the merger and kills the server while its transaction is open. On MySQL the test holds
 * the row of district 512: the mergers run in the order of their codes (sortChanges: 504, 506,
 * 508, 511, 513…), and the server waits for the row in the middle of them (moving 511's communes
 * reads the next index entry, 512's; merging 513 into 512 locks it), with the mergers before
 * made and not committed; it cannot go on before it is killed. On SQLite nothing can stop a
 * transaction halfway: the kill follows the moment its write lock is seen taken (a SQLite
 * transaction takes it as it begins, db/database.ts; nothing is committed before it ends).
 */
async function killInTheMiddleOfMerger(apply: () => Promise<unknown>, items: number): Promise<void> {
  let answered = false;
  const over = () => answered || exited(child!);
  const send = () =>
    apply()
      .catch(() => null)
      .finally(() => (answered = true));
  let request: Promise<unknown>;
  if (database.kind === 'mysql') {
    const mysql = await mysqlObserver(database);
    try {
      await mysql.hold("SELECT id FROM admin_unit WHERE code = '512' FOR UPDATE");
      request = send();
      // The wait lasts until the kill: looking every 200 ms misses nothing.
      await waitUntil('the merger waiting for a unit the test holds', async () => (await mysql.lockWaits()) > 0, over, {
        everyMs: 200,
      });
      const [{ n }] = await mysql.uncommitted<{ n: number | string }>(
        'SELECT COUNT(*) AS n FROM hierarchy_change_item',
      );
      expect(Number(n)).toBeGreaterThan(0);
      expect(Number(n)).toBeLessThan(items);
      await stopProcess(child);
    } finally {
      await mysql.release();
      await mysql.close();
    }
  } else {
    const probe = sqliteWriteProbe(database);
    try {
      request = send();
      await waitUntil('the merger writing in its transaction', () => probe.writing(), over);
      await stopProcess(child);
    } finally {
      probe.close();
    }
  }
  expect(await request).toBeNull();
}

// Each test starts the server twice (within startBuiltServer's deadline) and writes thousands of
// rows twice: it takes what the machine takes (10 s on idle cores, 54 s on busy ones), and
// its timeout only stops a run that hangs.
// Each test starts the server twice (within startBuiltServer's deadline) and writes thousands of
// rows twice: it takes what the machine takes (10 s on idle cores, 54 s on busy ones), and
// its timeout only stops a run that hangs.
describe('a server killed in the middle of an import', () => {
  it('leaves nothing of it half-applied, and takes it whole afterwards', async () => {
    const port = await freePort();
    let url = await start(port);
    let token = await signIn(url);
    const communes = (
      await gql(url, token, `{ adminUnits(level: COMMUNE, first: 1000) { nodes { code } } }`)
    ).data.adminUnits.nodes.map((n: { code: string }) => n.code);
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Thôn');
    ws.addRow(['Tên', 'Xã']);
    for (let i = 0; i < 8000; i++) ws.addRow([`Thôn Đứt Gãy ${i + 1}`, communes[i % communes.length]]);
    const file = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const input = { kind: 'ADMIN_UNITS', fileName: 'dut-gay.xlsx', file, progressId: 'dut-gay' };

    // Kill it once rows are being written: its progress has counted some, not all.
    let answered = false;
    const commit = gql(url, token, `mutation($i: ImportInput!) { commitImport(input: $i) { committed } }`, { i: input })
      .catch(() => null)
      .finally(() => (answered = true));
    let seen: { phase: string; done: number; total: number } | null = null;
    await waitUntil(
      'the import saving its rows',
      async () => {
        seen =
          (await gql(url, token, `{ importProgress(id: "dut-gay") { phase done total } }`)).data?.importProgress ??
          null;
        return seen?.phase === 'SAVING' && seen.done > 0;
      },
      () => answered || exited(child!) || seen?.phase === 'DONE' || seen?.phase === 'FAILED',
    );
    const [killed] = await Promise.all([commit, stopProcess(child)]);
    expect(killed).toBeNull();

    // Started again: none of the import is there, nor its record.
    url = await start(port);
    token = await signIn(url);
    const villages = await gql(url, token, `{ adminUnits(level: VILLAGE, first: 1) { totalCount } }`);
    expect(villages.data.adminUnits.totalCount).toBe(0);
    const log = await gql(url, token, `{ auditLog(filter: { entity: "Import" }) { totalCount } }`);
    expect(log.data.auditLog.totalCount).toBe(0);

    // The same import then goes through whole.
    const again = await gql(
      url,
      token,
      `mutation($i: ImportInput!) { commitImport(input: $i) { committed summary { created } } }`,
      { i: input },
    );
    expect(again.data.commitImport).toEqual({ committed: true, summary: { created: 8000 } });
    expect(
      (await gql(url, token, `{ adminUnits(level: VILLAGE, first: 1) { totalCount } }`)).data.adminUnits.totalCount,
    ).toBe(8000);
  }, 300_000);

  it('leaves nothing of a merger half-applied, and applies it whole afterwards', async () => {
    const port = await freePort();
    let url = await start(port);
    let token = await signIn(url);
    // Half the districts merge into the other half: their communes and the import's villages move.
    const pairs = [
      ['519', '509'],
      ['518', '502'],
      ['517', '516'],
      ['515', '514'],
      ['513', '512'],
      ['511', '510'],
      ['508', '507'],
      ['506', '505'],
      ['504', '503'],
    ];
    const input = {
      effectiveOn: '2026-01-01',
      decision: 'Nghị quyết thử nghiệm',
      items: pairs.map(([code, successorCode]) => ({ kind: 'MERGE', code, successorCode })),
    };
    const state = async (u: string, tk: string) => {
      const r = await gql(
        u,
        tk,
        `{ d: adminUnits(level: DISTRICT, first: 1) { totalCount } v: adminUnits(level: VILLAGE, parentCode: "20668", first: 1) { nodes { ancestors { code } } } c: hierarchyChanges { id } }`,
      );
      return {
        districts: r.data.d.totalCount,
        villageUnder: r.data.v.nodes[0].ancestors.map((a: { code: string }) => a.code).join('/'),
        changes: r.data.c.length,
      };
    };
    expect(await state(url, token)).toEqual({ districts: 18, villageUnder: '49/519/20668', changes: 0 });

    // The dry run does the whole change and rolls it back: a change of over a hundred steps.
    const preview = await gql(
      url,
      token,
      `query($i: HierarchyChangeInput!) { previewHierarchyChange(input: $i) { action } }`,
      { i: input },
    );
    expect(preview.data.previewHierarchyChange.length).toBeGreaterThan(100);
    await killInTheMiddleOfMerger(
      () =>
        gql(url, token, `mutation($i: HierarchyChangeInput!) { applyHierarchyChange(input: $i) { changed } }`, {
          i: input,
        }),
      pairs.length,
    );

    // Started again: the hierarchy is as it was, without a trace of the change.
    url = await start(port);
    token = await signIn(url);
    expect(await state(url, token)).toEqual({ districts: 18, villageUnder: '49/519/20668', changes: 0 });
    expect(
      (await gql(url, token, `{ auditLog(filter: { entity: "HierarchyChange" }) { totalCount } }`)).data.auditLog
        .totalCount,
    ).toBe(0);

    // The same change then goes through whole.
    const again = await gql(
      url,
      token,
      `mutation($i: HierarchyChangeInput!) { applyHierarchyChange(input: $i) { changed } }`,
      { i: input },
    );
    expect(again.data.applyHierarchyChange).toEqual({ changed: pairs.length });
    expect(await state(url, token)).toEqual({ districts: 9, villageUnder: '49/509/20668', changes: 1 });
  }, 300_000);
});
