import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { type GridPage, gridPage } from '../support/grid-page';
import type { TestServer } from '../support/test-server';

// The spreadsheet behaviour of the grids: edits kept in the page until Save, paste, fill,
// clear, undo and redo, conflicts with another session, and asking before edits are lost.

let t: TestServer;
let page: Page;
let g: GridPage;
const suite = browserSuite((s) => ({ t, page, g } = s));

const V = 'villages-grid';

const SAVE = `mutation($rows: [AdminUnitRowInput!]!) { saveAdminUnits(rows: $rows) { created units { code } } }`;

/** Villages made through the API: "Thôn 1" … in the commune, codes <commune>-001 … */
async function makeVillages(
  commune: string,
  count: number,
  mountainous: (i: number) => boolean = () => true,
): Promise<string[]> {
  const r = await t.gql(SAVE, {
    rows: Array.from({ length: count }, (_, i) => ({
      communeCode: commune,
      name: `Thôn ${i + 1}`,
      mountainous: mountainous(i),
    })),
  });
  expect(r.errors).toBeUndefined();
  return r.data!.saveAdminUnits.units.map((u: { code: string }) => u.code);
}

/** The villages of a commune as the database has them, by code. */
async function villagesInDb(
  commune: string,
): Promise<{ code: string; name: string; mountainous: boolean; version: number }[]> {
  const rows = await t.sql(`SELECT code, name, mountainous, version FROM admin_unit WHERE code LIKE ? ORDER BY code`, [
    `${commune}-%`,
  ]);
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    mountainous: Boolean(Number(r.mountainous)),
    version: Number(r.version),
  }));
}

async function openCommune(p: Page, district: string, commune: string, villages: number): Promise<void> {
  await p.goto(`${t.url}/?district=${district}&commune=${commune}`);
  await eventually(
    () => gridPage(p).rows(V).count(),
    (n) => expect(n).toBe(villages),
  );
}

const notice = () => page.locator('[data-testid="notice"]').innerText();
const checked = (key: string) => g.cell(V, key, 'mountainous').locator('input[type="checkbox"]').isChecked();

/** Rows as a spreadsheet copies them: name, type, mountainous; tab-separated, CRLF. */
function block(rows: [string, string][]): string {
  return rows.map(([name, flag]) => `${name}\tThôn\t${flag}`).join('\r\n') + '\r\n';
}

