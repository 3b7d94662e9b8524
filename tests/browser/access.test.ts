import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { gridPage } from '../support/grid-page';
import type { TestServer } from '../support/test-server';

let t: TestServer;
let page: Page;
let password: string;
const suite = browserSuite((s) => ({ t } = s), { adminPage: false });

beforeAll(async () => {
  ({ password } = await t.userWith([{ role: 'EDITOR', unitCode: '510' }], 'bientap.namgiang'));
});

const rows = (grid: string) => gridPage(page).rows(grid);
const cell = (grid: string, code: string, col: string) => gridPage(page).cell(grid, code, col);

describe('a district editor', () => {
  it('signs in, sees only their district, edits a cell and sees its history', async () => {
    page = suite.track(await suite.b.newPage());
    await page.goto(t.url);
    await page.locator('[data-testid="login-username"]').fill('bientap.namgiang');
    await page.locator('[data-testid="login-password"]').fill(password);
    await page.locator('[data-testid="login-submit"]').click();

    await cell('districts-grid', '510', 'name').waitFor();
    await expect(rows('districts-grid').count()).resolves.toBe(1);
    await eventually(
      () => rows('communes-grid').count(),
      (n) => expect(n).toBe(12),
    );
    await expect(page.locator('[data-testid="user-name"]').innerText()).resolves.toContain('bientap.namgiang');

    await gridPage(page).editText('communes-grid', '20704', 'name', 'Xã La Dêê (sửa)');
    await page.locator('[data-testid="grid-save"][data-grid="communes-grid"]').click();
    await eventually(
      () => t.gql(`{ adminUnit(code: "20704") { name version } }`),
      (r) => expect(r.data!.adminUnit).toEqual({ name: 'Xã La Dêê (sửa)', version: 2 }),
    );

    await cell('communes-grid', '20704', 'name').click();
    await page.locator('[data-testid="cell-history"][data-grid="communes-grid"]').click();
    const entry = page
      .locator('[data-testid="history-panel"][data-key="20704"][data-field="name"] [data-testid="history-entry"]')
      .first();
    await entry.waitFor();
    await expect(entry.locator('[data-testid="history-old"]').innerText()).resolves.toContain('Xã La Dêê');
    await expect(entry.locator('[data-testid="history-new"]').innerText()).resolves.toContain('Xã La Dêê (sửa)');
    await expect(entry.innerText()).resolves.toContain('bientap.namgiang');
  });

  it('is refused, plainly, with a wrong password', async () => {
    page = suite.track(await suite.b.newPage());
    await page.goto(t.url);
    await page.locator('[data-testid="login-username"]').fill('bientap.namgiang');
    await page.locator('[data-testid="login-password"]').fill('mat-khau-sai-roi');
    await page.locator('[data-testid="login-submit"]').click();
    await eventually(
      () => page.locator('[data-testid="login-error"]').innerText(),
      (v) => expect(v).toMatch(/không đúng/),
    );
  });

  it('cannot change a row whose year an approver has locked', async () => {
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    const approver = await t.userWith([{ role: 'APPROVER', unitCode: '49' }], 'pheduyet.tinh');
    const editor = await t.signIn('bientap.namgiang', password);
    await editor.gql(`mutation { submitUnitData(unitCode: "510", year: ${year}, version: 0) { status } }`);
    const r = await approver.gql(`mutation { approveUnitData(unitCode: "510", year: ${year}, version: 1) { status } }`);
    expect(r.data!.approveUnitData.status).toBe('APPROVED');

    page = await suite.signedIn('bientap.namgiang', password);
    await page.goto(t.url);
    await eventually(
      () => rows('communes-grid').count(),
      (n) => expect(n).toBe(12),
    );
    await expect(cell('communes-grid', '20705', 'name').getAttribute('class')).resolves.toContain('ntm-cell-readonly');
    await expect(
      page.locator('[data-testid="submission-panel"][data-unit="510"]').getAttribute('data-status'),
    ).resolves.toBe('APPROVED');
    await cell('communes-grid', '20705', 'name').dblclick();
    await expect(cell('communes-grid', '20705', 'name').locator('input').count()).resolves.toBe(0);
  });
});
