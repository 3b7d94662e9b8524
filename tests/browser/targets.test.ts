import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { type GridPage, gridPage } from '../support/grid-page';
import type { TestServer } from '../support/test-server';

// The plan's targets, their recognition dossiers, the deadlines of their steps and the progress
// dashboard, in the browser, against the plan as seeded.

let t: TestServer;
let page: Page;
let g: GridPage;
const suite = browserSuite((s) => ({ t, page, g } = s));

const TG = 'targets-grid';
const DG = 'dossiers-grid';
const DL = 'deadlines-grid';

const TARGET = `query($unitCode: String!, $level: TargetLevel!, $year: Int!) {
  targets(unitCode: $unitCode, level: $level, year: $year) { nodes { id version dossierStatus(asOf: "2025-06-01") steps { step date decision } } }
}`;

async function target(unitCode: string, level: string, year: number) {
  const r = await t.gql(TARGET, { unitCode, level, year });
  expect(r.errors).toBeUndefined();
  expect(r.data!.targets.nodes).toHaveLength(1);
  return r.data!.targets.nodes[0] as {
    id: number;
    version: number;
    dossierStatus: string;
    steps: { step: string; date: string; decision: string | null }[];
  };
}

/** The deadline row of a target's step, in the deadlines grid. */
const deadlineRow = (p: Page, targetId: number, step: string) =>
  p.locator(`[data-testid="${DL}"] .ag-row[data-target="${targetId}"][data-step="${step}"]`);

async function loaded(p: Page, grid: string): Promise<void> {
  await eventually(
    () => p.locator(`[data-testid="${grid}"]`).getAttribute('aria-busy'),
    (busy) => expect(busy).toBe('false'),
  );
}

/** Types a date as a user does (dd/mm/yyyy, Enter), and lets the page follow. */
async function setDate(p: Page, testId: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  const field = p.locator(`[data-testid="${testId}"]`);
  await field.fill(`${d}/${m}/${y}`);
  await field.press('Enter');
  await eventually(
    () => Promise.resolve(new URL(p.url()).searchParams.get('asOf')),
    (v) => expect(v).toBe(iso),
  );
}

describe('the targets page', () => {
  it('lists the 44 communes aiming for NTM nâng cao in 2025, with the count by level', async () => {
    await page.goto(`${t.url}/muc-tieu`);
    await page.locator('[data-testid="targets-level"]').selectOption('ADVANCED');
    await page.locator('[data-testid="targets-year"]').selectOption('2025');
    await eventually(
      () => page.locator('[data-testid="targets-count"]').getAttribute('data-count'),
      (n) => expect(n).toBe('44'),
    );
    await eventually(
      () => g.rows(TG).count(),
      (n) => expect(n).toBe(44),
    );
    expect(new URL(page.url()).searchParams.get('level')).toBe('ADVANCED');
    const chip = page.locator('[data-testid="targets-counts"] [data-level="ADVANCED"]');
    await eventually(
      () => chip.innerText(),
      (v) => expect(v).toContain('44 xã'),
    );
    await expect(
      g.cell(TG, (await target('20485', 'ADVANCED', 2025)).id.toString(), 'unitName').innerText(),
    ).resolves.toBe('Xã Ba');
    const levels = await g.columnTexts(TG, 'level');
    expect(new Set(levels)).toEqual(new Set(['NTM nâng cao']));
    await expect(page.locator('[data-testid="nav-targets"]').count()).resolves.toBe(1);
  });

  it('lets an administrator add, change and remove targets in one save each', async () => {
    await page.goto(`${t.url}/muc-tieu?level=MODEL&year=2025&district=510`);
    await loaded(page, TG);
    await expect(g.rows(TG).count()).resolves.toBe(0);
    await g.control(TG, 'add-row').click();
    await g.editText(TG, 'new:1', 'unitCode', '20699');
    await g.editText(TG, 'new:1', 'note', 'Bổ sung theo đề nghị của huyện');
    await g.save(TG);
    let added: { id: number; version: number } | null = null;
    await eventually(
      () => t.gql(`{ targets(unitCode: "20699", level: MODEL, year: 2025) { nodes { id version kind note } } }`),
      (r) => {
        expect(r.data!.targets.nodes).toEqual([
          expect.objectContaining({ kind: 'NEW', note: 'Bổ sung theo đề nghị của huyện' }),
        ]);
        added = r.data!.targets.nodes[0];
      },
    );
    const key = String(added!.id);
    await eventually(
      () => g.cell(TG, key, 'unitName').innerText(),
      (v) => expect(v).toBe('Xã Chơ Chun'),
    );

    // A code that names no commune is refused on its cell, and nothing is written.
    await g.control(TG, 'add-row').click();
    await g.editText(TG, 'new:2', 'unitCode', '99999');
    await g.save(TG);
    await eventually(
      () => g.classes(g.cell(TG, 'new:2', 'unitCode')),
      (c) => expect(c).toContain('ntm-cell-invalid'),
    );
    page.once('dialog', (d) => void d.accept());
    await g.control(TG, 'discard').click();

    // Ticking "Xóa" and saving removes it.
    await eventually(
      () => g.rows(TG).count(),
      (n) => expect(n).toBe(1),
    );
    await g.cell(TG, key, 'remove').locator('input[type="checkbox"]').click();
    await eventually(
      () => g.classes(g.row(TG, key)),
      (c) => expect(c).toContain('ntm-row-removing'),
    );
    await g.save(TG);
    await eventually(
      () => t.gql(`{ targets(unitCode: "20699", level: MODEL, year: 2025) { totalCount } }`),
      (r) => expect(r.data!.targets.totalCount).toBe(0),
    );
    await eventually(
      () => g.rows(TG).count(),
      (n) => expect(n).toBe(0),
    );
  });

  it('is read-only for a viewer', async () => {
    const viewer = await t.userWith([{ role: 'VIEWER', unitCode: '49' }]);
    const p = await suite.signedIn(viewer.username!, viewer.password);
    await p.goto(`${t.url}/muc-tieu?level=NTM&year=2024`);
    await eventually(
      () => p.locator('[data-testid="targets-count"]').getAttribute('data-count'),
      (n) => expect(n).toBe('8'),
    );
    await expect(p.locator(`[data-testid="grid-add-row"][data-grid="${TG}"]`).count()).resolves.toBe(0);
    const first = gridPage(p).rows(TG).first();
    await expect(first.getAttribute('class')).resolves.toContain('ntm-row-readonly');
  });
});

