import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
let namGiangEditor: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  namGiangEditor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
});
afterAll(() => t.close());

const SAVE_VALUES = `mutation($rows: [IndicatorValueInput!]!) { saveIndicatorValues(rows: $rows) { changed rows { unit { code } cells { key value version } } } }`;
const PROGRESS = `query($year: Int!, $unitCode: String) { indicatorProgress(year: $year, unitCode: $unitCode) {
  indicator { key } value rolledUp derived unitsReporting baseline previous required met gap
} }`;

async function ok<T = any>(client: ApiClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await client.gql(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

async function progressOf(key: string, year: number, unitCode?: string) {
  const items = (await ok(t, PROGRESS, { year, unitCode })).indicatorProgress as { indicator: { key: string } }[];
  return items.find((i) => i.indicator.key === key) as Record<string, unknown>;
}

const value = (unitCode: string, key: string, year: number, v: number) => ({ unitCode, key, year, value: v });

describe('the indicators of section II.7', () => {
  it('hold every target with the plan’s figure', async () => {
    const { indicators } = await ok(
      t,
      `{ indicators { key unit rollUp targetKind targetValue targetValueMax baselineYear derived } }`,
    );
    const byKey = Object.fromEntries(indicators.map((i: { key: string }) => [i.key, i]));
    expect(byKey.INCOME_PER_CAPITA).toMatchObject({
      targetKind: 'RATIO_TO_BASELINE',
      targetValue: 1.5,
      baselineYear: 2020,
      rollUp: 'WEIGHTED_MEAN',
    });
    expect(byKey.POOR_HOUSEHOLD_RATE).toMatchObject({
      targetKind: 'YEARLY_DECREASE',
      targetValue: 0.3,
      targetValueMax: 0.4,
    });
    expect(byKey.ETHNIC_MINORITY_POOR_RATE).toMatchObject({ targetKind: 'YEARLY_DECREASE', targetValue: 3 });
    expect(byKey.POOR_DISTRICT_POOR_RATE).toMatchObject({ targetValue: 4, targetValueMax: 5 });
    expect(byKey.POOR_DISTRICTS_LEAVING).toMatchObject({ targetKind: 'AT_LEAST', targetValue: 2 });
    expect(byKey.TEMPORARY_HOUSES).toMatchObject({ targetKind: 'AT_MOST', targetValue: 0 });
    expect(byKey.HYGIENIC_WATER).toMatchObject({ targetValue: 96, unit: 'PERCENT' });
    expect(byKey.CLEAN_WATER).toMatchObject({ targetValue: 60 });
    expect(byKey.HEALTH_INSURANCE).toMatchObject({ targetValue: 96 });
    expect(byKey.TRAINED_WORKERS).toMatchObject({ targetValue: 30 });
    expect(byKey.VILLAGES_MOBILE).toMatchObject({ targetValue: 100, rollUp: 'SHARE_OF_UNITS' });
    expect(byKey.MODEL_VILLAGES_FIBRE).toMatchObject({ targetValue: 100 });
    expect(byKey.NTM_COMMUNES_DIGITAL).toMatchObject({ targetValue: 70 });
    expect(byKey.FLOWER_ROADS).toMatchObject({ targetValue: 200, unit: 'KM', rollUp: 'SUM' });
    expect(byKey.SHADE_TREE_ROADS).toMatchObject({ targetValue: 1000 });
    expect(byKey.MODELS_REPLICATED).toMatchObject({ targetValue: 300, derived: 'MODELS_REPLICATED' });
    expect(byKey.OCOP_TOTAL).toMatchObject({ targetValue: 400, derived: 'OCOP_TOTAL' });
    expect(byKey.OCOP_NEW).toMatchObject({ targetValue: 200 });
    expect(byKey.OCOP_UPGRADED).toMatchObject({ targetValue: 200 });
    expect(byKey.OCOP_FLAGSHIP_5_STAR).toMatchObject({ targetValue: 5 });
    expect(byKey.OFFICIALS_TRAINED).toMatchObject({ targetValue: 100 });
  });
});

describe('indicator progress', () => {
  it('rolls a commune’s figures up to its district and the province by each indicator’s rule', async () => {
    await ok(namGiangEditor, SAVE_VALUES, {
      rows: [
        value('20704', 'RURAL_HOUSEHOLDS', 2025, 1000),
        value('20705', 'RURAL_HOUSEHOLDS', 2025, 3000),
        value('20704', 'HYGIENIC_WATER', 2025, 90),
        value('20705', 'HYGIENIC_WATER', 2025, 100),
        value('20704', 'FLOWER_ROADS', 2025, 1.5),
        value('20705', 'FLOWER_ROADS', 2025, 2),
        value('20704', 'NTM_COMMUNES_DIGITAL', 2025, 1),
        value('20705', 'NTM_COMMUNES_DIGITAL', 2025, 0),
      ],
    });
    // A share is weighted by households, never summed: (90×1000 + 100×3000) / 4000.
    expect(await progressOf('HYGIENIC_WATER', 2025, '510')).toMatchObject({
      value: 97.5,
      rolledUp: true,
      unitsReporting: 2,
      required: 96,
      met: true,
      gap: 0,
    });
    expect(await progressOf('HYGIENIC_WATER', 2025)).toMatchObject({ value: 97.5, rolledUp: true, unitsReporting: 1 });
    expect(await progressOf('FLOWER_ROADS', 2025)).toMatchObject({ value: 3.5, met: false, gap: 196.5 });
    expect(await progressOf('NTM_COMMUNES_DIGITAL', 2025, '510')).toMatchObject({ value: 50, met: false, gap: 20 });
    // The commune's own figure, not rolled up.
    expect(await progressOf('HYGIENIC_WATER', 2025, '20704')).toMatchObject({
      value: 90,
      rolledUp: false,
      met: false,
      gap: 6,
    });
    // A district's own figure wins over its communes'.
    await ok(t, SAVE_VALUES, { rows: [value('510', 'HYGIENIC_WATER', 2025, 95)] });
    expect(await progressOf('HYGIENIC_WATER', 2025, '510')).toMatchObject({ value: 95, rolledUp: false });
    expect(await progressOf('HYGIENIC_WATER', 2025)).toMatchObject({ value: 95 });
  });

  it('judges ratios against the baseline year and decreases against the year before', async () => {
    await ok(t, SAVE_VALUES, {
      rows: [
        value('20716', 'INCOME_PER_CAPITA', 2020, 30),
        value('20716', 'INCOME_PER_CAPITA', 2025, 44),
        value('20716', 'POOR_HOUSEHOLD_RATE', 2024, 20),
        value('20716', 'POOR_HOUSEHOLD_RATE', 2025, 19.8),
      ],
    });
    expect(await progressOf('INCOME_PER_CAPITA', 2025, '20716')).toMatchObject({
      value: 44,
      baseline: 30,
      required: 45,
      met: false,
      gap: 1,
    });
    expect(await progressOf('POOR_HOUSEHOLD_RATE', 2025, '20716')).toMatchObject({
      previous: 20,
      required: 19.7,
      met: false,
    });
    expect(await progressOf('TEMPORARY_HOUSES', 2025, '20716')).toMatchObject({ value: null, met: null });
  });

  it('refuses figures out of their unit’s range and those counted from records, writing nothing', async () => {
    const before = await t.sql('SELECT COUNT(*) AS n FROM indicator_value');
    const r = await t.gql(SAVE_VALUES, {
      rows: [
        value('20716', 'HEALTH_INSURANCE', 2025, 101),
        value('20716', 'TEMPORARY_HOUSES', 2025, 2.5),
        value('20716', 'OCOP_TOTAL', 2025, 3),
        value('20716', 'CLEAN_WATER', 2025, 61),
      ],
    });
    expect(
      r.errors![0].extensions!.rows.map((x: { index: number; issues: { field: string }[] }) => [
        x.index,
        x.issues[0].field,
      ]),
    ).toEqual([
      [0, 'value'],
      [1, 'value'],
      [2, 'key'],
    ]);
    expect(await t.sql('SELECT COUNT(*) AS n FROM indicator_value')).toEqual(before);
    const outside = await namGiangEditor.gql(SAVE_VALUES, { rows: [value('20335', 'CLEAN_WATER', 2025, 61)] });
    expect(outside.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('OCOP products and models', () => {
  it('counts OCOP products as entered, by stars, new and upgraded, flagships', async () => {
    const r = await ok(t, `mutation($rows: [OcopRowInput!]!) { saveOcopProducts(rows: $rows) { changed } }`, {
      rows: [
        {
          name: 'Trà sâm dây Ngọc Linh',
          producer: 'HTX Trà My',
          unitCode: '20716',
          category: 'Đồ uống',
          stars: 4,
          yearRated: 2023,
          isNew: false,
        },
        {
          name: 'Ba kích tím',
          producer: 'HTX Nam Giang',
          unitCode: '20704',
          category: 'Dược liệu',
          stars: 3,
          yearRated: 2024,
        },
        {
          name: 'Sâm Ngọc Linh',
          producer: 'Công ty Sâm',
          unitCode: '20716',
          category: 'Dược liệu',
          stars: 5,
          yearRated: 2024,
          flagship: true,
        },
        { name: 'Rượu cần', producer: 'Tổ hợp tác', unitCode: '20719', category: 'Đồ uống', stars: 3, yearRated: 2026 },
      ],
    });
    expect(r.saveOcopProducts.changed).toBe(4);
    const summary = (
      await ok(
        t,
        `{ ocopSummary(year: 2025) { total byStars { stars count } newProducts upgraded flagships flagshipsFiveStar } }`,
      )
    ).ocopSummary;
    expect(summary).toEqual({
      total: 3,
      byStars: [
        { stars: 3, count: 1 },
        { stars: 4, count: 1 },
        { stars: 5, count: 1 },
      ],
      newProducts: 2,
      upgraded: 1,
      flagships: 1,
      flagshipsFiveStar: 1,
    });
    expect(await progressOf('OCOP_TOTAL', 2025)).toMatchObject({ value: 3, derived: true, met: false, gap: 397 });
    expect(await progressOf('OCOP_FLAGSHIP_5_STAR', 2025)).toMatchObject({ value: 1, gap: 4 });
    const bad = await t.gql(`mutation($rows: [OcopRowInput!]!) { saveOcopProducts(rows: $rows) { changed } }`, {
      rows: [{ name: 'X', producer: 'Y', unitCode: '510', category: 'Z', stars: 6, yearRated: 2024 }],
    });
    expect(bad.errors![0].extensions!.rows[0].issues.map((i: { field: string }) => i.field)).toEqual([
      'unitCode',
      'stars',
    ]);
  });

  it('lists exactly the communes under 10 models, districts under 50, and districts without rural tourism', async () => {
    const communes = (
      await ok(t, `{ adminUnits(level: COMMUNE, first: 1000) { nodes { code } } }`)
    ).adminUnits.nodes.map((n: { code: string }) => n.code);
    const rows: Record<string, unknown>[] = [];
    // Every commune gets 10 models, except 20704 (9) and 20705 (none); Nam Giang gets a tourism model.
    for (const code of communes) {
      const n = code === '20704' ? 9 : code === '20705' ? 0 : 10;
      for (let i = 0; i < n; i++)
        rows.push({
          name: `Mô hình ${code}-${i}`,
          unitCode: code,
          field: i === 0 && code === '20707' ? 'TOURISM' : 'PRODUCTION',
          year: 2024,
        });
    }
    for (let i = 0; i < 50; i++)
      rows.push({ name: `Mô hình huyện ${i}`, unitCode: '510', field: 'CULTURE', year: 2023 });
    const saved = await ok(
      t,
      `mutation($rows: [ModelRowInput!]!) { saveModels(rows: $rows) { changed models { id } } }`,
      { rows },
    );
    expect(saved.saveModels.changed).toBe(rows.length);
    const coverage = (
      await ok(
        t,
        `{ modelCoverage(year: 2025) { communesUnder { unit { code } count } districtsUnder { unit { code } } districtsWithoutTourism { code } } }`,
      )
    ).modelCoverage;
    expect(coverage.communesUnder).toEqual([
      { unit: { code: '20704' }, count: 9 },
      { unit: { code: '20705' }, count: 0 },
    ]);
    expect(coverage.districtsUnder.map((d: { unit: { code: string } }) => d.unit.code)).not.toContain('510');
    expect(coverage.districtsUnder).toHaveLength(17);
    expect(coverage.districtsWithoutTourism.map((d: { code: string }) => d.code)).not.toContain('510');
    expect(coverage.districtsWithoutTourism).toHaveLength(17);
    // Before 2024 the communes had none.
    expect(
      (await ok(t, `{ modelCoverage(year: 2023) { communesUnder { unit { code } } } }`)).modelCoverage.communesUnder,
    ).toHaveLength(communes.length);
    // A replicated model counts toward the 300.
    const first = saved.saveModels.models[0].id;
    await ok(t, `mutation($rows: [ModelRowInput!]!) { saveModels(rows: $rows) { changed } }`, {
      rows: [{ name: 'Nhân rộng', unitCode: '20705', field: 'ENVIRONMENT', year: 2025, replicatedFromId: first }],
    });
    expect(await progressOf('MODELS_REPLICATED', 2025)).toMatchObject({ value: 1, derived: true });
  });
});
