import { type RunningServer, startServer } from '@ntm/server';
import { type TestDatabase, createTestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  /** SQL statements the server ran for this request. */
  statements: number;
}

export interface TestServer {
  url: string;
  server: RunningServer;
  database: TestDatabase;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** One value from the database, for checking what a request really wrote. */
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Boots the real server over HTTP on a fresh database, seeded as on a first start. */
export async function startTestServer(options: { clientDist?: string | null } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: database.url,
    clientDist: options.clientDist ?? null,
    exposeSqlStatementCount: true,
    seedOnStart: true,
    logLevel: 'silent',
  });
  return {
    url: server.url,
    server,
    database,
    async gql(query, variables) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return {
        status: res.status,
        data: body.data ?? null,
        errors: body.errors,
        statements: Number(res.headers.get('x-sql-statements') ?? NaN),
      };
    },
    sql(query, params) {
      return server.db.dataSource.query(query, params);
    },
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
