import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
let namGiangEditor: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  namGiangEditor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
});
afterAll(() => t.close());

const SAVE = `mutation($rows: [AdminUnitRowInput!]!) {
  saveAdminUnits(rows: $rows) { created updated unchanged changed units { code name mountainous version level parent { code } } }
}`;

async function units(codes: string[]) {
  const rows = await t.sql(
    `SELECT code, name, mountainous, version FROM admin_unit WHERE code IN (${codes.map(() => '?').join(',')}) ORDER BY code`,
    codes,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    mountainous: Boolean(Number(r.mountainous)),
    version: Number(r.version),
  }));
}

async function count(table: string, where = '1 = 1', params: unknown[] = []): Promise<number> {
  const [row] = await t.sql(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params);
  return Number(row.n);
}

async function version(code: string): Promise<number> {
  return (await units([code]))[0].version;
}

/** What a refused batch left: the database as it was, rows listed in the error. */
async function snapshot() {
  return {
    units: await count('admin_unit'),
    audit: await count('audit_entry'),
    versions: await t.sql('SELECT SUM(version) AS v FROM admin_unit'),
  };
}

describe('saveAdminUnits', () => {
  it('saves edits and new villages together, in order, audited, with new versions', async () => {
    const r = await t.gql(SAVE, {
      rows: [
        { code: '20695', version: 1, name: 'Thị trấn Thạnh Mỹ Mới' },
        { communeCode: '20704', name: ' Thôn  Pa Lanh ' },
        { code: '20698', version: 1, mountainous: false },
        { communeCode: '20704', name: 'Tổ dân phố 1', type: 'RESIDENTIAL_GROUP', mountainous: false },
        { code: '20719', version: 1, name: 'Xã Đắc Pring' },
      ],
    });
    expect(r.errors).toBeUndefined();
    const out = r.data!.saveAdminUnits;
    expect(out).toMatchObject({ created: 2, updated: 2, unchanged: 1, changed: 4 });
    expect(out.units.map((u: { code: string }) => u.code)).toEqual([
      '20695',
      '20704-001',
      '20698',
      '20704-002',
      '20719',
    ]);
    expect(out.units[0]).toMatchObject({ name: 'Thị trấn Thạnh Mỹ Mới', version: 2 });
    expect(out.units[1]).toMatchObject({
      name: 'Thôn Pa Lanh',
      level: 'VILLAGE',
      mountainous: true,
      version: 1,
      parent: { code: '20704' },
    });
    expect(out.units[3]).toMatchObject({ name: 'Tổ dân phố 1', mountainous: false });
    // "Xã Đắc Pring" was already its name: unchanged, so its version stays.
    expect(out.units[4]).toMatchObject({ version: 1 });
    expect(await units(['20695', '20698', '20719'])).toEqual([
      { code: '20695', name: 'Thị trấn Thạnh Mỹ Mới', mountainous: true, version: 2 },
      { code: '20698', name: expect.any(String), mountainous: false, version: 2 },
      { code: '20719', name: 'Xã Đắc Pring', mountainous: true, version: 1 },
    ]);
    const audited = await t.sql(
      'SELECT DISTINCT entityKey, action FROM audit_entry WHERE requestId = ? ORDER BY entityKey',
      [r.requestId],
    );
    expect(audited).toEqual([
      { entityKey: '20695', action: 'UPDATE' },
      { entityKey: '20698', action: 'UPDATE' },
      { entityKey: '20704-001', action: 'CREATE' },
      { entityKey: '20704-002', action: 'CREATE' },
    ]);
  });

  it('writes nothing when one row is refused, and names that row and field', async () => {
    const before = await snapshot();
    const r = await t.gql(SAVE, {
      rows: [
        { code: '20695', version: 2, name: 'Thị trấn Thạnh Mỹ' },
        { communeCode: '20704', name: 'Thôn Mới' },
        { code: '20698', version: 2, name: '   ' },
      ],
    });
    expect(r.data).toBeNull();
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [{ index: 2, key: '20698', code: 'BAD_USER_INPUT', issues: [{ field: 'name', rule: 'required' }] }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('answers CONFLICT for a stale row, lists it, and saves none of the others', async () => {
    const before = await snapshot();
    const r = await t.gql(SAVE, {
      rows: [
        { code: '20707', version: 1, name: 'Xã Zuôih Mới' },
        { code: '20695', version: 1, name: 'Thị trấn Cũ' },
      ],
    });
    expect(r.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      rows: [{ index: 1, key: '20695', code: 'CONFLICT' }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('lists every refused row with its own code, under BAD_USER_INPUT when they differ', async () => {
    const r = await t.gql(SAVE, {
      rows: [
        { code: '20695', version: 1, name: 'A' },
        { code: '99999', version: 1, name: 'Xã Không Có' },
        { code: '20707', name: 'Xã Thiếu Phiên Bản' },
        { communeCode: '510', name: 'Thôn ở huyện' },
        { communeCode: '20704', name: 'Thôn X', type: 'COMMUNE' },
        { communeCode: '20704', name: 'Thôn Pa Lanh' },
        { communeCode: '20707', name: 'Thôn Hai Lần' },
        { communeCode: '20707', name: 'thôn hai lan' },
        { code: '20704', version: 1, name: 'Xã La Dêê' },
        { code: '20704', version: 1, name: 'Xã La Dêê' },
      ],
    });
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const rows = r.errors![0].extensions!.rows as { index: number; code: string; issues: { field: string }[] }[];
    expect(rows.map((x) => [x.index, x.code, x.issues.map((i) => i.field).join(',')])).toEqual([
      [0, 'CONFLICT', ''],
      [1, 'NOT_FOUND', ''],
      [2, 'BAD_USER_INPUT', 'version'],
      [3, 'BAD_USER_INPUT', 'communeCode'],
      [4, 'BAD_USER_INPUT', 'type'],
      [5, 'BAD_USER_INPUT', 'name'],
      [7, 'BAD_USER_INPUT', 'name'],
      [9, 'BAD_USER_INPUT', 'code'],
    ]);
  });

  it('refuses rows outside the user’s units as FORBIDDEN and approved ones as LOCKED', async () => {
    const before = await snapshot();
    const outside = await namGiangEditor.gql(SAVE, {
      rows: [
        { code: '20707', version: 1, name: 'Xã Zuôih' },
        { code: '20335', version: 1, name: 'Phường Ngoài' },
        { communeCode: '20335', name: 'Khối phố 1' },
      ],
    });
    expect(outside.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rows: [
        { index: 1, key: '20335', code: 'FORBIDDEN' },
        { index: 2, key: null, code: 'FORBIDDEN' },
      ],
    });
    const year = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4));
    const approver = await t.userWith([{ role: 'APPROVER', unitCode: '510' }]);
    const sub = await namGiangEditor.gql(
      `mutation($y: Int!) { submitUnitData(unitCode: "20710", year: $y, version: 0) { version } }`,
      { y: year },
    );
    expect(sub.errors).toBeUndefined();
    const ok = await approver.gql(
      `mutation($y: Int!) { approveUnitData(unitCode: "20710", year: $y, version: 1) { status } }`,
      { y: year },
    );
    expect(ok.errors).toBeUndefined();
    const afterApproval = await snapshot();
    const locked = await namGiangEditor.gql(SAVE, {
      rows: [
        { code: '20707', version: 1, name: 'Xã Zuôih' },
        { code: '20710', version: 1, name: 'Xã Khóa' },
        { communeCode: '20710', name: 'Thôn Khóa' },
      ],
    });
    expect(locked.errors![0].extensions).toMatchObject({
      code: 'LOCKED',
      rows: [
        { index: 1, key: '20710', code: 'LOCKED' },
        { index: 2, key: null, code: 'LOCKED' },
      ],
    });
    expect((await snapshot()).units).toBe(before.units);
    expect(await snapshot()).toEqual(afterApproval);
  });

  it('takes an empty batch as nothing to do, and refuses more rows than a batch may carry', async () => {
    const before = await snapshot();
    const empty = await t.gql(`mutation { saveAdminUnits(rows: []) { changed } }`);
    expect(empty.data).toEqual({ saveAdminUnits: { changed: 0 } });
    expect(await snapshot()).toEqual(before);
    const many = Array.from({ length: 10_001 }, () => ({ code: '20704', version: 1 }));
    const r = await t.gql(SAVE, { rows: many });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
  });

  it('reads in the same number of statements for 10 rows as for 60, and writes audit rows 1,000 a statement', async () => {
    const communes = await t.sql(
      "SELECT code, version FROM admin_unit WHERE level = 'COMMUNE' AND path NOT LIKE '49/510/%' ORDER BY code",
    );
    const rowsOf = (n: number, suffix: string) =>
      communes.slice(0, n).map((c) => ({ communeCode: c.code, name: `Thôn Đo Đếm ${suffix}` }));
    const small = await t.gql(SAVE, { rows: rowsOf(10, 'A') });
    const medium = await t.gql(SAVE, { rows: rowsOf(60, 'B') });
    const large = await t.gql(SAVE, { rows: rowsOf(220, 'C') });
    for (const r of [small, medium, large]) expect(r.errors).toBeUndefined();
    expect(large.data!.saveAdminUnits.created).toBe(220);
    expect(medium.statements).toBe(small.statements);
    // 220 new villages audit 5 fields or more each: over 1,000 audit rows, two INSERTs instead of one.
    expect(large.statements).toBe(small.statements + 1);
  });

  it('lets one of two concurrent saves of the same row win; the other gets CONFLICT', async () => {
    const v = await version('20713');
    const [a, b] = await Promise.all([
      t.gql(SAVE, { rows: [{ code: '20713', version: v, name: 'Xã Thắng A' }] }),
      namGiangEditor.gql(SAVE, { rows: [{ code: '20713', version: v, name: 'Xã Thắng B' }] }),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions!.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = a.errors ? 'Xã Thắng B' : 'Xã Thắng A';
    expect(await units(['20713'])).toEqual([{ code: '20713', name: winner, mountainous: true, version: v + 1 }]);
  });
});
