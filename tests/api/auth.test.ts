import { getIntrospectionQuery } from 'graphql';
import { startServer } from '@ntm/server';
import { createTestDatabase } from '../support/test-database';
import { ADMIN_PASSWORD, type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken accessTokenExpiresAt refreshToken user { username } } }`;
const REFRESH = `mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken } }`;

async function as(token: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] };
}

describe('signing in', () => {
  it('gives a short-lived access token and a refresh token, and `me`', async () => {
    const asked = Date.now();
    const r = await t.anonymous.gql(LOGIN, { u: 'admin', p: ADMIN_PASSWORD });
    const answered = Date.now();
    const s = r.data!.login;
    expect(s.user).toEqual({ username: 'admin' });
    // 900 s (accessTokenSeconds) from when the server signed it, in whole seconds: some moment
    // between the test's own readings before and after, however long the request took.
    const expiresAt = Date.parse(s.accessTokenExpiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(Math.floor(asked / 1000) * 1000 + 900_000);
    expect(expiresAt).toBeLessThanOrEqual(answered + 900_000);
    const me = await as(s.accessToken, `{ me { username displayName active assignments { role unit { code } } } }`);
    expect(me.data!.me).toMatchObject({
      username: 'admin',
      active: true,
      assignments: [{ role: 'ADMIN', unit: null }],
    });
  });

  it('refuses a wrong password without saying whether the user exists, and audits both', async () => {
    const wrong = await t.anonymous.gql(LOGIN, { u: 'admin', p: 'not-the-password' });
    const nobody = await t.anonymous.gql(LOGIN, { u: 'khong.co.ai', p: 'not-the-password' });
    expect(wrong.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(nobody.errors![0]).toMatchObject({
      message: wrong.errors![0].message,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const audit = await t.sql(
      "SELECT action, actor FROM audit_entry WHERE entity = 'Session' AND requestId IN (?, ?)",
      [wrong.requestId, nobody.requestId],
    );
    expect(audit.map((a) => `${a.action}:${a.actor}`).sort()).toEqual([
      'SIGN_IN_FAILED:admin',
      'SIGN_IN_FAILED:khong.co.ai',
    ]);
  });

  it('rotates refresh tokens: a spent one is refused', async () => {
    const s = (await t.anonymous.gql(LOGIN, { u: 'admin', p: ADMIN_PASSWORD })).data!.login;
    const next = await t.anonymous.gql(REFRESH, { r: s.refreshToken });
    expect(next.data!.refreshSession.accessToken).toEqual(expect.any(String));
    const again = await t.anonymous.gql(REFRESH, { r: s.refreshToken });
    expect(again.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout: its access token stops working at once', async () => {
    const s = (await t.anonymous.gql(LOGIN, { u: 'admin', p: ADMIN_PASSWORD })).data!.login;
    expect((await as(s.accessToken, `{ me { username } }`)).data!.me.username).toBe('admin');
    const out = await as(s.accessToken, `mutation($r: String!) { logout(refreshToken: $r) }`, { r: s.refreshToken });
    expect(out.data!.logout).toBe(true);
    expect((await as(s.accessToken, `{ me { username } }`)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.anonymous.gql(REFRESH, { r: s.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses forged tokens and anonymous requests with UNAUTHENTICATED', async () => {
    const [h, p] = t.token!.split('.');
    const forged = await as(`${h}.${p}.${'A'.repeat(43)}`, `{ me { username } }`);
    expect(forged.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const anon = await t.anonymous.gql(`{ adminUnits { totalCount } }`);
    expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('signs out a deactivated user at once and refuses them sign-in', async () => {
    const u = await t.userWith([{ role: 'VIEWER', unitCode: '510' }], 'tam.nghi');
    expect((await u.gql(`{ me { username } }`)).data!.me.username).toBe('tam.nghi');
    const v = (await t.gql(`{ users(search: "tam.nghi") { nodes { version } } }`)).data!.users.nodes[0].version;
    const off = await t.gql(
      `mutation($v: Int!) { updateUser(username: "tam.nghi", version: $v, input: { active: false }) { active } }`,
      { v },
    );
    expect(off.data!.updateUser.active).toBe(false);
    expect((await u.gql(`{ me { username } }`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await t.anonymous.gql(LOGIN, { u: 'tam.nghi', p: u.password })).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('wants passwords of at least 10 characters, and valid usernames', async () => {
    const r = await t.gql(
      `mutation { createUser(input: { username: "Ngan", displayName: "Ngắn", password: "short" }) { username } }`,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.username' });
    expect(r.errors![0].extensions!.issues.map((i: { field: string }) => i.field)).toEqual([
      'input.username',
      'input.password',
    ]);
    const [{ n }] = await t.sql("SELECT COUNT(*) AS n FROM app_user WHERE displayName = 'Ngắn'");
    expect(Number(n)).toBe(0);
  });

  it('changes a password, ending the user’s other sessions', async () => {
    const u = await t.userWith([{ role: 'VIEWER', unitCode: '49' }], 'doi.matkhau');
    const other = await t.signIn('doi.matkhau', u.password);
    const r = await u.gql(
      `mutation($a: String!, $b: String!) { changePassword(currentPassword: $a, newPassword: $b) }`,
      {
        a: u.password,
        b: 'mat-khau-moi-rat-dai',
      },
    );
    expect(r.data!.changePassword).toBe(true);
    expect((await u.gql(`{ me { username } }`)).data!.me.username).toBe('doi.matkhau');
    expect((await other.gql(`{ me { username } }`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    await expect(t.signIn('doi.matkhau', 'mat-khau-moi-rat-dai')).resolves.toBeDefined();
  });

  it('names the refused field of a password change: a wrong current one, or a new one too short', async () => {
    const u = await t.userWith([{ role: 'VIEWER', unitCode: '49' }], 'sai.matkhau');
    const short = await u.gql(CHANGE_PASSWORD, { a: u.password, b: 'ngan' });
    expect(short.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      issues: [{ field: 'newPassword', rule: 'outOfRange', params: { min: 10, max: 128, unit: 'characters' } }],
    });
    const wrong = await u.gql(CHANGE_PASSWORD, { a: 'khong-phai-mat-khau', b: 'mat-khau-moi-rat-dai' });
    expect(wrong.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      issues: [{ field: 'currentPassword', rule: 'notAllowed', params: { reason: 'wrong password' } }],
    });
    await expect(t.signIn('sai.matkhau', u.password)).resolves.toBeDefined();
  });

  it('lets a session guess its current password only a few times', async () => {
    const u = await t.userWith([{ role: 'VIEWER', unitCode: '49' }], 'doan.matkhau');
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await u.gql(CHANGE_PASSWORD, { a: `doan-sai-lan-${i}`, b: 'mat-khau-moi-rat-dai' });
      codes.push(String(r.errors![0].extensions!.code));
    }
    expect(codes).toEqual([...Array(5).fill('BAD_USER_INPUT'), 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    // Even the right one waits until the lock ends, and the password stays as it was.
    const right = await u.gql(CHANGE_PASSWORD, { a: u.password, b: 'mat-khau-moi-rat-dai' });
    expect(right.errors![0].extensions).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: expect.any(Number),
    });
    // Guesses here are counted apart from sign-ins: the owner still signs in.
    await expect(t.signIn('doan.matkhau', u.password)).resolves.toBeDefined();
    const [{ n }] = await t.sql(
      "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND entity = 'User' AND entityKey = 'doan.matkhau'",
    );
    expect(Number(n)).toBe(5);
  });
});

const CHANGE_PASSWORD = `mutation($a: String!, $b: String!) { changePassword(currentPassword: $a, newPassword: $b) }`;

describe('protection of the API', () => {
  it('lets only signed-in users read the schema', async () => {
    const anon = await t.anonymous.gql(getIntrospectionQuery());
    expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const signedIn = await t.gql(getIntrospectionQuery());
    expect(signedIn.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses operations that are too deep or too costly', async () => {
    const deep = `{ adminUnit(code: "20704") { ${'parent { '.repeat(14)}code${' }'.repeat(14)} } }`;
    const r = await t.gql(deep);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const costly = `{ adminUnits(first: 1000) { nodes { children { children { code ancestors { code children { code } } } } } } }`;
    const c = await t.gql(costly);
    expect(c.errors![0].message).toMatch(/cost/);
  });

  it('refuses batched operations', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
      body: JSON.stringify([{ query: '{ me { username } }' }, { query: '{ me { username } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('offers no way to change or delete audit entries', async () => {
    const r = await t.gql(getIntrospectionQuery());
    const mutation = r.data!.__schema.types.find((ty: { name: string }) => ty.name === 'Mutation');
    expect(mutation.fields.map((f: { name: string }) => f.name).filter((n: string) => /audit/i.test(n))).toEqual([]);
  });
});

describe('the first start', () => {
  it('makes `admin` with a random password printed once when none is given', async () => {
    const db = await createTestDatabase();
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: db.url,
      clientDist: null,
      exposeSqlStatementCount: false,
      seedOnStart: true,
      logLevel: 'info',
      bcryptCost: 4,
      accessTokenSeconds: 900,
      refreshTokenDays: 30,
      trustProxy: false,
      insertIds: 'auto',
    });
    spy.mockRestore();
    try {
      const line = lines.find((l) => l.includes('created user "admin" with password'));
      const password = /password: (\S+)/.exec(line ?? '')?.[1];
      expect(password && password.length >= 10).toBe(true);
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { u: 'admin', p: password } }),
      });
      expect(((await res.json()) as any).data.login.user.username).toBe('admin');
    } finally {
      await server.close();
      await db.drop();
    }
  });
});