describe('dossiers and deadlines', () => {
  it('records a step in the dossiers grid: the status moves and the deadline is no longer overdue', async () => {
    const dacToi = await target('20705', 'NTM', 2025); // to the district by 30/05/2025
    expect(dacToi.dossierStatus).toBe('NOT_STARTED');

    await page.goto(`${t.url}/thoi-han?asOf=2025-05-31&within=7&district=510`);
    await loaded(page, DL);
    await eventually(
      () => deadlineRow(page, dacToi.id, 'COMMUNE_TO_DISTRICT').getAttribute('data-state'),
      (s) => expect(s).toBe('OVERDUE'),
    );

    await page.goto(`${t.url}/ho-so?level=NTM&year=2025&district=510`);
    await loaded(page, DG);
    const key = String(dacToi.id);
    await eventually(
      () => g.cell(DG, key, 'status').innerText(),
      (v) => expect(v).toBe('Chưa trình'),
    );
    await g.editText(DG, key, 'COMMUNE_TO_DISTRICT', '29/05/2025');
    await expect(g.cell(DG, key, 'COMMUNE_TO_DISTRICT').innerText()).resolves.toBe('29/05/2025');
    await g.editText(DG, key, 'COMMUNE_TO_DISTRICT_decision', '12/TTr-UBND');
    await g.save(DG);
    await eventually(
      () => target('20705', 'NTM', 2025),
      (saved) => {
        expect(saved.dossierStatus).toBe('AT_DISTRICT');
        expect(saved.version).toBe(dacToi.version + 1);
        expect(saved.steps).toEqual([{ step: 'COMMUNE_TO_DISTRICT', date: '2025-05-29', decision: '12/TTr-UBND' }]);
      },
    );
    await expect(g.grid(DG).locator('.ntm-cell-dirty').count()).resolves.toBe(0);

    await page.goto(`${t.url}/thoi-han?asOf=2025-05-31&within=7&district=510`);
    await loaded(page, DL);
    await eventually(
      () => g.rows(DL).count(),
      (n) => expect(n).toBeGreaterThan(0),
    );
    await expect(deadlineRow(page, dacToi.id, 'COMMUNE_TO_DISTRICT').count()).resolves.toBe(0);
    // With every step shown, it is there as done on time.
    await page.locator('[data-testid="deadlines-all"]').check();
    await eventually(
      () => deadlineRow(page, dacToi.id, 'COMMUNE_TO_DISTRICT').getAttribute('data-state'),
      (s) => expect(s).toBe('DONE'),
    );
  });

  it('shows a step overdue, in red, from the day after its due date', async () => {
    const laDee = await target('20704', 'NTM', 2025); // to the district by 30/05/2025
    await page.goto(`${t.url}/thoi-han?district=510&within=7`);
    await setDate(page, 'deadlines-as-of', '2025-05-30');
    const row = deadlineRow(page, laDee.id, 'COMMUNE_TO_DISTRICT');
    await eventually(
      () => row.getAttribute('data-state'),
      (s) => expect(s).toBe('DUE_SOON'),
    );
    await expect(g.classes(row)).resolves.toContain('ntm-row-due-soon');
    await expect(g.classes(row)).resolves.not.toContain('ntm-row-overdue');
    await expect(row.locator('[col-id="dueDate"]').innerText()).resolves.toBe('30/05/2025');
    await expect(row.locator('[col-id="daysLeft"]').innerText()).resolves.toBe('Hạn hôm nay');

    await setDate(page, 'deadlines-as-of', '2025-05-31');
    await eventually(
      () => row.getAttribute('data-state'),
      (s) => expect(s).toBe('OVERDUE'),
    );
    await eventually(
      () => g.classes(row),
      (c) => expect(c).toContain('ntm-row-overdue'),
    );
    await expect(g.classes(row)).resolves.not.toContain('ntm-row-due-soon');
    await expect(row.locator('[col-id="daysLeft"]').innerText()).resolves.toBe('Trễ 1 ngày');
    await expect(page.locator(`[data-testid="${DL}"] .ag-row.ntm-row-overdue`).count()).resolves.toBeGreaterThan(0);
  });

  it('marks the steps another level takes as read-only, and refuses recognition on low satisfaction', async () => {
    const editor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
    const p = await suite.signedIn(editor.username!, editor.password);
    const ep = gridPage(p);
    const laDee = await target('20704', 'NTM', 2025);
    await p.goto(`${t.url}/ho-so?level=NTM&year=2025&district=510`);
    await loaded(p, DG);
    const key = String(laDee.id);
    await eventually(
      () => ep.cell(DG, key, 'RECOGNISED').getAttribute('class'),
      (c) => expect(c).toContain('ntm-cell-readonly'),
    );
    await expect(ep.classes(ep.cell(DG, key, 'COMMUNE_TO_DISTRICT'))).resolves.not.toContain('ntm-cell-readonly');
    await expect(ep.classes(ep.cell(DG, key, 'DISTRICT_TO_PROVINCE'))).resolves.not.toContain('ntm-cell-readonly');

    // The province records satisfaction of 85%: recognition is refused on the spot.
    await page.goto(`${t.url}/ho-so?level=NTM&year=2025&district=510`);
    await loaded(page, DG);
    await g.editText(DG, key, 'satisfactionPercent', '85');
    await g.editText(DG, key, 'RECOGNISED', '01/07/2025');
    await eventually(
      () => g.classes(g.cell(DG, key, 'RECOGNISED')),
      (c) => expect(c).toContain('ntm-cell-invalid'),
    );
    await expect(g.control(DG, 'save').isDisabled()).resolves.toBe(true);
  });
});

