import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { type GridPage, gridPage } from '../support/grid-page';
import type { ApiClient, TestServer } from '../support/test-server';

// The indicator matrix (units × the indicators they report) edited as a sheet and saved in one
// `saveIndicatorValues` call, with the chosen unit's progress against the plan beside it; and
// the OCOP products and models entered as sheets, with their totals and the coverage of models.

let t: TestServer;
let page: Page;
let g: GridPage;
let editor: ApiClient & { password: string };
const suite = browserSuite((s) => ({ t, page, g } = s));

const G = 'indicator-grid';
const PROGRESS = `query($year: Int!, $unitCode: String) { indicatorProgress(year: $year, unitCode: $unitCode) { indicator { key } value rolledUp unitsReporting met } }`;

beforeAll(async () => {
  editor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
});

const byTestId = (id: string, p: Page = page) => p.locator(`[data-testid="${id}"]`);
const progressRow = (key: string, p: Page = page) => byTestId('indicator-progress', p).locator(`tr[data-key="${key}"]`);
const notice = () => page.locator('[data-testid="notice"]').innerText();

async function progressOf(key: string, unitCode: string, year = 2025): Promise<Record<string, unknown> | undefined> {
  const r = await t.gql(PROGRESS, { year, unitCode });
  expect(r.errors).toBeUndefined();
  return (r.data!.indicatorProgress as { indicator: { key: string } }[]).find((i) => i.indicator.key === key);
}

async function valuesInDb(key: string): Promise<Record<string, number>> {
  const rows = await t.sql(
    `SELECT u.code AS code, v.value AS value FROM indicator_value v
       JOIN indicator i ON i.id = v.indicatorId JOIN admin_unit u ON u.id = v.unitId
      WHERE i.\`key\` = ? AND v.year = 2025 AND v.month = 0 ORDER BY u.code`,
    [key],
  );
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.value)]));
}

/** Opens the page on a unit and a year through its own choices, and waits for the rows. */
async function openMatrix(p: Page, unit: string, rows: number): Promise<void> {
  await byTestId('indicators-unit', p).selectOption(unit);
  await byTestId('indicators-year', p).selectOption('2025');
  await eventually(
    () => gridPage(p).rows(G).count(),
    (n) => expect(n).toBe(rows),
  );
}

