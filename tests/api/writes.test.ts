import { type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const UPDATE = `mutation($code: String!, $version: Int!, $input: AdminUnitInput!) {
  updateAdminUnit(code: $code, version: $version, input: $input) { code name shortName mountainous version }
}`;
const CREATE_VILLAGE = `mutation($input: CreateVillageInput!) {
  createVillage(input: $input) { code name type level mountainous version parent { code } ancestors { code } }
}`;

async function unitRow(code: string) {
  const [row] = await t.sql('SELECT name, mountainous, version FROM admin_unit WHERE code = ?', [code]);
  return { name: row.name, mountainous: Boolean(Number(row.mountainous)), version: Number(row.version) };
}

async function auditCount(): Promise<number> {
  const [row] = await t.sql('SELECT COUNT(*) AS n FROM audit_entry');
  return Number(row.n);
}

describe('updateAdminUnit', () => {
  it('saves a change, bumps the version and audits each changed field', async () => {
    const r = await t.gql(UPDATE, {
      code: '20335',
      version: 1,
      input: { name: 'Phường  Tân Thạnh Mới ', mountainous: true },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateAdminUnit).toEqual({
      code: '20335',
      name: 'Phường Tân Thạnh Mới',
      shortName: 'Tân Thạnh Mới',
      mountainous: true,
      version: 2,
    });
    expect(await unitRow('20335')).toEqual({ name: 'Phường Tân Thạnh Mới', mountainous: true, version: 2 });
    const audit = await t.sql(
      "SELECT field, oldValue, newValue, action FROM audit_entry WHERE entity = 'AdminUnit' AND entityKey = '20335' ORDER BY field",
    );
    expect(audit).toEqual([
      { field: 'mountainous', oldValue: 'false', newValue: 'true', action: 'UPDATE' },
      { field: 'name', oldValue: 'Phường Tân Thạnh', newValue: 'Phường Tân Thạnh Mới', action: 'UPDATE' },
    ]);
    const search = await t.gql(`{ adminUnits(search: "tan thanh moi") { nodes { code } } }`);
    expect(search.data!.adminUnits.nodes).toEqual([{ code: '20335' }]);
  });

  it('answers CONFLICT to a stale version and changes nothing', async () => {
    const before = await unitRow('20338');
    const audits = await auditCount();
    const first = await t.gql(UPDATE, { code: '20338', version: 1, input: { name: 'Phường Phước Hòa A' } });
    expect(first.errors).toBeUndefined();
    const stale = await t.gql(UPDATE, { code: '20338', version: 1, input: { name: 'Phường Phước Hòa B' } });
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', key: '20338' });
    expect(await unitRow('20338')).toEqual({ ...before, name: 'Phường Phước Hòa A', version: 2 });
    expect(await auditCount()).toBe(audits + 1);
  });

  it('lets exactly one of several simultaneous writers of the same version win', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.gql(UPDATE, { code: '20341', version: 1, input: { name: `Phường Thử ${i}` } }),
      ),
    );
    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect(won).toHaveLength(1);
    expect(lost.every((a) => a.errors![0].extensions!.code === 'CONFLICT')).toBe(true);
    const row = await unitRow('20341');
    expect(row.version).toBe(2);
    expect(row.name).toBe(won[0].data!.updateAdminUnit.name);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await unitRow('20344');
    const audits = await auditCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'input.name'],
      [{ name: '   ' }, 'input.name'],
      [{ name: 'x'.repeat(101) }, 'input.name'],
      [{ name: 'Xã\u0007 chuông' }, 'input.name'],
      [{}, 'input'],
    ];
    for (const [input, field] of cases) {
      const r = await t.gql(UPDATE, { code: '20344', version: 1, input });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors?.[0].message).toContain(field);
    }
    const wrongType = await t.gql(UPDATE, { code: '20344', version: 1, input: { mountainous: 'yes' } });
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await unitRow('20344')).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('answers NOT_FOUND for a unit that does not exist', async () => {
    const r = await t.gql(UPDATE, { code: '00000', version: 1, input: { name: 'Xã Không Có' } });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('createVillage', () => {
  it('numbers villages within their commune and inherits the commune’s mountainous flag', async () => {
    const a = await t.gql(CREATE_VILLAGE, { input: { communeCode: '20704', name: 'Thôn Pà Dồn' } });
    const b = await t.gql(CREATE_VILLAGE, {
      input: { communeCode: '20704', name: 'Tổ dân phố 1', type: 'RESIDENTIAL_GROUP', mountainous: false },
    });
    expect(a.errors).toBeUndefined();
    expect(a.data!.createVillage).toEqual({
      code: '20704-001',
      name: 'Thôn Pà Dồn',
      type: 'VILLAGE',
      level: 'VILLAGE',
      mountainous: true,
      version: 1,
      parent: { code: '20704' },
      ancestors: [{ code: '49' }, { code: '510' }, { code: '20704' }],
    });
    expect(b.data!.createVillage).toMatchObject({ code: '20704-002', type: 'RESIDENTIAL_GROUP', mountainous: false });
    const list = await t.gql(`{ adminUnit(code: "20704") { childCount children { code } } }`);
    expect(list.data!.adminUnit).toEqual({ childCount: 2, children: [{ code: '20704-001' }, { code: '20704-002' }] });
    const audit = await t.sql(
      "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'CREATE' AND entityKey = '20704-001'",
    );
    expect(Number(audit[0].n)).toBeGreaterThanOrEqual(3);
  });

  it('gives simultaneous villages of one commune distinct codes', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        t.gql(CREATE_VILLAGE, { input: { communeCode: '20705', name: `Thôn ${i + 1}` } }),
      ),
    );
    expect(answers.every((a) => !a.errors)).toBe(true);
    const codes = answers.map((a) => a.data!.createVillage.code).sort();
    expect(codes).toEqual(['20705-001', '20705-002', '20705-003', '20705-004', '20705-005']);
  });

  it('refuses a village outside a commune, a duplicate name or a non-village type, writing nothing', async () => {
    const [{ n: before }] = await t.sql('SELECT COUNT(*) AS n FROM admin_unit');
    const cases: [Record<string, unknown>, string][] = [
      [{ communeCode: '510', name: 'Thôn Mới' }, 'input.communeCode'],
      [{ communeCode: '99999', name: 'Thôn Mới' }, 'input.communeCode'],
      [{ communeCode: '20704', name: 'thôn pà dồn' }, 'input.name'],
      [{ communeCode: '20704', name: '' }, 'input.name'],
      [{ communeCode: '20704', name: 'Xã Mới', type: 'COMMUNE' }, 'input.type'],
    ];
    for (const [input, field] of cases) {
      const r = await t.gql(CREATE_VILLAGE, { input });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const [{ n: after }] = await t.sql('SELECT COUNT(*) AS n FROM admin_unit');
    expect(Number(after)).toBe(Number(before));
  });
});
