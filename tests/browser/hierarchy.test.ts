import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { type GridPage, openDistrict } from '../support/grid-page';
import type { TestServer } from '../support/test-server';

let t: TestServer;
let page: Page;
let g: GridPage;
browserSuite((s) => ({ t, page, g } = s));

async function unitVersion(code: string): Promise<number> {
  const r = await t.gql(`query($c: String!) { adminUnit(code: $c) { version } }`, { c: code });
  return r.data!.adminUnit.version;
}

describe('the hierarchy grids', () => {
  it('show the districts in Vietnamese, and a district’s communes', async () => {
    await page.goto(t.url);
    await expect(g.cell('districts-grid', '510', 'name').innerText()).resolves.toContain('Nam Giang');
    await expect(g.rows('districts-grid').count()).resolves.toBe(18);
    // The total row sums the communes of the districts shown: the province's 241.
    await expect(page.locator('[data-testid="districts-grid"] .ag-row-pinned [col-id="childCount"]').innerText()).resolves.toBe('241');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await openDistrict(page, t.url);
    await expect(g.rows('communes-grid').count()).resolves.toBe(12);
  });

  it('keep an edited name after Save and a reload', async () => {
    await openDistrict(page, t.url);
    await g.editText('communes-grid', '20704', 'name', 'Xã La Dêê Mới');
    // Nothing is sent before Save: the cell is marked as changed.
    await eventually(() => g.cell('communes-grid', '20704', 'name').getAttribute('class'), (c) => expect(c).toContain('ntm-cell-dirty'));
    expect(await unitVersion('20704')).toBe(1);
    await g.save('communes-grid');
    await eventually(() => unitVersion('20704'), (v) => expect(v).toBe(2));
    await eventually(() => page.locator('[data-testid="notice"]').innerText(), (v) => expect(v).toContain('Đã lưu 1 dòng'));
    await eventually(() => g.cell('communes-grid', '20704', 'name').getAttribute('class'), (c) => expect(c).not.toContain('ntm-cell-dirty'));
    await page.reload();
    await g.cell('districts-grid', '510', 'code').click();
    await eventually(() => g.cell('communes-grid', '20704', 'name').innerText(), (v) => expect(v).toContain('La Dêê Mới'));
  });

  it('save the mountainous flag ticked off, and keep it after a reload', async () => {
    await openDistrict(page, t.url);
    const r0 = await t.gql(`{ adminUnit(code: "20699") { mountainous version } }`);
    expect(r0.data!.adminUnit.mountainous).toBe(true);
    await g.cell('communes-grid', '20699', 'mountainous').locator('input[type="checkbox"]').click();
    await eventually(() => g.classes(g.cell('communes-grid', '20699', 'mountainous')), (c) => expect(c).toContain('ntm-cell-dirty'));
    await g.save('communes-grid');
    await eventually(
      () => t.gql(`{ adminUnit(code: "20699") { mountainous version } }`),
      (r) => expect(r.data!.adminUnit).toEqual({ mountainous: false, version: r0.data!.adminUnit.version + 1 }),
    );
    await page.reload();
    await g.cell('districts-grid', '510', 'code').click();
    await eventually(
      () => g.cell('communes-grid', '20699', 'mountainous').locator('input[type="checkbox"]').isChecked(),
      (checked) => expect(checked).toBe(false),
    );
  });

  it('mark an invalid name, say why, and keep Save from sending it', async () => {
    await openDistrict(page, t.url);
    const before = await unitVersion('20705');
    await g.editText('communes-grid', '20705', 'name', '   ');
    await eventually(() => g.classes(g.cell('communes-grid', '20705', 'name')), (c) => expect(c).toContain('ntm-cell-invalid'));
    await expect(g.control('communes-grid', 'invalid').innerText()).resolves.toContain('1 ô chưa hợp lệ');
    await expect(g.control('communes-grid', 'save').isDisabled()).resolves.toBe(true);
    // The reason is the cell's tooltip.
    // (Hovered again on each try: choosing the commune scrolls its villages into view a moment later.)
    await eventually(
      async () => {
        await g.cell('communes-grid', '20705', 'name').hover();
        return page.locator('.ag-tooltip').innerText({ timeout: 1500 }).catch(() => '');
      },
      (v) => expect(v).toContain('Tên không được để trống'),
    );
    expect(await unitVersion('20705')).toBe(before);
  });

  it('tell the user plainly about a conflict and reload the row', async () => {
    await openDistrict(page, t.url);
    const v = await unitVersion('20707');
    // Someone else saves the row after this page read it.
    const other = await t.gql(
      `mutation($v: Int!) { updateAdminUnit(code: "20707", version: $v, input: { name: "Xã Chà Vàl (sửa nơi khác)" }) { version } }`,
      { v },
    );
    expect(other.errors).toBeUndefined();
    await g.editText('communes-grid', '20707', 'name', 'Xã Chà Vàl của tôi');
    await g.save('communes-grid');
    await eventually(() => page.locator('[data-testid="notice"]').innerText(), (v) => expect(v).toMatch(/người khác/i));
    await eventually(() => g.classes(g.row('communes-grid', '20707')), (c) => expect(c).toContain('ntm-row-conflict'));
    // Reloading the row drops this user's edit of it and shows the other one's.
    await page.locator('[data-testid="notice-action"]').click();
    await eventually(() => g.cell('communes-grid', '20707', 'name').innerText(), (v) => expect(v).toContain('sửa nơi khác'));
    await eventually(() => g.classes(g.row('communes-grid', '20707')), (c) => expect(c).not.toContain('ntm-row-conflict'));
    const r = await t.gql(`{ adminUnit(code: "20707") { name } }`);
    expect(r.data!.adminUnit.name).toBe('Xã Chà Vàl (sửa nơi khác)');
  });

  it('add a village to a commune', async () => {
    await openDistrict(page, t.url);
    await g.cell('communes-grid', '20698', 'code').click();
    await page.locator('[data-testid="add-village-name"]').fill('Thôn Pơ Rning');
    await page.locator('[data-testid="add-village-submit"]').click();
    await eventually(() => g.cell('villages-grid', '20698-001', 'name').innerText(), (v) => expect(v).toContain('Thôn Pơ Rning'));
    const r = await t.gql(`{ adminUnit(code: "20698-001") { name parent { code } } }`);
    expect(r.data!.adminUnit).toEqual({ name: 'Thôn Pơ Rning', parent: { code: '20698' } });
  });
});
