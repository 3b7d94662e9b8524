import { type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;

/**
 * Sends `count` sign-ins, `concurrency` at a time, and tallies the answers' codes; `lastCheckedAt`
 * is when the last answer of a password actually checked (UNAUTHENTICATED) came back.
 */
async function attempts(count: number, concurrency: number, username: (i: number) => string, password: string) {
  const codes: Record<string, number> = {};
  let lastCheckedAt = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const r = await t.anonymous.gql(LOGIN, { u: username(i), p: password });
        const code = r.errors ? String(r.errors[0].extensions?.code) : 'OK';
        codes[code] = (codes[code] ?? 0) + 1;
        if (code === 'UNAUTHENTICATED') lastCheckedAt = Date.now();
      }
    }),
  );
  return { codes, lastCheckedAt };
}

/** USER_POLICY.lockSeconds (server/src/modules/access/login-throttle.ts): a quarter of an hour. */
const LOCK_MS = 900_000;

describe('failed sign-ins', () => {
  // 10,000 requests take what the machine takes (95 s in a full run on two idle cores, 111 s
  // alone on two busy ones): the timeout only stops a run that hangs.
  it('are throttled per username: of 10,000 wrong passwords only the first few are even checked', async () => {
    const user = await t.userWith([{ role: 'VIEWER', unitCode: '510' }], 'bi.doan');
    // No lock on the name can have begun before this.
    const began = Date.now();
    const { codes, lastCheckedAt } = await attempts(10_000, 8, () => 'bi.doan', 'wrong-password-guess');
    const checked = codes.UNAUTHENTICATED ?? 0;
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(5 + 8);
    expect(codes.TOO_MANY_ATTEMPTS).toBe(10_000 - checked);
    expect(codes.OK).toBeUndefined();
    // Even the right password waits until the lock ends.
    const asked = Date.now();
    const right = await t.anonymous.gql(LOGIN, { u: 'bi.doan', p: user.password });
    const answered = Date.now();
    expect(right.errors![0].extensions).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: expect.any(Number),
    });
    // The lock began after `began` and, at the latest, with the last failure checked (a failure
    // that passed the check before the lock may lock the name again): what is left of it is
    // bounded by this test's own clock readings, however long the 10,000 attempts took.
    const retryAfterSeconds = right.errors![0].extensions!.retryAfterSeconds;
    expect(retryAfterSeconds).toBeGreaterThanOrEqual((began + LOCK_MS - answered) / 1000);
    expect(retryAfterSeconds).toBeLessThanOrEqual(Math.ceil((lastCheckedAt + LOCK_MS - asked) / 1000));
    // The failures that were checked are in the audit trail; the refused ones cost nothing.
    const [{ n }] = await t.sql(
      "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND actor = 'bi.doan'",
    );
    expect(Number(n)).toBe(checked);
  }, 600_000);

  it('are throttled per address, across usernames', async () => {
    const { codes } = await attempts(200, 4, (i) => `doan.mo.${i}`, 'wrong-password-guess');
    expect(codes.TOO_MANY_ATTEMPTS).toBeGreaterThanOrEqual(100);
    // The address is locked for everyone now, the administrator included.
    const admin = await t.anonymous.gql(LOGIN, { u: 'admin', p: 'admin-test-password' });
    expect(admin.errors![0].extensions!.code).toBe('TOO_MANY_ATTEMPTS');
  }, 60_000);
});
