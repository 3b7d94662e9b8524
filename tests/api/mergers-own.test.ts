import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';
import {
  catalogue,
  M,
  ok,
  DIFF,
  APPLY,
  REVERT,
  UNITS,
  SUMMARY,
  PROGRESS,
  SAVE_ALLOCATIONS,
  SAVE_PROJECTS,
  codes,
  goal,
  inDistrict,
  recordOnEndingUnits,
  catalogueChange,
} from '../support/mergers';

/**
 * Mergers, moves, renames and dissolutions of our own, after the GSO catalogue of 2025-03-01 (see
 * mergers.test.ts), and their reverts. Every figure is asked for on both sides of the day a change
 * took effect.
 */
let t: TestServer;
let thangBinhEditor: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  thangBinhEditor = await t.userWith([{ role: 'EDITOR', unitCode: '513' }]);
  // These changes come after the catalogue's, as they did when both were one file: a change may
  // not be dated before a unit's last change, and only the latest may be reverted.
  await recordOnEndingUnits(t);
  const proposal = (await ok(t, DIFF, { c: catalogue('2025-03-01') })).catalogueDiff;
  await ok(t, APPLY, { input: catalogueChange(proposal) });
});
afterAll(() => t.close());

const count = async (sql: string) => Number((await t.sql(sql))[0].n);

