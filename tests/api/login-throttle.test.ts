import { type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;

/** Sends `count` sign-ins, `concurrency` at a time, and tallies the answers' codes. */
async function attempts(count: number, concurrency: number, username: (i: number) => string, password: string) {
  const codes: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const r = await t.anonymous.gql(LOGIN, { u: username(i), p: password });
        const code = r.errors ? String(r.errors[0].extensions?.code) : 'OK';
        codes[code] = (codes[code] ?? 0) + 1;
      }
    }),
  );
  return codes;
}

describe('failed sign-ins', () => {
  it('are throttled per username: of 10,000 wrong passwords only the first few are even checked', async () => {
    const user = await t.userWith([{ role: 'VIEWER', unitCode: '510' }], 'bi.doan');
    const codes = await attempts(10_000, 8, () => 'bi.doan', 'wrong-password-guess');
    const checked = codes.UNAUTHENTICATED ?? 0;
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(5 + 8);
    expect(codes.TOO_MANY_ATTEMPTS).toBe(10_000 - checked);
    expect(codes.OK).toBeUndefined();
    // Even the right password waits until the lock ends.
    const right = await t.anonymous.gql(LOGIN, { u: 'bi.doan', p: user.password });
    expect(right.errors![0].extensions).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: expect.any(Number),
    });
    expect(right.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(800);
    // The failures that were checked are in the audit trail; the refused ones cost nothing.
    const [{ n }] = await t.sql(
      "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND actor = 'bi.doan'",
    );
    expect(Number(n)).toBe(checked);
  }, 120_000);

  it('are throttled per address, across usernames', async () => {
    const codes = await attempts(200, 4, (i) => `doan.mo.${i}`, 'wrong-password-guess');
    expect(codes.TOO_MANY_ATTEMPTS).toBeGreaterThanOrEqual(100);
    // The address is locked for everyone now, the administrator included.
    const admin = await t.anonymous.gql(LOGIN, { u: 'admin', p: 'admin-test-password' });
    expect(admin.errors![0].extensions!.code).toBe('TOO_MANY_ATTEMPTS');
  }, 60_000);
});
