import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { type GridPage, gridPage } from '../support/grid-page';
import type { ApiClient, TestServer } from '../support/test-server';

// The criteria matrix (communes × criteria of a district in a year) edited as a sheet and saved
// in one `saveEvaluations` call, and the scorecard of the commune selected below it.

let t: TestServer;
let page: Page;
let g: GridPage;
const suite = browserSuite((s) => ({ t, page, g } = s));

const G = 'criteria-grid';
const SET = 'XA_NTM_2021_2025';
const all19 = Array.from({ length: 19 }, (_, i) => String(i + 1));

const SAVE = `mutation($rows: [EvaluationRowInput!]!) { saveEvaluations(rows: $rows) { changed rows { unit { code } metCount cells { code met version } } } }`;
const CARD = `query($code: String!) { communeScorecard(code: $code, year: 2025) { metCount criteriaCount missing { code } } }`;

/** A commune's 19 criteria evaluated through the API, for 2025. */
async function evaluate(unitCode: string, met: (code: string) => boolean, client: ApiClient = t): Promise<void> {
  const r = await client.gql(SAVE, {
    rows: all19.map((code) => ({ unitCode, year: 2025, setKey: SET, code, met: met(code) })),
  });
  expect(r.errors).toBeUndefined();
}

/** An evaluation as the database has it: met (0/1) and version, or undefined. */
async function evaluationInDb(
  unitCode: string,
  code: string,
  year = 2025,
): Promise<{ met: boolean; version: number } | undefined> {
  const rows = await t.sql(
    `SELECT e.met AS met, e.version AS version FROM evaluation e
       JOIN admin_unit u ON u.id = e.unitId JOIN criterion c ON c.id = e.criterionId JOIN criteria_set s ON s.id = c.setId
      WHERE u.code = ? AND c.code = ? AND e.year = ? AND s.\`key\` = ?`,
    [unitCode, code, year, SET],
  );
  return rows[0] ? { met: Boolean(Number(rows[0].met)), version: Number(rows[0].version) } : undefined;
}

const scorecard = (p: Page = page) => p.locator('[data-testid="scorecard"]');
const missing = (p: Page = page) =>
  p.locator('[data-testid="scorecard-missing"] li').evaluateAll((els) => els.map((el) => el.getAttribute('data-code')));
const checkbox = (key: string, col: string, p: Page = page) =>
  gridPage(p).cell(G, key, col).locator('input[type="checkbox"]');
const notice = () => page.locator('[data-testid="notice"]').innerText();

/** Opens the page, chooses the district and the year, and waits for its communes. */
async function openMatrix(p: Page, district: string, communes: number): Promise<void> {
  await p.goto(`${t.url}/tieu-chi`);
  await p.locator('[data-testid="criteria-district"]').selectOption(district);
  await p.locator('[data-testid="criteria-year"]').selectOption('2025');
  await eventually(
    () => gridPage(p).rows(G).count(),
    (n) => expect(n).toBe(communes),
  );
}

