import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';
import { SAVE_RECOGNITIONS, goalOf } from '../support/targets';

let t: TestServer;
let namGiangEditor: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  namGiangEditor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
});
afterAll(() => t.close());

const TARGETS = `query($level: TargetLevel, $year: Int, $unitLevel: AdminLevel, $unitCode: String) {
  targets(level: $level, year: $year, unitLevel: $unitLevel, unitCode: $unitCode, first: 200) {
    totalCount nodes { id level year kind section planName version unit { code name } }
  }
}`;

async function targetsOf(vars: Record<string, unknown>) {
  const r = await t.gql(TARGETS, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.targets as {
    totalCount: number;
    nodes: { id: number; version: number; planName: string | null; unit: { code: string; name: string } }[];
  };
}

async function targetId(unitCode: string, level: string, year: number): Promise<{ id: number; version: number }> {
  const { nodes } = await targetsOf({
    level,
    year,
    unitCode,
    unitLevel: unitCode.length === 3 ? 'DISTRICT' : 'COMMUNE',
  });
  expect(nodes).toHaveLength(1);
  return nodes[0];
}

const goal = (key: string, asOf: string) => goalOf(t, key, asOf);

const SAVE_DOSSIERS = `mutation($rows: [DossierRowInput!]!) { saveDossiers(rows: $rows) { id version satisfactionPercent dossierStatus steps { step date decision } } }`;
const DEADLINES = `query($asOf: Date!, $within: Int, $unitCode: String) { deadlines(asOf: $asOf, within: $within, unitCode: $unitCode) { step dueDate doneOn state daysLeft target { id level year unit { code } } } }`;

describe('the plan’s targets, as seeded', () => {
  it('names the 44 communes aiming for ADVANCED in 2025, each with its GSO code', async () => {
    const { totalCount, nodes } = await targetsOf({ level: 'ADVANCED', year: 2025 });
    expect(totalCount).toBe(44);
    expect(nodes.every((n) => /^\d{5}$/.test(n.unit.code))).toBe(true);
    expect(new Set(nodes.map((n) => n.unit.code)).size).toBe(44);
    // "xã Ba" of the plan is Xã Ba of Đông Giang; the Tam Thành of Phú Ninh is not Tam Thanh or Tam Thạnh.
    expect(nodes.map((n) => n.unit.code)).toEqual(expect.arrayContaining(['20485', '20365']));
    expect(nodes.map((n) => n.unit.code)).not.toEqual(expect.arrayContaining(['20359']));
  });

  it('matches the plan’s counts for every list, communes and districts', async () => {
    const counts: [string, number, string, number][] = [
      ['NTM', 2023, 'COMMUNE', 6],
      ['NTM', 2024, 'COMMUNE', 8],
      ['NTM', 2025, 'COMMUNE', 14],
      ['ADVANCED', 2023, 'COMMUNE', 11],
      ['ADVANCED', 2024, 'COMMUNE', 17],
      ['MODEL', 2023, 'COMMUNE', 1],
      ['MODEL', 2025, 'COMMUNE', 19],
      ['NTM', 2024, 'DISTRICT', 1],
      ['NTM', 2025, 'DISTRICT', 4],
      ['ADVANCED', 2025, 'DISTRICT', 2],
      ['TASK_COMPLETED', 2025, 'DISTRICT', 1],
    ];
    for (const [level, year, unitLevel, n] of counts) {
      expect([level, year, unitLevel, (await targetsOf({ level, year, unitLevel })).totalCount]).toEqual([
        level,
        year,
        unitLevel,
        n,
      ]);
    }
    // 2024 model communes: five new, and Đại Hiệp re-checked.
    const model2024 = await t.gql(`{ targets(level: MODEL, year: 2024) { nodes { kind unit { code } } } }`);
    expect(model2024.data!.targets.nodes.filter((n: { kind: string }) => n.kind === 'NEW')).toHaveLength(5);
    expect(model2024.data!.targets.nodes.filter((n: { kind: string }) => n.kind === 'REVIEW')).toEqual([
      { kind: 'REVIEW', unit: { code: '20524' } },
    ]);
  });

  it('keeps the plan’s spelling where it differs from the catalogue', async () => {
    const { nodes } = await targetsOf({ level: 'NTM', year: 2024, unitCode: '20710' });
    expect(nodes).toEqual([
      expect.objectContaining({ planName: 'Tà Bhing', unit: { code: '20710', name: 'Xã Tà Bhinh' } }),
    ]);
    const tienPhuoc = await t.gql(`{ targets(unitLevel: DISTRICT, year: 2024) { nodes { level unit { code } } } } `);
    expect(tienPhuoc.data!.targets.nodes).toEqual([{ level: 'NTM', unit: { code: '514' } }]);
  });

  it('holds the goals with the plan’s own figures', async () => {
    const g = await goal('COMMUNES_NTM', '2025-12-31');
    expect(g).toMatchObject({ goal: 154, denominator: 193, achieved: 0, gap: 154, met: false });
    expect(g.unitsCounted).toBeGreaterThan(190);
    expect(await goal('DISTRICTS_NTM', '2025-12-31')).toMatchObject({ goal: 8, goalMax: 9, denominator: 18 });
    const villages = await goal('VILLAGES_MODEL', '2025-12-31');
    expect(villages).toMatchObject({ denominator: null, unitsCounted: 0, goal: 0 });
  });
});

describe('recognitions and the plan’s progress', () => {
  it('count a recognition from its date, until it lapses, and for the levels below it', async () => {
    const before = await goal('COMMUNES_NTM', '2024-12-20');
    const noneInNamGiang = await t.gql(`query { districtsWithoutNtmCommune(asOf: "2024-12-20") { code } }`);
    expect(noneInNamGiang.data!.districtsWithoutNtmCommune.map((d: { code: string }) => d.code)).toContain('510');

    const saved = await t.gql(SAVE_RECOGNITIONS, {
      rows: [
        { unitCode: '20704', level: 'NTM', year: 2024, recognisedOn: '2024-12-20', decision: '3001/QĐ-UBND' },
        { unitCode: '20359', level: 'ADVANCED', year: 2023, recognisedOn: '2024-02-15', decision: '400/QĐ-UBND' },
      ],
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveRecognitions.changed).toBe(2);

    expect((await goal('COMMUNES_NTM', '2024-12-19')).achieved).toBe(before.achieved + 1); // the advanced one only
    const after = await goal('COMMUNES_NTM', '2024-12-20');
    expect(after.achieved).toBe(before.achieved + 2);
    expect(after.gap).toBe(before.gap - 2);
    expect(after.byDistrict.find((d: { district: { code: string } }) => d.district.code === '510')).toMatchObject({
      achieved: 1,
    });
    expect((await goal('COMMUNES_ADVANCED', '2024-12-20')).achieved).toBe(1);
    const without = await t.gql(`query { districtsWithoutNtmCommune(asOf: "2024-12-20") { code } }`);
    expect(without.data!.districtsWithoutNtmCommune.map((d: { code: string }) => d.code)).not.toContain('510');
    expect((await goal('EVERY_DISTRICT_HAS_NTM_COMMUNE', '2024-12-20')).achieved).toBe(
      (await goal('EVERY_DISTRICT_HAS_NTM_COMMUNE', '2024-12-19')).achieved + 1,
    );

    // La Dêê lapses on 01/03/2025: counted the day before, not from that day.
    const laDee = saved.data!.saveRecognitions.recognitions[0];
    const lapse = await t.gql(SAVE_RECOGNITIONS, {
      rows: [{ id: laDee.id, version: laDee.version, endedOn: '2025-03-01', endReason: 'LAPSED' }],
    });
    expect(lapse.errors).toBeUndefined();
    expect((await goal('COMMUNES_NTM', '2025-02-28')).achieved).toBe(before.achieved + 2);
    expect((await goal('COMMUNES_NTM', '2025-03-01')).achieved).toBe(before.achieved + 1);
    // The stale version is refused.
    const stale = await t.gql(SAVE_RECOGNITIONS, { rows: [{ id: laDee.id, version: laDee.version, note: 'cũ' }] });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('refuses recognitions that do not fit the unit, and those outside the user’s reach', async () => {
    const r = await t.gql(SAVE_RECOGNITIONS, {
      rows: [
        { unitCode: '20704', level: 'MODEL_VILLAGE', year: 2024, recognisedOn: '2024-01-01' },
        {
          unitCode: '20699',
          level: 'NTM',
          year: 2024,
          recognisedOn: '2024-05-01',
          endedOn: '2024-04-01',
          endReason: 'LAPSED',
        },
        { unitCode: '20699', level: 'NTM', year: 2024, recognisedOn: '2024-05-01', endedOn: '2024-06-01' },
      ],
    });
    expect(
      r.errors![0].extensions!.rows.map((x: { index: number; issues: { field: string }[] }) => [
        x.index,
        x.issues[0].field,
      ]),
    ).toEqual([
      [0, 'level'],
      [1, 'endedOn'],
      [2, 'endReason'],
    ]);
    // A district editor does not recognise communes: the province does.
    const editor = await namGiangEditor.gql(SAVE_RECOGNITIONS, {
      rows: [{ unitCode: '20699', level: 'NTM', year: 2024, recognisedOn: '2024-05-01' }],
    });
    expect(editor.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('dossiers and deadlines', () => {
  it('shows a step overdue the day after its date and not before, and done once taken', async () => {
    const target = await targetId('20705', 'NTM', 2025); // Đắc Tôi, Nam Giang: to the district by 30/05/2025
    const on = async (asOf: string) =>
      (
        (await t.gql(DEADLINES, { asOf, within: 7, unitCode: '20705' })).data!.deadlines as {
          step: string;
          state: string;
          target: { id: number };
        }[]
      ).filter((d) => d.target.id === target.id && d.step === 'COMMUNE_TO_DISTRICT');
    expect(await on('2025-05-22')).toEqual([]);
    expect(await on('2025-05-23')).toEqual([expect.objectContaining({ state: 'DUE_SOON' })]);
    expect(await on('2025-05-30')).toEqual([expect.objectContaining({ state: 'DUE_SOON' })]);
    expect(await on('2025-05-31')).toEqual([expect.objectContaining({ state: 'OVERDUE', dueDate: '2025-05-30' })]);

    const sent = await namGiangEditor.gql(SAVE_DOSSIERS, {
      rows: [
        {
          targetId: target.id,
          version: target.version,
          steps: [{ step: 'COMMUNE_TO_DISTRICT', date: '2025-05-29', decision: '12/TTr-UBND' }],
        },
      ],
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.saveDossiers[0]).toMatchObject({
      version: target.version + 1,
      steps: [{ step: 'COMMUNE_TO_DISTRICT', date: '2025-05-29' }],
    });
    expect(await on('2025-05-31')).toEqual([]);
    // The district's own deadline to the province now shows, not the commune's.
    const next = (await t.gql(DEADLINES, { asOf: '2025-07-01', within: 7, unitCode: '20705' })).data!.deadlines;
    expect(next).toEqual([expect.objectContaining({ step: 'DISTRICT_TO_PROVINCE', state: 'OVERDUE', daysLeft: -1 })]);
  });

  it('takes each step from the level that owns it, and refuses recognition on low satisfaction', async () => {
    const { id, version } = await targetId('20704', 'NTM', 2025); // La Dêê
    const pipelineBefore = (await goal('COMMUNES_NTM', '2025-06-10')).inPipeline;
    const up = await namGiangEditor.gql(SAVE_DOSSIERS, {
      rows: [
        {
          targetId: id,
          version,
          steps: [
            { step: 'COMMUNE_TO_DISTRICT', date: '2025-05-20' },
            { step: 'DISTRICT_TO_PROVINCE', date: '2025-06-05' },
          ],
        },
      ],
    });
    expect(up.errors).toBeUndefined();
    expect((await goal('COMMUNES_NTM', '2025-06-10')).inPipeline).toBe(pipelineBefore + 1);
    const v = up.data!.saveDossiers[0].version;

    // The district may not recognise; the province may, but not below 90% satisfaction.
    const byDistrict = await namGiangEditor.gql(SAVE_DOSSIERS, {
      rows: [{ targetId: id, version: v, steps: [{ step: 'RECOGNISED', date: '2025-07-01' }] }],
    });
    expect(byDistrict.errors![0].extensions!.code).toBe('FORBIDDEN');
    const low = await t.gql(SAVE_DOSSIERS, {
      rows: [
        { targetId: id, version: v, satisfactionPercent: 85.5, steps: [{ step: 'RECOGNISED', date: '2025-07-01' }] },
      ],
    });
    expect(low.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [{ issues: [{ field: 'satisfactionPercent', rule: 'outOfRange' }] }],
    });
    const backwards = await t.gql(SAVE_DOSSIERS, {
      rows: [
        { targetId: id, version: v, satisfactionPercent: 95, steps: [{ step: 'RECOGNISED', date: '2025-06-01' }] },
      ],
    });
    expect(backwards.errors![0].extensions!.rows[0].issues[0]).toMatchObject({ field: 'steps.RECOGNISED' });

    const achievedBefore = (await goal('COMMUNES_NTM', '2025-07-01')).achieved;
    const ok = await t.gql(SAVE_DOSSIERS, {
      rows: [
        {
          targetId: id,
          version: v,
          satisfactionPercent: 95.2,
          steps: [{ step: 'RECOGNISED', date: '2025-07-01', decision: '1500/QĐ-UBND' }],
        },
      ],
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.saveDossiers[0]).toMatchObject({ satisfactionPercent: 95.2, dossierStatus: 'RECOGNISED' });
    const after = await goal('COMMUNES_NTM', '2025-07-01');
    expect(after.achieved).toBe(achievedBefore + 1);
    expect(after.inPipeline).toBe(pipelineBefore);
    const rec = await t.gql(`{ recognitions(unitCode: "20704", level: NTM) { nodes { recognisedOn decision } } }`);
    expect(rec.data!.recognitions.nodes).toEqual(
      expect.arrayContaining([{ recognisedOn: '2025-07-01', decision: '1500/QĐ-UBND' }]),
    );

    // A stale dossier write is a CONFLICT and changes nothing.
    const stale = await t.gql(SAVE_DOSSIERS, {
      rows: [{ targetId: id, version: v, steps: [{ step: 'RECOGNISED', date: null }] }],
    });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    expect((await goal('COMMUNES_NTM', '2025-07-01')).achieved).toBe(achievedBefore + 1);
  });
});

describe('plans, goals and deadlines as data', () => {
  it('takes the next plan, its goals and new dates through the API, without touching the plan in force', async () => {
    const created = await t.gql(
      `mutation($input: PlanInput!) { savePlan(input: $input) { code startYear endYear minSatisfactionPercent version } }`,
      {
        input: {
          code: 'QN-NTM-2031-2035',
          name: 'Kế hoạch NTM 2031-2035',
          provinceCode: '49',
          startYear: 2031,
          endYear: 2035,
          minSatisfactionPercent: 92.5,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.savePlan).toMatchObject({
      code: 'QN-NTM-2031-2035',
      minSatisfactionPercent: 92.5,
      version: 1,
    });
    expect((await t.gql(`{ plan { code } plans { code } }`)).data).toEqual({
      plan: { code: 'QN-NTM-2024-2025' },
      plans: [{ code: 'QN-NTM-2031-2035' }, { code: 'QN-NTM-2024-2025' }],
    });

    const goals = await t.gql(
      `mutation($rows: [PlanGoalRowInput!]!) { savePlanGoals(rows: $rows) { id key threshold } }`,
      {
        rows: [
          {
            planCode: 'QN-NTM-2031-2035',
            key: 'COMMUNES_ADVANCED',
            kind: 'UNITS_AT_LEVEL',
            unitLevel: 'COMMUNE',
            levels: ['ADVANCED'],
            threshold: 120,
            description: 'Ít nhất 120 xã NTM nâng cao',
          },
        ],
      },
    );
    expect(goals.errors).toBeUndefined();
    const progress = await t.gql(
      `{ planProgress(asOf: "2031-06-30", planCode: "QN-NTM-2031-2035") { goals { key goal } } }`,
    );
    expect(progress.data!.planProgress.goals).toEqual([{ key: 'COMMUNES_ADVANCED', goal: 120 }]);

    // A refused goal row writes nothing, and names the field.
    const bad = await t.gql(`mutation($rows: [PlanGoalRowInput!]!) { savePlanGoals(rows: $rows) { id } }`, {
      rows: [
        {
          planCode: 'QN-NTM-2031-2035',
          key: 'bad key',
          kind: 'UNITS_AT_LEVEL',
          unitLevel: 'COMMUNE',
          levels: [],
          sharePercent: 140,
          description: 'x',
        },
      ],
    });
    expect(bad.errors![0].extensions!.rows[0].issues.map((i: { field: string }) => i.field)).toEqual([
      'key',
      'levels',
      'sharePercent',
    ]);

    // The province moves a date: the deadline list follows.
    const rules = (
      await t.gql(
        `{ plan { deadlineRules { id version step unitLevel targetYear kind levels dueDate unit { code } } } }`,
      )
    ).data!.plan.deadlineRules;
    const rule = rules.find(
      (r: { step: string; targetYear: number; unitLevel: string; unit: null }) =>
        r.step === 'COMMUNE_TO_DISTRICT' && r.targetYear === 2025 && r.unitLevel === 'COMMUNE' && r.unit === null,
    );
    // A commune aiming for NTM in 2025 that has not sent its dossier: overdue on 05/06/2025.
    const { nodes } = await targetsOf({ level: 'NTM', year: 2025 });
    const idle = nodes.find((n) => !['20704', '20705'].includes(n.unit.code))!.unit.code;
    const tra = async () =>
      (
        (await t.gql(DEADLINES, { asOf: '2025-06-05', within: 0, unitCode: idle })).data!.deadlines as {
          step: string;
          state: string;
        }[]
      ).filter((d) => d.step === 'COMMUNE_TO_DISTRICT');
    expect(await tra()).toEqual([expect.objectContaining({ state: 'OVERDUE' })]);
    const moved = await t.gql(
      `mutation($rows: [DeadlineRuleRowInput!]!) { saveDeadlineRules(rows: $rows) { dueDate version } }`,
      {
        rows: [
          {
            id: rule.id,
            version: rule.version,
            planCode: 'QN-NTM-2024-2025',
            step: rule.step,
            unitLevel: rule.unitLevel,
            targetYear: 2025,
            kind: rule.kind,
            levels: rule.levels,
            dueDate: '2025-06-10',
          },
        ],
      },
    );
    expect(moved.data!.saveDeadlineRules).toEqual([{ dueDate: '2025-06-10', version: rule.version + 1 }]);
    expect(await tra()).toEqual([]);
    // Not an admin's: refused.
    const editor = await namGiangEditor.gql(`mutation($input: PlanInput!) { savePlan(input: $input) { code } }`, {
      input: { code: 'QN-X', name: 'x', provinceCode: '49', startYear: 2030, endYear: 2031 },
    });
    expect(editor.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
