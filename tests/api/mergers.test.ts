import fs from 'node:fs';
import path from 'node:path';
import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';

/**
 * The hierarchy changes under the plan: the GSO catalogue of 2025-03-01 applied over the seeded
 * one of 2024-02-01, then mergers, moves and renames of our own, and their reverts. Every figure
 * is asked for on both sides of the day a change took effect.
 */
let t: TestServer;
let thangBinhEditor: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  thangBinhEditor = await t.userWith([{ role: 'EDITOR', unitCode: '513' }]);
});
afterAll(() => t.close());

const catalogue = (date: string) =>
  fs.readFileSync(path.resolve(__dirname, '../fixtures', `gso-quang-nam-${date}.json`), 'utf8');
const M = 1_000_000n;
const DAY = '2025-03-01';
const BEFORE = '2024-06-30';
const AFTER = '2025-06-30';

async function ok<T = any>(client: ApiClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await client.gql(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

const count = async (sql: string) => Number((await t.sql(sql))[0].n);

const DIFF = `query($c: String!) { catalogueDiff(catalogue: $c) { date provinces districts communes needsSuccessor changes { kind level code oldName name type oldParentCode parentCode successorCode reason candidates } } }`;
const PREVIEW = `query($input: HierarchyChangeInput!) { previewHierarchyChange(input: $input) { action unitCode toCode entity count amount } }`;
const APPLY = `mutation($input: HierarchyChangeInput!) { applyHierarchyChange(input: $input) { changed change { id version status effectiveOn items { kind code successorCode } } effects { action unitCode toCode entity count amount } } }`;
const REVERT = `mutation($id: ID!, $version: Int!) { revertHierarchyChange(id: $id, version: $version) { id status version } }`;
const UNITS = `query($level: AdminLevel, $parentCode: String, $asOf: Date) { adminUnits(level: $level, parentCode: $parentCode, asOf: $asOf, first: 500) { totalCount nodes { code name parent { code } ancestors { code } } } }`;
const SUMMARY = `query($unitCode: String, $asOf: Date) { budgetSummary(unitCode: $unitCode, asOf: $asOf) { allocated allocatedBelow disbursed byChild { unit { code } allocated disbursed } } }`;
const PROGRESS = `query($asOf: Date!) { planProgress(asOf: $asOf) { goals { key unitsCounted byDistrict { district { code } unitsCounted targets } } } }`;
const SAVE_ALLOCATIONS = `mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }`;
const SAVE_PROJECTS = `mutation($rows: [ProjectRowInput!]!) { saveProjects(rows: $rows) { changed } }`;
const SAVE_DISBURSEMENTS = `mutation($rows: [DisbursementRowInput!]!) { saveDisbursements(rows: $rows) { changed } }`;

const THANG_BINH_TARGETS = `query($asOf: Date) { targets(unitCode: "513", level: ADVANCED, year: 2025, asOf: $asOf, first: 100) { totalCount } }`;

const codes = (conn: { nodes: { code: string }[] }) => conn.nodes.map((n) => n.code);
const goal = (progress: any, key: string) => progress.planProgress.goals.find((g: any) => g.key === key);
const inDistrict = (g: any, code: string) => g.byDistrict.find((d: any) => d.district.code === code);

/** Province, district and commune totals whose sum a merger must not change. */
async function totals(asOf?: string) {
  const province = (await ok(t, SUMMARY, { asOf })).budgetSummary;
  return { allocated: province.allocated, allocatedBelow: province.allocatedBelow, disbursed: province.disbursed };
}

describe('catalogue update 2024-02-01 → 2025-03-01', () => {
  let proposal: any;
  let applied: any;
  const before: Record<string, any> = {};

  beforeAll(async () => {
    // Money recorded for units that the catalogue ends: Bình Định Nam (a commune) and Nông Sơn (a district).
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [
        { unitCode: '513', source: 'DISTRICT', year: 2024, amount: String(500n * M) },
        { unitCode: '20822', source: 'DISTRICT', year: 2024, amount: String(300n * M) },
        { unitCode: '519', source: 'DISTRICT', year: 2024, amount: String(200n * M) },
      ],
    });
    await ok(t, SAVE_PROJECTS, {
      rows: [
        {
          code: 'TB-2024-901',
          name: 'Nhà văn hóa thôn',
          unitCode: '20822',
          kind: 'CULTURE_HOUSE',
          capitalAllocatedOn: '2024-03-01',
        },
      ],
    });
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [{ projectCode: 'TB-2024-901', source: 'DISTRICT', year: 2024, amount: String(300n * M) }],
    });
    await ok(t, SAVE_DISBURSEMENTS, {
      rows: [
        {
          projectCode: 'TB-2024-901',
          source: 'DISTRICT',
          capitalYear: 2024,
          date: '2024-05-10',
          amount: String(100n * M),
        },
      ],
    });
    await ok(t, `mutation($rows: [ModelRowInput!]!) { saveModels(rows: $rows) { changed } }`, {
      rows: [{ unitCode: '20822', name: 'Mô hình du lịch cộng đồng', field: 'TOURISM', year: 2024 }],
    });
    before.totals = await totals();
    before.totalsThen = await totals(BEFORE);
    before.progress = await ok(t, PROGRESS, { asOf: AFTER });
    before.queSon = (await ok(t, SUMMARY, { unitCode: '509', asOf: AFTER })).budgetSummary;
    before.thangBinhTargets = (await ok(t, THANG_BINH_TARGETS, {})).targets.totalCount;
    proposal = (await ok(t, DIFF, { c: catalogue('2025-03-01') })).catalogueDiff;
  });

  it('proposes the changes between the catalogues and asks for the successors it cannot infer', () => {
    expect(proposal).toMatchObject({ date: DAY, provinces: 1, districts: 17, communes: 234, needsSuccessor: 7 });
    const of = (kind: string) =>
      proposal.changes
        .filter((c: any) => c.kind === kind)
        .map((c: any) => c.code)
        .sort();
    expect(of('CREATE')).toEqual(['20674']);
    expect(of('RENAME')).toEqual(['20758', '20821']);
    expect(of('MOVE')).toEqual(['20656', '20668', '20669', '20671', '20692']);
    expect(of('MERGE')).toEqual(['20338', '20383', '20602', '20672', '20761', '20822', '20830', '20863', '519']);
    const merge = (code: string) => proposal.changes.find((c: any) => c.kind === 'MERGE' && c.code === code);
    expect(merge('20822')).toMatchObject({ successorCode: '20821', reason: 'SAME_STEM' });
    expect(merge('519')).toMatchObject({ successorCode: '509', reason: 'CHILDREN_MOVED' });
    expect(merge('20761')).toMatchObject({ successorCode: null, reason: null });
  });

  /** The proposal with the successors the user gives, as the change to apply. */
  function change() {
    const chosen: Record<string, string> = { '20830': '20824', '20672': '20674', '20761': '20758' };
    return {
      effectiveOn: DAY,
      decision: 'Nghị quyết 1190/NQ-UBTVQH15',
      items: proposal.changes.map((c: any) => ({
        kind: c.kind,
        code: c.code,
        name: c.name,
        type: c.type,
        parentCode: c.kind === 'MERGE' ? null : c.parentCode,
        successorCode: c.kind === 'MERGE' ? (c.successorCode ?? chosen[c.code] ?? c.candidates[0]) : null,
      })),
    };
  }

  it('refuses a gone unit without a successor, naming the item, and writes nothing', async () => {
    const units = await count('SELECT COUNT(*) AS n FROM admin_unit');
    const audit = await count('SELECT COUNT(*) AS n FROM audit_entry');
    const input = change();
    const i = input.items.findIndex((x: any) => x.code === '20761');
    input.items[i].successorCode = null;
    const r = await t.gql(APPLY, { input });
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [{ index: i, key: '20761', issues: [{ field: `items.${i}.successorCode`, rule: 'required' }] }],
    });
    expect(await count('SELECT COUNT(*) AS n FROM admin_unit')).toBe(units);
    expect(await count('SELECT COUNT(*) AS n FROM audit_entry')).toBe(audit);
    expect(await count('SELECT COUNT(*) AS n FROM hierarchy_change')).toBe(0);
  });

  it('shows in a dry run exactly what will move, and writes nothing', async () => {
    const audit = await count('SELECT COUNT(*) AS n FROM audit_entry');
    const effects = (await ok(t, PREVIEW, { input: change() })).previewHierarchyChange;
    expect(effects).toContainEqual({
      action: 'TARGET_MERGED',
      unitCode: '20822',
      toCode: '20821',
      entity: 'ADVANCED 2025',
      count: 1,
      amount: null,
    });
    expect(effects).toContainEqual({
      action: 'TARGET_MERGED',
      unitCode: '519',
      toCode: '509',
      entity: 'NTM 2025',
      count: 1,
      amount: null,
    });
    expect(effects).toContainEqual({
      action: 'TARGET_CREATED',
      unitCode: '20672',
      toCode: '20674',
      entity: 'ADVANCED 2025',
      count: 1,
      amount: null,
    });
    expect(effects).toContainEqual({
      action: 'RECORDS_CARRIED',
      unitCode: '20822',
      toCode: '20821',
      entity: 'allocation',
      count: 2,
      amount: String(600n * M),
    });
    expect(effects).toContainEqual({
      action: 'RECORDS_CARRIED',
      unitCode: '20822',
      toCode: '20821',
      entity: 'disbursement',
      count: 1,
      amount: null,
    });
    expect(effects).toContainEqual({
      action: 'RECORDS_CARRIED',
      unitCode: '519',
      toCode: '509',
      entity: 'allocation',
      count: 1,
      amount: String(200n * M),
    });
    expect(effects).toContainEqual({
      action: 'UNIT_MOVED',
      unitCode: '20668',
      toCode: '509',
      entity: null,
      count: 1,
      amount: null,
    });
    expect(effects).toContainEqual({
      action: 'UNIT_ENDED',
      unitCode: '519',
      toCode: '509',
      entity: 'MERGE',
      count: 1,
      amount: null,
    });
    expect(await count('SELECT COUNT(*) AS n FROM audit_entry')).toBe(audit);
    expect(await count('SELECT COUNT(*) AS n FROM hierarchy_change')).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM admin_unit WHERE validTo IS NOT NULL')).toBe(0);
  });

  it('applies atomically and audited; the catalogue then proposes nothing', async () => {
    applied = (await ok(t, APPLY, { input: change() })).applyHierarchyChange;
    expect(applied.change).toMatchObject({ status: 'APPLIED', effectiveOn: DAY, version: 1 });
    expect(applied.change.items).toHaveLength(proposal.changes.length);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM audit_entry WHERE entity = 'AdminUnit' AND entityKey = '20822' AND field = 'successor'",
      ),
    ).toBe(1);
    const again = (await ok(t, DIFF, { c: catalogue('2025-03-01') })).catalogueDiff;
    expect(again.changes).toEqual([]);
  });

  it('answers units with the hierarchy of the day asked for', async () => {
    expect((await ok(t, UNITS, { level: 'DISTRICT', asOf: BEFORE })).adminUnits.totalCount).toBe(18);
    expect((await ok(t, UNITS, { level: 'DISTRICT', asOf: AFTER })).adminUnits.totalCount).toBe(17);
    expect((await ok(t, UNITS, { level: 'DISTRICT' })).adminUnits.totalCount).toBe(17);
    expect((await ok(t, UNITS, { level: 'COMMUNE', asOf: BEFORE })).adminUnits.totalCount).toBe(241);
    expect((await ok(t, UNITS, { level: 'COMMUNE', asOf: AFTER })).adminUnits.totalCount).toBe(234);
    const nongSon = (await ok(t, UNITS, { parentCode: '519', asOf: BEFORE })).adminUnits;
    expect(codes(nongSon)).toEqual(['20656', '20668', '20669', '20671', '20672', '20692']);
    expect(nongSon.nodes.find((n: any) => n.code === '20668')).toMatchObject({
      parent: { code: '519' },
      ancestors: [{ code: '49' }, { code: '519' }],
    });
    expect((await ok(t, UNITS, { parentCode: '519', asOf: AFTER })).adminUnits.totalCount).toBe(0);
    const queSon = (await ok(t, UNITS, { parentCode: '509', asOf: AFTER })).adminUnits;
    expect(codes(queSon)).toEqual(expect.arrayContaining(['20668', '20674']));
    expect(queSon.nodes.find((n: any) => n.code === '20668')).toMatchObject({ parent: { code: '509' } });
    const thangBinh = (n: any) => n.nodes.find((u: any) => u.code === '20821').name;
    expect(thangBinh((await ok(t, UNITS, { parentCode: '513', asOf: BEFORE })).adminUnits)).toBe('Xã Bình Định Bắc');
    expect(thangBinh((await ok(t, UNITS, { parentCode: '513', asOf: AFTER })).adminUnits)).toBe('Xã Bình Định');
    // Entry grids of a day: Nông Sơn's communes as they were, none today.
    const grids = `query($asOf: Date) { criteriaMatrix(parentCode: "519", year: 2024, asOf: $asOf) { rows { unit { code } editable } } indicatorMatrix(parentCode: "519", year: 2024, asOf: $asOf) { rows { unit { code } } } }`;
    const thenGrids = await ok(t, grids, { asOf: BEFORE });
    expect(thenGrids.criteriaMatrix.rows.map((r: any) => r.unit.code)).toEqual([
      '20656',
      '20668',
      '20669',
      '20671',
      '20672',
      '20692',
    ]);
    expect(thenGrids.indicatorMatrix.rows).toHaveLength(6);
    expect(thenGrids.criteriaMatrix.rows.every((r: any) => r.editable)).toBe(true);
    const nowGrids = await ok(t, grids, {});
    expect([nowGrids.criteriaMatrix.rows.length, nowGrids.indicatorMatrix.rows.length]).toEqual([0, 0]);
    // One unit asked for by code on a day: null before it existed.
    expect(
      await ok(
        t,
        `{ a: adminUnit(code: "20674", asOf: "${BEFORE}") { code } b: adminUnit(code: "20674", asOf: "${AFTER}") { code parent { code } } }`,
      ),
    ).toEqual({ a: null, b: { code: '20674', parent: { code: '509' } } });
  });

  it('counts the 2025 ADVANCED target of Bình Định once', async () => {
    const after = await ok(t, PROGRESS, { asOf: AFTER });
    const then = await ok(t, PROGRESS, { asOf: BEFORE });
    // Before the merger day: Bình Định Bắc and Bình Định Nam, two communes, two targets.
    expect(inDistrict(goal(then, 'COMMUNES_ADVANCED'), '513').targets).toBe(
      inDistrict(goal(before.progress, 'COMMUNES_ADVANCED'), '513').targets,
    );
    // After it: one commune, one target (Bình Chánh's 2023 target went to Bình Quý as a target of its own).
    expect(inDistrict(goal(after, 'COMMUNES_ADVANCED'), '513').targets).toBe(
      inDistrict(goal(then, 'COMMUNES_ADVANCED'), '513').targets - 1,
    );
    expect(inDistrict(goal(after, 'COMMUNES_ADVANCED'), '513').unitsCounted).toBe(
      inDistrict(goal(then, 'COMMUNES_ADVANCED'), '513').unitsCounted - 2,
    );
    // Quế Sơn and Nông Sơn aimed at NTM in 2025: one district, one target.
    expect(inDistrict(goal(then, 'DISTRICTS_NTM'), '509').targets).toBe(1);
    expect(inDistrict(goal(then, 'DISTRICTS_NTM'), '519').targets).toBe(1);
    expect(inDistrict(goal(after, 'DISTRICTS_NTM'), '509').targets).toBe(1);
    expect(inDistrict(goal(after, 'DISTRICTS_NTM'), '519')).toBeUndefined();
    expect(goal(after, 'DISTRICTS_NTM').unitsCounted).toBe(17);
    expect(goal(then, 'DISTRICTS_NTM').unitsCounted).toBe(18);
    const targets = await ok(t, `{ targets(unitCode: "20821", level: ADVANCED, year: 2025) { totalCount } }`);
    expect(targets.targets.totalCount).toBe(1);
    // The targets grid of Thăng Bình: today one target fewer; as of a day before the merger, as it was.
    expect((await ok(t, THANG_BINH_TARGETS, {})).targets.totalCount).toBe(before.thangBinhTargets - 1);
    expect((await ok(t, THANG_BINH_TARGETS, { asOf: BEFORE })).targets.totalCount).toBe(before.thangBinhTargets);
  });

  it('leaves budget totals unchanged, with figures under the old parent before the day and in the successor after', async () => {
    expect(await totals()).toEqual(before.totals);
    expect(await totals(BEFORE)).toEqual(before.totalsThen);
    const child = (summary: any, code: string) => summary.byChild.find((c: any) => c.unit.code === code);
    const then = (await ok(t, SUMMARY, { unitCode: '513', asOf: BEFORE })).budgetSummary;
    expect(child(then, '20822')).toMatchObject({ allocated: String(300n * M), disbursed: String(100n * M) });
    const bacThen = child(then, '20821');
    const after = (await ok(t, SUMMARY, { unitCode: '513', asOf: AFTER })).budgetSummary;
    expect(child(after, '20822')).toBeUndefined();
    expect(child(after, '20821')).toMatchObject({
      allocated: String(BigInt(bacThen.allocated) + 300n * M),
      disbursed: String(BigInt(bacThen.disbursed) + 100n * M),
    });
    expect(after.allocatedBelow).toBe(then.allocatedBelow);
    // Quế Sơn carries Nông Sơn's own money from the day.
    const queSon = (await ok(t, SUMMARY, { unitCode: '509', asOf: AFTER })).budgetSummary;
    expect(BigInt(queSon.allocated)).toBe(BigInt(before.queSon.allocated) + 200n * M);
    const province = (await ok(t, SUMMARY, { asOf: BEFORE })).budgetSummary;
    expect(child(province, '519')).toMatchObject({ allocated: String(200n * M) });
    expect(child((await ok(t, SUMMARY, { asOf: AFTER })).budgetSummary, '519')).toBeUndefined();
  });

  it('counts models under the unit of the day: the merged commune’s before, its successor’s after', async () => {
    const COVERAGE = `query($asOf: Date) { modelCoverage(year: 2025, asOf: $asOf) { communesUnder { unit { code } count } districtsWithoutTourism { code } } }`;
    const countOf = (c: any, code: string) =>
      c.modelCoverage.communesUnder.find((u: any) => u.unit.code === code)?.count;
    const then = await ok(t, COVERAGE, { asOf: BEFORE });
    const after = await ok(t, COVERAGE, { asOf: AFTER });
    expect(countOf(then, '20822')).toBe(1);
    expect(countOf(after, '20822')).toBeUndefined();
    expect(countOf(after, '20821')).toBe(countOf(then, '20821') + 1);
    // Thăng Bình has its rural-tourism model on both sides of the day.
    for (const c of [then, after])
      expect(c.modelCoverage.districtsWithoutTourism.map((d: any) => d.code)).not.toContain('513');
  });

  it('lets the successor’s editors work on what it carries', async () => {
    // The project recorded for Bình Định Nam is now Bình Định's, within Thăng Bình.
    const r = await ok(thangBinhEditor, SAVE_DISBURSEMENTS, {
      rows: [
        {
          projectCode: 'TB-2024-901',
          source: 'DISTRICT',
          capitalYear: 2024,
          date: '2025-04-10',
          amount: String(50n * M),
        },
      ],
    });
    expect(r.saveDisbursements.changed).toBe(1);
  });

  it('keeps the history of a unit: states, predecessors, successor, changes', async () => {
    const h = await ok(
      t,
      `{ unitHistory(code: "20821") { unit { code name } states { validFrom validTo name parent { code } } predecessors { unit { code name } on } successor { on } changes { item { kind } change { decision } } } }`,
    );
    expect(h.unitHistory).toMatchObject({
      unit: { code: '20821', name: 'Xã Bình Định' },
      states: [
        { validFrom: null, validTo: DAY, name: 'Xã Bình Định Bắc', parent: { code: '513' } },
        { validFrom: DAY, validTo: null, name: 'Xã Bình Định', parent: { code: '513' } },
      ],
      predecessors: [{ unit: { code: '20822', name: 'Xã Bình Định Nam' }, on: DAY }],
      successor: null,
    });
    expect(h.unitHistory.changes.map((c: any) => c.item.kind).sort()).toEqual(['MERGE', 'RENAME']);
    const gone = await ok(
      t,
      `{ unitHistory(code: "519") { successor { unit { code } on } } adminUnit(code: "519") { validTo successor { code } } }`,
    );
    expect(gone).toEqual({
      unitHistory: { successor: { unit: { code: '509' }, on: DAY } },
      adminUnit: { validTo: DAY, successor: { code: '509' } },
    });
  });

  it('refuses to revert once something was recorded against its units, and a stale version', async () => {
    const stale = await t.gql(REVERT, { id: applied.change.id, version: 0 });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const r = await t.gql(REVERT, { id: applied.change.id, version: applied.change.version });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(r.errors![0].message).toMatch(/recorded|entered/);
  });
});

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