describe('the progress dashboard', () => {
  it('counts a recognition from its date on, not before', async () => {
    const recorded = await t.gql(
      `mutation($rows: [RecognitionRowInput!]!) { saveRecognitions(rows: $rows) { changed } }`,
      { rows: [{ unitCode: '20699', level: 'NTM', year: 2024, recognisedOn: '2024-12-20', decision: '3001/QĐ-UBND' }] },
    );
    expect(recorded.errors).toBeUndefined();

    await page.goto(`${t.url}/tien-do?asOf=2024-12-19`);
    const goal = page.locator('[data-testid="progress-goal"][data-key="COMMUNES_NTM"]');
    await goal.waitFor();
    await expect(goal.getAttribute('data-goal')).resolves.toBe('154');
    await expect(goal.innerText()).resolves.toContain('154 xã/193 xã (80%)');
    const before = Number(await goal.getAttribute('data-achieved'));
    const gapBefore = Number(await goal.getAttribute('data-gap'));
    await expect(page.locator('[data-testid="progress-no-ntm"] [data-code="510"]').count()).resolves.toBe(1);
    const namGiang = page.locator(
      '[data-testid="progress-districts"] tr[data-district="510"] td[data-goal="COMMUNES_NTM"]',
    );
    await expect(namGiang.getAttribute('data-achieved')).resolves.toBe('0');

    await setDate(page, 'progress-as-of', '2024-12-20');
    await eventually(
      () => goal.getAttribute('data-achieved'),
      (v) => expect(Number(v)).toBe(before + 1),
    );
    await expect(goal.getAttribute('data-gap')).resolves.toBe(String(gapBefore - 1));
    await expect(namGiang.getAttribute('data-achieved')).resolves.toBe('1');
    await expect(page.locator('[data-testid="progress-no-ntm"] [data-code="510"]').count()).resolves.toBe(0);

    // And back: the day before, it is not counted.
    await setDate(page, 'progress-as-of', '2024-12-19');
    await eventually(
      () => goal.getAttribute('data-achieved'),
      (v) => expect(Number(v)).toBe(before),
    );
  });
});