describe('a merger of our own, reverted', () => {
  const CHANGE = {
    effectiveOn: '2026-01-01',
    decision: 'Quyết định thử nghiệm 01/QĐ',
    items: [
      { kind: 'MERGE', code: '20704', successorCode: '20701' },
      { kind: 'MOVE', code: '20707', parentCode: '511' },
      { kind: 'RENAME', code: '20710', name: 'Xã Ta Bhing Mới', type: 'COMMUNE' },
    ],
  };
  let snapshot: unknown;

  const state = async () => ({
    units: await t.sql(
      "SELECT code, name, parentId, path, validFrom, validTo, currentFrom, successorId FROM admin_unit WHERE path LIKE '49/510%' OR path LIKE '49/511%' ORDER BY code",
    ),
    allocations: await t.sql(
      "SELECT id, unitPath FROM allocation WHERE unitPath LIKE '49/510%' OR unitPath LIKE '49/511%' ORDER BY id",
    ),
    targets: await count('SELECT COUNT(*) AS n FROM target'),
    history: await count('SELECT COUNT(*) AS n FROM admin_unit_history'),
  });

  beforeAll(async () => {
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [{ unitCode: '510', source: 'DISTRICT', year: 2025, amount: String(900n * M) }],
    });
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [
        { unitCode: '20704', source: 'DISTRICT', year: 2025, amount: String(70n * M) },
        { unitCode: '20707', source: 'DISTRICT', year: 2025, amount: String(30n * M) },
      ],
    });
    snapshot = await state();
  });

  it('merges, moves and renames, with roll-ups on both sides of the day, then reverts to exactly the state before', async () => {
    const change = (await ok(t, APPLY, { input: CHANGE })).applyHierarchyChange.change;
    const child = (s: any, code: string) => s.byChild.find((c: any) => c.unit.code === code);
    const then = (await ok(t, SUMMARY, { unitCode: '510', asOf: '2025-12-31' })).budgetSummary;
    const after = (await ok(t, SUMMARY, { unitCode: '510', asOf: '2026-01-01' })).budgetSummary;
    expect(child(then, '20704').allocated).toBe(String(70n * M));
    expect(child(then, '20707').allocated).toBe(String(30n * M));
    expect(child(after, '20704')).toBeUndefined();
    expect(child(after, '20707')).toBeUndefined();
    expect(BigInt(child(after, '20701').allocated)).toBe(BigInt(child(then, '20701').allocated) + 70n * M);
    expect(BigInt(after.allocatedBelow)).toBe(BigInt(then.allocatedBelow) - 30n * M);
    const dai = (await ok(t, SUMMARY, { unitCode: '511', asOf: '2026-01-01' })).budgetSummary;
    expect(child(dai, '20707').allocated).toBe(String(30n * M));
    expect(codes((await ok(t, UNITS, { parentCode: '510', asOf: '2025-12-31' })).adminUnits)).toEqual(
      expect.arrayContaining(['20704', '20707']),
    );
    expect((await ok(t, `{ adminUnit(code: "20710", asOf: "2025-12-31") { name } }`)).adminUnit.name).not.toBe(
      'Xã Ta Bhing Mới',
    );
    expect((await ok(t, `{ adminUnit(code: "20710") { name } }`)).adminUnit.name).toBe('Xã Ta Bhing Mới');

    const reverted = (await ok(t, REVERT, { id: change.id, version: change.version })).revertHierarchyChange;
    expect(reverted).toMatchObject({ status: 'REVERTED', version: change.version + 1 });
    expect(await state()).toEqual(snapshot);
    expect(
      (await ok(t, SUMMARY, { unitCode: '510', asOf: '2026-01-01' })).budgetSummary.byChild.map(
        (c: any) => c.unit.code,
      ),
    ).toEqual(expect.arrayContaining(['20704', '20707']));
    const twice = await t.gql(REVERT, { id: change.id, version: reverted.version });
    expect(twice.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a change dated before a unit’s last change, and one that is not the latest', async () => {
    const early = await t.gql(APPLY, {
      input: {
        effectiveOn: '2024-01-01',
        decision: 'x',
        items: [{ kind: 'RENAME', code: '20821', name: 'Xã Khác', type: 'COMMUNE' }],
      },
    });
    expect(early.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [{ index: 0, issues: [{ field: 'items.0.code' }] }],
    });
    const first = (
      await ok(t, APPLY, {
        input: {
          effectiveOn: '2026-02-01',
          decision: 'a',
          items: [{ kind: 'RENAME', code: '20713', name: 'Xã Cà Dy Một', type: 'COMMUNE' }],
        },
      })
    ).applyHierarchyChange.change;
    const second = (
      await ok(t, APPLY, {
        input: {
          effectiveOn: '2026-03-01',
          decision: 'b',
          items: [{ kind: 'RENAME', code: '20716', name: 'Xã Đắc Pre Hai', type: 'COMMUNE' }],
        },
      })
    ).applyHierarchyChange.change;
    const r = await t.gql(REVERT, { id: first.id, version: first.version });
    expect(r.errors![0].message).toMatch(/later change/);
    await ok(t, REVERT, { id: second.id, version: second.version });
    await ok(t, REVERT, { id: first.id, version: first.version });
  });

  it('is refused to those who are not administrators', async () => {
    const r = await thangBinhEditor.gql(APPLY, { input: CHANGE });
    expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('a level that ceases', () => {
  it('dissolves a district: its communes sit directly under the province, and every query still answers', async () => {
    const DAY2 = '2027-01-01';
    const change = (
      await ok(t, APPLY, {
        input: {
          effectiveOn: DAY2,
          decision: 'Nghị quyết về việc kết thúc hoạt động của đơn vị hành chính cấp huyện',
          items: [{ kind: 'DISSOLVE', code: '503' }],
        },
      })
    ).applyHierarchyChange;
    expect(change.effects).toContainEqual({
      action: 'UNIT_ENDED',
      unitCode: '503',
      toCode: '49',
      entity: 'DISSOLVE',
      count: 1,
      amount: null,
    });
    const unit = `query($asOf: Date) { adminUnit(code: "20422", asOf: $asOf) { parent { code } ancestors { code } } }`;
    expect((await ok(t, unit, { asOf: '2026-12-31' })).adminUnit).toEqual({
      parent: { code: '503' },
      ancestors: [{ code: '49' }, { code: '503' }],
    });
    expect((await ok(t, unit, {})).adminUnit).toEqual({ parent: { code: '49' }, ancestors: [{ code: '49' }] });
    expect((await ok(t, UNITS, { level: 'DISTRICT', asOf: '2027-06-30' })).adminUnits.totalCount).toBe(
      (await ok(t, UNITS, { level: 'DISTRICT', asOf: '2026-06-30' })).adminUnits.totalCount - 1,
    );
    // Progress counts the communes with no district; money reaches them from the province.
    const then = goal(await ok(t, PROGRESS, { asOf: '2026-06-30' }), 'COMMUNES_NTM');
    const after = goal(await ok(t, PROGRESS, { asOf: '2027-06-30' }), 'COMMUNES_NTM');
    expect(after.unitsCounted).toBe(then.unitsCounted);
    expect(inDistrict(after, '503')).toBeUndefined();
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [
        { unitCode: '49', source: 'PROVINCIAL', year: 2027, amount: String(5n * M) },
        { unitCode: '20422', source: 'PROVINCIAL', year: 2027, amount: String(5n * M) },
      ],
    });
    // Bounded by what the province received, as its districts were.
    const over = await t.gql(SAVE_ALLOCATIONS, {
      rows: [{ unitCode: '20425', source: 'PROVINCIAL', year: 2027, amount: '1' }],
    });
    expect(over.errors![0].message).toMatch(/Tỉnh Quảng Nam \(PROVINCIAL, 2027\) would exceed/);
    const province = (await ok(t, SUMMARY, { asOf: '2027-06-30' })).budgetSummary;
    expect(province.byChild.find((c: any) => c.unit.code === '20422')).toMatchObject({ allocated: String(5n * M) });
    const deadlines = await t.gql(`{ deadlines(asOf: "2027-06-30", all: true) { step } }`);
    expect(deadlines.errors).toBeUndefined();
  });
});

