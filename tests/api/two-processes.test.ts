import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { BUILT_SERVER, startBuiltServer, stopProcess } from '../support/built-server';
import { eventually } from '../support/eventually';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * Two API processes of the built server (server/dist/main.js) on one database, as behind a load
 * balancer: a session opened on one is good on the other and ends on both; what one writes the
 * other reads at once; a write naming a version read before the other's write is a CONFLICT;
 * concurrent batch saves spread over both lose nothing; failed sign-ins spread over both are
 * throttled as by one process. (`pnpm build` first: the test runs server/dist/main.js.)
 *
 * docs/scaling.md points here. Import progress is followed across both too; on one SQLite file
 * the two take turns on its lock (a transaction finding it busy is run again).
 */
const PASSWORD = 'two-processes-admin-password';
// What a load-balanced deployment gives every process alike.
const TOKEN_SECRET = randomBytes(32).toString('base64');

interface ApiProcess {
  name: 'A' | 'B';
  url: string;
  child: ChildProcess;
  /** What it wrote to stderr (LOG_LEVEL=error: unexpected errors only). */
  log: string;
}

interface Answer {
  data: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

let database: TestDatabase;
let A: ApiProcess;
let B: ApiProcess;
const started: ChildProcess[] = [];

async function startProcess(name: 'A' | 'B', seed: boolean): Promise<ApiProcess> {
  const server = await startBuiltServer(
    {
      DATABASE_URL: database.url,
      NTM_SEED_ON_START: seed ? '1' : '0',
      NTM_ADMIN_PASSWORD: PASSWORD,
      NTM_TOKEN_SECRET: TOKEN_SECRET,
      NTM_BCRYPT_COST: '4',
      NTM_ACCESS_TOKEN_SECONDS: '900',
      NTM_REFRESH_TOKEN_DAYS: '30',
      TRUST_PROXY: '',
      CLIENT_DIST: '',
    },
    { keepLog: true },
  );
  started.push(server.child);
  // The same object, not a copy: its `log` grows as the process writes.
  return Object.assign(server, { name });
}

/** Where both logs stand now. */
const logMark = () => [A.log.length, B.log.length];

/**
 * The unexpected errors both processes logged since a mark, as far as their logs have reached
 * this process: a line may come a little after the answer it went with. The file's last test
 * stops both and reads their whole logs, so that none is missed.
 */
function unexpectedSince(mark: number[]): string[] {
  return [A, B].flatMap((p, i) => p.log.slice(mark[i]).split('[ntm] unexpected error').slice(1));
}

async function gql(
  p: ApiProcess,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const res = await fetch(`${p.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any> | null; errors?: Answer['errors'] };
  return { data: body.data ?? null, errors: body.errors };
}

/** The data of an operation that must succeed. */
async function ok(
  p: ApiProcess,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const r = await gql(p, token, query, variables);
  if (r.errors || !r.data) throw new Error(`${p.name}: ${JSON.stringify(r.errors)}`);
  return r.data;
}

const codeOf = (r: Answer) => (r.errors ? String(r.errors[0].extensions?.code) : 'OK');

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }`;
const REFRESH = `mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken } }`;
const LOGOUT = `mutation($r: String!) { logout(refreshToken: $r) }`;
const ME = `{ me { username } }`;
const UNIT = `query($c: String!) { adminUnit(code: $c) { code name mountainous version } }`;
const SAVE_UNITS = `mutation($rows: [AdminUnitRowInput!]!) { saveAdminUnits(rows: $rows) { changed units { code name version } } }`;
const SAVE_VALUES = `mutation($rows: [IndicatorValueInput!]!) { saveIndicatorValues(rows: $rows) { changed } }`;
const VALUES = `query($c: String!) { indicatorValues(key: "SHADE_TREE_ROADS", unitCode: $c, year: 2025) { value version } }`;

/** Sign-ins answered UNAUTHENTICATED: each counts against the address 127.0.0.1, whichever process took it. */
let failedSignIns = 0;

async function login(p: ApiProcess, username: string, password: string): Promise<Answer> {
  const r = await gql(p, null, LOGIN, { u: username, p: password });
  if (codeOf(r) === 'UNAUTHENTICATED') failedSignIns++;
  return r;
}

async function session(
  p: ApiProcess,
  username: string,
  password: string,
): Promise<{ accessToken: string; refreshToken: string }> {
  const r = await login(p, username, password);
  if (!r.data) throw new Error(`sign-in of ${username} on ${p.name} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login;
}

/**
 * Refusals of concurrent writes: CONFLICT only, with nothing unexpected logged, on both
 * databases (on one SQLite file a transaction that finds the file busy is run again).
 */
function expectRefusals(refusals: string[], mark: number[]): void {
  expect(refusals.filter((c) => c !== 'CONFLICT')).toEqual([]);
  expect(unexpectedSince(mark)).toEqual([]);
}

let adminA: string;
let adminB: string;

beforeAll(async () => {
  if (!fs.existsSync(BUILT_SERVER)) throw new Error(`${BUILT_SERVER} is missing: run pnpm build first`);
  database = await createTestDatabase();
  // At once, as a deployment starts its processes: both find the database empty, both migrate
  // and seed it; they take turns, and the second finds it done.
  [A, B] = await Promise.all([startProcess('A', true), startProcess('B', true)]);
  adminA = (await session(A, 'admin', PASSWORD)).accessToken;
  adminB = (await session(B, 'admin', PASSWORD)).accessToken;
}, 300_000); // two starts in turn, each within startBuiltServer's deadline: this only stops a hang

afterAll(async () => {
  await Promise.all(started.map((child) => stopProcess(child)));
  await database?.drop();
});

describe('two API processes on one database', () => {
  it('started together on an empty database, migrate and seed it once, with nothing logged', async () => {
    expect(A.log + B.log).not.toMatch(/error|could not start/i);
    const counts = await ok(
      B,
      adminB,
      `{ districts: adminUnits(level: DISTRICT, first: 1) { totalCount } communes: adminUnits(level: COMMUNE, first: 1) { totalCount } }`,
    );
    expect(counts.districts.totalCount).toBe(18);
    expect(counts.communes.totalCount).toBe(241);
    const targets = await ok(A, adminA, `{ targets(first: 1) { totalCount } }`);
    const again = await startProcess('A', true);
    try {
      // A third start on the done database adds nothing.
      expect((await ok(again, adminA, `{ targets(first: 1) { totalCount } }`)).targets.totalCount).toBe(
        targets.targets.totalCount,
      );
    } finally {
      await stopProcess(again.child);
    }
  }, 180_000); // a third start, within startBuiltServer's deadline: this only stops a hang

  it('share sessions: signed in on A works on B; a refresh or sign-out on one is seen by the other at once', async () => {
    const first = await session(A, 'admin', PASSWORD);
    expect((await ok(B, first.accessToken, ME)).me.username).toBe('admin');

    // Refreshed on B: the old pair is spent for A too, the new one works on A.
    const second = (await ok(B, null, REFRESH, { r: first.refreshToken })).refreshSession;
    expect(codeOf(await gql(A, first.accessToken, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(A, null, REFRESH, { r: first.refreshToken }))).toBe('UNAUTHENTICATED');
    expect((await ok(A, second.accessToken, ME)).me.username).toBe('admin');

    // Signed out on A: B refuses the access token and the refresh token at once.
    expect((await ok(A, second.accessToken, LOGOUT, { r: second.refreshToken })).logout).toBe(true);
    expect(codeOf(await gql(B, second.accessToken, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(B, null, REFRESH, { r: second.refreshToken }))).toBe('UNAUTHENTICATED');
    // Other sessions of the same user go on, on both.
    expect((await ok(A, adminB, ME)).me.username).toBe('admin');
    expect((await ok(B, adminA, ME)).me.username).toBe('admin');
  });

  it('show an import running on A in the progress polled on B', async () => {
    const csv = ['Tên,Xã', ...Array.from({ length: 30 }, (_, i) => `Thôn Tiến Độ ${i + 1},20716`)].join('\n');
    const input = {
      kind: 'ADMIN_UNITS',
      fileName: 'tien-do.csv',
      file: Buffer.from(csv).toString('base64'),
      progressId: `two-${randomBytes(4).toString('hex')}`,
    };
    const PROGRESS = `query($id: String!) { importProgress(id: $id) { phase done total } }`;
    const done = await ok(A, adminA, `mutation($i: ImportInput!) { commitImport(input: $i) { committed } }`, {
      i: input,
    });
    expect(done.commitImport.committed).toBe(true);
    // A writes its last report after it answers (a progress bar does not hold the import up):
    // B shows it once it is written.
    await eventually(
      async () => (await ok(B, adminB, PROGRESS, { id: input.progressId })).importProgress,
      (seen) => expect(seen).toEqual({ phase: 'DONE', done: 30, total: 30 }),
    );
    // Only its owner reads it, on either process.
    const password = `pw-${randomBytes(8).toString('hex')}`;
    await ok(A, adminA, `mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`, {
      input: {
        username: 'tien.do.khac',
        displayName: 'Người khác',
        password,
        assignments: [{ role: 'EDITOR', unitCode: '49' }],
      },
    });
    const stranger = (await session(B, 'tien.do.khac', password)).accessToken;
    expect((await ok(B, stranger, PROGRESS, { id: input.progressId })).importProgress).toBeNull();
  });

  it('read at once through B what was written through A', async () => {
    const before = (await ok(B, adminB, UNIT, { c: '20704' })).adminUnit;
    const written = await ok(
      A,
      adminA,
      `mutation($c: String!, $v: Int!, $m: Boolean!) { updateAdminUnit(code: $c, version: $v, input: { mountainous: $m }) { version } }`,
      {
        c: '20704',
        v: before.version,
        m: !before.mountainous,
      },
    );
    expect(written.updateAdminUnit.version).toBe(before.version + 1);
    expect((await ok(B, adminB, UNIT, { c: '20704' })).adminUnit).toEqual({
      ...before,
      mountainous: !before.mountainous,
      version: before.version + 1,
    });

    // A new village made through A is listed and readable through B, under its code.
    const made = (await ok(A, adminA, SAVE_UNITS, { rows: [{ communeCode: '20704', name: 'Thôn Hai Tiến Trình' }] }))
      .saveAdminUnits.units[0];
    const listed = (
      await ok(
        B,
        adminB,
        `{ adminUnits(parentCode: "20704", level: VILLAGE, first: 100) { nodes { code name version } } }`,
      )
    ).adminUnits.nodes;
    expect(listed).toContainEqual({ code: made.code, name: 'Thôn Hai Tiến Trình', version: 1 });
  });

  it('refuse with CONFLICT a write through B naming the version read before A’s write, and keep A’s', async () => {
    const read = (await ok(B, adminB, UNIT, { c: '20705' })).adminUnit;
    await ok(A, adminA, SAVE_UNITS, { rows: [{ code: '20705', version: read.version, name: 'Xã Ghi Qua A' }] });
    const late = await gql(B, adminB, SAVE_UNITS, {
      rows: [{ code: '20705', version: read.version, name: 'Xã Ghi Qua B' }],
    });
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0].extensions!.rows).toEqual([
      expect.objectContaining({ index: 0, key: '20705', code: 'CONFLICT' }),
    ]);
    // Nothing of B's write is there, through either process.
    for (const [p, token] of [
      [A, adminA],
      [B, adminB],
    ] as const) {
      expect((await ok(p, token, UNIT, { c: '20705' })).adminUnit).toMatchObject({
        name: 'Xã Ghi Qua A',
        version: read.version + 1,
      });
    }
    // The same edit on the version it now reads goes through.
    const again = await ok(B, adminB, SAVE_UNITS, {
      rows: [{ code: '20705', version: read.version + 1, name: 'Xã Ghi Qua B' }],
    });
    expect(again.saveAdminUnits.units[0]).toMatchObject({ name: 'Xã Ghi Qua B', version: read.version + 2 });
  });

  it('keep every accepted increment of 20 clients spread over A and B; every refusal is a CONFLICT', async () => {
    const CLIENTS = 20;
    const ROUNDS = 4;
    // Five editor accounts, made through A, signed in alternately on A and B.
    const passwords = new Map<string, string>();
    for (let i = 0; i < 5; i++) {
      const username = `hai.tien.${i}`;
      const password = `pw-${randomBytes(8).toString('hex')}`;
      passwords.set(username, password);
      await ok(A, adminA, `mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`, {
        input: { username, displayName: `Biên tập ${i}`, password, assignments: [{ role: 'EDITOR', unitCode: '49' }] },
      });
    }
    const tokens = await Promise.all(
      [...passwords].map(([u, pw], i) => session(i % 2 ? B : A, u, pw).then((s) => s.accessToken)),
    );
    const communes: string[] = (
      await ok(B, adminB, `{ adminUnits(level: COMMUNE, first: 10) { nodes { code } } }`)
    ).adminUnits.nodes.map((n: { code: string }) => n.code);
    await ok(A, adminA, SAVE_VALUES, {
      rows: communes.map((unitCode) => ({ unitCode, key: 'SHADE_TREE_ROADS', year: 2025, value: 0 })),
    });

    const accepted = new Map<string, number>();
    const refusals: string[] = [];
    const mark = logMark();
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const token = tokens[i % tokens.length];
        for (let round = 0; round < ROUNDS; round++) {
          // Read through one process, write through the other, alternating per client and round.
          const [reader, writer] = (i + round) % 2 ? [A, B] : [B, A];
          const code = communes[(i * 7 + round * 3) % communes.length];
          const [{ value, version }] = (await ok(reader, token, VALUES, { c: code })).indicatorValues;
          const r = await gql(writer, token, SAVE_VALUES, {
            rows: [{ unitCode: code, key: 'SHADE_TREE_ROADS', year: 2025, value: value + 1, version }],
          });
          if (r.errors) refusals.push(codeOf(r));
          else accepted.set(code, (accepted.get(code) ?? 0) + 1);
        }
      }),
    );
    const took = Date.now() - t0;
    for (const [i, code] of communes.entries()) {
      const stored = (await ok(i % 2 ? A : B, adminA, VALUES, { c: code })).indicatorValues[0];
      expect([code, stored.value]).toEqual([code, accepted.get(code) ?? 0]);
      // One version step per accepted write after the first save.
      expect([code, stored.version]).toEqual([code, 1 + (accepted.get(code) ?? 0)]);
    }
    expect([...accepted.values()].reduce((a, b) => a + b, 0) + refusals.length).toBe(CLIENTS * ROUNDS);
    // Nothing of a refused write is stored (the values and versions above), and every refusal is
    // a CONFLICT: on one SQLite file shared by two processes a transaction that finds the file
    // busy (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT) is run again (server/src/db/database.ts).
    expectRefusals(refusals, mark);
    const tally = refusals.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});
    console.log(
      `${CLIENTS * ROUNDS} writes over two processes (${database.kind}), ${took} ms: ${CLIENTS * ROUNDS - refusals.length} accepted, refused ${JSON.stringify(tally)}`,
    );
  });

  it('number new villages in turn when both processes add them to one commune at once', async () => {
    const mark = logMark();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gql(i % 2 ? B : A, i % 2 ? adminB : adminA, SAVE_UNITS, {
          rows: [{ communeCode: '20707', name: `Thôn Song Song ${i + 1}` }],
        }),
      ),
    );
    const codes = results.map(codeOf);
    // On MySQL the commune's row lock (SELECT … FOR UPDATE) makes the batches of both processes
    // take turns. On SQLite a batch that read before the other process wrote fails (see above).
    expect(codes).toEqual(Array(12).fill('OK'));
    expectRefusals(
      codes.filter((c) => c !== 'OK'),
      mark,
    );
    // No code is given twice, and exactly the villages answered as made are there.
    const made = results.flatMap((r) => (r.data ? [r.data.saveAdminUnits.units[0].code as string] : []));
    expect(new Set(made).size).toBe(made.length);
    const listed = (
      await ok(B, adminB, `{ adminUnits(parentCode: "20707", level: VILLAGE, first: 100) { nodes { code } } }`)
    ).adminUnits.nodes.map((n: { code: string }) => n.code);
    expect(listed.sort()).toEqual([...made].sort());
  });

  it('throttle failed sign-ins spread over A and B per username as one process would', async () => {
    const password = `pw-${randomBytes(8).toString('hex')}`;
    await ok(A, adminA, `mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`, {
      input: {
        username: 'bi.doan.hai',
        displayName: 'Bị đoán',
        password,
        assignments: [{ role: 'VIEWER', unitCode: '510' }],
      },
    });
    // 40 wrong passwords, 4 at a time on each process. No lock on the name began before this.
    const began = Date.now();
    let lastCheckedAt = 0;
    const codes: Record<string, number> = {};
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, lane) => {
        while (next < 40) {
          next++;
          const c = codeOf(await login(lane % 2 ? B : A, 'bi.doan.hai', 'wrong-password-guess'));
          codes[c] = (codes[c] ?? 0) + 1;
          if (c === 'UNAUTHENTICATED') lastCheckedAt = Date.now();
        }
      }),
    );
    const checked = codes.UNAUTHENTICATED ?? 0;
    // USER_POLICY (server/src/modules/access/login-throttle.ts): 5 failures lock the username;
    // attempts already past the lock check when the fifth failure landed may still be counted.
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(5 + 8);
    expect(codes.TOO_MANY_ATTEMPTS).toBe(40 - checked);
    expect(codes.OK).toBeUndefined();
    // Locked on both, the right password included, for what is left of the quarter of an hour:
    // the lock began after `began` and, at the latest, with the last failure checked (the
    // processes and this test read one clock).
    for (const p of [A, B]) {
      const asked = Date.now();
      const right = await login(p, 'bi.doan.hai', password);
      const answered = Date.now();
      expect(right.errors![0].extensions).toMatchObject({
        code: 'TOO_MANY_ATTEMPTS',
        retryAfterSeconds: expect.any(Number),
      });
      const retryAfterSeconds = right.errors![0].extensions!.retryAfterSeconds;
      expect(retryAfterSeconds).toBeGreaterThanOrEqual((began + 900_000 - answered) / 1000);
      expect(retryAfterSeconds).toBeLessThanOrEqual(Math.ceil((lastCheckedAt + 900_000 - asked) / 1000));
    }
  });

  // Last but one: it locks 127.0.0.1 out of signing in.
  it('throttle failed sign-ins spread over A and B per address as one process would', async () => {
    // ADDRESS_POLICY: 50 failures from one address lock it. Every failure of this file so far counted.
    const before = failedSignIns;
    expect(before).toBeLessThan(50);
    const answers: string[] = [];
    for (let i = 0; answers.at(-1) !== 'TOO_MANY_ATTEMPTS' && i < 60; i++) {
      answers.push(codeOf(await login(i % 2 ? B : A, `khong.co.${i}`, 'wrong-password-guess')));
    }
    expect(answers.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(50 - before);
    expect(answers.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    // The address is locked on both processes, for the administrator too.
    for (const p of [A, B]) expect(codeOf(await login(p, 'admin', PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
  });

  // Last: it stops both.
  it('logged no unexpected error in the whole file', async () => {
    // Stopped, with their output streams closed: every line they wrote is here.
    await Promise.all([stopProcess(A.child), stopProcess(B.child)]);
    expect(unexpectedSince([0, 0])).toEqual([]);
  });
});
