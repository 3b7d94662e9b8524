import { randomBytes, randomUUID } from 'node:crypto';
import { type RunningServer, startServer } from '@ntm/server';
import { type TestDatabase, createTestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  /** SQL statements the server ran for this request. */
  statements: number;
  requestId: string;
}

/** Sends operations over HTTP as one signed-in user (or as nobody). */
export interface ApiClient {
  username: string | null;
  token: string | null;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export interface TestServer extends ApiClient {
  url: string;
  server: RunningServer;
  database: TestDatabase;
  /** Nobody signed in. */
  anonymous: ApiClient;
  signIn(username: string, password: string): Promise<ApiClient>;
  /** A new account with these roles, signed in. */
  userWith(
    assignments: { role: string; unitCode?: string | null }[],
    name?: string,
  ): Promise<ApiClient & { password: string }>;
  /** Rows from the database, for checking what a request really wrote. */
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export const ADMIN_PASSWORD = 'admin-test-password';

/**
 * Boots the real server over HTTP on a fresh database, seeded as on a first start, and signs in
 * as its administrator. Every successful mutation sent through it must have left audit rows in
 * its own request: the check runs on each one, so the whole suite checks the audit trail.
 */
export async function startTestServer(
  options: {
    clientDist?: string | null;
    env?: Record<string, string>;
    insertIds?: 'auto' | 'consecutive' | 'one-by-one';
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: database.url,
    clientDist: options.clientDist ?? null,
    exposeSqlStatementCount: true,
    seedOnStart: true,
    // TEST_LOG_LEVEL=error shows what the server logs, such as unexpected errors.
    logLevel: process.env.TEST_LOG_LEVEL === 'error' ? 'error' : 'silent',
    adminPassword: ADMIN_PASSWORD,
    bcryptCost: 4,
    accessTokenSeconds: 900,
    refreshTokenDays: 30,
    trustProxy: false,
    insertIds: options.insertIds ?? 'auto',
  });
  const sql = <T = any>(query: string, params?: unknown[]): Promise<T[]> => server.db.dataSource.query(query, params);

  function client(username: string | null, token: string | null): ApiClient {
    return {
      username,
      token,
      async gql(query, variables) {
        const requestId = randomUUID();
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-request-id': requestId,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as { data?: any; errors?: any[] };
        const answer = {
          status: res.status,
          data: body.data ?? null,
          errors: body.errors,
          statements: Number(res.headers.get('x-sql-statements') ?? NaN),
          requestId,
        };
        // A batch that answers it changed nothing (an empty save) has nothing to audit.
        const changedNothing = Object.values(answer.data ?? {}).some(
          (v) => (v as { changed?: unknown } | null)?.changed === 0,
        );
        if (/^\s*mutation\b/.test(query) && !answer.errors && answer.data && !changedNothing) {
          const [{ n }] = await sql('SELECT COUNT(*) AS n FROM audit_entry WHERE requestId = ?', [requestId]);
          if (Number(n) === 0) throw new Error(`mutation left no audit entry: ${query.slice(0, 120)}`);
        }
        return answer;
      },
    };
  }

  async function signIn(username: string, password: string): Promise<ApiClient> {
    const r = await client(null, null).gql<{ login: { accessToken: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: username, p: password },
    );
    if (!r.data) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(r.errors)}`);
    return client(username, r.data.login.accessToken);
  }

  const admin = await signIn('admin', ADMIN_PASSWORD);
  return {
    ...admin,
    url: server.url,
    server,
    database,
    anonymous: client(null, null),
    signIn,
    async userWith(assignments, name) {
      const username = name ?? `user.${randomBytes(4).toString('hex')}`;
      const password = `pw-${randomBytes(8).toString('hex')}`;
      const r = await admin.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`, {
        input: { username, displayName: `Người dùng ${username}`, password, assignments },
      });
      if (!r.data) throw new Error(`could not create ${username}: ${JSON.stringify(r.errors)}`);
      return { ...(await signIn(username, password)), password };
    },
    sql,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

/** The data of an operation that must succeed: its errors, if any, thrown. */
export async function dataOf<T = any>(
  client: ApiClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const r = await client.gql<T>(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}
