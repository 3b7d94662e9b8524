import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import type { GridPage } from '../support/grid-page';
import { type TestServer, dataOf } from '../support/test-server';

// The money pages in the browser: the capital plan of a unit (allocations handed down, with the
// reconciliation), a project's payments entered in the grid and the district's rate and
// checkpoints following them, the Treasury rule refusing a payment, and the charts.

let t: TestServer;
let page: Page;
let g: GridPage;
browserSuite((s) => ({ t, page, g } = s));

const PROJECTS = 'projects-grid';
const PAYMENTS = 'disbursements-grid';
const PLAN = 'allocations-grid';
const M = 1_000_000n;
const s = (n: bigint) => n.toString();

const SAVE_ALLOCATIONS = `mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }`;
const SAVE_PROJECTS = `mutation($rows: [ProjectRowInput!]!) { saveProjects(rows: $rows) { changed } }`;
const SUMMARY = `query($unitCode: String, $asOf: Date, $year: Int) { budgetSummary(unitCode: $unitCode, asOf: $asOf, year: $year) { allocated disbursed rate } }`;

const ok = (query: string, variables: Record<string, unknown>) => dataOf(t, query, variables);

async function payments(code: string): Promise<number> {
  const rows = await t.sql(
    'SELECT COUNT(*) AS n FROM disbursement d JOIN project p ON p.id = d.projectId WHERE p.code = ?',
    [code],
  );
  return Number(rows[0].n);
}

beforeAll(async () => {
  // Central money of 2024 down to Nam Giang (510) and Đắc Pring (20719), with the district's own
  // money as counterpart for one of two projects. Nam Giang's 2024 capital: 800 million.
  await ok(SAVE_ALLOCATIONS, {
    rows: [
      { unitCode: '510', source: 'CENTRAL', year: 2024, amount: s(600n * M) },
      { unitCode: '510', source: 'DISTRICT', year: 2024, amount: s(200n * M) },
      { unitCode: '20719', source: 'CENTRAL', year: 2024, amount: s(600n * M) },
      { unitCode: '20719', source: 'DISTRICT', year: 2024, amount: s(200n * M) },
    ],
  });
  await ok(SAVE_PROJECTS, {
    rows: [
      {
        code: 'NG-A',
        name: 'Đường giao thông thôn A',
        unitCode: '20719',
        kind: 'TRANSPORT',
        capitalAllocatedOn: '2024-02-20',
      },
      {
        code: 'NG-B',
        name: 'Nhà văn hóa thôn B',
        unitCode: '20719',
        kind: 'CULTURE_HOUSE',
        capitalAllocatedOn: '2024-02-20',
      },
    ],
  });
  await ok(SAVE_ALLOCATIONS, {
    rows: [
      // NG-A: central money only, no counterpart: the Treasury does not hold it back.
      { projectCode: 'NG-A', source: 'CENTRAL', year: 2024, amount: s(400n * M) },
      // NG-B: a counterpart agreed and none paid: central money waits for it.
      { projectCode: 'NG-B', source: 'CENTRAL', year: 2024, amount: s(200n * M) },
      { projectCode: 'NG-B', source: 'DISTRICT', year: 2024, amount: s(200n * M) },
    ],
  });
});

const rate = () => page.locator('[data-testid="district-rate"]');
const chip = (due: string) => page.locator(`[data-testid="checkpoint-chip"][data-due="${due}"]`);

async function openProjects(query: string): Promise<void> {
  await page.goto(`${t.url}/cong-trinh?${query}`);
  await eventually(
    () => g.rows(PROJECTS).count(),
    (n) => expect(n).toBe(2),
  );
}

/** Chooses a project in the projects grid and waits for its payments grid. */
async function chooseProject(code: string): Promise<void> {
  await g.cell(PROJECTS, code, 'unitName').click();
  await eventually(
    async () => page.url(),
    (url) => expect(url).toContain(`project=${code}`),
  );
  await eventually(
    () => g.grid(PAYMENTS).getAttribute('aria-busy'),
    (busy) => expect(busy).toBe('false'),
  );
}

