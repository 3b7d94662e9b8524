import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';
import { SAVE_EVALUATIONS, SAVE_RECOGNITIONS, goalOf } from '../support/targets';

/**
 * The criteria, evaluations and scorecards of the communes, and the review of old recognitions.
 * The plan's targets, recognitions, dossiers and deadlines are in targets.test.ts.
 */
let t: TestServer;
let namGiangEditor: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  namGiangEditor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
});
afterAll(() => t.close());

const goal = (key: string, asOf: string) => goalOf(t, key, asOf);

describe('criteria, evaluations and scorecards', () => {
  const all19 = Array.from({ length: 19 }, (_, i) => String(i + 1));
  const evaluate = (client: ApiClient, unitCode: string, met: (code: string) => boolean, year = 2025) =>
    client.gql(SAVE_EVALUATIONS, {
      rows: all19.map((code) => ({ unitCode, year, setKey: 'XA_NTM_2021_2025', code, met: met(code) })),
    });

  it('seeds the 19 commune criteria and the plan’s new indicators', async () => {
    const r = await t.gql(`{ criteriaSets { key decision criteria { code parentCode } } }`);
    const set = r.data!.criteriaSets.find((s: { key: string }) => s.key === 'XA_NTM_2021_2025');
    expect(set.decision).toContain('318/QĐ-TTg');
    expect(set.criteria.filter((c: { parentCode: string | null }) => c.parentCode === null)).toHaveLength(19);
    expect(
      set.criteria
        .filter((c: { parentCode: string | null }) => c.parentCode !== null)
        .map((c: { code: string }) => c.code),
    ).toEqual(['13.3', '13.4', '13.5', '17.4', '17.7', '17.11', '17.12', '18.6']);
    const district = r.data!.criteriaSets.find((s: { key: string }) => s.key === 'HUYEN_NTM_2021_2025');
    expect(district.criteria.filter((c: { parentCode: string | null }) => c.parentCode === null)).toHaveLength(9);
  });

  it('puts a commune with 14 criteria met among those below 15, and not with 15', async () => {
    const r = await evaluate(namGiangEditor, '20713', (c) => Number(c) <= 14);
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveEvaluations).toMatchObject({ created: 19, rows: [{ unit: { code: '20713' }, metCount: 14 }] });
    const below = await t.gql(`{ communesBelowCriteria(year: 2025) { unit { code } metCount criteriaCount } }`);
    expect(below.data!.communesBelowCriteria).toEqual([{ unit: { code: '20713' }, metCount: 14, criteriaCount: 19 }]);
    expect((await goal('NO_COMMUNE_UNDER_15', '2025-12-31')).gap).toBe(1);

    const cells = r.data!.saveEvaluations.rows[0].cells as { code: string; version: number }[];
    const c15 = cells.find((c) => c.code === '15')!;
    const fix = await namGiangEditor.gql(SAVE_EVALUATIONS, {
      rows: [
        { unitCode: '20713', year: 2025, setKey: 'XA_NTM_2021_2025', code: '15', met: true, version: c15.version },
      ],
    });
    expect(fix.data!.saveEvaluations.rows[0].metCount).toBe(15);
    expect(
      (await t.gql(`{ communesBelowCriteria(year: 2025) { unit { code } } }`)).data!.communesBelowCriteria,
    ).toEqual([]);
    // The same cell saved on the old version is a CONFLICT.
    const stale = await t.gql(SAVE_EVALUATIONS, {
      rows: [
        { unitCode: '20713', year: 2025, setKey: 'XA_NTM_2021_2025', code: '15', met: false, version: c15.version },
      ],
    });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('scores a commune: met, missing, the level it qualifies for, its targets', async () => {
    await evaluate(t, '20698', (c) => c !== '17');
    const card = async () =>
      (
        await t.gql(
          `{ communeScorecard(code: "20698", year: 2025) { metCount criteriaCount missing { code name } qualifiesFor targets { level year } } }`,
        )
      ).data!.communeScorecard;
    expect(await card()).toMatchObject({
      metCount: 18,
      criteriaCount: 19,
      missing: [{ code: '17', name: 'Môi trường và an toàn thực phẩm' }],
      qualifiesFor: null,
    });
    const matrix = await t.gql(
      `{ criteriaMatrix(parentCode: "510", year: 2025) { rows { unit { code } cells { code version } } } }`,
    );
    const row = matrix.data!.criteriaMatrix.rows.find((x: { unit: { code: string } }) => x.unit.code === '20698');
    const v = row.cells.find((c: { code: string }) => c.code === '17').version;
    await t.gql(SAVE_EVALUATIONS, {
      rows: [{ unitCode: '20698', year: 2025, setKey: 'XA_NTM_2021_2025', code: '17', met: true, version: v }],
    });
    expect(await card()).toMatchObject({ metCount: 19, missing: [], qualifiesFor: 'NTM' });
  });

  it('writes no evaluation when one row of the batch is wrong', async () => {
    const before = await t.sql('SELECT COUNT(*) AS n FROM evaluation');
    const r = await t.gql(SAVE_EVALUATIONS, {
      rows: [
        { unitCode: '20716', year: 2025, setKey: 'XA_NTM_2021_2025', code: '1', met: true },
        { unitCode: '20716', year: 2025, setKey: 'XA_NTM_2021_2025', code: '99', met: true },
        { unitCode: '510', year: 2025, setKey: 'XA_NTM_2021_2025', code: '2', met: true },
      ],
    });
    expect(
      r.errors![0].extensions!.rows.map((x: { index: number; issues: { field: string }[] }) => [
        x.index,
        x.issues[0].field,
      ]),
    ).toEqual([
      [1, 'code'],
      [2, 'setKey'],
    ]);
    expect(await t.sql('SELECT COUNT(*) AS n FROM evaluation')).toEqual(before);
    // Outside the user's units: FORBIDDEN.
    const outside = await namGiangEditor.gql(SAVE_EVALUATIONS, {
      rows: [{ unitCode: '20335', year: 2025, setKey: 'XA_NTM_2021_2025', code: '1', met: true }],
    });
    expect(outside.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('the review of communes recognised in 2021 or earlier', () => {
  it('lists those not yet confirmed under the 2022-2025 sets, until the province confirms them', async () => {
    const saved = await t.gql(SAVE_RECOGNITIONS, {
      rows: [
        { unitCode: '20380', level: 'NTM', year: 2019, recognisedOn: '2019-12-30', decision: '4000/QĐ-UBND' },
        { unitCode: '20383', level: 'NTM', year: 2022, recognisedOn: '2022-12-30', decision: '4100/QĐ-UBND' },
      ],
    });
    expect(saved.errors).toBeUndefined();
    const toReview = async () =>
      (
        await t.gql(
          `{ recognitions(recognisedBy: "2021-12-31", unconfirmed: true, holdingOn: "2024-03-01") { nodes { unit { code } } } }`,
        )
      ).data!.recognitions.nodes.map((n: { unit: { code: string } }) => n.unit.code);
    expect(await toReview()).toContain('20380');
    expect(await toReview()).not.toContain('20383');
    const old = saved.data!.saveRecognitions.recognitions[0];
    const confirmed = await t.gql(SAVE_RECOGNITIONS, {
      rows: [{ id: old.id, version: old.version, maintainedOn: '2024-05-20' }],
    });
    expect(confirmed.errors).toBeUndefined();
    expect(await toReview()).not.toContain('20380');
  });
});
