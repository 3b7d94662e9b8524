import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
let namGiangEditor: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  namGiangEditor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
});
afterAll(() => t.close());

const SUMMARY = `query($year: Int, $source: FundingSource, $unitCode: String, $asOf: Date) {
  budgetSummary(year: $year, source: $source, unitCode: $unitCode, asOf: $asOf) {
    allocated allocatedBelow disbursed rate bySource { source allocated disbursed } byChild { unit { code } allocated disbursed rate }
  }
}`;
const SAVE_ALLOCATIONS = `mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed allocations { id version amount } } }`;
const SAVE_PROJECTS = `mutation($rows: [ProjectRowInput!]!) { saveProjects(rows: $rows) { changed projects { id code version } } }`;
const SAVE_DISBURSEMENTS = `mutation($rows: [DisbursementRowInput!]!) { saveDisbursements(rows: $rows) { changed disbursements { id version amount date } } }`;
const CHECKPOINTS = `query($asOf: Date!, $unitCode: String) { checkpointStatus(asOf: $asOf, unitCode: $unitCode) { checkpoint { dueDate minSharePermille } state allocated required disbursed shortBy } }`;

const B = 1_000_000_000n;
const M = 1_000_000n;
const s = (n: bigint) => n.toString();

async function ok<T = any>(client: ApiClient, query: string, variables: Record<string, unknown>): Promise<T> {
  const r = await client.gql(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

async function count(table: string): Promise<number> {
  return Number((await t.sql(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
}

/** A unit's allocation of a source and year from the one above, down a path of codes. */
function down(codes: string[], source: string, year: number, amount: bigint) {
  return codes.map((unitCode) => ({ unitCode, source, year, amount: s(amount) }));
}

describe('the plan’s money, as seeded', () => {
  it('answers section III’s figures in whole đồng', async () => {
    expect((await ok(t, SUMMARY, { year: 2024 })).budgetSummary).toMatchObject({
      allocated: '726276000000',
      disbursed: '0',
      rate: 0,
    });
    expect((await ok(t, SUMMARY, { year: 2025, source: 'CENTRAL' })).budgetSummary.allocated).toBe('314667000000');
    const both = (await ok(t, SUMMARY, {})).budgetSummary;
    expect(both.allocated).toBe('1307608000000');
    expect(both.bySource).toEqual([
      { source: 'CENTRAL', allocated: '597443000000', disbursed: '0' },
      { source: 'PROVINCIAL', allocated: '710165000000', disbursed: '0' },
    ]);
    const checkpoints = await ok(t, `{ checkpoints { capitalYearFrom capitalYearTo dueDate minSharePermille } }`, {});
    expect(checkpoints.checkpoints).toEqual([
      { capitalYearFrom: 2024, capitalYearTo: 2024, dueDate: '2024-06-30', minSharePermille: 500 },
      { capitalYearFrom: 2021, capitalYearTo: 2023, dueDate: '2024-08-31', minSharePermille: 1000 },
      { capitalYearFrom: 2024, capitalYearTo: 2024, dueDate: '2024-12-31', minSharePermille: 1000 },
      { capitalYearFrom: 2021, capitalYearTo: 2025, dueDate: '2025-08-31', minSharePermille: 1000 },
    ]);
  });

  it('refuses money that is not whole đồng', async () => {
    for (const amount of ['1.5', 1.5, '1e9', 'một tỷ']) {
      const r = await t.gql(SAVE_ALLOCATIONS, { rows: [{ unitCode: '510', source: 'CENTRAL', year: 2024, amount }] });
      expect([amount, r.errors?.[0].extensions?.code]).toEqual([amount, 'BAD_USER_INPUT']);
    }
  });
});

describe('reconciliation: what a unit hands down never exceeds what it received', () => {
  it('refuses the rows that would break it, and writes nothing of the batch', async () => {
    const ok1 = await ok(t, SAVE_ALLOCATIONS, {
      rows: [
        ...down(['510'], 'CENTRAL', 2024, 2n * B),
        { unitCode: '20704', source: 'CENTRAL', year: 2024, amount: s(1500n * M) },
      ],
    });
    expect(ok1.saveAllocations.changed).toBe(2);
    const before = await count('allocation');
    const r = await t.gql(SAVE_ALLOCATIONS, {
      rows: [
        { unitCode: '20699', source: 'CENTRAL', year: 2024, amount: s(400n * M) },
        { unitCode: '20705', source: 'CENTRAL', year: 2024, amount: s(200n * M) },
      ],
    });
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [
        { index: 0, issues: [{ field: 'amount' }] },
        { index: 1, issues: [{ field: 'amount' }] },
      ],
    });
    expect(await count('allocation')).toBe(before);
    // Exactly what is left fits.
    const fits = await ok(t, SAVE_ALLOCATIONS, {
      rows: [{ unitCode: '20699', source: 'CENTRAL', year: 2024, amount: s(500n * M) }],
    });
    expect(fits.saveAllocations.changed).toBe(1);
    // The district cannot give back what it already handed down; nor take more than the province got.
    const district = (
      await ok(
        t,
        `{ allocations(unitCode: "510", year: 2024, projects: false, first: 50) { nodes { id version amount unit { code } } } }`,
        {},
      )
    ).allocations.nodes.find((a: { unit: { code: string } }) => a.unit.code === '510');
    const shrink = await t.gql(SAVE_ALLOCATIONS, {
      rows: [{ id: district.id, version: district.version, amount: s(1999n * M) }],
    });
    expect(shrink.errors![0].extensions!.rows[0].issues[0].params.reason).toMatch(/exceed/);
    const tooMuch = await t.gql(SAVE_ALLOCATIONS, {
      rows: [{ unitCode: '502', source: 'CENTRAL', year: 2024, amount: s(281n * B) }],
    });
    expect(tooMuch.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    // A stale version is a CONFLICT.
    await ok(t, SAVE_ALLOCATIONS, { rows: [{ id: district.id, version: district.version, amount: s(3n * B) }] });
    const stale = await t.gql(SAVE_ALLOCATIONS, {
      rows: [{ id: district.id, version: district.version, amount: s(4n * B) }],
    });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
  });
});

describe('projects and disbursements', () => {
  beforeAll(async () => {
    // Nam Giang hands 1 billion of central money and 0.5 of its own to Đắc Pring for one project.
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [
        ...down(['510'], 'DISTRICT', 2024, 500n * M),
        ...down(['20719'], 'CENTRAL', 2024, 1n * B),
        ...down(['20719'], 'DISTRICT', 2024, 500n * M),
      ],
    });
    await ok(t, SAVE_PROJECTS, {
      rows: [
        {
          code: 'NG-2024-001',
          name: 'Đường giao thông thôn 1',
          unitCode: '20719',
          kind: 'TRANSPORT',
          capitalAllocatedOn: '2024-02-20',
        },
      ],
    });
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [
        { projectCode: 'NG-2024-001', source: 'CENTRAL', year: 2024, amount: s(1n * B) },
        { projectCode: 'NG-2024-001', source: 'DISTRICT', year: 2024, amount: s(500n * M) },
      ],
    });
  });

  it('holds central money back until the counterpart is paid in proportion (the Treasury rule)', async () => {
    const early = await namGiangEditor.gql(SAVE_DISBURSEMENTS, {
      rows: [
        { projectCode: 'NG-2024-001', source: 'CENTRAL', capitalYear: 2024, date: '2024-06-10', amount: s(1n * M) },
      ],
    });
    expect(early.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [{ index: 0, issues: [{ field: 'amount' }] }],
    });
    expect(early.errors![0].extensions!.rows[0].issues[0].params.reason).toMatch(/Treasury/);
    // A quarter of the counterpart paid lets a quarter of the central share through: 250 of 1,000 million.
    const counter = await ok(namGiangEditor, SAVE_DISBURSEMENTS, {
      rows: [
        { projectCode: 'NG-2024-001', source: 'DISTRICT', capitalYear: 2024, date: '2024-06-20', amount: s(250n * M) },
      ],
    });
    expect(counter.saveDisbursements.changed).toBe(1);
    const over = await namGiangEditor.gql(SAVE_DISBURSEMENTS, {
      rows: [
        {
          projectCode: 'NG-2024-001',
          source: 'CENTRAL',
          capitalYear: 2024,
          date: '2024-06-29',
          amount: s(500n * M + 1n),
        },
      ],
    });
    expect(over.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const room = await ok(t, `{ project(code: "NG-2024-001") { treasuryRoom } }`, {});
    expect(room.project.treasuryRoom).toBe(s(500n * M));
    const paid = await ok(namGiangEditor, SAVE_DISBURSEMENTS, {
      rows: [
        {
          projectCode: 'NG-2024-001',
          source: 'CENTRAL',
          capitalYear: 2024,
          date: '2024-06-29',
          amount: s(500n * M - 1n),
        },
      ],
    });
    expect(paid.saveDisbursements.changed).toBe(1);
    // Nor more than allocated, whatever the counterpart.
    const beyond = await t.gql(SAVE_DISBURSEMENTS, {
      rows: [
        { projectCode: 'NG-2024-001', source: 'DISTRICT', capitalYear: 2024, date: '2024-06-21', amount: s(251n * M) },
      ],
    });
    expect(beyond.errors![0].extensions!.rows[0].issues[0].params.reason).toMatch(/exceed its allocation/);
  });

  it('judges a checkpoint on its date: pending the day before and on the day, missed the day after', async () => {
    // Đắc Pring received 1.5 billion of 2024 capital: 50% is 750 million; 749,999,999 are paid by 29/06.
    const at = async (asOf: string) =>
      (await ok(t, CHECKPOINTS, { asOf, unitCode: '20719' })).checkpointStatus.find(
        (c: { checkpoint: { dueDate: string } }) => c.checkpoint.dueDate === '2024-06-30',
      );
    expect(await at('2024-06-29')).toMatchObject({
      state: 'PENDING',
      required: s(750n * M),
      disbursed: s(750n * M - 1n),
      shortBy: '1',
    });
    expect(await at('2024-06-30')).toMatchObject({ state: 'PENDING', shortBy: '1' });
    expect(await at('2024-07-01')).toMatchObject({ state: 'MISSED', shortBy: '1' });
    // One đồng on 30/06 meets it; the same đồng on 01/07 would not have.
    await ok(t, SAVE_DISBURSEMENTS, {
      rows: [{ projectCode: 'NG-2024-001', source: 'DISTRICT', capitalYear: 2024, date: '2024-06-30', amount: '1' }],
    });
    expect(await at('2024-06-29')).toMatchObject({ state: 'PENDING' });
    expect(await at('2024-06-30')).toMatchObject({ state: 'MET', shortBy: '0' });
    expect(await at('2024-07-01')).toMatchObject({ state: 'MET' });
    const project = (
      await ok(
        t,
        `{ project(code: "NG-2024-001") { disbursed(asOf: "2024-06-30") rate(asOf: "2024-06-30") status checkpoints(asOf: "2024-07-01") { checkpoint { dueDate } state } } }`,
        {},
      )
    ).project;
    expect(project).toMatchObject({ disbursed: s(750n * M), rate: 0.5, status: 'PLANNED' });
    expect(project.checkpoints[0]).toEqual({ checkpoint: { dueDate: '2024-06-30' }, state: 'MET' });
    // The district's summary rolls it up.
    const district = (await ok(t, SUMMARY, { year: 2024, unitCode: '510', asOf: '2024-06-30' })).budgetSummary;
    expect(district.byChild.find((c: { unit: { code: string } }) => c.unit.code === '20719')).toMatchObject({
      allocated: s(1500n * M),
      disbursed: s(750n * M),
      rate: 0.5,
    });
  });

  it('lists projects with nothing paid by 30/06 as reallocation candidates, not those paid that day', async () => {
    await ok(t, SAVE_ALLOCATIONS, { rows: [...down(['510', '20719'], 'CENTRAL', 2025, 300n * M)] });
    await ok(t, SAVE_PROJECTS, {
      rows: [
        {
          code: 'NG-2025-002',
          name: 'Nhà văn hóa thôn 2',
          unitCode: '20719',
          kind: 'CULTURE_HOUSE',
          capitalAllocatedOn: '2025-01-15',
        },
      ],
    });
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [{ projectCode: 'NG-2025-002', source: 'CENTRAL', year: 2025, amount: s(300n * M) }],
    });
    const paid = await ok(t, SAVE_DISBURSEMENTS, {
      rows: [
        { projectCode: 'NG-2025-002', source: 'CENTRAL', capitalYear: 2025, date: '2025-07-01', amount: s(10n * M) },
      ],
    });
    const candidates = async () =>
      (await ok(t, `{ reallocationCandidates(year: 2025) { project { code } amount } }`, {})).reallocationCandidates;
    expect(await candidates()).toEqual([{ project: { code: 'NG-2025-002' }, amount: s(300n * M) }]);
    const d = paid.saveDisbursements.disbursements[0];
    await ok(t, SAVE_DISBURSEMENTS, { rows: [{ id: d.id, version: d.version, date: '2025-06-30' }] });
    expect(await candidates()).toEqual([]);
  });

  it('turns an unsettled project into local debt after three years to the day, and pays it no more central money', async () => {
    await ok(t, SAVE_ALLOCATIONS, { rows: [...down(['49', '510', '20719'], 'CENTRAL', 2021, 800n * M)] });
    await ok(t, SAVE_PROJECTS, {
      rows: [
        {
          code: 'NG-2021-007',
          name: 'Kênh mương nội đồng',
          unitCode: '20719',
          kind: 'IRRIGATION',
          capitalAllocatedOn: '2021-03-15',
        },
      ],
    });
    await ok(t, SAVE_ALLOCATIONS, {
      rows: [{ projectCode: 'NG-2021-007', source: 'CENTRAL', year: 2021, amount: s(800n * M) }],
    });
    const onTheDay = await t.gql(SAVE_DISBURSEMENTS, {
      rows: [
        { projectCode: 'NG-2021-007', source: 'CENTRAL', capitalYear: 2021, date: '2024-03-15', amount: s(300n * M) },
      ],
    });
    expect(onTheDay.errors).toBeUndefined();
    const dayAfter = await t.gql(SAVE_DISBURSEMENTS, {
      rows: [
        { projectCode: 'NG-2021-007', source: 'CENTRAL', capitalYear: 2021, date: '2024-03-16', amount: s(1n * M) },
      ],
    });
    expect(dayAfter.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [{ issues: [{ field: 'source' }] }],
    });
    const debt = async (asOf: string) =>
      (
        await ok(t, `query($asOf: Date!) { localDebtProjects(asOf: $asOf) { project { code } debtFrom amount } }`, {
          asOf,
        })
      ).localDebtProjects;
    expect(await debt('2024-03-15')).toEqual([]);
    expect(await debt('2024-03-16')).toEqual([
      { project: { code: 'NG-2021-007' }, debtFrom: '2024-03-16', amount: s(500n * M) },
    ]);
    // A settlement approved ends it.
    const p = (await ok(t, `{ project(code: "NG-2021-007") { id version } }`, {})).project;
    await ok(t, SAVE_PROJECTS, {
      rows: [{ id: p.id, version: p.version, completedOn: '2023-01-10', settlementApprovedOn: '2024-05-02' }],
    });
    expect(await debt('2024-05-01')).toHaveLength(1);
    expect(await debt('2024-05-02')).toEqual([]);
  });

  it('moves allocations when a reallocation is done, and refuses more than there is', async () => {
    await ok(t, SAVE_PROJECTS, {
      rows: [{ code: 'NG-2025-003', name: 'Sân thể thao thôn 3', unitCode: '20719', kind: 'CULTURE_HOUSE' }],
    });
    const r = await ok(
      t,
      `mutation($rows: [ReallocationRowInput!]!) { saveReallocations(rows: $rows) { reallocations { id version status } } }`,
      {
        rows: [
          {
            fromProjectCode: 'NG-2025-002',
            toProjectCode: 'NG-2025-003',
            source: 'CENTRAL',
            capitalYear: 2025,
            amount: s(100n * M),
            reason: 'Không giải ngân được đến 30/6',
            status: 'PROPOSED',
          },
        ],
      },
    );
    const { id, version } = r.saveReallocations.reallocations[0];
    const alloc = async (code: string) =>
      (await ok(t, `query($c: String!) { project(code: $c) { allocated(year: 2025) } }`, { c: code })).project
        .allocated;
    expect(await alloc('NG-2025-003')).toBe('0');
    await ok(t, `mutation($rows: [ReallocationRowInput!]!) { saveReallocations(rows: $rows) { changed } }`, {
      rows: [{ id, version, status: 'DONE', doneOn: '2025-11-10' }],
    });
    expect(await alloc('NG-2025-002')).toBe(s(200n * M));
    expect(await alloc('NG-2025-003')).toBe(s(100n * M));
    const listed = await ok(
      t,
      `{ reallocations(year: 2025) { status fromProject { code } toProject { code } fromUnit { code } toUnit { code } } }`,
      {},
    );
    expect(listed.reallocations).toEqual([
      {
        status: 'DONE',
        fromProject: { code: 'NG-2025-002' },
        toProject: { code: 'NG-2025-003' },
        fromUnit: { code: '20719' },
        toUnit: { code: '20719' },
      },
    ]);
    const tooMuch = await t.gql(
      `mutation($rows: [ReallocationRowInput!]!) { saveReallocations(rows: $rows) { changed } }`,
      {
        rows: [
          {
            fromProjectCode: 'NG-2025-002',
            toProjectCode: 'NG-2025-003',
            source: 'CENTRAL',
            capitalYear: 2025,
            amount: s(201n * M),
            reason: 'x',
            status: 'DONE',
            doneOn: '2025-11-12',
          },
        ],
      },
    );
    expect(tooMuch.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await alloc('NG-2025-002')).toBe(s(200n * M));
  });

  it('keeps to the user’s units', async () => {
    const outside = await namGiangEditor.gql(SAVE_PROJECTS, {
      rows: [{ code: 'TK-1', name: 'Ngoài huyện', unitCode: '20335', kind: 'OTHER' }],
    });
    expect(outside.errors![0].extensions!.code).toBe('FORBIDDEN');
    const list = await ok(namGiangEditor, `{ projects(first: 50) { totalCount nodes { code unit { code } } } }`, {});
    expect(list.projects.nodes.every((p: { unit: { code: string } }) => p.unit.code.startsWith('20'))).toBe(true);
  });
});

describe('support norms', () => {
  it('lists communes aiming for ADVANCED that got less than 1.5 billion, until they get it', async () => {
    const short = async () =>
      (
        await ok(t, `{ supportShortfalls(year: 2025) { normKey unit { code } required allocated shortBy } }`, {})
      ).supportShortfalls.filter(
        (x: { normKey: string; unit: { code: string } }) =>
          x.normKey === 'ADVANCED_COMMUNE_SUPPORT' && x.unit.code === '20371',
      );
    expect(await short()).toEqual([
      {
        normKey: 'ADVANCED_COMMUNE_SUPPORT',
        unit: { code: '20371' },
        required: s(1500n * M),
        allocated: '0',
        shortBy: s(1500n * M),
      },
    ]);
    await ok(t, SAVE_ALLOCATIONS, { rows: [...down(['502', '20371'], 'PROVINCIAL', 2025, 1500n * M)] });
    expect(await short()).toEqual([]);
  });
});
