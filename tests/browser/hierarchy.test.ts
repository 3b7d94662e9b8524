import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { type GridPage, gridPage, openDistrict } from '../support/grid-page';
import type { TestServer } from '../support/test-server';

let t: TestServer;
let page: Page;
let g: GridPage;
const suite = browserSuite((s) => ({ t, page, g } = s));

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
    await expect(
      page.locator('[data-testid="districts-grid"] .ag-row-pinned [col-id="childCount"]').innerText(),
    ).resolves.toBe('241');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await openDistrict(page, t.url);
    await expect(g.rows('communes-grid').count()).resolves.toBe(12);
  });

  it('follow a change of language, a count in its plural and a name in its place', async () => {
    await openDistrict(page, t.url);
    const communes = page.locator('section', { has: page.locator('[data-testid="communes-grid"]') });
    const heading = async () =>
      `${await communes.locator('.panel__subtitle').innerText()} · ${await communes.locator('.panel__count').innerText()}`;
    await eventually(heading, (v) => expect(v).toBe('Thuộc Huyện Nam Giang · 12 đơn vị'));
    await page.locator('[data-testid="locale-en"]').click();
    await eventually(heading, (v) => expect(v).toBe('In Huyện Nam Giang · 12 units'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.locator('[data-testid="locale-vi"]').click();
    await eventually(heading, (v) => expect(v).toBe('Thuộc Huyện Nam Giang · 12 đơn vị'));
  });

  it('keep an edited name after Save and a reload', async () => {
    await openDistrict(page, t.url);
    await g.editText('communes-grid', '20704', 'name', 'Xã La Dêê Mới');
    // Nothing is sent before Save: the cell is marked as changed.
    await eventually(
      () => g.cell('communes-grid', '20704', 'name').getAttribute('class'),
      (c) => expect(c).toContain('ntm-cell-dirty'),
    );
    expect(await unitVersion('20704')).toBe(1);
    await g.save('communes-grid');
    await eventually(
      () => unitVersion('20704'),
      (v) => expect(v).toBe(2),
    );
    await eventually(
      () => page.locator('[data-testid="notice"]').innerText(),
      (v) => expect(v).toContain('Đã lưu 1 dòng'),
    );
    await eventually(
      () => g.cell('communes-grid', '20704', 'name').getAttribute('class'),
      (c) => expect(c).not.toContain('ntm-cell-dirty'),
    );
    await page.reload();
    await g.cell('districts-grid', '510', 'code').click();
    await eventually(
      () => g.cell('communes-grid', '20704', 'name').innerText(),
      (v) => expect(v).toContain('La Dêê Mới'),
    );
  });

  it('save the mountainous flag ticked off, and keep it after a reload', async () => {
    await openDistrict(page, t.url);
    const r0 = await t.gql(`{ adminUnit(code: "20699") { mountainous version } }`);
    expect(r0.data!.adminUnit.mountainous).toBe(true);
    await g.cell('communes-grid', '20699', 'mountainous').locator('input[type="checkbox"]').click();
    await eventually(
      () => g.classes(g.cell('communes-grid', '20699', 'mountainous')),
      (c) => expect(c).toContain('ntm-cell-dirty'),
    );
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
    await eventually(
      () => g.classes(g.cell('communes-grid', '20705', 'name')),
      (c) => expect(c).toContain('ntm-cell-invalid'),
    );
    await expect(g.control('communes-grid', 'invalid').innerText()).resolves.toContain('1 ô chưa hợp lệ');
    await expect(g.control('communes-grid', 'save').isDisabled()).resolves.toBe(true);
    // The reason is the cell's tooltip.
    // (Hovered again on each try: choosing the commune scrolls its villages into view a moment later.
    // Each try waits for the tooltip as long as a busy machine may take to show it.)
    await eventually(
      async () => {
        await g.cell('communes-grid', '20705', 'name').hover();
        return page
          .locator('.ag-tooltip')
          .innerText({ timeout: 5_000 })
          .catch(() => '');
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
    await eventually(
      () => page.locator('[data-testid="notice"]').innerText(),
      (v) => expect(v).toMatch(/người khác/i),
    );
    await eventually(
      () => g.classes(g.row('communes-grid', '20707')),
      (c) => expect(c).toContain('ntm-row-conflict'),
    );
    // Reloading the row drops this user's edit of it and shows the other one's.
    await page.locator('[data-testid="notice-action"]').click();
    await eventually(
      () => g.cell('communes-grid', '20707', 'name').innerText(),
      (v) => expect(v).toContain('sửa nơi khác'),
    );
    await eventually(
      () => g.classes(g.row('communes-grid', '20707')),
      (c) => expect(c).not.toContain('ntm-row-conflict'),
    );
    const r = await t.gql(`{ adminUnit(code: "20707") { name } }`);
    expect(r.data!.adminUnit.name).toBe('Xã Chà Vàl (sửa nơi khác)');
  });

  it('add a village to a commune', async () => {
    await openDistrict(page, t.url);
    await g.cell('communes-grid', '20698', 'code').click();
    await page.locator('[data-testid="add-village-name"]').fill('Thôn Pơ Rning');
    await page.locator('[data-testid="add-village-submit"]').click();
    await eventually(
      () => g.cell('villages-grid', '20698-001', 'name').innerText(),
      (v) => expect(v).toContain('Thôn Pơ Rning'),
    );
    const r = await t.gql(`{ adminUnit(code: "20698-001") { name parent { code } } }`);
    expect(r.data!.adminUnit).toEqual({ name: 'Thôn Pơ Rning', parent: { code: '20698' } });
  });
});

describe('the list of every unit of a level', () => {
  const ALL = 'all-communes-grid';
  const count = (grid: string) => page.locator(`[data-testid="${grid}-count"]`);

  /** Opens the view of every commune from the address and waits until every page is in. */
  async function openAllCommunes(p: Page = page): Promise<void> {
    await p.goto(`${t.url}/?level=commune`);
    await eventually(
      () => p.locator(`[data-testid="${ALL}-count"]`).getAttribute('data-count'),
      (n) => expect(n).not.toBe(''),
    );
  }

  async function unit(code: string): Promise<{ name: string; version: number; parent: { name: string } }> {
    const r = await t.gql(`query($c: String!) { adminUnit(code: $c) { name version parent { name } } }`, { c: code });
    return r.data!.adminUnit;
  }

  it('opens from the address with every commune of the province, each with its district', async () => {
    await openAllCommunes();
    await expect(count(ALL).getAttribute('data-count')).resolves.toBe('241');
    await expect(count(ALL).innerText()).resolves.toBe('241 đơn vị');
    await expect(page.locator('[data-testid="hierarchy-view-COMMUNE"]').getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    // The grid holds them all (its body's rows, the header row and the total row), drawn as scrolled to.
    await expect(g.grid(ALL).locator('[aria-rowcount]').first().getAttribute('aria-rowcount')).resolves.toBe('243');
    // The first commune by code: Phường Tân Thạnh of Thành phố Tam Kỳ.
    await expect(g.cell(ALL, '20335', 'name').innerText()).resolves.toBe('Phường Tân Thạnh');
    await expect(g.cell(ALL, '20335', 'district').innerText()).resolves.toBe('Thành phố Tam Kỳ');
    await expect(g.cell(ALL, '20335', 'province').innerText()).resolves.toBe('Tỉnh Quảng Nam');
    // The page's other grids are not there, nor read.
    await expect(g.grid('districts-grid').count()).resolves.toBe(0);
  });

  it('narrows to a district’s communes by a search without diacritics', async () => {
    await openAllCommunes();
    // Every word is found in some cell of the row: here, in its district's.
    await g.control(ALL, 'search').fill('tay giang');
    await eventually(
      () => g.rows(ALL).count(),
      (n) => expect(n).toBe(10),
    );
    const children = await t.gql(`{ adminUnits(parentCode: "504", first: 50) { nodes { code } } }`);
    const codes = children.data!.adminUnits.nodes.map((u: { code: string }) => u.code);
    await expect(g.columnTexts(ALL, 'code')).resolves.toEqual(codes);
    await expect(g.columnTexts(ALL, 'district')).resolves.toEqual(codes.map(() => 'Huyện Tây Giang'));
    await g.control(ALL, 'search').fill('');
    await eventually(
      () => g.rows(ALL).count(),
      (n) => expect(n).toBeGreaterThan(10),
    );
  });

  it('saves an edited name, version-checked, that stays after a reload', async () => {
    await openAllCommunes();
    const before = await unit('20710');
    await g.control(ALL, 'search').fill('20710');
    await g.editText(ALL, '20710', 'name', 'Xã Tà Bhinh Mới');
    await eventually(
      () => g.classes(g.cell(ALL, '20710', 'name')),
      (c) => expect(c).toContain('ntm-cell-dirty'),
    );
    await g.save(ALL);
    await eventually(
      () => unit('20710'),
      (u) => expect(u).toMatchObject({ name: 'Xã Tà Bhinh Mới', version: before.version + 1 }),
    );
    await eventually(
      () => g.classes(g.cell(ALL, '20710', 'name')),
      (c) => expect(c).not.toContain('ntm-cell-dirty'),
    );
    // Its district is still named after the save.
    await expect(g.cell(ALL, '20710', 'district').innerText()).resolves.toBe('Huyện Nam Giang');

    await page.reload();
    await g.control(ALL, 'search').fill('20710');
    await eventually(
      () => g.cell(ALL, '20710', 'name').innerText(),
      (v) => expect(v).toBe('Xã Tà Bhinh Mới'),
    );

    // Someone else saves the row after this page read it: this page's save is refused.
    const v = (await unit('20710')).version;
    const other = await t.gql(
      `mutation($v: Int!) { updateAdminUnit(code: "20710", version: $v, input: { name: "Xã Tà Bhinh (nơi khác)" }) { version } }`,
      { v },
    );
    expect(other.errors).toBeUndefined();
    await g.editText(ALL, '20710', 'name', 'Xã Tà Bhinh của tôi');
    await g.save(ALL);
    await eventually(
      () => g.classes(g.row(ALL, '20710')),
      (c) => expect(c).toContain('ntm-row-conflict'),
    );
    await expect(unit('20710')).resolves.toMatchObject({ name: 'Xã Tà Bhinh (nơi khác)', version: v + 1 });
  });

  it('shows the first page at once, counts the rows as they come, and keeps a row saved meanwhile', async () => {
    // The server's pages after the first wait until the test lets them go.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query?: string; variables?: { after?: string | null } } | null;
      if (/query HierarchyUnits\b/.test(body?.query ?? '') && body?.variables?.after) await held;
      await route.continue();
    });
    await page.goto(`${t.url}/?level=commune`);
    await eventually(
      () => count(ALL).innerText(),
      (v) => expect(v).toBe('100 / 241 đơn vị'),
    );
    await expect(count(ALL).getAttribute('data-count')).resolves.toBe('');
    await expect(g.cell(ALL, '20335', 'name').innerText()).resolves.toBe('Phường Tân Thạnh');
    await expect(g.row(ALL, '20710').count()).resolves.toBe(0);

    // A row of the first page is edited and saved while the rest is still on its way.
    const before = await unit('20338');
    await g.editText(ALL, '20338', 'name', 'Phường Phước Hòa Mới');
    await g.save(ALL);
    await eventually(
      () => unit('20338'),
      (u) => expect(u).toMatchObject({ name: 'Phường Phước Hòa Mới', version: before.version + 1 }),
    );

    release();
    await eventually(
      () => count(ALL).getAttribute('data-count'),
      (n) => expect(n).toBe('241'),
    );
    await expect(g.cell(ALL, '20338', 'name').innerText()).resolves.toBe('Phường Phước Hòa Mới');
    // The row is held as saved (its new version): the next edit of it saves too.
    await g.editText(ALL, '20338', 'name', 'Phường Phước Hòa');
    await g.save(ALL);
    await eventually(
      () => unit('20338'),
      (u) => expect(u).toMatchObject({ name: 'Phường Phước Hòa', version: before.version + 2 }),
    );
  });

  it('switches views by tabs kept in the address, asking before unsaved edits are dropped', async () => {
    await openDistrict(page, t.url);
    await page.locator('[data-testid="hierarchy-view-DISTRICT"]').click();
    await page.waitForURL(/level=district/);
    await eventually(
      () => page.locator('[data-testid="all-districts-grid-count"]').getAttribute('data-count'),
      (n) => expect(n).toBe('18'),
    );
    await expect(g.cell('all-districts-grid', '510', 'province').innerText()).resolves.toBe('Tỉnh Quảng Nam');
    await expect(g.grid('all-districts-grid').locator('[col-id="district"]').count()).resolves.toBe(0);

    // An unsaved edit: leaving the view asks, and staying keeps it.
    await g.editText('all-districts-grid', '510', 'name', 'Huyện Nam Giang Mới');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.locator('[data-testid="hierarchy-view-COMMUNE"]').click();
    await eventually(
      () => g.classes(g.cell('all-districts-grid', '510', 'name')),
      (c) => expect(c).toContain('ntm-cell-dirty'),
    );
    expect(page.url()).toContain('level=district');

    // Agreeing drops it; the units below the district chosen before are shown again.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-testid="hierarchy-view-children"]').click();
    await g.row('communes-grid', '20704').waitFor();
    expect(new URL(page.url()).searchParams.get('district')).toBe('510');
    expect(new URL(page.url()).searchParams.get('level')).toBeNull();
    await expect(unit('510')).resolves.toMatchObject({ name: 'Huyện Nam Giang' });
  });

  it('holds only the units within the user’s own', async () => {
    const { password } = await t.userWith([{ role: 'EDITOR', unitCode: '510' }], 'bientap.tatcaxa');
    const own = await suite.signedIn('bientap.tatcaxa', password);
    await openAllCommunes(own);
    await expect(own.locator(`[data-testid="${ALL}-count"]`).getAttribute('data-count')).resolves.toBe('12');
    await expect(gridPage(own).columnTexts(ALL, 'district')).resolves.toEqual(Array(12).fill('Huyện Nam Giang'));
  });
});