describe('money a successor carries', () => {
  it('bounds what the successor hands down by what it and its predecessor received', async () => {
    const DAY3 = '2028-01-01';
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [
        { unitCode: '516', source: 'DISTRICT', year: 2028, amount: String(1000n * M) },
        { unitCode: '20935', source: 'DISTRICT', year: 2028, amount: String(60n * M) },
        { unitCode: '20938', source: 'DISTRICT', year: 2028, amount: String(40n * M) },
      ],
    });
    await ok(t, APPLY, {
      input: {
        effectiveOn: DAY3,
        decision: 'Nghị quyết sáp nhập xã Trà Dơn vào xã Trà Leng',
        items: [{ kind: 'MERGE', code: '20938', successorCode: '20935' }],
      },
    });
    await ok(t, SAVE_PROJECTS, {
      rows: [
        {
          code: 'NTM-2028-TL',
          name: 'Đường liên thôn Trà Leng',
          unitCode: '20935',
          kind: 'TRANSPORT',
          capitalAllocatedOn: '2028-02-01',
        },
        {
          code: 'NTM-2028-TD',
          name: 'Nhà văn hóa thôn 1 Trà Dơn cũ',
          unitCode: '20935',
          kind: 'CULTURE_HOUSE',
          capitalAllocatedOn: '2028-02-01',
        },
      ],
    });
    // Trà Leng now holds 60 of its own and the 40 Trà Dơn received: 90 fits, 90 + 20 does not.
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [{ projectCode: 'NTM-2028-TL', source: 'DISTRICT', year: 2028, amount: String(90n * M) }],
    });
    const over = await t.gql(SAVE_ALLOCATIONS, {
      rows: [{ projectCode: 'NTM-2028-TD', source: 'DISTRICT', year: 2028, amount: String(20n * M) }],
    });
    expect(over.errors![0].message).toMatch(/Xã Trà Leng \(DISTRICT, 2028\) would exceed what it received/);
    // And the district still bounds what its communes received, the carried row included.
    const district = await t.gql(SAVE_ALLOCATIONS, {
      rows: [{ unitCode: '20941', source: 'DISTRICT', year: 2028, amount: String(901n * M) }],
    });
    expect(district.errors![0].message).toMatch(/Huyện Nam Trà My \(DISTRICT, 2028\) would exceed/);
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [{ unitCode: '20941', source: 'DISTRICT', year: 2028, amount: String(900n * M) }],
    });
  });
});
