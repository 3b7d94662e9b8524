import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { type BrowserSuite, browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import type { TestServer } from '../support/test-server';

/**
 * The hierarchy changes page: the GSO catalogue of 2025-03-01 over the seeded hierarchy of
 * 2024-02-01, its missing successors chosen, previewed, applied, looked up in a unit's history,
 * and reverted.
 */
let t: TestServer;
let page: Page;
const suite: BrowserSuite = browserSuite((s) => ({ t, page } = s));

const CATALOGUE = path.resolve(__dirname, '../fixtures/gso-quang-nam-2025-03-01.json');
const DECISION = 'Nghị quyết 1190/NQ-UBTVQH15';

const byTestId = (id: string, p: Page = page): Locator => p.locator(`[data-testid="${id}"]`);
const changeRows = (filter = ''): Locator => page.locator(`[data-testid="hc-change"]${filter}`);
const listRow = (decision: string): Locator =>
  byTestId('hc-list-row').filter({ has: page.locator('th', { hasText: decision }) });

/** Opens the page from the header and gives it the catalogue; resolves once its proposal is shown. */
async function openWithCatalogue(): Promise<void> {
  await page.goto(t.url);
  await byTestId('nav-hierarchy-changes').click();
  await page.waitForURL(/\/thay-doi-dia-gioi/);
  await byTestId('hc-file').setInputFiles(CATALOGUE);
  await byTestId('hc-changes').waitFor();
}

/** Picks the first candidate of every merged unit still without a successor. */
async function chooseFirstCandidates(): Promise<void> {
  const open = changeRows('[data-needs-choice="true"]');
  for (let left = await open.count(); left > 0; left--) {
    // The row leaves the set once chosen: always the first one left.
    await open.first().locator('[data-testid="hc-successor"]').selectOption({ index: 1 });
    await eventually(
      () => open.count(),
      (n) => expect(n).toBe(left - 1),
    );
  }
}

describe('changing the hierarchy from a GSO catalogue', () => {
  it('previews, applies, shows the unit’s history and reverts the catalogue of 2025-03-01', async () => {
    await openWithCatalogue();

    // What the catalogue lists, and its day as the default effective date.
    const counts = byTestId('hc-counts');
    await expect(counts.getAttribute('data-districts')).resolves.toBe('17');
    await expect(counts.getAttribute('data-communes')).resolves.toBe('234');
    await expect(byTestId('hc-count-districts').innerText()).resolves.toBe('17');
    await expect(byTestId('hc-count-communes').innerText()).resolves.toBe('234');
    await expect(byTestId('hc-effective-on').getAttribute('data-value')).resolves.toBe('2025-03-01');
    await expect(byTestId('hc-effective-on').inputValue()).resolves.toBe('01/03/2025');

    // Nine units end; two successors are evident, seven must be chosen.
    await expect(changeRows('[data-kind="MERGE"]').count()).resolves.toBe(9);
    await expect(changeRows('[data-needs-choice="true"]').count()).resolves.toBe(7);
    await expect(byTestId('hc-needs-count').getAttribute('data-count')).resolves.toBe('7');
    const binhDinhNam = changeRows('[data-code="20822"]');
    await expect(binhDinhNam.locator('[data-testid="hc-successor"]').inputValue()).resolves.toBe('20821');
    await expect(binhDinhNam.innerText()).resolves.toContain('cùng tên gốc');
    await expect(changeRows('[data-code="519"]').innerText()).resolves.toContain('các đơn vị trực thuộc đều chuyển về');
    const open = changeRows('[data-needs-choice="true"]').first().locator('[data-testid="hc-successor"]');
    await expect(open.inputValue()).resolves.toBe('');
    await expect(open.locator('option').first().innerText()).resolves.toBe('— chọn đơn vị kế thừa —');
    await expect(changeRows('[data-code="20821"][data-kind="RENAME"]').innerText()).resolves.toContain('Đổi tên');

    // Apply waits for every successor and the decision.
    const apply = byTestId('hc-apply');
    await expect(apply.isDisabled()).resolves.toBe(true);
    await chooseFirstCandidates();
    await expect(byTestId('hc-needs-count').getAttribute('data-count')).resolves.toBe('0');
    await expect(apply.isDisabled()).resolves.toBe(true);
    await byTestId('hc-decision').fill(DECISION);
    await expect(apply.isEnabled()).resolves.toBe(true);

    // The dry run lists what applying does, and writes nothing.
    await byTestId('hc-preview').click();
    const effects = byTestId('hc-effects');
    await effects.waitFor();
    const carried = page.locator('[data-testid="hc-effect"][data-unit="20822"][data-to="20821"]');
    await expect(carried.count()).resolves.toBeGreaterThan(0);
    await expect(carried.first().innerText()).resolves.toContain('20822 → 20821');
    await expect(
      page.locator('[data-testid="hc-effect"][data-action="UNIT_ENDED"][data-unit="519"]').innerText(),
    ).resolves.toContain('Chấm dứt, kế thừa bởi');
    expect(Number((await t.sql('SELECT COUNT(*) AS n FROM hierarchy_change'))[0].n)).toBe(0);

    // Applied: said so, the proposal gone, the change at the top of the list.
    await apply.click();
    await byTestId('hc-applied').waitFor();
    await expect(byTestId('hc-applied').innerText()).resolves.toContain(DECISION);
    await expect(changeRows().count()).resolves.toBe(0);
    await expect(byTestId('hc-file').inputValue()).resolves.toBe('');
    const row = listRow(DECISION);
    await eventually(
      () => row.getAttribute('data-status'),
      (s) => expect(s).toBe('APPLIED'),
    );
    await expect(row.locator('[data-testid="hc-status"]').innerText()).resolves.toBe('Đã áp dụng');
    await expect(row.innerText()).resolves.toContain('01/03/2025');
    await row.locator('[data-testid="hc-toggle"]').click();
    await expect(page.locator('[data-testid="hc-item"][data-kind="MERGE"]').count()).resolves.toBe(9);
    expect((await t.gql(`{ adminUnit(code: "20821") { name } }`)).data!.adminUnit.name).toBe('Xã Bình Định');

    // The history of Bình Định: its two names, and Bình Định Nam merged into it.
    await byTestId('hc-history-code').fill('20821');
    await byTestId('hc-history-show').click();
    await page.waitForURL(/[?&]ma=20821/);
    const history = page.locator('[data-testid="hc-history-view"][data-unit="20821"]');
    await history.waitFor();
    const states = byTestId('hc-states');
    await expect(states.innerText()).resolves.toContain('Xã Bình Định Bắc');
    await expect(states.innerText()).resolves.toContain('Xã Bình Định');
    await expect(page.locator('[data-testid="hc-state"][data-to="2025-03-01"]').innerText()).resolves.toContain(
      'Xã Bình Định Bắc',
    );
    await expect(page.locator('[data-testid="hc-state"][data-from="2025-03-01"]').innerText()).resolves.toContain(
      'Xã Bình Định',
    );
    const predecessor = page.locator('[data-testid="hc-predecessor"][data-code="20822"]');
    await expect(predecessor.innerText()).resolves.toContain('20822');
    await expect(predecessor.innerText()).resolves.toContain('01/03/2025');
    await expect(byTestId('hc-unit-changes').innerText()).resolves.toContain(DECISION);

    // Reverted after the confirmation: the list says so, the unit has its old name again.
    page.once('dialog', (d) => void d.accept());
    await row.locator('[data-testid="hc-revert"]').click();
    await eventually(
      () => row.getAttribute('data-status'),
      (s) => expect(s).toBe('REVERTED'),
    );
    await expect(row.locator('[data-testid="hc-status"]').innerText()).resolves.toBe('Đã hoàn tác');
    await expect(row.locator('[data-testid="hc-revert"]').count()).resolves.toBe(0);
    expect((await t.gql(`{ adminUnit(code: "20821") { name } }`)).data!.adminUnit.name).toBe('Xã Bình Định Bắc');
    // The history read again: no change names the unit any more.
    await eventually(
      () => byTestId('hc-unit-changes').count(),
      (n) => expect(n).toBe(0),
    );
  });

  it('opens a unit’s history from the address, and says why a revert is refused', async () => {
    await page.goto(`${t.url}/thay-doi-dia-gioi?ma=20822`);
    await page.locator('[data-testid="hc-history-view"][data-unit="20822"]').waitFor();
    await expect(byTestId('hc-history-code').inputValue()).resolves.toBe('20822');
    await expect(byTestId('hc-history-unit').innerText()).resolves.toContain('Xã Bình Định Nam');

    // Applied again, then money recorded for Bình Định: the change can no longer be undone.
    await byTestId('hc-file').setInputFiles(CATALOGUE);
    await byTestId('hc-changes').waitFor();
    await chooseFirstCandidates();
    await byTestId('hc-decision').fill(`${DECISION} (lần 2)`);
    await byTestId('hc-apply').click();
    await byTestId('hc-applied').waitFor();
    const row = listRow(`${DECISION} (lần 2)`);
    await eventually(
      () => row.getAttribute('data-status'),
      (s) => expect(s).toBe('APPLIED'),
    );
    // The history shown follows: Bình Định Nam now ended into Bình Định.
    await eventually(
      () => page.locator('[data-testid="hc-successor-unit"]').getAttribute('data-code'),
      (code) => expect(code).toBe('20821'),
    );
    const saved = await t.gql(`mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }`, {
      rows: [{ unitCode: '20821', source: 'COMMUNE', year: 2025, amount: '50000000' }],
    });
    expect(saved.errors).toBeUndefined();

    // Called off at the confirmation: nothing sent.
    page.once('dialog', (d) => void d.dismiss());
    await row.locator('[data-testid="hc-revert"]').click();
    await expect(row.getAttribute('data-status')).resolves.toBe('APPLIED');

    page.once('dialog', (d) => void d.accept());
    await row.locator('[data-testid="hc-revert"]').click();
    const refusal = page.locator(`[data-testid="hc-revert-error"][data-id="${await row.getAttribute('data-id')}"]`);
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain('bản ghi');
    await expect(row.getAttribute('data-status')).resolves.toBe('APPLIED');
  });

  it('is an administrator’s page only', async () => {
    const editor = await t.userWith([{ role: 'EDITOR', unitCode: '513' }]);
    const p = await suite.signedIn(editor.username!, editor.password);
    await p.goto(t.url);
    await byTestId('nav-criteria', p).waitFor();
    await expect(byTestId('nav-hierarchy-changes', p).count()).resolves.toBe(0);
    await p.goto(`${t.url}/thay-doi-dia-gioi`);
    await eventually(
      async () => new URL(p.url()).pathname,
      (v) => expect(v).toBe('/'),
    );
  });
});
