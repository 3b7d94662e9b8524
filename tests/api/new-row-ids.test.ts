import { type TestServer, startTestServer } from '../support/test-server';

/**
 * A batch that adds rows answers each new row with its own id. InnoDB gives one INSERT's rows
 * consecutive ids and the server reads them from the first; where a database may not (TiDB across
 * its id cache), `NTM_INSERT_IDS=one-by-one` inserts a row at a time. Both ways, on both databases.
 */
const SAVE_PROJECTS = `mutation($rows: [ProjectRowInput!]!) { saveProjects(rows: $rows) { changed projects { id code } } }`;
const SAVE_DISBURSEMENTS = `mutation($rows: [DisbursementRowInput!]!) { saveDisbursements(rows: $rows) { changed disbursements { id amount } } }`;
const SAVE_ALLOCATIONS = `mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }`;

describe.each(['auto', 'one-by-one'] as const)('new rows’ ids (%s)', (insertIds) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ insertIds });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers each new project and payment with the id the database gave it', async () => {
    const codes = Array.from({ length: 7 }, (_, i) => `ID-${insertIds}-${i}`);
    const saved = await t.gql(SAVE_PROJECTS, {
      rows: codes.map((code, i) => ({
        code,
        name: `Công trình ${i}`,
        unitCode: '20719',
        kind: 'TRANSPORT',
        capitalAllocatedOn: '2025-01-15',
      })),
    });
    expect(saved.errors).toBeUndefined();
    const rows = await t.sql<{ id: number; code: string }>(
      `SELECT id, code FROM project WHERE code LIKE 'ID-${insertIds}-%'`,
    );
    const stored = new Map(rows.map((r) => [r.code, Number(r.id)]));
    expect(saved.data!.saveProjects.projects.map((p: { id: string; code: string }) => [p.code, Number(p.id)])).toEqual(
      codes.map((c) => [c, stored.get(c)]),
    );

    expect(
      (
        await t.gql(SAVE_ALLOCATIONS, {
          rows: [{ projectCode: codes[0], source: 'PEOPLE', year: 2025, amount: '1000000' }],
        })
      ).errors,
    ).toBeUndefined();
    const paid = await t.gql(SAVE_DISBURSEMENTS, {
      rows: [1, 2, 3].map((n) => ({
        projectCode: codes[0],
        source: 'PEOPLE',
        capitalYear: 2025,
        date: `2025-03-0${n}`,
        amount: String(n * 1000),
      })),
    });
    expect(paid.errors).toBeUndefined();
    const payments = await t.sql<{ id: number; amount: string }>(
      `SELECT d.id, d.amount FROM disbursement d JOIN project p ON p.id = d.projectId WHERE p.code = ?`,
      [codes[0]],
    );
    const byAmount = new Map(payments.map((r) => [String(r.amount), Number(r.id)]));
    expect(paid.data!.saveDisbursements.disbursements.map((d: { id: string; amount: string }) => Number(d.id))).toEqual(
      ['1000', '2000', '3000'].map((a) => byAmount.get(a)),
    );
  });
});
