import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';

/**
 * Many clients writing the same rows at once: no accepted write is lost, every refused one is a
 * CONFLICT, and no interleaving lets a limit be exceeded. Bounded in clients and rounds.
 */
let t: TestServer;
let clients: ApiClient[];
const CLIENTS = 50;
const ROUNDS = 4;

beforeAll(async () => {
  t = await startTestServer();
  // A handful of accounts shared by the clients: each request signs its own token.
  const users = await Promise.all(
    Array.from({ length: 5 }, (_, i) => t.userWith([{ role: 'EDITOR', unitCode: '49' }], `dongthoi.${i}`)),
  );
  clients = Array.from({ length: CLIENTS }, (_, i) => users[i % users.length]);
}, 120_000);
afterAll(() => t.close());

const SAVE = `mutation($rows: [IndicatorValueInput!]!) { saveIndicatorValues(rows: $rows) { changed } }`;

describe('lost updates', () => {
  it('keeps every accepted increment of 50 clients on 20 rows, and refuses the rest with CONFLICT', async () => {
    const communes = (
      await t.gql(`{ adminUnits(level: COMMUNE, first: 20) { nodes { code } } }`)
    ).data!.adminUnits.nodes.map((n: { code: string }) => n.code);
    await t.gql(SAVE, {
      rows: communes.map((unitCode: string) => ({ unitCode, key: 'SHADE_TREE_ROADS', year: 2025, value: 0 })),
    });
    const accepted = new Map<string, number>();
    const refusals: string[] = [];
    const read = async (client: ApiClient, code: string) => {
      const r = await client.gql(
        `query($c: String!) { indicatorValues(key: "SHADE_TREE_ROADS", unitCode: $c, year: 2025) { value version } }`,
        { c: code },
      );
      return r.data!.indicatorValues[0] as { value: number; version: number };
    };
    await Promise.all(
      clients.map(async (client, i) => {
        for (let round = 0; round < ROUNDS; round++) {
          const code = communes[(i * 7 + round * 3) % communes.length];
          const { value, version } = await read(client, code);
          const r = await client.gql(SAVE, {
            rows: [{ unitCode: code, key: 'SHADE_TREE_ROADS', year: 2025, value: value + 1, version }],
          });
          if (r.errors) refusals.push(String(r.errors[0].extensions?.code));
          else accepted.set(code, (accepted.get(code) ?? 0) + 1);
        }
      }),
    );
    const stored = await Promise.all(communes.map((code: string) => read(t, code)));
    communes.forEach((code: string, i: number) =>
      expect([code, stored[i].value]).toEqual([code, accepted.get(code) ?? 0]),
    );
    expect(new Set(refusals)).toEqual(refusals.length ? new Set(['CONFLICT']) : new Set());
    expect([...accepted.values()].reduce((a, b) => a + b, 0) + refusals.length).toBe(CLIENTS * ROUNDS);
  });
});

describe('limits under concurrent writes', () => {
  it('never lets concurrent disbursements exceed a project’s allocation', async () => {
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const r = await t.gql(query, variables);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    };
    await ok(`mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }`, {
      rows: [
        { unitCode: '510', source: 'CENTRAL', year: 2024, amount: '1000' },
        { unitCode: '20704', source: 'CENTRAL', year: 2024, amount: '1000' },
      ],
    });
    await ok(
      `mutation { saveProjects(rows: [{ code: "DT-1", name: "Đồng thời", unitCode: "20704", kind: OTHER }]) { changed } }`,
      {},
    );
    await ok(
      `mutation { saveAllocations(rows: [{ projectCode: "DT-1", source: CENTRAL, year: 2024, amount: "1000" }]) { changed } }`,
      {},
    );
    // 50 payments of 30 đồng at once: at most 33 fit in 1,000.
    const results = await Promise.all(
      clients.map((client, i) =>
        client.gql(`mutation($rows: [DisbursementRowInput!]!) { saveDisbursements(rows: $rows) { changed } }`, {
          rows: [
            {
              projectCode: 'DT-1',
              source: 'CENTRAL',
              capitalYear: 2024,
              date: `2024-05-${String((i % 28) + 1).padStart(2, '0')}`,
              amount: '30',
            },
          ],
        }),
      ),
    );
    const okCount = results.filter((r) => !r.errors).length;
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    const [{ total }] = await t.sql(
      "SELECT SUM(amount) AS total FROM disbursement d JOIN project p ON p.id = d.projectId WHERE p.code = 'DT-1'",
    );
    expect(Number(total)).toBe(okCount * 30);
    expect(okCount).toBe(33);
  });

  it('never lets concurrent allocations below a unit exceed what it received', async () => {
    await t.gql(
      `mutation { saveAllocations(rows: [{ unitCode: "511", source: PROVINCIAL, year: 2024, amount: "1000" }]) { changed } }`,
    );
    const communes = (await t.gql(`{ adminUnits(parentCode: "511") { nodes { code } } }`)).data!.adminUnits.nodes.map(
      (n: { code: string }) => n.code,
    );
    const results = await Promise.all(
      communes.map((code: string, i: number) =>
        clients[i].gql(`mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }`, {
          rows: [{ unitCode: code, source: 'PROVINCIAL', year: 2024, amount: '300' }],
        }),
      ),
    );
    const okCount = results.filter((r) => !r.errors).length;
    expect(okCount).toBe(3);
    const [{ total }] = await t.sql(
      "SELECT SUM(amount) AS total FROM allocation WHERE source = 'PROVINCIAL' AND year = 2024 AND unitPath LIKE '49/511/%'",
    );
    expect(Number(total)).toBe(900);
  });
});
