import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { ADMIN_PASSWORD, type ApiClient, type TestServer, dataOf } from '../support/test-server';

// A district's monthly report: its figures as of the month's end, its text written and saved by
// the district, sent up, and approved by the province in another session; the province's
// consolidated workbook downloaded and read back.

let t: TestServer;
let dir: string;
let editor: ApiClient & { password: string };
let approver: ApiClient & { password: string };
const suite = browserSuite((s) => ({ t } = s), { adminPage: false });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-report-'));
  editor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
  approver = await t.userWith([{ role: 'APPROVER', unitCode: '49' }]);
  await enterData();
});
afterAll(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const ok = (query: string, variables: Record<string, unknown> = {}) => dataOf(t, query, variables);

/** Money of Nam Giang and Núi Thành, some of it paid by 31/05/2025; two communes' indicators. */
async function enterData(): Promise<void> {
  await ok(`mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }`, {
    rows: [
      { unitCode: '510', source: 'CENTRAL', year: 2025, amount: '3000000000' },
      { unitCode: '502', source: 'PROVINCIAL', year: 2025, amount: '1000000000' },
      { unitCode: '20707', source: 'CENTRAL', year: 2025, amount: '3000000000' },
    ],
  });
  await ok(
    `mutation { saveProjects(rows: [{ code: "CV-1", name: "Cầu treo", unitCode: "20707", kind: TRANSPORT }]) { changed } }`,
  );
  await ok(
    `mutation { saveAllocations(rows: [{ projectCode: "CV-1", source: CENTRAL, year: 2025, amount: "3000000000" }]) { changed } }`,
  );
  await ok(`mutation { saveDisbursements(rows: [
    { projectCode: "CV-1", source: CENTRAL, capitalYear: 2025, date: "2025-05-20", amount: "750000000" },
    { projectCode: "CV-1", source: CENTRAL, capitalYear: 2025, date: "2025-06-02", amount: "100000000" }
  ]) { changed } }`);
  await ok(`mutation($rows: [IndicatorValueInput!]!) { saveIndicatorValues(rows: $rows) { changed } }`, {
    rows: [
      { unitCode: '20704', key: 'RURAL_HOUSEHOLDS', year: 2025, value: 1000 },
      { unitCode: '20705', key: 'RURAL_HOUSEHOLDS', year: 2025, value: 3000 },
      { unitCode: '20704', key: 'HYGIENIC_WATER', year: 2025, value: 90 },
      { unitCode: '20705', key: 'HYGIENIC_WATER', year: 2025, value: 100 },
    ],
  });
}

const REPORT = `query($u: String!, $y: Int!, $m: Int!) { monthlyReport(unitCode: $u, year: $y, month: $m) { status version difficulties proposals note } }`;
const reportInDb = async (u = '510', y = 2025, m = 5) => (await ok(REPORT, { u, y, m })).monthlyReport;

const byTestId = (p: Page, id: string) => p.locator(`[data-testid="${id}"]`);
const status = (p: Page) => byTestId(p, 'report-status').getAttribute('data-status');

const signedIn = (user: { username: string | null; password: string }): Promise<Page> =>
  suite.signedIn(user.username!, user.password);

/** Opens a report through the page's own choices, and waits for it. */
async function openReport(p: Page, month: number, year: number, district?: string): Promise<void> {
  if (district) await byTestId(p, 'report-district').selectOption(district);
  await byTestId(p, 'report-year').selectOption(String(year));
  await byTestId(p, 'report-month').selectOption(String(month));
  await eventually(
    () => byTestId(p, 'monthly-report').getAttribute('data-month'),
    (v) => expect(v).toBe(String(month)),
  );
}

describe('the monthly report', () => {
  it('is written and sent by the district, approved by the province in another session, and the database agrees', async () => {
    const page = await signedIn(editor);
    // One link away in the header; a district's account has its district chosen for it.
    await page.goto(t.url);
    await byTestId(page, 'nav-monthly-report').click();
    await page.waitForURL(/\/bao-cao-thang/);
    await eventually(
      () => byTestId(page, 'report-district').inputValue(),
      (v) => expect(v).toBe('510'),
    );
    await openReport(page, 5, 2025);
    await expect(status(page)).resolves.toBe('DRAFT');
    await expect(byTestId(page, 'report-status').innerText()).resolves.toBe('Chưa gửi');
    // Nobody but the province downloads the consolidated workbook.
    await expect(byTestId(page, 'report-workbook').count()).resolves.toBe(0);

    // The figures as of 31/05/2025: the payment of 02/06 does not count yet.
    await expect(
      page.locator('[data-testid="monthly-report"] .panel__subtitle').first().innerText(),
    ).resolves.toContain('31/05/2025');
    const budget = byTestId(page, 'report-budget');
    await expect(budget.getAttribute('data-allocated')).resolves.toBe('3000000000');
    await expect(budget.getAttribute('data-disbursed')).resolves.toBe('750000000');
    await expect(budget.locator('[data-col="allocated"]').innerText()).resolves.toBe('3.000 triệu đồng');
    await expect(budget.locator('[data-col="disbursed"]').innerText()).resolves.toBe('750 triệu đồng');
    await expect(budget.locator('[data-col="rate"]').innerText()).resolves.toBe('25%');
    await expect(byTestId(page, 'report-checkpoints').locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    const targets = Number(await byTestId(page, 'report-targets').getAttribute('data-count'));
    expect(targets).toBeGreaterThan(0);
    await expect(byTestId(page, 'report-targets').locator('tbody tr').count()).resolves.toBe(targets);
    // A share rolled up from the communes, weighted by households: (90×1000 + 100×3000) / 4000.
    const water = byTestId(page, 'report-indicators').locator('tr[data-key="HYGIENIC_WATER"] [data-col="value"]');
    await expect(water.innerText()).resolves.toBe('97,5%');

    // The district writes, saves and sends it up.
    await byTestId(page, 'report-difficulties').fill('Thiếu vốn đối ứng ở xã La Dêê.');
    await byTestId(page, 'report-proposals').fill('Đề nghị tỉnh bổ sung vốn cho cầu treo.');
    await byTestId(page, 'report-save').click();
    await eventually(reportInDb, (r) =>
      expect(r).toMatchObject({
        status: 'DRAFT',
        version: 1,
        difficulties: 'Thiếu vốn đối ứng ở xã La Dêê.',
        proposals: 'Đề nghị tỉnh bổ sung vốn cho cầu treo.',
      }),
    );
    await eventually(
      () => byTestId(page, 'report-save').isDisabled(),
      (v) => expect(v).toBe(true),
    );
    await byTestId(page, 'report-submit').click();
    await eventually(
      () => status(page),
      (v) => expect(v).toBe('SUBMITTED'),
    );
    await expect(byTestId(page, 'report-status').innerText()).resolves.toBe('Đã gửi');
    await expect(reportInDb()).resolves.toMatchObject({ status: 'SUBMITTED', version: 2 });
    // Sent: the text is read-only, nothing to send again, and no decision for the district.
    await expect(byTestId(page, 'report-save').count()).resolves.toBe(0);
    await expect(byTestId(page, 'report-submit').count()).resolves.toBe(0);
    await expect(byTestId(page, 'report-approve').count()).resolves.toBe(0);
    await expect(byTestId(page, 'report-difficulties').getAttribute('readonly')).resolves.not.toBeNull();

    // The province's approver, in another browser context, reads it and approves it.
    const province = await signedIn(approver);
    await province.goto(`${t.url}/bao-cao-thang`);
    await openReport(province, 5, 2025, '510');
    await expect(status(province)).resolves.toBe('SUBMITTED');
    await expect(byTestId(province, 'report-difficulties').inputValue()).resolves.toBe(
      'Thiếu vốn đối ứng ở xã La Dêê.',
    );
    await expect(byTestId(province, 'report-proposals').inputValue()).resolves.toBe(
      'Đề nghị tỉnh bổ sung vốn cho cầu treo.',
    );
    await expect(byTestId(province, 'report-workbook').count()).resolves.toBe(1);
    await byTestId(province, 'report-approve').click();
    await eventually(
      () => status(province),
      (v) => expect(v).toBe('APPROVED'),
    );
    await expect(byTestId(province, 'report-status').innerText()).resolves.toBe('Đã duyệt');
    await expect(reportInDb()).resolves.toMatchObject({ status: 'APPROVED', version: 3 });
    // Approved: it may be reopened, not approved again.
    await expect(byTestId(province, 'report-reopen').isVisible()).resolves.toBe(true);
    await expect(byTestId(province, 'report-approve').count()).resolves.toBe(0);

    // The district sees it approved once it reads it again.
    await page.reload();
    await eventually(
      () => status(page),
      (v) => expect(v).toBe('APPROVED'),
    );
    await expect(byTestId(page, 'report-status').innerText()).resolves.toBe('Đã duyệt');
  });

  it('is returned only with a note, which the district reads; reopened after approval', async () => {
    const period = { u: '510', y: 2025, m: 4 };
    await ok(
      `mutation { saveMonthlyReport(unitCode: "510", year: 2025, month: 4, version: 0, difficulties: "Chậm giải phóng mặt bằng") { version } }`,
    );
    await ok(`mutation { submitMonthlyReport(unitCode: "510", year: 2025, month: 4, version: 1) { version } }`);

    const province = await signedIn(approver);
    await province.goto(`${t.url}/bao-cao-thang?district=510&year=2025&month=4`);
    await eventually(
      () => status(province),
      (v) => expect(v).toBe('SUBMITTED'),
    );
    // No reason: nothing is sent, and the field says why.
    await byTestId(province, 'report-return').click();
    await eventually(
      () => byTestId(province, 'report-return-note').getAttribute('aria-invalid'),
      (v) => expect(v).toBe('true'),
    );
    await expect(reportInDb(period.u, period.y, period.m)).resolves.toMatchObject({ status: 'SUBMITTED' });
    await byTestId(province, 'report-return-note').fill('Bổ sung số liệu giải ngân tháng 4');
    await byTestId(province, 'report-return').click();
    await eventually(
      () => status(province),
      (v) => expect(v).toBe('RETURNED'),
    );
    await expect(reportInDb(period.u, period.y, period.m)).resolves.toMatchObject({
      status: 'RETURNED',
      note: 'Bổ sung số liệu giải ngân tháng 4',
    });

    // The district reads the reason, corrects and resends.
    const page = await signedIn(editor);
    await page.goto(`${t.url}/bao-cao-thang?district=510&year=2025&month=4`);
    await eventually(
      () => status(page),
      (v) => expect(v).toBe('RETURNED'),
    );
    await expect(byTestId(page, 'report-status').innerText()).resolves.toBe('Trả lại');
    await expect(byTestId(page, 'report-note').innerText()).resolves.toBe('Bổ sung số liệu giải ngân tháng 4');
    await byTestId(page, 'report-difficulties').fill('Chậm giải phóng mặt bằng; đã bổ sung số liệu.');
    // Sending saves the text first.
    await byTestId(page, 'report-submit').click();
    await eventually(
      () => status(page),
      (v) => expect(v).toBe('SUBMITTED'),
    );
    await expect(reportInDb(period.u, period.y, period.m)).resolves.toMatchObject({
      status: 'SUBMITTED',
      difficulties: 'Chậm giải phóng mặt bằng; đã bổ sung số liệu.',
    });

    await province.reload();
    await eventually(
      () => status(province),
      (v) => expect(v).toBe('SUBMITTED'),
    );
    await byTestId(province, 'report-approve').click();
    await eventually(
      () => status(province),
      (v) => expect(v).toBe('APPROVED'),
    );
    await byTestId(province, 'report-reopen').click();
    await eventually(
      () => status(province),
      (v) => expect(v).toBe('RETURNED'),
    );
    await expect(reportInDb(period.u, period.y, period.m)).resolves.toMatchObject({ status: 'RETURNED' });
  });

  it('says plainly when someone else changed the report meanwhile, and saves nothing', async () => {
    const page = await signedIn(editor);
    await page.goto(`${t.url}/bao-cao-thang?district=510&year=2025&month=3`);
    await eventually(
      () => status(page),
      (v) => expect(v).toBe('DRAFT'),
    );
    // Another session saves first.
    await ok(
      `mutation { saveMonthlyReport(unitCode: "510", year: 2025, month: 3, version: 0, proposals: "Bản của phiên kia") { version } }`,
    );
    await byTestId(page, 'report-proposals').fill('Bản của tôi');
    await byTestId(page, 'report-save').click();
    await eventually(
      () => byTestId(page, 'report-conflict').isVisible(),
      (v) => expect(v).toBe(true),
    );
    await expect(byTestId(page, 'report-conflict').innerText()).resolves.toContain('vừa được người khác thay đổi');
    await expect(reportInDb('510', 2025, 3)).resolves.toMatchObject({ version: 1, proposals: 'Bản của phiên kia' });
    // Reloading shows the other session's text.
    await byTestId(page, 'report-reload').click();
    await eventually(
      () => byTestId(page, 'report-proposals').inputValue(),
      (v) => expect(v).toBe('Bản của phiên kia'),
    );
    await expect(byTestId(page, 'report-conflict').count()).resolves.toBe(0);
  });

  it('downloads the province’s consolidated workbook: one row per district and the total', async () => {
    const page = await signedIn({ username: 'admin', password: ADMIN_PASSWORD });
    await page.goto(`${t.url}/bao-cao-thang?year=2025&month=5`);
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'report-workbook').click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-thang-05-2025.xlsx');
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.rowCount).toBe(1 + 18 + 1);
    const districts = summary.getRows(2, 18)!;
    expect(new Set(districts.map((r) => r.getCell(2).value)).size).toBe(18);
    const rowOf = (code: string) => districts.find((r) => r.getCell(2).value === code)!;
    // Nam Giang: 3 billion received, 750 million paid by 31/05 (the payment of 02/06 is June's).
    expect([rowOf('510').getCell(8).value, rowOf('510').getCell(9).value, rowOf('510').getCell(10).value]).toEqual([
      3_000_000_000, 750_000_000, 25,
    ]);
    expect(rowOf('510').getCell(4).value).toBe('Đã duyệt');
    expect(rowOf('502').getCell(8).value).toBe(1_000_000_000);
    const total = summary.getRow(20);
    expect(total.getCell(3).value).toBe('Tổng cộng');
    expect([total.getCell(8).value, total.getCell(9).value]).toEqual([4_000_000_000, 750_000_000]);
    const targetsTotal = districts.reduce((s, r) => s + Number(r.getCell(5).value), 0);
    expect(total.getCell(5).value).toBe(targetsTotal);
    // The district's text travels in the workbook.
    const text = book.getWorksheet('Khó khăn, đề xuất')!;
    const namGiang = text.getRows(2, 18)!.find((r) => r.getCell(1).value === '510')!;
    expect(namGiang.getCell(3).value).toBe('Thiếu vốn đối ứng ở xã La Dêê.');
  });
});