/** Adds a payment row and pastes date, source, capital year and amount (million đồng) into it. */
async function enterPayment(cells: string): Promise<void> {
  await g.control(PAYMENTS, 'add-row').click();
  const fresh = g.grid(PAYMENTS).locator('.ag-row.ntm-row-new').first();
  await eventually(
    () => fresh.count(),
    (n) => expect(n).toBe(1),
  );
  await fresh.locator('[col-id="date"]').click();
  await g.paste(`${cells}\r\n`);
  await eventually(
    () => g.control(PAYMENTS, 'save').isEnabled(),
    (enabled) => expect(enabled).toBe(true),
  );
}

describe('projects and payments', () => {
  it('takes a payment in the grid, and the district’s rate and 30/06 checkpoint follow it', async () => {
    await openProjects('district=510&asOf=2024-07-01');

    // Nothing paid by 30/06/2024 of 800 million: the checkpoint (50%) is missed, the rate 0.
    await eventually(
      () => rate().getAttribute('data-rate'),
      (r) => expect(r).toBe('0'),
    );
    await eventually(
      () => chip('2024-06-30').getAttribute('data-state'),
      (st) => expect(st).toBe('MISSED'),
    );
    expect(await chip('2024-06-30').getAttribute('title')).toContain('400');
    // Each project shows its checkpoints, its money and its status.
    expect(await g.cell(PROJECTS, 'NG-A', 'allocated').innerText()).toBe('400');
    await eventually(
      () =>
        g
          .cell(PROJECTS, 'NG-A', 'cp_2024_06_30')
          .locator('[data-testid="project-checkpoint"]')
          .getAttribute('data-state'),
      (st) => expect(st).toBe('MISSED'),
    );

    await chooseProject('NG-A');
    await enterPayment('15/06/2024\tNgân sách trung ương\t2024\t400');
    expect(await g.rows(PAYMENTS).count()).toBe(1);
    await g.save(PAYMENTS);

    // Saved: the district's rate and checkpoint, and the project's row, are read again.
    await eventually(
      () => rate().getAttribute('data-rate'),
      (r) => expect(r).toBe('0.5'),
    );
    expect(await rate().innerText()).toMatch(/50\s?%/);
    await eventually(
      () => chip('2024-06-30').getAttribute('data-state'),
      (st) => expect(st).toBe('MET'),
    );
    await eventually(
      () => g.cell(PROJECTS, 'NG-A', 'disbursed').innerText(),
      (text) => expect(text).toBe('400'),
    );
    await eventually(
      () => g.cell(PROJECTS, 'NG-A', 'ratePercent').innerText(),
      (text) => expect(text).toBe('100'),
    );
    await eventually(
      () =>
        g
          .cell(PROJECTS, 'NG-A', 'cp_2024_06_30')
          .locator('[data-testid="project-checkpoint"]')
          .getAttribute('data-state'),
      (st) => expect(st).toBe('MET'),
    );
    // The payment is in the grid as saved (date as dd/mm/yyyy), and in the database.
    await eventually(
      () => g.columnTexts(PAYMENTS, 'date'),
      (dates) => expect(dates).toEqual(['15/06/2024']),
    );
    expect(await g.columnTexts(PAYMENTS, 'source')).toEqual(['Ngân sách trung ương']);
    const summary = (await ok(SUMMARY, { unitCode: '510', asOf: '2024-07-01' })).budgetSummary;
    expect(summary).toEqual({ allocated: s(800n * M), disbursed: s(400n * M), rate: 0.5 });
    const cp = (
      await ok(`{ checkpointStatus(asOf: "2024-07-01", unitCode: "510") { checkpoint { dueDate } state } }`, {})
    ).checkpointStatus;
    expect(cp.find((c: { checkpoint: { dueDate: string } }) => c.checkpoint.dueDate === '2024-06-30').state).toBe(
      'MET',
    );
  });

  it('shows the Treasury’s refusal on the row and writes nothing', async () => {
    await openProjects('district=510&commune=20719&asOf=2024-07-01&project=NG-B');
    await eventually(
      () => g.grid(PAYMENTS).getAttribute('aria-busy'),
      (busy) => expect(busy).toBe('false'),
    );
    const before = await rate().getAttribute('data-rate');

    await enterPayment('16/06/2024\tNgân sách trung ương\t2024\t50');
    await g.save(PAYMENTS);

    const row = g.grid(PAYMENTS).locator('.ag-row.ntm-row-new').first();
    await eventually(
      () => g.classes(row),
      (c) => expect(c).toContain('ntm-row-failed'),
    );
    expect(await g.classes(row.locator('[col-id="amount"]'))).toContain('ntm-cell-invalid');
    await eventually(
      () => page.locator('[data-testid="disbursement-refusals"]').innerText(),
      (text) => expect(text).toContain('Kho bạc chỉ thanh toán vốn trung ương, tỉnh theo tỷ lệ vốn đối ứng'),
    );
    // Still there to correct, nothing written, the figures as they were.
    expect(await g.rows(PAYMENTS).count()).toBe(1);
    expect(await payments('NG-B')).toBe(0);
    expect(await rate().getAttribute('data-rate')).toBe(before);
  });
});

