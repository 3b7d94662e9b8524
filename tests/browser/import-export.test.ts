import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { type GridPage, openDistrict } from '../support/grid-page';
import type { TestServer } from '../support/test-server';

let t: TestServer;
let page: Page;
let g: GridPage;
let dir: string;
browserSuite((s) => ({ t, page, g } = s));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-import-'));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const gridButton = (id: string, grid: string) => page.locator(`[data-testid="${id}"][data-grid="${grid}"]`);

/** Clicks a button that hands a file to the browser, and keeps the file. */
async function download(click: () => Promise<void>): Promise<{ download: Download; file: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return { download: d, file };
}

async function communes(): Promise<Record<string, { name: string; version: number }>> {
  const r = await t.gql(`{ adminUnits(parentCode: "510", first: 100) { nodes { code name version } } }`);
  expect(r.errors).toBeUndefined();
  return Object.fromEntries(
    (r.data!.adminUnits.nodes as { code: string; name: string; version: number }[]).map((u) => [
      u.code,
      { name: u.name, version: u.version },
    ]),
  );
}

/** The dry run's counts, once it has settled. */
async function summary(
  expected: Partial<Record<'created' | 'updated' | 'unchanged' | 'refused', number>>,
): Promise<void> {
  const el = page.locator('[data-testid="import-summary"][data-busy="false"]');
  await eventually(
    async () => ({
      created: Number(await el.getAttribute('data-created')),
      updated: Number(await el.getAttribute('data-updated')),
      unchanged: Number(await el.getAttribute('data-unchanged')),
      refused: Number(await el.getAttribute('data-refused')),
    }),
    (v) => expect(v).toMatchObject(expected),
  );
}

/** Opens the wizard from the communes grid and gives it a file. */
async function importFile(file: string): Promise<void> {
  await gridButton('grid-import', 'communes-grid').click();
  await page.waitForURL(/\/nhap-excel\?/);
  expect(new URL(page.url()).searchParams.get('kind')).toBe('ADMIN_UNITS');
  await byTestId('import-file').setInputFiles(file);
}

function headersOf(ws: ExcelJS.Worksheet): string[] {
  return (ws.getRow(1).values as unknown[]).slice(1).map(String);
}

