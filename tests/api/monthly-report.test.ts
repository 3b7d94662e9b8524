import ExcelJS from 'exceljs';
import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
let namGiangEditor: ApiClient;
let namGiangApprover: ApiClient;
let provinceApprover: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  namGiangEditor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
  namGiangApprover = await t.userWith([{ role: 'APPROVER', unitCode: '510' }]);
  provinceApprover = await t.userWith([{ role: 'APPROVER', unitCode: '49' }]);
});
afterAll(() => t.close());

const REPORT = `query($u: String!, $y: Int!, $m: Int!) { monthlyReport(unitCode: $u, year: $y, month: $m) {
  asOf status difficulties proposals version canEdit canSubmit canDecide
  targets { level year dossierStatus(asOf: "2025-05-31") unit { code } }
  budget { allocated disbursed rate }
  checkpoints { checkpoint { dueDate } state }
  indicators { indicator { key } value }
} }`;
const ACT = (m: string, extra = '') =>
  `mutation($u: String!, $y: Int!, $m: Int!, $v: Int!${extra ? ', $note: String!' : ''}) { ${m}(unitCode: $u, year: $y, month: $m, version: $v${extra}) { status version note } }`;

async function ok<T = any>(client: ApiClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await client.gql(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

describe('a district’s monthly report', () => {
  it('assembles its figures as of the month’s end and goes up the submit/approve flow', async () => {
    const period = { u: '510', y: 2025, m: 5 };
    const empty = (await ok(namGiangEditor, REPORT, period)).monthlyReport;
    expect(empty).toMatchObject({
      asOf: '2025-05-31',
      status: 'DRAFT',
      version: 0,
      canEdit: true,
      canSubmit: true,
      canDecide: false,
    });
    expect(empty.targets.map((x: { unit: { code: string } }) => x.unit.code)).toEqual(
      expect.arrayContaining(['20704', '20705', '20710']),
    );
    expect(empty.checkpoints.length).toBeGreaterThan(0);

    const saved = await ok(
      namGiangEditor,
      `mutation($u: String!, $y: Int!, $m: Int!, $v: Int!, $d: String, $p: String) {
      saveMonthlyReport(unitCode: $u, year: $y, month: $m, version: $v, difficulties: $d, proposals: $p) { version difficulties }
    }`,
      { ...period, v: 0, d: 'Thiếu vốn đối ứng ở xã La Dêê.', p: 'Đề nghị tỉnh bổ sung vốn.' },
    );
    expect(saved.saveMonthlyReport).toEqual({ version: 1, difficulties: 'Thiếu vốn đối ứng ở xã La Dêê.' });

    // The editor does not approve; the district's approver returns it, the editor fixes and resends.
    const submitted = (await ok(namGiangEditor, ACT('submitMonthlyReport'), { ...period, v: 1 })).submitMonthlyReport;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 2 });
    const self = await namGiangEditor.gql(ACT('approveMonthlyReport'), { ...period, v: 2 });
    expect(self.errors![0].extensions!.code).toBe('FORBIDDEN');
    const locked = await namGiangEditor.gql(
      `mutation { saveMonthlyReport(unitCode: "510", year: 2025, month: 5, version: 2, difficulties: "sửa") { version } }`,
    );
    expect(locked.errors![0].extensions!.code).toBe('LOCKED');
    // The district's own approver decides for the communes below it, not for the district: the province does.
    const own = await namGiangApprover.gql(ACT('returnMonthlyReport', ', note: $note'), { ...period, v: 2, note: 'x' });
    expect(own.errors![0].extensions!.code).toBe('FORBIDDEN');
    const returned = (
      await ok(provinceApprover, ACT('returnMonthlyReport', ', note: $note'), {
        ...period,
        v: 2,
        note: 'Bổ sung số liệu giải ngân',
      })
    ).returnMonthlyReport;
    expect(returned).toMatchObject({ status: 'RETURNED', note: 'Bổ sung số liệu giải ngân' });
    await ok(namGiangEditor, ACT('submitMonthlyReport'), { ...period, v: 3 });
    const approved = (await ok(provinceApprover, ACT('approveMonthlyReport'), { ...period, v: 4 }))
      .approveMonthlyReport;
    expect(approved).toMatchObject({ status: 'APPROVED', version: 5 });
    const stale = await provinceApprover.gql(ACT('reopenMonthlyReport'), { ...period, v: 4 });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('is for district-level units only', async () => {
    const r = await t.gql(REPORT, { u: '20704', y: 2025, m: 5 });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitCode' });
  });
});

describe('the consolidated monthly workbook', () => {
  it('has one row per district with the right totals, and one sheet per section', async () => {
    // Money of two districts, some of it paid by the month's end.
    await ok(t, `mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }`, {
      rows: [
        { unitCode: '510', source: 'CENTRAL', year: 2025, amount: '3000000000' },
        { unitCode: '502', source: 'PROVINCIAL', year: 2025, amount: '1000000000' },
        { unitCode: '20707', source: 'CENTRAL', year: 2025, amount: '3000000000' },
      ],
    });
    await ok(
      t,
      `mutation { saveProjects(rows: [{ code: "CV-1", name: "Cầu treo", unitCode: "20707", kind: TRANSPORT }]) { changed } }`,
    );
    await ok(
      t,
      `mutation { saveAllocations(rows: [{ projectCode: "CV-1", source: CENTRAL, year: 2025, amount: "3000000000" }]) { changed } }`,
    );
    await ok(
      t,
      `mutation { saveDisbursements(rows: [{ projectCode: "CV-1", source: CENTRAL, capitalYear: 2025, date: "2025-05-20", amount: "750000000" }, { projectCode: "CV-1", source: CENTRAL, capitalYear: 2025, date: "2025-06-02", amount: "100000000" }]) { changed } }`,
    );

    const file = (
      await ok(provinceApprover, `{ monthlyReportWorkbook(year: 2025, month: 5) { fileName content districts } }`)
    ).monthlyReportWorkbook;
    expect(file).toMatchObject({ fileName: 'bao-cao-thang-05-2025.xlsx', districts: 18 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Tiến độ mục tiêu',
      'Giải ngân theo mốc',
      'Chỉ tiêu',
      'Khó khăn, đề xuất',
    ]);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.rowCount).toBe(1 + 18 + 1);
    const rowOf = (code: string) => summary.getRows(2, 18)!.find((r) => r.getCell(2).value === code)!;
    expect([rowOf('510').getCell(8).value, rowOf('510').getCell(9).value, rowOf('510').getCell(10).value]).toEqual([
      3_000_000_000, 750_000_000, 25,
    ]);
    expect(rowOf('502').getCell(8).value).toBe(1_000_000_000);
    const total = summary.getRow(20);
    expect(total.getCell(3).value).toBe('Tổng cộng');
    expect([total.getCell(8).value, total.getCell(9).value]).toEqual([4_000_000_000, 750_000_000]);
    // Targets per district add up to the plan's named targets.
    const targetsTotal = summary.getRows(2, 18)!.reduce((s, r) => s + Number(r.getCell(5).value), 0);
    expect(total.getCell(5).value).toBe(targetsTotal);
    expect(targetsTotal).toBe(134);
    // A district approver cannot take the whole province's.
    const district = await namGiangApprover.gql(`{ monthlyReportWorkbook(year: 2025, month: 5) { districts } }`);
    expect(district.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