describe('the indicator matrix', () => {
  it('saves two communes’ figures in one go, and the district’s share is their households-weighted mean', async () => {
    // One link away in the header.
    await page.goto(t.url);
    await byTestId('nav-indicators').click();
    await page.waitForURL(/\/chi-tieu/);
    await openMatrix(page, '510', 12);
    // The progress beside it is the district's until a row is chosen.
    await eventually(
      () => byTestId('indicator-progress').getAttribute('data-unit'),
      (v) => expect(v).toBe('510'),
    );
    await expect(progressRow('HYGIENIC_WATER').getAttribute('data-met')).resolves.toBe('');
    await expect(progressRow('HYGIENIC_WATER').locator('[data-col="met"]').innerText()).resolves.toBe(
      'Chưa đủ số liệu',
    );

    await g.editText(G, '20704', 'v_RURAL_HOUSEHOLDS', '1000');
    await g.editText(G, '20705', 'v_RURAL_HOUSEHOLDS', '3.000');
    await g.editText(G, '20704', 'v_HYGIENIC_WATER', '90');
    await g.editText(G, '20705', 'v_HYGIENIC_WATER', '100');
    // Each column in its unit: households as a count, the share in %.
    await expect(g.cell(G, '20705', 'v_RURAL_HOUSEHOLDS').innerText()).resolves.toBe('3.000');
    await expect(g.cell(G, '20704', 'v_HYGIENIC_WATER').innerText()).resolves.toBe('90%');
    await expect(g.classes(g.cell(G, '20704', 'v_HYGIENIC_WATER'))).resolves.toContain('ntm-cell-dirty');
    // The total row adds the households up, never the shares.
    await eventually(
      () => g.grid(G).locator('.ag-row-pinned [col-id="v_RURAL_HOUSEHOLDS"]').innerText(),
      (v) => expect(v).toBe('4.000'),
    );
    await expect(g.grid(G).locator('.ag-row-pinned [col-id="v_HYGIENIC_WATER"]').innerText()).resolves.toBe('');
    // Nothing is sent before Save.
    expect(await valuesInDb('HYGIENIC_WATER')).toEqual({});

    await g.save(G);
    await eventually(notice, (v) => expect(v).toContain('Đã lưu 2 dòng'));
    await eventually(
      () => valuesInDb('HYGIENIC_WATER'),
      (v) => expect(v).toEqual({ '20704': 90, '20705': 100 }),
    );
    expect(await valuesInDb('RURAL_HOUSEHOLDS')).toEqual({ '20704': 1000, '20705': 3000 });

    // Editing chose the last row edited: the panel shows that commune until the district is chosen again.
    await eventually(
      () => byTestId('indicator-progress').getAttribute('data-unit'),
      (v) => expect(v).toBe('20705'),
    );
    await byTestId('indicator-progress-back').click();
    await eventually(
      () => byTestId('indicator-progress').getAttribute('data-unit'),
      (v) => expect(v).toBe('510'),
    );
    // (90 × 1000 + 100 × 3000) / 4000 = 97.5, not 190: a share is weighted, not summed.
    await eventually(
      () => progressRow('HYGIENIC_WATER').getAttribute('data-value'),
      (v) => expect(v).toBe('97.5'),
    );
    const water = progressRow('HYGIENIC_WATER');
    await expect(water.locator('[data-col="value"] .indicator-progress__figure').innerText()).resolves.toBe('97,5%');
    await expect(water.locator('[data-col="source"]').innerText()).resolves.toMatch(
      /tổng hợp từ cấp dưới.*2 đơn vị báo cáo/,
    );
    await expect(water.locator('[data-col="required"]').innerText()).resolves.toBe('96%');
    await expect(water.locator('[data-col="met"]').innerText()).resolves.toBe('Đạt');
    await expect(
      progressRow('RURAL_HOUSEHOLDS').locator('[data-col="value"] .indicator-progress__figure').innerText(),
    ).resolves.toBe('4.000');
    await expect(progressOf('HYGIENIC_WATER', '510')).resolves.toMatchObject({
      value: 97.5,
      rolledUp: true,
      unitsReporting: 2,
      met: true,
    });

    // A commune chosen in the matrix: its own figure, judged on its own.
    await g.cell(G, '20704', 'name').click();
    await eventually(
      () => byTestId('indicator-progress').getAttribute('data-unit'),
      (v) => expect(v).toBe('20704'),
    );
    await eventually(
      () => progressRow('HYGIENIC_WATER').getAttribute('data-value'),
      (v) => expect(v).toBe('90'),
    );
    await expect(progressRow('HYGIENIC_WATER').locator('[data-col="met"]').innerText()).resolves.toBe('Chưa đạt');
    await expect(progressRow('HYGIENIC_WATER').locator('[data-col="gap"]').innerText()).resolves.toBe('6%');
    await expect(progressRow('HYGIENIC_WATER').getAttribute('data-rolled-up')).resolves.toBe('false');
  });

  it('refuses a share over 100% before sending, ticks yes/no figures, and removes an emptied figure', async () => {
    const p = await suite.signedIn(editor.username!, editor.password);
    const pg = gridPage(p);
    await p.goto(`${t.url}/chi-tieu`);
    // A district's account has its district chosen for it.
    await eventually(
      () => byTestId('indicators-unit', p).inputValue(),
      (v) => expect(v).toBe('510'),
    );
    await eventually(
      () => pg.rows(G).count(),
      (n) => expect(n).toBe(12),
    );

    await pg.editText(G, '20710', 'v_CLEAN_WATER', '101');
    await eventually(
      () => pg.classes(pg.cell(G, '20710', 'v_CLEAN_WATER')),
      (c) => expect(c).toContain('ntm-cell-invalid'),
    );
    await expect(pg.control(G, 'save').isDisabled()).resolves.toBe(true);
    // The row edited is the one chosen (its progress shows beside): wait until the page has
    // settled on it before editing the cell again.
    await eventually(
      () => byTestId('indicator-progress', p).getAttribute('data-unit'),
      (v) => expect(v).toBe('20710'),
    );
    await eventually(
      () => byTestId('indicator-progress', p).getAttribute('data-loading'),
      (v) => expect(v).toBe('false'),
    );
    await pg.editText(G, '20710', 'v_CLEAN_WATER', '61');

    // Yes/no: a tick per commune, rolled up as the share of communes saying yes.
    await pg.cell(G, '20704', 'v_NTM_COMMUNES_DIGITAL').click();
    await pg.paste('x\r\nKhông\r\n');
    await eventually(
      () => pg.cell(G, '20705', 'v_NTM_COMMUNES_DIGITAL').locator('input[type="checkbox"]').isChecked(),
      (v) => expect(v).toBe(false),
    );
    await expect(
      pg.cell(G, '20704', 'v_NTM_COMMUNES_DIGITAL').locator('input[type="checkbox"]').isChecked(),
    ).resolves.toBe(true);
    await pg.save(G);
    await eventually(
      () => valuesInDb('NTM_COMMUNES_DIGITAL'),
      (v) => expect(v).toEqual({ '20704': 1, '20705': 0 }),
    );
    expect(await valuesInDb('CLEAN_WATER')).toEqual({ '20710': 61 });
    // The commune chosen answers yes; the district's figure is the share of its communes saying yes.
    const digital = () =>
      progressRow('NTM_COMMUNES_DIGITAL', p).locator('[data-col="value"] .indicator-progress__figure').innerText();
    await eventually(
      () => byTestId('indicator-progress', p).getAttribute('data-unit'),
      (v) => expect(v).toBe('20704'),
    );
    await eventually(digital, (v) => expect(v).toBe('Có'));
    await byTestId('indicator-progress-back', p).click();
    await eventually(digital, (v) => expect(v).toBe('50%'));

    // An emptied cell removes the figure.
    await pg.cell(G, '20710', 'v_CLEAN_WATER').click();
    await p.keyboard.press('Delete');
    await eventually(
      () => pg.classes(pg.cell(G, '20710', 'v_CLEAN_WATER')),
      (c) => expect(c).toContain('ntm-cell-dirty'),
    );
    await pg.save(G);
    await eventually(
      () => valuesInDb('CLEAN_WATER'),
      (v) => expect(v).toEqual({}),
    );
  });

  it('shows the province’s districts and their own indicators', async () => {
    await page.goto(`${t.url}/chi-tieu?unit=49`);
    await eventually(
      () => g.rows(G).count(),
      (n) => expect(n).toBe(18),
    );
    await expect(g.grid(G).locator('.ag-header-cell[col-id="v_POOR_DISTRICTS_LEAVING"]').count()).resolves.toBe(1);
    await expect(g.grid(G).locator('.ag-header-cell[col-id="v_HYGIENIC_WATER"]').count()).resolves.toBe(0);
    await eventually(
      () => byTestId('indicator-progress').getAttribute('data-unit'),
      (v) => expect(v).toBe('49'),
    );
  });
});