describe('a sheet grid', () => {
  it('pastes a 3×20 block, flags bad cells before sending, undoes it in one step, and saves a good one', async () => {
    const codes = await makeVillages('20704', 10);
    const before = await villagesInDb('20704');
    await openCommune(page, '510', '20704', 10);

    // 20 rows from a spreadsheet onto 10 villages: 10 rows are changed, 10 are new villages.
    const bad: [string, string][] = Array.from({ length: 20 }, (_, i) => [`Thôn Dán ${i + 1}`, i % 2 === 0 ? 'x' : '']);
    bad[3] = ['', 'x']; // an empty name
    bad[5] = ['Thôn Dán 6', 'có lẽ']; // not a yes or no
    bad[14] = ['   ', '']; // an empty name in a new row
    await g.cell(V, codes[0], 'name').click();
    await g.paste(block(bad));

    await eventually(
      () => g.rows(V).count(),
      (n) => expect(n).toBe(20),
    );
    await eventually(
      () => g.classes(g.cell(V, codes[3], 'name')),
      (c) => expect(c).toContain('ntm-cell-invalid'),
    );
    await expect(g.classes(g.cell(V, codes[5], 'mountainous'))).resolves.toContain('ntm-cell-invalid');
    await expect(g.cell(V, codes[5], 'mountainous').innerText()).resolves.toBe('có lẽ');
    await expect(g.classes(g.cell(V, 'new:5', 'name'))).resolves.toContain('ntm-cell-invalid');
    await expect(g.classes(g.cell(V, codes[0], 'name'))).resolves.toContain('ntm-cell-dirty');
    await expect(g.cell(V, codes[0], 'name').innerText()).resolves.toBe('Thôn Dán 1');
    await expect(g.classes(g.row(V, 'new:1'))).resolves.toContain('ntm-row-new');
    await expect(g.cell(V, 'new:1', 'name').innerText()).resolves.toBe('Thôn Dán 11');
    // The type column is read-only: its 20 cells are reported, not written.
    await eventually(notice, (v) => expect(v).toMatch(/bỏ qua 20 ô chỉ đọc/));
    await expect(g.control(V, 'invalid').innerText()).resolves.toContain('3 ô chưa hợp lệ');
    await expect(g.control(V, 'save').isDisabled()).resolves.toBe(true);
    // Nothing was sent.
    expect(await villagesInDb('20704')).toEqual(before);

    // One Ctrl+Z takes the whole paste back.
    await page.keyboard.press('Control+z');
    await eventually(
      () => g.rows(V).count(),
      (n) => expect(n).toBe(10),
    );
    await expect(g.cell(V, codes[0], 'name').innerText()).resolves.toBe('Thôn 1');
    await expect(g.grid(V).locator('.ntm-cell-dirty, .ntm-cell-invalid, .ntm-row-new').count()).resolves.toBe(0);
    await expect(g.control(V, 'undo').isDisabled()).resolves.toBe(true);
    await expect(g.control(V, 'save').isDisabled()).resolves.toBe(true);

    // A good block, saved in one go.
    const good: [string, string][] = Array.from({ length: 20 }, (_, i) => [
      `Thôn Dán ${i + 1}`,
      i % 2 === 0 ? 'x' : 'Không',
    ]);
    await g.cell(V, codes[0], 'name').click();
    await g.paste(block(good));
    await eventually(
      () => g.rows(V).count(),
      (n) => expect(n).toBe(20),
    );
    await expect(g.control(V, 'save').innerText()).resolves.toContain('20');
    await g.save(V);
    await eventually(notice, (v) => expect(v).toContain('Đã lưu 20 dòng'));
    const expected = good.map(([name, flag], i) => ({
      code: `20704-${String(i + 1).padStart(3, '0')}`,
      name,
      mountainous: flag === 'x',
    }));
    await eventually(
      () => villagesInDb('20704'),
      (rows) => expect(rows.map(({ code, name, mountainous }) => ({ code, name, mountainous }))).toEqual(expected),
    );
    // The saved rows are the server's: codes for the new villages, nothing left to save.
    await eventually(
      () => g.cell(V, '20704-020', 'name').innerText(),
      (v) => expect(v).toBe('Thôn Dán 20'),
    );
    await expect(g.grid(V).locator('.ntm-cell-dirty, .ntm-row-new').count()).resolves.toBe(0);
    const api = await t.gql(`{ adminUnits(parentCode: "20704") { totalCount nodes { code name mountainous } } }`);
    expect(api.data!.adminUnits.totalCount).toBe(20);
    expect(api.data!.adminUnits.nodes).toEqual(expected);

    // After a reload the grid shows what was saved.
    await page.reload();
    await eventually(
      () => g.rows(V).count(),
      (n) => expect(n).toBe(20),
    );
    await expect(g.columnTexts(V, 'name')).resolves.toEqual(good.map(([name]) => name));
    await expect(checked('20704-001')).resolves.toBe(true);
    await expect(checked('20704-002')).resolves.toBe(false);

    // A new row the server refuses (the commune has a village of that name): its cell says why.
    await g.control(V, 'add-row').click();
    await g.editText(V, 'new:1', 'name', 'Thôn Dán 1');
    await g.save(V);
    await eventually(
      () => g.classes(g.cell(V, 'new:1', 'name')),
      (c) => expect(c).toContain('ntm-cell-invalid'),
    );
    await eventually(notice, (v) => expect(v).toContain('Chưa lưu được gì'));
    expect(await villagesInDb('20704')).toHaveLength(20);
  });

  it('shows a conflict with another session on that row only, and keeps the other rows’ edits', async () => {
    const codes = await makeVillages('20705', 4);
    const other = await suite.signedIn();
    const og = gridPage(other);
    await openCommune(page, '510', '20705', 4);
    await openCommune(other, '510', '20705', 4);

    // The other session saves first.
    await og.editText(V, codes[1], 'name', 'Thôn Hai (phiên kia)');
    await og.save(V);
    await eventually(
      () => villagesInDb('20705'),
      (rows) => expect(rows[1].name).toBe('Thôn Hai (phiên kia)'),
    );

    // This one edited the same row and another, on the versions it read.
    await g.editText(V, codes[1], 'name', 'Thôn Hai (phiên này)');
    await g.editText(V, codes[2], 'name', 'Thôn Ba (phiên này)');
    await g.save(V);
    await eventually(
      () => g.classes(g.row(V, codes[1])),
      (c) => expect(c).toContain('ntm-row-conflict'),
    );
    await eventually(notice, (v) => expect(v).toContain('vừa được người khác sửa'));
    await expect(g.classes(g.row(V, codes[2]))).resolves.not.toContain('ntm-row-conflict');
    await expect(g.classes(g.cell(V, codes[2], 'name'))).resolves.toContain('ntm-cell-dirty');
    await expect(g.cell(V, codes[2], 'name').innerText()).resolves.toBe('Thôn Ba (phiên này)');
    // All or nothing: the other row was not written either.
    let rows = await villagesInDb('20705');
    expect(rows.map((r) => r.name)).toEqual(['Thôn 1', 'Thôn Hai (phiên kia)', 'Thôn 3', 'Thôn 4']);

    // Reloading the row drops this session's edit of it only; the rest saves.
    await page.locator('[data-testid="notice-action"]').click();
    await eventually(
      () => g.cell(V, codes[1], 'name').innerText(),
      (v) => expect(v).toBe('Thôn Hai (phiên kia)'),
    );
    await expect(g.classes(g.row(V, codes[1]))).resolves.not.toContain('ntm-row-conflict');
    await expect(g.classes(g.cell(V, codes[2], 'name'))).resolves.toContain('ntm-cell-dirty');
    await g.save(V);
    await eventually(notice, (v) => expect(v).toContain('Đã lưu 1 dòng'));
    rows = await villagesInDb('20705');
    expect(rows.map((r) => r.name)).toEqual(['Thôn 1', 'Thôn Hai (phiên kia)', 'Thôn Ba (phiên này)', 'Thôn 4']);
  });

  it('undoes and redoes an edit, fills down with Ctrl+D, clears with Delete', async () => {
    const codes = await makeVillages('20701', 5, (i) => i % 2 === 1);
    await openCommune(page, '510', '20701', 5);

    // Undo and redo of an edit, by keyboard and by the toolbar.
    await g.editText(V, codes[0], 'name', 'Thôn Một Mới');
    await expect(g.cell(V, codes[0], 'name').innerText()).resolves.toBe('Thôn Một Mới');
    await page.keyboard.press('Control+z');
    await eventually(
      () => g.cell(V, codes[0], 'name').innerText(),
      (v) => expect(v).toBe('Thôn 1'),
    );
    await expect(g.classes(g.cell(V, codes[0], 'name'))).resolves.not.toContain('ntm-cell-dirty');
    await page.keyboard.press('Control+y');
    await eventually(
      () => g.cell(V, codes[0], 'name').innerText(),
      (v) => expect(v).toBe('Thôn Một Mới'),
    );
    await page.keyboard.press('Control+z');
    await eventually(
      () => g.cell(V, codes[0], 'name').innerText(),
      (v) => expect(v).toBe('Thôn 1'),
    );
    await page.keyboard.press('Control+Shift+z');
    await eventually(
      () => g.cell(V, codes[0], 'name').innerText(),
      (v) => expect(v).toBe('Thôn Một Mới'),
    );
    await g.control(V, 'undo').click();
    await eventually(
      () => g.cell(V, codes[0], 'name').innerText(),
      (v) => expect(v).toBe('Thôn 1'),
    );
    await g.control(V, 'redo').click();
    await eventually(
      () => g.cell(V, codes[0], 'name').innerText(),
      (v) => expect(v).toBe('Thôn Một Mới'),
    );

    // Fill down: the first row's flag (no) over the four below it (two were yes).
    expect(await Promise.all(codes.map(checked))).toEqual([false, true, false, true, false]);
    await g.cell(V, codes[0], 'typeName').click();
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+ArrowDown');
    await eventually(
      () => g.grid(V).locator('.ntm-cell-selected').count(),
      (n) => expect(n).toBe(5),
    );
    await expect(g.classes(g.cell(V, codes[4], 'mountainous'))).resolves.toContain('ntm-cell-selected');
    await page.keyboard.press('Control+d');
    await eventually(
      () => Promise.all(codes.map(checked)),
      (v) => expect(v).toEqual([false, false, false, false, false]),
    );
    await expect(g.classes(g.cell(V, codes[1], 'mountainous'))).resolves.toContain('ntm-cell-dirty');
    await expect(g.classes(g.cell(V, codes[2], 'mountainous'))).resolves.not.toContain('ntm-cell-dirty');

    // Delete empties the selected cells: an empty name is refused, then taken back.
    await g.cell(V, codes[2], 'name').click();
    await page.keyboard.press('Delete');
    await eventually(
      () => g.classes(g.cell(V, codes[2], 'name')),
      (c) => expect(c).toContain('ntm-cell-invalid'),
    );
    await expect(g.cell(V, codes[2], 'name').innerText()).resolves.toBe('');
    await page.keyboard.press('Control+z');
    await eventually(
      () => g.cell(V, codes[2], 'name').innerText(),
      (v) => expect(v).toBe('Thôn 3'),
    );
    await expect(g.classes(g.cell(V, codes[2], 'name'))).resolves.not.toContain('ntm-cell-invalid');

    // Saved in one request: the edited name and the filled flags; the unchanged rows keep their version.
    await expect(g.control(V, 'save').innerText()).resolves.toContain('3 dòng');
    await g.save(V);
    await eventually(
      () => villagesInDb('20701'),
      (rows) =>
        expect(rows.map(({ name, mountainous, version }) => ({ name, mountainous, version }))).toEqual([
          { name: 'Thôn Một Mới', mountainous: false, version: 2 },
          { name: 'Thôn 2', mountainous: false, version: 2 },
          { name: 'Thôn 3', mountainous: false, version: 1 },
          { name: 'Thôn 4', mountainous: false, version: 2 },
          { name: 'Thôn 5', mountainous: false, version: 1 },
        ]),
    );
  });

  it('copies the selected range as tab-separated text (Shift+click)', async () => {
    await page.goto(`${t.url}/?district=510`);
    const C = 'communes-grid';
    await eventually(
      () => g.rows(C).count(),
      (n) => expect(n).toBe(12),
    );
    const codes = (await g.columnTexts(C, 'code')).slice(0, 3);
    const names = (await g.columnTexts(C, 'name')).slice(0, 3);
    await g.cell(C, codes[0], 'code').click();
    await g.cell(C, codes[2], 'name').click({ modifiers: ['Shift'] });
    await eventually(
      () => g.grid(C).locator('.ntm-cell-selected').count(),
      (n) => expect(n).toBe(6),
    );
    // Shift+click extends the range: it does not choose another commune.
    expect(new URL(page.url()).searchParams.get('commune')).toBe(codes[0]);
    await expect(g.copy()).resolves.toBe(codes.map((code, i) => `${code}\t${names[i]}`).join('\n'));
  });

  it('asks before choosing another commune, or leaving the page, drops unsaved edits', async () => {
    const codes = await makeVillages('20710', 2);
    await openCommune(page, '510', '20710', 2);
    await g.editText(V, codes[0], 'name', 'Thôn Chưa Lưu');

    // Called off: the same commune, the edit still there.
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await g.cell('communes-grid', '20713', 'code').click();
    await eventually(
      async () => asked,
      (a) => expect(a[0]).toContain('chưa lưu'),
    );
    expect(new URL(page.url()).searchParams.get('commune')).toBe('20710');
    await eventually(
      () => g.classes(g.row('communes-grid', '20710')),
      (c) => expect(c).toContain('ag-row-selected'),
    );
    await expect(g.cell(V, codes[0], 'name').innerText()).resolves.toBe('Thôn Chưa Lưu');

    // Leaving the page asks too.
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.locator('[data-testid="nav-users"]').click();
    await eventually(
      async () => asked.length,
      (n) => expect(n).toBe(2),
    );
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(g.cell(V, codes[0], 'name').innerText()).resolves.toBe('Thôn Chưa Lưu');

    // Agreed: the other commune's villages, the edit gone.
    page.once('dialog', (d) => void d.accept());
    await g.cell('communes-grid', '20713', 'code').click();
    await eventually(
      async () => new URL(page.url()).searchParams.get('commune'),
      (c) => expect(c).toBe('20713'),
    );
    await eventually(
      () => g.rows(V).count(),
      (n) => expect(n).toBe(0),
    );
    expect((await villagesInDb('20710'))[0].name).toBe('Thôn 1');
  });

  it('searches without diacritics, and remembers the column layout per user', async () => {
    await page.goto(t.url);
    const D = 'districts-grid';
    await eventually(
      () => g.rows(D).count(),
      (n) => expect(n).toBe(18),
    );
    await g.control(D, 'search').fill('dai loc');
    await eventually(
      () => g.columnTexts(D, 'name'),
      (v) => expect(v).toEqual(['Huyện Đại Lộc']),
    );
    // The total row sums the rows shown: Đại Lộc's 18 communes.
    await eventually(
      () => g.grid(D).locator('.ag-row-pinned [col-id="childCount"]').innerText(),
      (v) => expect(v).toBe('18'),
    );
    await g.control(D, 'search').fill('');
    await eventually(
      () => g.rows(D).count(),
      (n) => expect(n).toBe(18),
    );

    // Hide a column; it stays hidden after a reload, until the layout is reset.
    await g.control(D, 'columns').locator('summary').click();
    await g.control(D, 'columns').locator('input[data-col="typeName"]').uncheck();
    await eventually(
      () => g.grid(D).locator('.ag-header-cell[col-id="typeName"]').count(),
      (n) => expect(n).toBe(0),
    );
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('districts-grid')));
    expect(keys).toEqual([expect.stringContaining('admin')]);
    await page.reload();
    await eventually(
      () => g.rows(D).count(),
      (n) => expect(n).toBe(18),
    );
    await expect(g.grid(D).locator('.ag-header-cell[col-id="typeName"]').count()).resolves.toBe(0);
    await g.control(D, 'columns').locator('summary').click();
    await g.control(D, 'reset-layout').click();
    await eventually(
      () => g.grid(D).locator('.ag-header-cell[col-id="typeName"]').count(),
      (n) => expect(n).toBe(1),
    );
  });
  it('marks rows that were locked meanwhile, says why, and lets their edits go', async () => {
    // Last in this file: it locks Nam Giang's data of the year.
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    const C = 'communes-grid';
    await page.goto(`${t.url}/?district=510`);
    await eventually(
      () => g.rows(C).count(),
      (n) => expect(n).toBe(12),
    );
    const before = await t.gql(`{ adminUnit(code: "20719") { name version } }`);
    await g.editText(C, '20719', 'name', 'Xã Đắc Pring (sửa)');

    const editor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
    const approver = await t.userWith([{ role: 'APPROVER', unitCode: '49' }]);
    expect(
      (await editor.gql(`mutation { submitUnitData(unitCode: "510", year: ${year}, version: 0) { status } }`)).errors,
    ).toBeUndefined();
    expect(
      (await approver.gql(`mutation { approveUnitData(unitCode: "510", year: ${year}, version: 1) { status } }`))
        .errors,
    ).toBeUndefined();

    await g.save(C);
    await eventually(
      () => g.classes(g.row(C, '20719')),
      (c) => expect(c).toContain('ntm-row-failed'),
    );
    await eventually(notice, (v) => expect(v).toContain('đã được duyệt và khóa'));
    expect((await t.gql(`{ adminUnit(code: "20719") { name version } }`)).data).toEqual(before.data);
    // The page reads the locks again: the row is read-only now, its edit can only be dropped.
    await eventually(
      () => g.classes(g.cell(C, '20719', 'name')),
      (c) => expect(c).toContain('ntm-cell-readonly'),
    );
    await page.locator('[data-testid="notice-action"]').click();
    await eventually(
      () => g.cell(C, '20719', 'name').innerText(),
      (v) => expect(v).toBe(before.data!.adminUnit.name),
    );
    await expect(g.control(C, 'save').isDisabled()).resolves.toBe(true);
  });
});
