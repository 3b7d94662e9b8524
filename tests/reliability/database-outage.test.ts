import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { BUILT_SERVER, startBuiltServer, stopProcess } from '../support/built-server';
import { eventually } from '../support/eventually';
import { TcpProxy } from '../support/tcp-proxy';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * The database taken away from a running server (every connection dropped, new ones refused, as
 * when MySQL stops) and given back: requests meanwhile get a clear SERVICE_UNAVAILABLE, the
 * health check says so, the server recovers by itself, and nothing committed is lost.
 * Needs a MySQL/MariaDB server: TEST_DATABASE_URL=mysql://… pnpm test:reliability.
 */
const PASSWORD = 'outage-admin-password';

let database: TestDatabase;
let proxy: TcpProxy;
let child: ChildProcess | null = null;
let url: string;
let token: string;

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

beforeAll(async () => {
  if (!/^(mysql|mariadb):\/\//.test(process.env.TEST_DATABASE_URL ?? '')) {
    throw new Error('the outage test takes a MySQL/MariaDB server away: set TEST_DATABASE_URL=mysql://…');
  }
  if (!fs.existsSync(BUILT_SERVER)) throw new Error(`${BUILT_SERVER} is missing: run pnpm build first`);
  database = await createTestDatabase();
  const target = new URL(database.url);
  proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
  await proxy.start();
  const proxied = new URL(database.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  const server = await startBuiltServer({
    DATABASE_URL: proxied.toString(),
    NTM_ADMIN_PASSWORD: PASSWORD,
    NTM_BCRYPT_COST: '4',
  });
  child = server.child;
  url = server.url;
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      variables: { u: 'admin', p: PASSWORD },
    }),
  });
  token = ((await login.json()) as any).data.login.accessToken;
});

afterAll(async () => {
  await stopProcess(child);
  await proxy?.stop();
  await database?.drop();
});

const SAVE = 'mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }';
const COUNT = 'query($year: Int) { allocations(year: $year) { totalCount } }';

describe('the database stopped under a running server', () => {
  it('answers SERVICE_UNAVAILABLE meanwhile, recovers by itself, and loses nothing committed', async () => {
    const saved = await gql(SAVE, {
      rows: [{ unitCode: '49', source: 'PROVINCIAL', year: 2031, amount: '123456789' }],
    });
    expect(saved.data?.saveAllocations.changed).toBe(1);

    await proxy.stop();
    const started = Date.now();
    const answers = await Promise.all([
      ...Array.from({ length: 8 }, () =>
        gql('{ adminUnits(level: COMMUNE, first: 50) { totalCount nodes { code name } } }'),
      ),
      ...Array.from({ length: 4 }, (_, i) =>
        gql(SAVE, { rows: [{ unitCode: '49', source: 'PROVINCIAL', year: 2032 + i, amount: '1' }] }),
      ),
    ]);
    const health = await fetch(`${url}/healthz`);
    const took = Date.now() - started;
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK');
    console.log(`database away: ${answers.length} requests answered in ${took} ms: ${[...new Set(codes)].join(', ')}`);
    expect(codes.every((c) => c === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(answers[0].errors![0].message).toMatch(/database/i);
    expect(health.status).toBe(503);

    await proxy.start();
    await eventually(
      () => gql('{ adminUnits(level: DISTRICT) { totalCount } }'),
      (r) => expect(r.data?.adminUnits.totalCount).toBe(18),
    );
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // What was committed before is there; nothing of the refused writes is.
    expect((await gql(COUNT, { year: 2031 })).data?.allocations.totalCount).toBe(1);
    for (let i = 0; i < 4; i++) expect((await gql(COUNT, { year: 2032 + i })).data?.allocations.totalCount).toBe(0);
    // And it takes writes again.
    expect(
      (await gql(SAVE, { rows: [{ unitCode: '49', source: 'PROVINCIAL', year: 2040, amount: '1' }] })).data
        ?.saveAllocations.changed,
    ).toBe(1);
  });
});
