import { todayInVietnam } from '@ntm/shared';
import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';

/** Writes to units count against the current year's submission, as the server judges it. */
const YEAR = Number(todayInVietnam().slice(0, 4));

let t: TestServer;
let communeEditor: ApiClient;
let districtApprover: ApiClient;
let provinceApprover: ApiClient;

beforeAll(async () => {
  t = await startTestServer();
  communeEditor = await t.userWith([{ role: 'EDITOR', unitCode: '20704' }], 'bientap.ladee');
  districtApprover = await t.userWith([{ role: 'APPROVER', unitCode: '510' }], 'pheduyet.namgiang');
  provinceApprover = await t.userWith([{ role: 'APPROVER', unitCode: '49' }], 'pheduyet.tinh');
});
afterAll(() => t.close());

const ACT = (m: string, extra = '') =>
  `mutation($c: String!, $y: Int!, $v: Int!) { ${m}(unitCode: $c, year: $y, version: $v${extra}) { status version locked canSubmit canDecide } }`;

async function rename(client: ApiClient, code: string, name: string) {
  const v = (await t.gql(`query($c: String!) { adminUnit(code: $c) { version } }`, { c: code })).data!.adminUnit
    .version;
  return client.gql(
    `mutation($c: String!, $v: Int!, $n: String!) { updateAdminUnit(code: $c, version: $v, input: { name: $n }) { name } }`,
    {
      c: code,
      v,
      n: name,
    },
  );
}

describe('submitting, approving and locking a unit’s year', () => {
  it('locks the approved unit’s writes with LOCKED until an approver reopens it', async () => {
    const submitted = await communeEditor.gql(ACT('submitUnitData'), { c: '20704', y: YEAR, v: 0 });
    expect(submitted.data!.submitUnitData).toMatchObject({
      status: 'SUBMITTED',
      version: 1,
      locked: false,
      canDecide: false,
    });

    // An editor does not approve, not even their own unit.
    const self = await communeEditor.gql(ACT('approveUnitData'), { c: '20704', y: YEAR, v: 1 });
    expect(self.errors![0].extensions!.code).toBe('FORBIDDEN');

    const approved = await districtApprover.gql(ACT('approveUnitData'), { c: '20704', y: YEAR, v: 1 });
    expect(approved.data!.approveUnitData).toMatchObject({ status: 'APPROVED', version: 2, locked: true });

    const refused = await rename(communeEditor, '20704', 'Xã La Dêê Khóa');
    expect(refused.errors![0].extensions).toMatchObject({ code: 'LOCKED', unitCode: '20704', year: YEAR });
    const village = await communeEditor.gql(
      `mutation { createVillage(input: { communeCode: "20704", name: "Thôn Khóa" }) { code } }`,
    );
    expect(village.errors![0].extensions!.code).toBe('LOCKED');
    const byAdmin = await rename(t, '20704', 'Xã La Dêê Khóa');
    expect(byAdmin.errors![0].extensions!.code).toBe('LOCKED');
    const unit = await communeEditor.gql(`{ adminUnit(code: "20704") { name editable } }`);
    expect(unit.data!.adminUnit).toEqual({ name: 'Xã La Dêê', editable: false });

    // Another commune of the district is not locked.
    expect((await rename(districtApprover, '20705', 'Xã Đắc Tôi Mở')).errors).toBeUndefined();

    const stale = await districtApprover.gql(ACT('reopenUnitData'), { c: '20704', y: YEAR, v: 1 });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const reopened = await districtApprover.gql(ACT('reopenUnitData'), { c: '20704', y: YEAR, v: 2 });
    expect(reopened.data!.reopenUnitData).toMatchObject({ status: 'RETURNED', locked: false, canSubmit: true });
    expect((await rename(communeEditor, '20704', 'Xã La Dêê Mở')).data!.updateAdminUnit.name).toBe('Xã La Dêê Mở');
  });

  it('locks the communes below an approved district', async () => {
    await districtApprover.gql(ACT('submitUnitData'), { c: '510', y: YEAR, v: 0 });
    const notMine = await districtApprover.gql(ACT('approveUnitData'), { c: '510', y: YEAR, v: 1 });
    expect(notMine.errors![0].extensions!.code).toBe('FORBIDDEN');
    const approved = await provinceApprover.gql(ACT('approveUnitData'), { c: '510', y: YEAR, v: 1 });
    expect(approved.data!.approveUnitData.status).toBe('APPROVED');
    expect((await rename(communeEditor, '20704', 'Xã La Dêê Lần Nữa')).errors![0].extensions!.code).toBe('LOCKED');
    // Another year and another district stay open.
    const other = await communeEditor.gql(
      `{ unitSubmission(unitCode: "20704", year: ${YEAR - 1}) { locked status version } }`,
    );
    expect(other.data!.unitSubmission).toEqual({ locked: false, status: 'DRAFT', version: 0 });
    expect((await rename(t, '20335', 'Phường Tân Thạnh Mở')).errors).toBeUndefined();
  });

  it('wants a reason to return data, and refuses steps out of order', async () => {
    await communeEditor.gql(ACT('submitUnitData'), { c: '20704', y: YEAR - 1, v: 0 });
    const noNote = await districtApprover.gql(
      `mutation { returnUnitData(unitCode: "20704", year: ${YEAR - 1}, version: 1, note: " ") { status } }`,
    );
    expect(noNote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const twice = await communeEditor.gql(ACT('submitUnitData'), { c: '20704', y: YEAR - 1, v: 1 });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const returned = await districtApprover.gql(
      `mutation { returnUnitData(unitCode: "20704", year: ${YEAR - 1}, version: 1, note: "Thiếu minh chứng") { status note } }`,
    );
    expect(returned.data!.returnUnitData).toEqual({ status: 'RETURNED', note: 'Thiếu minh chứng' });
  });

  it('leaves the audit trail to approvers within their units, newest first', async () => {
    const mine = await districtApprover.gql(
      `{ auditLog(filter: { entity: "UnitSubmission", key: "20704/${YEAR}" }) { totalCount nodes { action actor field oldValue newValue } } }`,
    );
    const actions = mine
      .data!.auditLog.nodes.filter((n: { field: string }) => n.field === 'status')
      .map((n: { action: string }) => n.action);
    expect(actions).toEqual(['REOPEN', 'APPROVE', 'SUBMIT']);
    const outside = await districtApprover.gql(`{ auditLog(filter: { key: "20335" }) { totalCount } }`);
    expect(outside.data!.auditLog.totalCount).toBe(0);
    const all = await t.gql(
      `{ auditLog(filter: { key: "20335", field: "name" }) { totalCount nodes { actor oldValue newValue } } }`,
    );
    expect(all.data!.auditLog.nodes[0]).toEqual({
      actor: 'admin',
      oldValue: 'Phường Tân Thạnh',
      newValue: 'Phường Tân Thạnh Mở',
    });
    const editor = await communeEditor.gql(`{ auditLog { totalCount } }`);
    expect(editor.errors![0].extensions!.code).toBe('FORBIDDEN');
    // Editors see the history of their own records, not of others'.
    const own = await communeEditor.gql(
      `{ recordHistory(entity: "AdminUnit", key: "20704", field: "name") { nodes { actor newValue } } }`,
    );
    expect(own.data!.recordHistory.nodes[0]).toEqual({ actor: 'bientap.ladee', newValue: 'Xã La Dêê Mở' });
    const theirs = await communeEditor.gql(`{ recordHistory(entity: "AdminUnit", key: "20335") { totalCount } }`);
    expect(theirs.data!.recordHistory.totalCount).toBe(0);
  });
});
