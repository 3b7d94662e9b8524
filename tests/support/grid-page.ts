import type { Locator, Page } from 'playwright-core';
import { eventually } from './eventually';

/** Locators and actions on the sheet grids of a page, by the grid's test id. */
export function gridPage(page: Page) {
  const grid = (id: string) => page.locator(`[data-testid="${id}"]`);
  const row = (id: string, key: string) => grid(id).locator(`.ag-row[row-id="${key}"]`);
  const cell = (id: string, key: string, col: string) => row(id, key).locator(`[col-id="${col}"]`);
  /** Data rows, without the total row pinned at the bottom. */
  const rows = (id: string) => grid(id).locator('.ag-row:not(.ag-row-pinned)');
  const control = (id: string, name: string) => page.locator(`[data-testid="grid-${name}"][data-grid="${id}"]`);

  return {
    grid,
    row,
    cell,
    rows,
    control,
    save: (id: string) => control(id, 'save').click(),
    classes: async (locator: Locator) => (await locator.getAttribute('class')) ?? '',

    /**
     * Edits a text cell the way a user does: double-click, type, Enter. A click on a row may
     * choose it first and the page follow (the villages of a commune scrolled into view): the
     * double-click is made again until the cell's editor is open.
     */
    async editText(id: string, key: string, col: string, value: string): Promise<void> {
      const editor = cell(id, key, col).locator('input');
      await eventually(
        async () => {
          if ((await editor.count()) === 0) await cell(id, key, col).dblclick();
          return editor.count();
        },
        (n) => expect(n).toBe(1),
      );
      await editor.fill(value);
      await editor.press('Enter');
    },

    /** Pastes text as the browser does on Ctrl+V: a `paste` event on the focused cell. */
    async paste(text: string): Promise<void> {
      await page.evaluate((data) => {
        const target = document.activeElement ?? document.body;
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', data);
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      }, text);
    },

    /** What Ctrl+C puts on the clipboard: the `copy` event's data, from the focused cell. */
    async copy(): Promise<string> {
      return page.evaluate(() => {
        const target = document.activeElement ?? document.body;
        const clipboardData = new DataTransfer();
        target.dispatchEvent(new ClipboardEvent('copy', { clipboardData, bubbles: true, cancelable: true }));
        return clipboardData.getData('text/plain');
      });
    },

    /** The texts of a column, row by row (data rows in display order). */
    async columnTexts(id: string, col: string): Promise<string[]> {
      return grid(id)
        .locator('.ag-row:not(.ag-row-pinned)')
        .evaluateAll(
          (els, c) =>
            els
              .map((el) => ({ index: Number(el.getAttribute('row-index')), cell: el.querySelector(`[col-id="${c}"]`) }))
              .filter((r) => r.cell !== null)
              .sort((a, b) => a.index - b.index)
              .map((r) => (r.cell!.textContent ?? '').trim()),
          col,
        );
    },
  };
}

export type GridPage = ReturnType<typeof gridPage>;

/** Opens the hierarchy page and a district's communes by clicking its row (Nam Giang's by default). */
export async function openDistrict(page: Page, url: string, code = '510', commune = '20704'): Promise<void> {
  const g = gridPage(page);
  await page.goto(url);
  await g.cell('districts-grid', code, 'code').click();
  await g.row('communes-grid', commune).first().waitFor();
}