describe('reallocation and debt', () => {
  it('lists the projects with nothing paid by 30/06 as candidates for reallocation', async () => {
    await page.goto(`${t.url}/dieu-chuyen?year=2024&asOf=2024-07-01`);
    const C = 'reallocation-candidates';
    await eventually(
      () => g.rows(C).count(),
      (n) => expect(n).toBeGreaterThan(0),
    );
    // NG-A was paid on 15/06 (the first test); NG-B has nothing paid.
    expect(await g.columnTexts(C, 'projectCode')).toEqual(['NG-B']);
    expect(await g.cell(C, 'NG-B', 'amount').innerText()).toBe('400');
  });
});

describe('the capital plan', () => {
  it('hands money down in the grid, reconciles it, and refuses more than was received', async () => {
    await page.goto(`${t.url}/von?district=510&year=2024`);
    // Nam Giang's own row, then its 12 communes.
    await eventually(
      () => g.rows(PLAN).count(),
      (n) => expect(n).toBe(13),
    );
    expect(await g.cell(PLAN, '510', 'CENTRAL').innerText()).toBe('600');
    expect(await g.cell(PLAN, '20719', 'CENTRAL').innerText()).toBe('600');
    const remaining = (source: string) => page.locator(`[data-testid="plan-remaining"][data-source="${source}"]`);
    expect(await remaining('CENTRAL').getAttribute('data-amount')).toBe('0');

    // 100 more to La Dêê than Nam Giang has left: shown red at once, refused on Save.
    await g.editText(PLAN, '20704', 'CENTRAL', '100');
    await eventually(
      () => remaining('CENTRAL').getAttribute('data-amount'),
      (a) => expect(a).toBe(s(-100n * M)),
    );
    expect(await remaining('CENTRAL').getAttribute('data-negative')).toBe('true');
    await g.save(PLAN);
    await eventually(
      () => g.classes(g.cell(PLAN, '20704', 'CENTRAL')),
      (c) => expect(c).toContain('ntm-cell-invalid'),
    );
    expect(
      Number(
        (
          await t.sql(
            `SELECT COUNT(*) AS n FROM allocation a JOIN admin_unit u ON u.id = a.unitId WHERE u.code = '20704'`,
          )
        )[0].n,
      ),
    ).toBe(0);

    // Within what is left: Đắc Pring gives back 100, La Dêê takes it.
    await g.editText(PLAN, '20719', 'CENTRAL', '500');
    await eventually(
      () => remaining('CENTRAL').getAttribute('data-amount'),
      (a) => expect(a).toBe('0'),
    );
    // Not yet: Đắc Pring handed 600 to its projects. The server says so on its cell.
    await g.save(PLAN);
    await eventually(
      () => g.classes(g.cell(PLAN, '20719', 'CENTRAL')),
      (c) => expect(c).toContain('ntm-cell-invalid'),
    );

    // The district's own money grows instead: 700 received, 100 to La Dêê.
    await g.editText(PLAN, '20719', 'CENTRAL', '600');
    await g.editText(PLAN, '510', 'CENTRAL', '700');
    await eventually(
      () => remaining('CENTRAL').getAttribute('data-amount'),
      (a) => expect(a).toBe('0'),
    );
    await g.save(PLAN);
    await eventually(
      () => g.control(PLAN, 'save').getAttribute('data-count'),
      (n) => expect(n).toBe('0'),
    );
    const rows = await t.gql(
      `{ allocations(unitCode: "510", year: 2024, projects: false, source: CENTRAL, first: 50) { nodes { amount unit { code } } } }`,
      {},
    );
    const byUnit = Object.fromEntries(
      rows.data!.allocations.nodes.map((a: { amount: string; unit: { code: string } }) => [a.unit.code, a.amount]),
    );
    expect(byUnit).toEqual({ '510': s(700n * M), '20704': s(100n * M), '20719': s(600n * M) });
    // The total row adds up the communes, not the district's own row.
    const total = g.grid(PLAN).locator('.ag-row-pinned [col-id="CENTRAL"]');
    expect(await total.innerText()).toBe('700');

    // The charts come with the page, on demand.
    await eventually(
      () => page.locator('[data-testid="chart-district-rates"] svg').count(),
      (n) => expect(n).toBeGreaterThan(0),
    );
    await eventually(
      () => page.locator('[data-testid="chart-sources"] svg').count(),
      (n) => expect(n).toBeGreaterThan(0),
    );
  });
});