describe('OCOP products and models', () => {
  it('adds a product and a rural-tourism model in the sheets; the totals and the coverage follow', async () => {
    await page.goto(t.url);
    await byTestId('nav-ocop-models').click();
    await page.waitForURL(/\/ocop-mo-hinh/);
    await eventually(
      () => byTestId('ocop-summary').getAttribute('data-total'),
      (v) => expect(v).toBe('0'),
    );
    await eventually(
      () => byTestId('coverage-tourism').getAttribute('data-count'),
      (v) => expect(v).toBe('18'),
    );
    await expect(byTestId('coverage-tourism').locator('li[data-code="510"]').count()).resolves.toBe(1);
    await expect(byTestId('coverage-districts').getAttribute('data-count')).resolves.toBe('18');
    expect(Number(await byTestId('coverage-communes').getAttribute('data-count'))).toBeGreaterThan(200);

    // A product, pasted as a spreadsheet row into a new row (the commune's name is not typed).
    await g.control('ocop-grid', 'add-row').click();
    await g.cell('ocop-grid', 'new:1', 'name').click();
    await g.paste('Sâm Ngọc Linh\tCông ty Sâm\t20716\t\tDược liệu\t5\t2024\tx\tx\r\n');
    await eventually(
      () => g.cell('ocop-grid', 'new:1', 'stars').innerText(),
      (v) => expect(v).toBe('5 ★'),
    );
    await g.save('ocop-grid');
    await eventually(
      async () =>
        (await t.gql(`{ ocopProducts { nodes { name producer stars yearRated isNew flagship unit { code } } } }`)).data!
          .ocopProducts.nodes,
      (nodes) =>
        expect(nodes).toEqual([
          {
            name: 'Sâm Ngọc Linh',
            producer: 'Công ty Sâm',
            stars: 5,
            yearRated: 2024,
            isNew: true,
            flagship: true,
            unit: { code: '20716' },
          },
        ]),
    );
    await eventually(
      () => byTestId('ocop-summary').getAttribute('data-total'),
      (v) => expect(v).toBe('1'),
    );
    await expect(byTestId('ocop-summary').locator('[data-key="flagshipsFiveStar"] dd').innerText()).resolves.toBe('1');

    // A rural-tourism model of Nam Giang: the field reads as "Du lịch nông thôn".
    await g.control('model-grid', 'add-row').click();
    await g.cell('model-grid', 'new:1', 'name').click();
    await g.paste('Làng du lịch cộng đồng\t510\t\tDu lịch nông thôn\t2024\t\t\r\n');
    await eventually(
      () => g.cell('model-grid', 'new:1', 'field').innerText(),
      (v) => expect(v).toBe('Du lịch nông thôn'),
    );
    await g.save('model-grid');
    await eventually(
      async () => (await t.gql(`{ models { nodes { name field year unit { code } } } }`)).data!.models.nodes,
      (nodes) =>
        expect(nodes).toEqual([
          { name: 'Làng du lịch cộng đồng', field: 'TOURISM', year: 2024, unit: { code: '510' } },
        ]),
    );
    await eventually(
      () => byTestId('coverage-tourism').getAttribute('data-count'),
      (v) => expect(v).toBe('17'),
    );
    await expect(byTestId('coverage-tourism').locator('li[data-code="510"]').count()).resolves.toBe(0);
  });
});