describe('exporting a grid and importing it back', () => {
  it('exports the communes as .xlsx, and a file with two changed names changes exactly those two units', async () => {
    await openDistrict(page, t.url);
    const { download: d, file } = await download(() => gridButton('grid-export-xlsx', 'communes-grid').click());
    expect(d.suggestedFilename()).toMatch(/^xa-.*huyen-nam-giang-\d{4}-\d{2}-\d{2}\.xlsx$/);

    // The file: the grid's title as the sheet, its headers in Vietnamese, a frozen header row,
    // codes as text, counts as numbers, ticks as "x".
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0];
    expect(ws.name).toBe('Xã, phường, thị trấn (cấp xã)');
    const headers = headersOf(ws);
    expect(headers).toEqual(['Mã', 'Tên', 'Loại', 'Miền núi', 'Số đơn vị trực thuộc']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(13);
    const col = (header: string) => headers.indexOf(header) + 1;
    const rowOf = (code: string) => {
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col('Mã')).value === code) return ws.getRow(r);
      throw new Error(`no row for ${code}`);
    };
    expect(rowOf('20704').getCell(col('Tên')).value).toBe('Xã La Dêê');
    expect(rowOf('20704').getCell(col('Miền núi')).value).toBe('x');
    const count = rowOf('20704').getCell(col('Số đơn vị trực thuộc'));
    expect(typeof count.value).toBe('number');
    expect(count.numFmt).toBe('#,##0');
    expect(ws.getColumn(col('Tên')).width).toBeGreaterThan(10);

    // Two names changed in the file.
    rowOf('20704').getCell(col('Tên')).value = 'Xã La Dêê Mới';
    rowOf('20713').getCell(col('Tên')).value = 'Xã Cà Dy Mới';
    const changed = path.join(dir, 'xa-nam-giang-sua.xlsx');
    await book.xlsx.writeFile(changed);

    const before = await communes();
    expect(Object.keys(before)).toHaveLength(12);
    await importFile(changed);

    // The columns matched by their headers; the dry run finds the two changes.
    await expect(byTestId('import-map-1').inputValue()).resolves.toBe('code');
    await expect(byTestId('import-map-2').inputValue()).resolves.toBe('name');
    await expect(byTestId('import-map-5').inputValue()).resolves.toBe('');
    await summary({ created: 0, updated: 2, unchanged: 10, refused: 0 });
    const updated = page.locator('[data-testid="import-row"][data-action="UPDATE"]');
    await expect(updated.count()).resolves.toBe(2);
    const laDee = page.locator('[data-testid="import-row"][data-key="20704"]');
    await expect(laDee.locator('[data-testid="import-old"]').innerText()).resolves.toBe('Xã La Dêê');
    await expect(laDee.locator('[data-testid="import-new"]').innerText()).resolves.toBe('Xã La Dêê Mới');
    // The dry run wrote nothing.
    expect(await communes()).toEqual(before);

    // The commit's answer is held back until the page has asked for the import's progress and the
    // test has seen the bar, so that the page has progress to follow however fast it runs.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('commitImport(')) return route.fallback();
      const response = await route.fetch();
      await released;
      await route.fulfill({ response });
    });
    const polled = page.waitForRequest((req) => (req.postData() ?? '').includes('importProgress('));
    await expect(byTestId('import-commit').isEnabled()).resolves.toBe(true);
    await byTestId('import-commit').click();
    const bar = byTestId('import-progress');
    await bar.waitFor();
    await expect(bar.getAttribute('aria-valuemax')).resolves.toBe('12');
    await expect(byTestId('import-commit').isDisabled()).resolves.toBe(true);
    await polled;
    release();
    const result = byTestId('import-result');
    await result.waitFor();
    await page.unroute('**/graphql');
    await expect(result.getAttribute('data-updated')).resolves.toBe('2');
    await expect(result.getAttribute('data-created')).resolves.toBe('0');
    await expect(bar.getAttribute('role')).resolves.toBe('progressbar');
    await expect(bar.getAttribute('data-phase')).resolves.toBe('DONE');
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe(await bar.getAttribute('aria-valuemax'));

    // Exactly the two units changed, each by one version.
    const after = await communes();
    for (const [code, unit] of Object.entries(before)) {
      if (code === '20704') expect(after[code]).toEqual({ name: 'Xã La Dêê Mới', version: unit.version + 1 });
      else if (code === '20713') expect(after[code]).toEqual({ name: 'Xã Cà Dy Mới', version: unit.version + 1 });
      else expect(after[code]).toEqual(unit);
    }

    // Back in the grid, the new names show.
    await byTestId('import-result-back').click();
    await eventually(
      () => g.cell('communes-grid', '20704', 'name').innerText(),
      (v) => expect(v).toBe('Xã La Dêê Mới'),
    );
    await expect(g.cell('communes-grid', '20713', 'name').innerText()).resolves.toBe('Xã Cà Dy Mới');

    // The same file a second time: nothing to change, and committing it changes nothing.
    await importFile(changed);
    await summary({ created: 0, updated: 0, unchanged: 12, refused: 0 });
    await byTestId('import-commit').click();
    await byTestId('import-result').waitFor();
    await expect(byTestId('import-result').getAttribute('data-updated')).resolves.toBe('0');
    expect(await communes()).toEqual(after);
  });

  it('shows refused rows with their reasons, keeps the commit disabled, and reports them in a file', async () => {
    const sheet = new ExcelJS.Workbook();
    const ws = sheet.addWorksheet('Thôn mới');
    ws.addRow(['Mã', 'Tên', 'Loại', 'Miền núi', 'Xã']);
    ws.addRow(['20705', '', 'Xã', 'x', null]); // row 2: a name is required
    ws.addRow([null, 'Thôn Thử Nghiệm', 'Thôn', null, 'xa tam thanh']); // row 3: three communes
    ws.addRow([null, 'Thôn Không Xã', 'Thôn', null, 'Xã Không Có']); // row 4: no such commune
    ws.addRow([null, 'Thôn Pa Lanh', 'Thôn', 'x', '20704']); // row 5: a new village
    const file = path.join(dir, 'thon-moi.xlsx');
    await sheet.xlsx.writeFile(file);
    const before = await communes();

    await openDistrict(page, t.url);
    await importFile(file);
    await summary({ created: 1, refused: 3 });
    const refused = (r: number) => page.locator(`[data-testid="import-row"][data-row="${r}"][data-action="REFUSED"]`);
    await expect(refused(2).locator('[data-testid="import-issues"]').innerText()).resolves.toContain(
      'Tên không được để trống',
    );
    await expect(refused(4).locator('[data-testid="import-issues"]').innerText()).resolves.toContain(
      'Không tìm thấy Xã “Xã Không Có”',
    );
    await expect(refused(3).locator('[data-testid="import-issues"]').innerText()).resolves.toContain('cùng tên');
    await expect(byTestId('import-commit').isDisabled()).resolves.toBe(true);

    // The refused rows, with what the file said and why, as a file to hand back.
    const { download: d, file: report } = await download(() => byTestId('import-report').click());
    expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    const rws = book.worksheets[0];
    expect(headersOf(rws)).toEqual(['Dòng', 'Mã', 'Tên', 'Loại', 'Miền núi', 'Xã', 'Lý do']);
    expect(rws.rowCount).toBe(4);
    const reportRows = [2, 3, 4].map((r) => (rws.getRow(r).values as unknown[]).slice(1));
    expect(reportRows.map((r) => r[0])).toEqual([2, 3, 4]);
    expect(reportRows[2][5]).toBe('Xã Không Có');
    expect(String(reportRows[0][6])).toContain('Tên không được để trống');

    // Where a name matches several communes, the user picks one and the row is accepted.
    const choice = byTestId('import-choice-3');
    await expect(choice.locator('option').count()).resolves.toBe(4);
    await choice.selectOption('20980');
    await summary({ created: 2, refused: 2 });
    await expect(byTestId('import-commit').isDisabled()).resolves.toBe(true);

    // A required field left without a column is said at once, and the dry run waits for it.
    await byTestId('import-map-2').selectOption('');
    await expect(byTestId('import-mapping-warnings').innerText()).resolves.toContain('Tên');
    await byTestId('import-stale').waitFor();
    await expect(byTestId('import-commit').isDisabled()).resolves.toBe(true);
    // Matched again, the rows are checked again (the pick was for the old columns).
    await byTestId('import-map-2').selectOption('name');
    await summary({ created: 1, refused: 3 });
    await expect(page.locator('[data-testid="import-stale"]').count()).resolves.toBe(0);

    // Nothing was written by any of it.
    expect(await communes()).toEqual(before);
    const village = await t.gql(`{ adminUnits(parentCode: "20704") { totalCount } }`);
    expect(village.data!.adminUnits.totalCount).toBe(0);
  });

  it('imports a list of names from the villages grid into the commune shown', async () => {
    const sheet = new ExcelJS.Workbook();
    const ws = sheet.addWorksheet('Thôn');
    ws.addRow(['STT', 'Tên thôn', 'Miền núi']);
    ws.addRow([1, 'Thôn Ta Vang', 'x']);
    ws.addRow([2, 'Thôn Pê Ting', '']);
    const file = path.join(dir, 'thon-20713.xlsx');
    await sheet.xlsx.writeFile(file);

    await openDistrict(page, t.url);
    await g.cell('communes-grid', '20713', 'code').click();
    await page.locator('[data-testid="villages-grid"]').waitFor();
    await gridButton('grid-import', 'villages-grid').click();
    await page.waitForURL(/\/nhap-excel\?/);
    expect(new URL(page.url()).searchParams.get('parent')).toBe('20713');
    await byTestId('import-file').setInputFiles(file);
    await summary({ created: 2, refused: 0 });
    await byTestId('import-commit').click();
    await byTestId('import-result').waitFor();
    const r = await t.gql(`{ adminUnits(parentCode: "20713") { nodes { code name mountainous } } }`);
    expect(r.data!.adminUnits.nodes).toEqual([
      { code: '20713-001', name: 'Thôn Ta Vang', mountainous: true },
      { code: '20713-002', name: 'Thôn Pê Ting', mountainous: false },
    ]);
    await byTestId('import-result-back').click();
    await eventually(
      () => g.cell('villages-grid', '20713-002', 'name').innerText(),
      (v) => expect(v).toBe('Thôn Pê Ting'),
    );
  });

  it('exports dates as real Excel dates, shown dd/mm/yyyy', async () => {
    const created = await t.gql(
      `mutation { createVillage(input: { communeCode: "20707", name: "Thôn Pà Dồn" }) { code validFrom } }`,
    );
    expect(created.errors).toBeUndefined();
    const { code, validFrom } = created.data!.createVillage as { code: string; validFrom: string };
    expect(validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.goto(`${t.url}/?district=510&commune=20707`);
    await g.cell('villages-grid', code, 'name').waitFor();
    const { download: d, file } = await download(() => gridButton('grid-export-xlsx', 'villages-grid').click());
    expect(d.suggestedFilename()).toMatch(/^thon-.*-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0];
    const headers = headersOf(ws);
    expect(headers).toContain('Hiệu lực từ');
    const date = ws.getRow(2).getCell(headers.indexOf('Hiệu lực từ') + 1);
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString().slice(0, 10)).toBe(validFrom);
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(ws.getRow(2).getCell(headers.indexOf('Mã') + 1).value).toBe(code);
  });

  it('exports a grid as CSV in its sort order, UTF-8 with a BOM and Vietnamese headers', async () => {
    await page.goto(t.url);
    await g.cell('districts-grid', '510', 'name').waitFor();
    // Sorted by name, as the user sorts it.
    await page.locator('[data-testid="districts-grid"] .ag-header-cell[col-id="name"]').click();
    const shown = await eventually(
      () =>
        // A row is drawn once per column section (pinned, centre): each counted once.
        page.locator('[data-testid="districts-grid"] .ag-row[row-id]:not(.ag-row-pinned)').evaluateAll((rows) => {
          const ids = new Map<number, string>();
          for (const r of rows) ids.set(Number(r.getAttribute('row-index')), r.getAttribute('row-id') ?? '');
          return [...ids].sort(([a], [c]) => a - c).map(([, id]) => id);
        }),
      (ids) => expect(ids).toHaveLength(18),
    );

    const { download: d, file } = await download(() => gridButton('grid-export-csv', 'districts-grid').click());
    expect(d.suggestedFilename()).toMatch(/^huyen-.*-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Mã,Tên,Loại,Miền núi,Số đơn vị trực thuộc');
    expect(lines.at(-1)).toBe('');
    const data = lines.slice(1, -1).map((line) => line.split(','));
    expect(data).toHaveLength(18);
    expect(data.map((cells) => cells[0])).toEqual(shown);
    expect(data.find((cells) => cells[0] === '510')).toEqual(['510', 'Huyện Nam Giang', 'Huyện', 'x', '12']);
  });
});
