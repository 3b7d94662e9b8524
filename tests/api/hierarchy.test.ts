import { type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('the seeded hierarchy of Quảng Nam (GSO catalogue 2024-02-01)', () => {
  it('has 1 province, 18 district-level and 241 commune-level units', async () => {
    const r = await t.gql(`{
      p: adminUnits(level: PROVINCE) { totalCount }
      d: adminUnits(level: DISTRICT) { totalCount }
      c: adminUnits(level: COMMUNE) { totalCount }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ p: { totalCount: 1 }, d: { totalCount: 18 }, c: { totalCount: 241 } });
  });

  it('gives Nam Giang (510) its 12 communes, mountainous, with parent and ancestors', async () => {
    const r = await t.gql(`{
      adminUnits(parentCode: "510", first: 100) {
        totalCount
        nodes { code level type typeName mountainous parent { code shortName } ancestors { code } }
      }
    }`);
    const { totalCount, nodes } = r.data!.adminUnits;
    expect(totalCount).toBe(12);
    expect(nodes).toHaveLength(12);
    for (const n of nodes) {
      expect(n.level).toBe('COMMUNE');
      expect(n.mountainous).toBe(true);
      expect(n.parent).toEqual({ code: '510', shortName: 'Nam Giang' });
      expect(n.ancestors.map((a: { code: string }) => a.code)).toEqual(['49', '510']);
    }
    expect(nodes.map((n: { typeName: string }) => n.typeName)).toContain('Thị trấn');
  });

  it('reads one unit by code, with its children, and answers null for an unknown code', async () => {
    const r = await t.gql(`{
      u: adminUnit(code: "507") { code name shortName type typeName level version validTo childCount children { code } }
      none: adminUnit(code: "99999") { code }
    }`);
    expect(r.data!.u).toMatchObject({
      code: '507',
      name: 'Thị xã Điện Bàn',
      shortName: 'Điện Bàn',
      type: 'TOWN',
      typeName: 'Thị xã',
      level: 'DISTRICT',
      version: 1,
      validTo: null,
    });
    expect(r.data!.u.children.length).toBe(r.data!.u.childCount);
    expect(r.data!.u.childCount).toBeGreaterThan(0);
    expect(r.data!.none).toBeNull();
  });

  it('searches without regard to diacritics or case', async () => {
    const r = await t.gql(`{
      a: adminUnits(search: "dai loc") { nodes { code name } }
      b: adminUnits(search: "ĐẠI LỘC") { nodes { code } }
      c: adminUnits(level: COMMUNE, search: "tam thanh") { nodes { name } }
    }`);
    expect(r.data!.a.nodes).toEqual([{ code: '506', name: 'Huyện Đại Lộc' }]);
    expect(r.data!.b.nodes).toEqual([{ code: '506' }]);
    // Folding makes Tam Thanh, Tam Thạnh and Tam Thành alike: search finds every one of them.
    const names = r.data!.c.nodes.map((n: { name: string }) => n.name);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(new Set(names).size).toBe(names.length);
  });

  it('treats LIKE wildcards in a search as plain characters', async () => {
    const r = await t.gql(`{ adminUnits(search: "%") { totalCount } }`);
    expect(r.data!.adminUnits.totalCount).toBe(0);
  });

  it('pages through all communes with cursors, each exactly once, in code order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: any = await t.gql(
        `query($after: String) { adminUnits(level: COMMUNE, first: 50, after: $after) {
          edges { cursor node { code } } pageInfo { hasNextPage endCursor hasPreviousPage } } }`,
        { after },
      );
      const conn = r.data.adminUnits;
      seen.push(...conn.edges.map((e: any) => e.node.code));
      expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1].cursor);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(241);
    expect(new Set(seen).size).toBe(241);
    expect([...seen].sort()).toEqual(seen);
  });

  it('answers the hierarchy as of a date: none of today’s units is dated after 2024-06-30', async () => {
    const r = await t.gql(`{ adminUnits(level: DISTRICT, asOf: "2024-06-30") { totalCount } }`);
    expect(r.data!.adminUnits.totalCount).toBe(18);
  });

  it('refuses bad paging and filter arguments with BAD_USER_INPUT naming the argument', async () => {
    for (const [args, field] of [
      ['first: 0', 'first'],
      ['first: 100000', 'first'],
      ['after: "bogus"', 'after'],
      ['parentCode: "123456"', 'parentCode'],
    ] as const) {
      const r = await t.gql(`{ adminUnits(${args}) { totalCount } }`);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // A null parent is no parent: every unit, not an error.
    const all = await t.gql(`query($p: String) { adminUnits(parentCode: $p, level: DISTRICT) { totalCount } }`, {
      p: null,
    });
    expect(all.data!.adminUnits.totalCount).toBe(18);
    const d = await t.gql(`query($d: Date) { adminUnits(asOf: $d) { totalCount } }`, { d: '2024-02-30' });
    expect(d.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
