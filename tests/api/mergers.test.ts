import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';
import {
  catalogue,
  M,
  DAY,
  BEFORE,
  AFTER,
  ok,
  DIFF,
  PREVIEW,
  APPLY,
  REVERT,
  UNITS,
  SUMMARY,
  PROGRESS,
  SAVE_DISBURSEMENTS,
  codes,
  goal,
  inDistrict,
  recordOnEndingUnits,
  catalogueChange,
} from '../support/mergers';

/**
 * The hierarchy changes under the plan: the GSO catalogue of 2025-03-01 applied over the seeded
 * one of 2024-02-01 (mergers, moves and renames of our own, and their reverts, are in
 * mergers-own.test.ts). Every figure is asked for on both sides of the day a change took effect.
 */
let t: TestServer;
let thangBinhEditor: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  thangBinhEditor = await t.userWith([{ role: 'EDITOR', unitCode: '513' }]);
});
afterAll(() => t.close());

const count = async (sql: string) => Number((await t.sql(sql))[0].n);

const THANG_BINH_TARGETS = `query($asOf: Date) { targets(unitCode: "513", level: ADVANCED, year: 2025, asOf: $asOf, first: 100) { totalCount } }`;

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
    await recordOnEndingUnits(t);
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
    return catalogueChange(proposal);
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