describe('the criteria matrix', () => {
  it('counts a tick at once, saves it in one call and shows the commune’s scorecard change', async () => {
    await evaluate('20713', (c) => Number(c) <= 14);
    // The page is one link away in the header.
    await page.goto(t.url);
    await page.locator('[data-testid="nav-criteria"]').click();
    await page.waitForURL(/\/tieu-chi/);
    await page.locator('[data-testid="criteria-district"]').selectOption('510');
    await page.locator('[data-testid="criteria-year"]').selectOption('2025');
    await eventually(
      () => g.rows(G).count(),
      (n) => expect(n).toBe(12),
    );

    // One column per criterion, its name in the header's tooltip; the count computed.
    const header = g.grid(G).locator('.ag-header-cell[col-id="c_15"]');
    await expect(header.innerText()).resolves.toContain('15');
    await expect(g.cell(G, '20713', 'metCount').innerText()).resolves.toBe('14');
    await expect(checkbox('20713', 'c_14').isChecked()).resolves.toBe(true);
    await expect(checkbox('20713', 'c_15').isChecked()).resolves.toBe(false);
    // The total row: how many communes meet each criterion.
    await expect(g.grid(G).locator('.ag-row-pinned [col-id="c_1"]').innerText()).resolves.toBe('1');
    await expect(g.grid(G).locator('.ag-row-pinned [col-id="c_15"]').innerText()).resolves.toBe('0');

    // The commune's scorecard.
    await g.cell(G, '20713', 'name').click();
    await eventually(
      () => scorecard().getAttribute('data-met-count'),
      (v) => expect(v).toBe('14'),
    );
    await expect(scorecard().getAttribute('data-unit')).resolves.toBe('20713');
    await expect(page.locator('[data-testid="scorecard-count"]').innerText()).resolves.toContain('14/19');
    await expect(missing()).resolves.toEqual(['15', '16', '17', '18', '19']);
    await expect(page.locator('[data-testid="scorecard-missing"]').innerText()).resolves.toContain('Y tế');
    await expect(page.locator('[data-testid="scorecard-level"]').getAttribute('data-qualifies-for')).resolves.toBe('');
    expect(page.url()).toContain('commune=20713');

    // A click on the tick: the cell is dirty, the count follows before anything is saved.
    await checkbox('20713', 'c_15').click();
    await eventually(
      () => g.classes(g.cell(G, '20713', 'c_15')),
      (c) => expect(c).toContain('ntm-cell-dirty'),
    );
    await expect(checkbox('20713', 'c_15').isChecked()).resolves.toBe(true);
    await eventually(
      () => g.cell(G, '20713', 'metCount').innerText(),
      (v) => expect(v).toBe('15'),
    );
    await expect(g.grid(G).locator('.ag-row-pinned [col-id="c_15"]').innerText()).resolves.toBe('1');
    await expect(page.locator('[data-testid="scorecard-pending"]').innerText()).resolves.toContain('15/19');
    expect(await evaluationInDb('20713', '15')).toEqual({ met: false, version: 1 });

    await g.save(G);
    await eventually(notice, (v) => expect(v).toContain('Đã lưu 1 dòng'));
    await eventually(
      () => scorecard().getAttribute('data-met-count'),
      (v) => expect(v).toBe('15'),
    );
    await expect(missing()).resolves.toEqual(['16', '17', '18', '19']);
    await expect(g.grid(G).locator('.ntm-cell-dirty').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="scorecard-pending"]').count()).resolves.toBe(0);
    expect(await evaluationInDb('20713', '15')).toEqual({ met: true, version: 2 });
    const card = await t.gql(CARD, { code: '20713' });
    expect(card.data!.communeScorecard).toMatchObject({ metCount: 15, criteriaCount: 19 });
    expect(card.data!.communeScorecard.missing.map((c: { code: string }) => c.code)).toEqual(['16', '17', '18', '19']);

    // Pasted from a spreadsheet (x / Không), across two cells, and undone in one step.
    // A click beside the tick box selects the cell without ticking it.
    await g.cell(G, '20713', 'c_16').click({ position: { x: 3, y: 3 } });
    await g.paste('x\tKhông\r\n');
    await eventually(
      () => g.cell(G, '20713', 'metCount').innerText(),
      (v) => expect(v).toBe('16'),
    );
    await expect(g.classes(g.cell(G, '20713', 'c_16'))).resolves.toContain('ntm-cell-dirty');
    // 17 was "not met" already: no change.
    await expect(g.classes(g.cell(G, '20713', 'c_17'))).resolves.not.toContain('ntm-cell-dirty');
    await page.keyboard.press('Control+z');
    await eventually(
      () => g.cell(G, '20713', 'metCount').innerText(),
      (v) => expect(v).toBe('15'),
    );
    await expect(g.grid(G).locator('.ntm-cell-dirty').count()).resolves.toBe(0);

    // Another year is another matrix: nothing evaluated in 2024.
    await page.locator('[data-testid="criteria-year"]').selectOption('2024');
    await eventually(
      () => g.cell(G, '20713', 'metCount').innerText(),
      (v) => expect(v).toBe('0'),
    );
    await eventually(
      () => scorecard().getAttribute('data-met-count'),
      (v) => expect(v).toBe('0'),
    );
    await expect(scorecard().getAttribute('data-year')).resolves.toBe('2024');
  });

  it('shows a cell another session changed first as a conflict on that row, and saves nothing', async () => {
    await evaluate('20716', (c) => Number(c) <= 10);
    await openMatrix(page, '510', 12);

    // Another session evaluates the same cell first.
    const matrix = await t.gql(
      `{ criteriaMatrix(parentCode: "510", year: 2025) { rows { unit { code } cells { code version } } } }`,
    );
    const row = matrix.data!.criteriaMatrix.rows.find((r: { unit: { code: string } }) => r.unit.code === '20716');
    const version = row.cells.find((c: { code: string }) => c.code === '12').version;
    const other = await t.gql(SAVE, {
      rows: [{ unitCode: '20716', year: 2025, setKey: SET, code: '12', met: true, version }],
    });
    expect(other.errors).toBeUndefined();

    // This one, on what it read: the same cell, and a cell of another commune.
    await checkbox('20716', 'c_12').click();
    await checkbox('20704', 'c_1').click();
    await eventually(
      () => g.classes(g.cell(G, '20704', 'c_1')),
      (c) => expect(c).toContain('ntm-cell-dirty'),
    );
    await expect(g.control(G, 'save').innerText()).resolves.toContain('2');
    await g.save(G);
    await eventually(
      () => g.classes(g.row(G, '20716')),
      (c) => expect(c).toContain('ntm-row-conflict'),
    );
    await expect(g.classes(g.cell(G, '20716', 'c_12'))).resolves.toContain('ntm-cell-conflict');
    await eventually(notice, (v) => expect(v).toContain('vừa được người khác sửa'));
    await expect(g.classes(g.row(G, '20704'))).resolves.not.toContain('ntm-row-conflict');
    await expect(g.classes(g.cell(G, '20704', 'c_1'))).resolves.toContain('ntm-cell-dirty');
    // All or nothing: the other commune's cell was not written either.
    expect(await evaluationInDb('20704', '1')).toBeUndefined();
    expect(await evaluationInDb('20716', '12')).toEqual({ met: true, version: 2 });

    // Reloading the row takes the other session's value; the rest saves.
    await page.locator('[data-testid="notice-action"]').click();
    await eventually(
      () => g.classes(g.row(G, '20716')),
      (c) => expect(c).not.toContain('ntm-row-conflict'),
    );
    await expect(checkbox('20716', 'c_12').isChecked()).resolves.toBe(true);
    await expect(g.cell(G, '20716', 'metCount').innerText()).resolves.toBe('11');
    await g.save(G);
    await eventually(notice, (v) => expect(v).toContain('Đã lưu 1 dòng'));
    await eventually(
      () => evaluationInDb('20704', '1'),
      (v) => expect(v).toEqual({ met: true, version: 1 }),
    );
  });

  it('marks the cells of a commune locked meanwhile, and then shows the commune read-only', async () => {
    await openMatrix(page, '510', 12);
    await checkbox('20719', 'c_2').click();
    await checkbox('20702', 'c_2').click();
    await eventually(
      () => g.classes(g.cell(G, '20702', 'c_2')),
      (c) => expect(c).toContain('ntm-cell-dirty'),
    );

    // Meanwhile the commune's 2025 data is submitted and approved: locked.
    const submitted = await t.gql(
      `mutation { submitUnitData(unitCode: "20719", year: 2025, version: 0) { status version } }`,
    );
    expect(submitted.errors).toBeUndefined();
    const approved = await t.gql(
      `mutation($v: Int!) { approveUnitData(unitCode: "20719", year: 2025, version: $v) { status } }`,
      { v: submitted.data!.submitUnitData.version },
    );
    expect(approved.data!.approveUnitData.status).toBe('APPROVED');

    await g.save(G);
    await eventually(
      () => g.classes(g.cell(G, '20719', 'c_2')),
      (c) => expect(c).toContain('ntm-cell-refused'),
    );
    await expect(g.classes(g.row(G, '20719'))).resolves.toContain('ntm-row-failed');
    await eventually(notice, (v) => expect(v).toContain('Chưa lưu được gì'));
    expect(await evaluationInDb('20702', '2')).toBeUndefined();
    // The matrix is read again: the locked commune is read-only now, its edit still shown.
    await eventually(
      () => g.classes(g.row(G, '20719')),
      (c) => expect(c).toContain('ntm-row-readonly'),
    );
    await expect(checkbox('20719', 'c_3').isDisabled()).resolves.toBe(true);

    // Dropping that commune's edits lets the rest be saved.
    await page.locator('[data-testid="notice-action"]').click();
    await eventually(
      () => g.classes(g.cell(G, '20719', 'c_2')),
      (c) => expect(c).not.toContain('ntm-cell-dirty'),
    );
    await expect(g.classes(g.cell(G, '20702', 'c_2'))).resolves.toContain('ntm-cell-dirty');
    await g.save(G);
    await eventually(
      () => evaluationInDb('20702', '2'),
      (v) => expect(v).toEqual({ met: true, version: 1 }),
    );
    expect(await evaluationInDb('20719', '2')).toBeUndefined();
  });

  it('lets a district editor see and edit only their district, and a viewer only look', async () => {
    const editor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
    const viewer = await t.userWith([{ role: 'VIEWER', unitCode: '510' }]);
    await evaluate('20701', (c) => c !== '19');

    const ep = await suite.signedIn(editor.username!, editor.password);
    const eg = gridPage(ep);
    await ep.goto(`${t.url}/tieu-chi`);
    // Their one district is chosen for them, and no other is offered.
    await eventually(
      () => eg.rows(G).count(),
      (n) => expect(n).toBe(12),
    );
    await expect(
      ep
        .locator('[data-testid="criteria-district"] option:not([value=""])')
        .evaluateAll((els) => els.map((el) => el.getAttribute('value'))),
    ).resolves.toEqual(['510']);
    await expect(checkbox('20701', 'c_19', ep).isDisabled()).resolves.toBe(false);
    await checkbox('20701', 'c_19', ep).click();
    await eventually(
      () => eg.cell(G, '20701', 'metCount').innerText(),
      (v) => expect(v).toBe('19'),
    );
    await eg.save(G);
    await eventually(
      () => evaluationInDb('20701', '19'),
      (v) => expect(v).toEqual({ met: true, version: 2 }),
    );
    await eg.cell(G, '20701', 'name').click();
    await eventually(
      () => scorecard(ep).getAttribute('data-met-count'),
      (v) => expect(v).toBe('19'),
    );
    await expect(ep.locator('[data-testid="scorecard-level"]').getAttribute('data-qualifies-for')).resolves.toBe('NTM');
    await expect(ep.locator('[data-testid="scorecard-missing"]').getAttribute('data-empty')).resolves.toBe('true');

    const vp = await suite.signedIn(viewer.username!, viewer.password);
    const vg = gridPage(vp);
    await vp.goto(`${t.url}/tieu-chi?district=510`);
    await eventually(
      () => vg.rows(G).count(),
      (n) => expect(n).toBe(12),
    );
    await expect(vg.classes(vg.cell(G, '20701', 'c_1'))).resolves.toContain('ntm-cell-readonly');
    await expect(vg.classes(vg.row(G, '20701'))).resolves.toContain('ntm-row-readonly');
    await expect(checkbox('20701', 'c_18', vp).isDisabled()).resolves.toBe(true);
    // A paste writes nothing either.
    await vg.cell(G, '20701', 'c_18').click({ position: { x: 3, y: 3 } });
    await vg.paste('Không');
    await eventually(
      () => vp.locator('[data-testid="notice"]').innerText(),
      (v) => expect(v).toMatch(/chỉ đọc/),
    );
    await expect(vg.grid(G).locator('.ntm-cell-dirty').count()).resolves.toBe(0);
    await expect(vg.control(G, 'save').isDisabled()).resolves.toBe(true);
    expect(await evaluationInDb('20701', '18')).toEqual({ met: true, version: 1 });
  });
});
