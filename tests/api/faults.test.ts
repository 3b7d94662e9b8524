import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { BUILT_SERVER, freePort, startBuiltServer, stopProcess } from '../support/built-server';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * The built server in its own process, killed with SIGKILL in the middle of a large import, and
 * of a large merger, and started again on the same database: nothing of either may be there, and
 * each must then go through whole. (`pnpm build` first: the test runs server/dist/main.js.)
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

    // Kill it once rows are being written.
    const commit = gql(url, token, `mutation($i: ImportInput!) { commitImport(input: $i) { committed } }`, {
      i: input,
    }).catch(() => null);
    let seen: { phase: string; done: number } | null = null;
    for (let i = 0; i < 2000 && !(seen?.phase === 'SAVING' && seen.done > 0); i++) {
      const p = await gql(url, token, `{ importProgress(id: "dut-gay") { phase done total } }`);
      seen = p.data?.importProgress ?? null;
      if (seen?.phase === 'DONE') break;
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(seen).toMatchObject({ phase: 'SAVING' });
    await Promise.all([commit, stopProcess(child)]);

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
  }, 120_000);

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

    // The dry run does the whole change and rolls it back: its time tells when the change is half done.
    const started = Date.now();
    const preview = await gql(
      url,
      token,
      `query($i: HierarchyChangeInput!) { previewHierarchyChange(input: $i) { action } }`,
      { i: input },
    );
    const took = Date.now() - started;
    expect(preview.data.previewHierarchyChange.length).toBeGreaterThan(100);
    console.log(`merger dry run: ${took} ms`);
    expect(took).toBeGreaterThan(100);
    const apply = gql(
      url,
      token,
      `mutation($i: HierarchyChangeInput!) { applyHierarchyChange(input: $i) { changed } }`,
      { i: input },
    ).catch(() => null);
    await new Promise((r) => setTimeout(r, took / 2));
    const [answered] = await Promise.all([apply, stopProcess(child)]);
    expect(answered).toBeNull();

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
  }, 120_000);
});