describe('the charts', () => {
  const SAVE_DISBURSEMENTS = `mutation($rows: [DisbursementRowInput!]!) { saveDisbursements(rows: $rows) { changed } }`;
  const RATES = `query($asOf: Date, $year: Int) { budgetSummary(asOf: $asOf, year: $year) { byChild { unit { code name } rate } bySource { source } } }`;
  const GREEN = '#166534';
  const RED = '#b42318';
  const chart = (id: string) => page.locator(`[data-testid="${id}"]`);
  const bars = (id: string) => chart(id).locator('[data-testid="chart-bar"]');

  it('draws a bar per district, green where the share due by the date is reached, with the figures on hover and from the keyboard', async () => {
    // Thăng Bình (513): 600 million of central money, 360 paid by 15/06/2024 (60%, over the
    // 50% due by 30/06). Nam Giang keeps its 400 paid of more than 800 (under 50%).
    const commune = (await ok(`{ adminUnits(level: COMMUNE, parentCode: "513", first: 1) { nodes { code } } }`, {}))
      .adminUnits.nodes[0].code;
    await ok(SAVE_ALLOCATIONS, {
      rows: [
        { unitCode: '513', source: 'CENTRAL', year: 2024, amount: s(600n * M) },
        { unitCode: commune, source: 'CENTRAL', year: 2024, amount: s(600n * M) },
      ],
    });
    await ok(SAVE_PROJECTS, {
      rows: [
        { code: 'TB-C', name: 'Đường thôn C', unitCode: commune, kind: 'TRANSPORT', capitalAllocatedOn: '2024-02-20' },
      ],
    });
    await ok(SAVE_ALLOCATIONS, { rows: [{ projectCode: 'TB-C', source: 'CENTRAL', year: 2024, amount: s(600n * M) }] });
    await ok(SAVE_DISBURSEMENTS, {
      rows: [{ projectCode: 'TB-C', source: 'CENTRAL', capitalYear: 2024, date: '2024-06-15', amount: s(360n * M) }],
    });

    const districts = (await ok(`{ adminUnits(level: DISTRICT, asOf: "2024-07-01", first: 100) { totalCount } }`, {}))
      .adminUnits.totalCount;
    const summary = (await ok(RATES, { asOf: '2024-07-01', year: 2024 })).budgetSummary;
    const rateOf = (code: string) => summary.byChild.find((c: { unit: { code: string } }) => c.unit.code === code).rate;
    expect(rateOf('513')).toBe(0.6);
    expect(rateOf('510')).toBeLessThan(0.5);

    await page.goto(`${t.url}/von?year=2024&asOf=2024-07-01`);
    const RATE_CHART = 'chart-district-rates';
    await eventually(
      () => bars(RATE_CHART).count(),
      (n) => expect(n).toBe(districts),
    );
    // In the order of the summary, each bar green when its rate reaches the 50% due, red below.
    const drawn = await bars(RATE_CHART).evaluateAll((els) =>
      els.map((el) => ({
        name: el.getAttribute('data-category'),
        fill: el.getAttribute('fill'),
        value: Number(el.getAttribute('data-value')),
      })),
    );
    expect(drawn).toEqual(
      summary.byChild.map((c: { unit: { name: string }; rate: number | null }) => {
        const value = c.rate === null ? 0 : Math.round(c.rate * 1000) / 10;
        return { name: c.unit.name, fill: value >= 50 ? GREEN : RED, value };
      }),
    );
    expect(drawn.find((b) => b.name === 'Huyện Thăng Bình')!.fill).toBe(GREEN);
    expect(drawn.find((b) => b.name === 'Huyện Nam Giang')!.fill).toBe(RED);
    // The year's checkpoints as dashed lines, named with their dates.
    const lines = chart(RATE_CHART).locator('[data-testid="chart-reference-line"]');
    expect((await lines.allTextContents()).map((l) => l.trim())).toEqual([
      '30/06/2024: 50%',
      '31/12/2024, 31/08/2025: 100%',
    ]);
    // Every figure in the table that screen readers read.
    expect(await chart(RATE_CHART).locator('[data-testid="chart-table"] tbody tr').count()).toBe(districts);

    // Hovering a bar shows its district and rate.
    const tooltip = chart(RATE_CHART).locator('[data-testid="chart-tooltip"]');
    await chart(RATE_CHART).locator('[data-testid="chart-bar"][data-category="Huyện Thăng Bình"]').hover();
    await eventually(
      () => tooltip.innerText(),
      (text) => expect(text).toMatch(/Huyện Thăng Bình[\s\S]*60%/),
    );
    // From the keyboard: the chart takes focus, the arrow keys move from district to district.
    await page.mouse.move(0, 0);
    await eventually(
      () => tooltip.count(),
      (n) => expect(n).toBe(0),
    );
    await chart(RATE_CHART).locator('[role="group"]').focus();
    await page.keyboard.press('End');
    const last = drawn[drawn.length - 1];
    await eventually(
      () => tooltip.innerText(),
      (text) => expect(text).toContain(last.name!),
    );
    await page.keyboard.press('ArrowLeft');
    await eventually(
      () => tooltip.innerText(),
      (text) => expect(text).toContain(drawn[drawn.length - 2].name!),
    );
    await page.keyboard.press('Escape');
    await eventually(
      () => tooltip.count(),
      (n) => expect(n).toBe(0),
    );

    // The province's money by source: allocated and disbursed side by side, in billions.
    const SOURCES = 'chart-sources';
    await eventually(
      () => bars(SOURCES).count(),
      (n) => expect(n).toBe(2 * summary.bySource.length),
    );
    expect(
      (await chart(SOURCES).locator('[data-testid="chart-legend-item"]').allTextContents()).map((l) => l.trim()),
    ).toEqual(['Vốn giao (tỷ đồng)', 'Đã giải ngân (tỷ đồng)']);
    await bars(SOURCES).first().hover();
    const sourceTip = chart(SOURCES).locator('[data-testid="chart-tooltip"]');
    await eventually(
      () => sourceTip.innerText(),
      (text) => expect(text).toMatch(/Ngân sách trung ương[\s\S]*Vốn giao \(tỷ đồng\)\s*[\d.,]+ tỷ đồng/),
    );
  });
});
