import http from 'node:http';
import { ENTITIES, createDataSource, createLogger } from '@ntm/server';
import { seedDemoUsersForTest, seedHierarchyForTest } from '../support/seed';
import { type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('the database', () => {
  it('is built by the migrations to exactly the entities’ schema', async () => {
    expect(ENTITIES.length).toBeGreaterThan(0);
    const pending = await t.server.db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    expect(await t.server.db.dataSource.showMigrations()).toBe(false);
  });

  it('is seeded once: seeding again adds nothing', async () => {
    expect(await seedHierarchyForTest(t)).toBe(0);
    const [{ n }] = await t.sql('SELECT COUNT(*) AS n FROM admin_unit');
    expect(Number(n)).toBe(260);
  });

  it('gets demo accounts only when asked, once', async () => {
    const [{ n: before }] = await t.sql('SELECT COUNT(*) AS n FROM app_user');
    expect(Number(before)).toBe(1);
    expect(await seedDemoUsersForTest(t)).toBe(5);
    expect(await seedDemoUsersForTest(t)).toBe(0);
    const editor = await t.signIn('bientap.namgiang', 'ntm-demo-2024');
    const r = await editor.gql(`{ adminUnits(level: DISTRICT) { nodes { code } } }`);
    expect(r.data!.adminUnits.nodes).toEqual([{ code: '510' }]);
  });

  it('is refused by a data source whose URL names no file', async () => {
    await expect(createDataSource('sqlite:', { logger: createLogger('silent') })).rejects.toThrow();
  });
});

describe('HTTP surface', () => {
  it('compresses large answers for clients that accept it', async () => {
    const body = JSON.stringify({ query: '{ adminUnits(level: COMMUNE, first: 300) { nodes { code name } } }' });
    const ask = (encoding: string) =>
      new Promise<{ encoding: string | undefined; bytes: number }>((resolve, reject) => {
        const url = new URL(`${t.url}/graphql`);
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'accept-encoding': encoding,
              authorization: `Bearer ${t.token}`,
            },
          },
          (res) => {
            let bytes = 0;
            res.on('data', (chunk: Buffer) => (bytes += chunk.length));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const plain = await ask('identity');
    const gzip = await ask('gzip');
    expect(plain.encoding).toBeUndefined();
    expect(gzip.encoding).toBe('gzip');
    expect(gzip.bytes).toBeLessThan(plain.bytes / 3);
  });

  it('reports health with the database kind', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: t.database.kind });
  });

  it('serves GraphiQL and its assets locally', async () => {
    const page = await fetch(`${t.url}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphiql/assets/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const res = await fetch(`${t.url}/graphiql/assets/${asset}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('answers malformed operations with a typed error and no internals', async () => {
    const r = await t.gql(`{ adminUnits { nope } }`);
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const body = JSON.stringify(r.errors);
    expect(body).not.toMatch(/stacktrace|SELECT|sqlite|at .*\.ts/i);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ adminUnit(code: "49") { code } }')}`);
    expect(res.status).toBe(400);
  });

  it('refuses a body over 12 MB (an import carries its file, up to 8 MB, in base64)', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ adminUnit(code: "${'9'.repeat(13_000_000)}") { code } }` }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });
});
