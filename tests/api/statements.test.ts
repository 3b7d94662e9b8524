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

  it('are as many for the commune grid of the nation (10,000 communes) as for that of one province', async () => {
    // Another province of 9,800 communes beside Quảng Nam: a national hierarchy's size.
    await t.sql(
      "INSERT INTO admin_unit (code, name, shortName, searchName, type, level, parentId, path, mountainous, version) VALUES ('98', 'Tỉnh Thử Nghiệm', 'Thử Nghiệm', 'tinh thu nghiem', 'PROVINCE', 'PROVINCE', NULL, '98', 0, 1)",
    );
    const [province] = await t.sql("SELECT id FROM admin_unit WHERE code = '98'");
    await t.sql(
      "INSERT INTO admin_unit (code, name, shortName, searchName, type, level, parentId, path, mountainous, version) VALUES ('980', 'Huyện Thử Nghiệm', 'Thử Nghiệm', 'huyen thu nghiem', 'RURAL_DISTRICT', 'DISTRICT', ?, '98/980', 0, 1)",
      [province.id],
    );
    const [district] = await t.sql("SELECT id FROM admin_unit WHERE code = '980'");
    for (let start = 0; start < 9800; start += 700) {
      const rows = Array.from({ length: 700 }, (_, i) => 70000 + start + i);
      await t.sql(
        `INSERT INTO admin_unit (code, name, shortName, searchName, type, level, parentId, path, mountainous, version) VALUES ${rows.map(() => "(?, ?, ?, ?, 'COMMUNE', 'COMMUNE', ?, ?, 0, 1)").join(', ')}`,
        rows.flatMap((code) => [
          String(code),
          `Xã Thử ${code}`,
          `Thử ${code}`,
          `xa thu ${code}`,
          district.id,
          `98/980/${code}`,
        ]),
      );
    }
    const quangNam = await t.userWith([{ role: 'EDITOR', unitCode: '49' }]);
    const one = await quangNam.gql(PAGE, { level: 'COMMUNE', first: 1000 });
    const nation = await t.gql(PAGE, { level: 'COMMUNE', first: 1000 });
    expect(one.data!.adminUnits.totalCount).toBe(241);
    expect(nation.data!.adminUnits.totalCount).toBe(10041);
    expect(nation.data!.adminUnits.nodes).toHaveLength(1000);
    expect(nation.statements).toBe(one.statements);
    expect(nation.statements).toBeLessThanOrEqual(8);
  });
});
