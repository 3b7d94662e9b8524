import { type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const PAGE = `query($level: AdminLevel, $parent: String, $first: Int!) {
  adminUnits(level: $level, parentCode: $parent, first: $first) {
    totalCount
    nodes { code name mountainous version parent { code name parent { code } } ancestors { code } childCount }
  }
}`;

describe('SQL statements per request', () => {
  it('are as many for 241 communes with their relations as for 12: no statement per row', async () => {
    const all = await t.gql(PAGE, { level: 'COMMUNE', first: 1000 });
    const one = await t.gql(PAGE, { parent: '510', first: 1000 });
    expect(all.errors).toBeUndefined();
    expect(all.data!.adminUnits.nodes).toHaveLength(241);
    expect(one.data!.adminUnits.nodes).toHaveLength(12);
    expect(Number.isInteger(all.statements)).toBe(true);
    // The parent-code lookup is the only extra statement of the filtered page; one statement
    // of each request reads who is asking.
    expect(all.statements).toBeLessThanOrEqual(one.statements);
    expect(one.statements).toBeLessThanOrEqual(8);
  });

  it('count each request separately', async () => {
    const a = await t.gql(`{ adminUnit(code: "510") { code } }`);
    const b = await t.gql(`{ adminUnit(code: "510") { code } }`);
    // Who is asking, then the unit.
    expect(a.statements).toBe(2);
    expect(b.statements).toBe(2);
  });
});
