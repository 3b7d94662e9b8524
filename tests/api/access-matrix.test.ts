import { getIntrospectionQuery } from 'graphql';
import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';

/**
 * Every role against every scope for every operation on every entity, compared cell by cell
 * with what the access rules say. Scopes: a commune of the user's own district (Nam Giang,
 * 510), a commune of a sibling district (Tam Kỳ, 502), and the province (49).
 */

type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'empty';
type Actor = 'ADMIN' | 'EDITOR' | 'APPROVER' | 'VIEWER' | 'NOBODY';
type Scope = 'own' | 'sibling' | 'province';

const OWN = '20704'; // Xã La Dêê, Nam Giang
const SIBLING = '20335'; // Phường Tân Thạnh, Tam Kỳ
const PROVINCE = '49';
const YEAR = 2025;

let t: TestServer;
const clients = {} as Record<Actor, ApiClient>;

beforeAll(async () => {
  t = await startTestServer();
  clients.ADMIN = t;
  clients.EDITOR = await t.userWith([{ role: 'EDITOR', unitCode: '510' }], 'bientap.namgiang');
  clients.APPROVER = await t.userWith([{ role: 'APPROVER', unitCode: '510' }], 'pheduyet.namgiang');
  clients.VIEWER = await t.userWith([{ role: 'VIEWER', unitCode: '510' }], 'xem.namgiang');
  clients.NOBODY = t.anonymous;
});
afterAll(() => t.close());

const unitOf: Record<Scope, string> = { own: OWN, sibling: SIBLING, province: PROVINCE };

async function version(code: string): Promise<number> {
  return (await t.gql(`query($c: String!) { adminUnit(code: $c) { version } }`, { c: code })).data!.adminUnit.version;
}

async function submission(code: string): Promise<{ status: string; version: number }> {
  const r = await t.gql(`query($c: String!, $y: Int!) { unitSubmission(unitCode: $c, year: $y) { status version } }`, {
    c: code,
    y: YEAR,
  });
  return r.data!.unitSubmission;
}

/** Puts a unit's submission in a state from which the operation under test is possible. */
async function bringSubmissionTo(code: string, wanted: 'DRAFT_OR_RETURNED' | 'SUBMITTED'): Promise<number> {
  // An approved province locks every unit below it: open it first.
  const province = await submission(PROVINCE);
  if (code !== PROVINCE && province.status === 'APPROVED') {
    await t.gql(
      `mutation($v: Int!) { reopenUnitData(unitCode: "${PROVINCE}", year: ${YEAR}, version: $v) { status } }`,
      { v: province.version },
    );
  }
  let s = await submission(code);
  const act = async (m: string) => {
    const r = await t.gql(
      `mutation($c: String!, $y: Int!, $v: Int!) { ${m}(unitCode: $c, year: $y, version: $v${m === 'returnUnitData' ? ', note: "để thử"' : ''}) { status version } }`,
      { c: code, y: YEAR, v: s.version },
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    s = r.data![m];
  };
  if (s.status === 'APPROVED') await act('reopenUnitData');
  if (wanted === 'SUBMITTED' && s.status !== 'SUBMITTED') await act('submitUnitData');
  if (wanted === 'DRAFT_OR_RETURNED' && s.status === 'SUBMITTED') await act('returnUnitData');
  return s.version;
}

let villageNo = 0;

/** A one-row CSV sheet renaming a unit. */
function importOf(code: string) {
  const csv = `Mã,Tên\r\n${code},Tên nhập ${++villageNo}\r\n`;
  return { kind: 'ADMIN_UNITS', fileName: 'doi-ten.csv', file: Buffer.from(csv).toString('base64') };
}

/** Runs one operation as `actor` on `scope` and classifies the answer. */
const OPERATIONS: Record<string, (c: ApiClient, scope: Scope) => Promise<{ outcome: Outcome | string }>> = {
  'AdminUnit.list': async (c, scope) => {
    const parent = scope === 'province' ? PROVINCE : scope === 'own' ? '510' : '502';
    const r = await c.gql(`query($p: String!) { adminUnits(parentCode: $p, first: 100) { nodes { code } } }`, {
      p: parent,
    });
    return classify(r, (d) => (d.adminUnits.nodes.length === 0 ? 'empty' : 'ok'));
  },
  'AdminUnit.read': async (c, scope) =>
    classify(await c.gql(`query($c: String!) { adminUnit(code: $c) { code } }`, { c: unitOf[scope] })),
  'AdminUnit.create': async (c, scope) =>
    classify(
      await c.gql(`mutation($i: CreateVillageInput!) { createVillage(input: $i) { code } }`, {
        i: { communeCode: unitOf[scope], name: `Thôn Thử ${++villageNo}` },
      }),
    ),
  'AdminUnit.update': async (c, scope) => {
    const code = unitOf[scope];
    return classify(
      await c.gql(
        `mutation($c: String!, $v: Int!, $n: String!) { updateAdminUnit(code: $c, version: $v, input: { name: $n }) { version } }`,
        {
          c: code,
          v: await version(code),
          n: `Tên thử ${++villageNo}`,
        },
      ),
    );
  },
  'AdminUnit.batchSave': async (c, scope) => {
    const code = unitOf[scope];
    return classify(
      await c.gql(`mutation($rows: [AdminUnitRowInput!]!) { saveAdminUnits(rows: $rows) { changed } }`, {
        rows: [{ code, version: await version(code), name: `Tên lô ${++villageNo}` }],
      }),
    );
  },
  'Import.preview': async (c, scope) =>
    classify(
      await c.gql(`query($i: ImportInput!) { previewImport(input: $i) { summary { total } } }`, {
        i: importOf(unitOf[scope]),
      }),
    ),
  'Import.commit': async (c, scope) =>
    classify(
      await c.gql(`mutation($i: ImportInput!) { commitImport(input: $i) { committed } }`, {
        i: importOf(unitOf[scope]),
      }),
    ),
  'Target.list': async (c, scope) => {
    const parent = scope === 'province' ? PROVINCE : scope === 'own' ? '510' : '502';
    const r = await c.gql(`query($p: String!) { targets(unitCode: $p, first: 100) { nodes { id } } }`, { p: parent });
    return classify(r, (d) => (d.targets.nodes.length === 0 ? 'empty' : 'ok'));
  },
  'Evaluation.save': async (c, scope) => {
    const n = ++villageNo;
    const row = {
      unitCode: unitOf[scope],
      year: 2021 + (Math.floor(n / 19) % 5),
      setKey: 'XA_NTM_2021_2025',
      code: String((n % 19) + 1),
      met: n % 2 === 0,
    };
    return classify(
      await c.gql(`mutation($rows: [EvaluationRowInput!]!) { saveEvaluations(rows: $rows) { changed } }`, {
        rows: [row],
      }),
    );
  },
  'Criteria.save': async (c) =>
    classify(
      await c.gql(`mutation($rows: [CriterionRowInput!]!) { saveCriteria(rows: $rows) { id } }`, {
        rows: [
          {
            setKey: 'XA_NTM_NANG_CAO_2022_2025',
            code: String((++villageNo % 90) + 1),
            name: `Tiêu chí thử ${villageNo}`,
          },
        ],
      }),
    ),
  'Project.save': async (c, scope) =>
    classify(
      await c.gql(`mutation($rows: [ProjectRowInput!]!) { saveProjects(rows: $rows) { changed } }`, {
        rows: [{ code: `MT-${++villageNo}`, name: 'Công trình thử', unitCode: unitOf[scope], kind: 'OTHER' }],
      }),
    ),
  'UnitSubmission.read': async (c, scope) =>
    classify(
      await c.gql(`query($c: String!) { unitSubmission(unitCode: $c, year: ${YEAR}) { status } }`, {
        c: unitOf[scope],
      }),
    ),
  'UnitSubmission.submit': async (c, scope) => {
    const v = await bringSubmissionTo(unitOf[scope], 'DRAFT_OR_RETURNED');
    return classify(
      await c.gql(
        `mutation($c: String!, $v: Int!) { submitUnitData(unitCode: $c, year: ${YEAR}, version: $v) { status } }`,
        { c: unitOf[scope], v },
      ),
    );
  },
  'UnitSubmission.approve': async (c, scope) => {
    const v = await bringSubmissionTo(unitOf[scope], 'SUBMITTED');
    return classify(
      await c.gql(
        `mutation($c: String!, $v: Int!) { approveUnitData(unitCode: $c, year: ${YEAR}, version: $v) { status } }`,
        { c: unitOf[scope], v },
      ),
    );
  },
  'UnitSubmission.return': async (c, scope) => {
    const v = await bringSubmissionTo(unitOf[scope], 'SUBMITTED');
    return classify(
      await c.gql(
        `mutation($c: String!, $v: Int!) { returnUnitData(unitCode: $c, year: ${YEAR}, version: $v, note: "thiếu số liệu") { status } }`,
        { c: unitOf[scope], v },
      ),
    );
  },
  'UnitSubmission.reopen': async (c, scope) => {
    const v0 = await bringSubmissionTo(unitOf[scope], 'SUBMITTED');
    const approved = await t.gql(
      `mutation($c: String!, $v: Int!) { approveUnitData(unitCode: $c, year: ${YEAR}, version: $v) { version } }`,
      { c: unitOf[scope], v: v0 },
    );
    const v = approved.data!.approveUnitData.version;
    return classify(
      await c.gql(
        `mutation($c: String!, $v: Int!) { reopenUnitData(unitCode: $c, year: ${YEAR}, version: $v) { status } }`,
        { c: unitOf[scope], v },
      ),
    );
  },
  'AuditEntry.list': async (c, scope) => {
    const r = await c.gql(`query($k: String!) { auditLog(filter: { key: $k }) { nodes { id } } }`, {
      k: `${unitOf[scope]}/${YEAR}`,
    });
    return classify(r, (d) => (d.auditLog.nodes.length === 0 ? 'empty' : 'ok'));
  },
  'AuditEntry.history': async (c, scope) => {
    const r = await c.gql(`query($k: String!) { recordHistory(entity: "AdminUnit", key: $k) { nodes { id } } }`, {
      k: unitOf[scope],
    });
    return classify(r, (d) => (d.recordHistory.nodes.length === 0 ? 'empty' : 'ok'));
  },
  'User.list': async (c) => classify(await c.gql(`{ users { nodes { username } } }`)),
  'User.create': async (c) =>
    classify(
      await c.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { username } }`, {
        i: { username: `moi.${++villageNo}`, displayName: 'Người mới', password: 'mat-khau-dai-du', assignments: [] },
      }),
    ),
  'User.update': async (c) => {
    const v = (await t.gql(`{ users(search: "xem.namgiang") { nodes { version } } }`)).data!.users.nodes[0].version;
    return classify(
      await c.gql(
        `mutation($v: Int!) { updateUser(username: "xem.namgiang", version: $v, input: { displayName: "Xem ${++villageNo}" }) { version } }`,
        { v },
      ),
    );
  },
};

function classify(r: { data: any; errors?: { extensions?: Record<string, any> }[] }, ok?: (data: any) => Outcome) {
  if (r.errors?.length) return { outcome: String(r.errors[0].extensions?.code) };
  return { outcome: ok ? ok(r.data) : 'ok' };
}

// What the rules say. Units: own subtree readable and (EDITOR, APPROVER) writable; the sibling
// district neither; the province readable by all, written and decided by ADMIN only. Approvers
// decide for units below their own. Accounts are ADMIN's; the audit trail ADMIN's and approvers'
// within their subtree. NOBODY is UNAUTHENTICATED everywhere.
const ALL: Scope[] = ['own', 'sibling', 'province'];
function expected(op: string, actor: Actor, scope: Scope): Outcome {
  if (actor === 'NOBODY') return 'UNAUTHENTICATED';
  const admin = actor === 'ADMIN';
  const writer = actor === 'EDITOR' || actor === 'APPROVER';
  switch (op) {
    case 'Import.preview': // a dry run says, row by row, what the user may not do
      return 'ok';
    case 'AdminUnit.list':
    case 'Target.list':
      return scope === 'sibling' && !admin ? 'empty' : 'ok';
    case 'AdminUnit.read':
    case 'UnitSubmission.read':
      return scope === 'sibling' && !admin ? 'FORBIDDEN' : 'ok';
    case 'AdminUnit.create': // villages are added to communes only
    case 'AdminUnit.update':
    case 'AdminUnit.batchSave':
    case 'Import.commit':
    case 'Evaluation.save':
    case 'Project.save':
    case 'UnitSubmission.submit':
      if (admin) return 'ok';
      return scope === 'own' && writer ? 'ok' : 'FORBIDDEN';
    case 'UnitSubmission.approve':
    case 'UnitSubmission.return':
    case 'UnitSubmission.reopen':
      if (admin) return 'ok';
      return scope === 'own' && actor === 'APPROVER' ? 'ok' : 'FORBIDDEN';
    case 'AuditEntry.list':
      if (admin) return 'ok';
      if (actor !== 'APPROVER') return 'FORBIDDEN';
      return scope === 'own' ? 'ok' : 'empty';
    case 'AuditEntry.history': // anyone, for the records of their own units
      return admin || scope === 'own' ? 'ok' : 'empty';
    default: // accounts
      return admin ? 'ok' : 'FORBIDDEN';
  }
}

// The province is no commune: adding a village there is refused as bad input, whoever asks.
function adjust(op: string, actor: Actor, scope: Scope, outcome: Outcome): Outcome | string {
  if (op === 'AdminUnit.create' && scope === 'province' && actor !== 'NOBODY') return 'BAD_USER_INPUT';
  // The province is judged by no commune set.
  if (op === 'Evaluation.save' && scope === 'province' && actor !== 'NOBODY') return 'BAD_USER_INPUT';
  return outcome;
}

describe('the role × scope × operation matrix', () => {
  it('answers every cell as the rules say', async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const op of Object.keys(OPERATIONS)) {
      for (const actor of Object.keys(clients) as Actor[]) {
        const scopes: Scope[] = op.startsWith('User.') || op.startsWith('Criteria.') ? ['province'] : ALL;
        for (const scope of scopes) {
          const want = adjust(op, actor, scope, expected(op, actor, scope));
          const { outcome } = await OPERATIONS[op](clients[actor], scope);
          cells++;
          if (outcome !== want) wrong.push(`${op} as ${actor} on ${scope}: got ${outcome}, want ${want}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBeGreaterThan(150);
  });

  it('covers every operation of the API, and every operation declares an access rule', async () => {
    const r = await t.gql(getIntrospectionQuery());
    const roots = r.data!.__schema.types.filter(
      (ty: { name: string }) => ty.name === 'Query' || ty.name === 'Mutation',
    );
    const operations: string[] = roots.flatMap((ty: { fields: { name: string }[] }) => ty.fields.map((f) => f.name));
    const inMatrix = new Set([
      'adminUnits',
      'adminUnit',
      'createVillage',
      'updateAdminUnit',
      'saveAdminUnits',
      'unitSubmission',
      'submitUnitData',
      'approveUnitData',
      'returnUnitData',
      'reopenUnitData',
      'auditLog',
      'recordHistory',
      'users',
      'createUser',
      'updateUser',
      'previewImport',
      'commitImport',
      // Only its owner reads an import's progress: covered by the import tests.
      'importProgress',
      'targets',
      'saveEvaluations',
      'saveCriteria',
      // Plans, targets, dossiers and progress: covered by the targets tests, for scope and steps.
      'plans',
      'plan',
      'dossiers',
      'saveTargets',
      'saveDossiers',
      'recognitions',
      'saveRecognitions',
      'planProgress',
      'deadlines',
      'districtsWithoutNtmCommune',
      'criteriaSets',
      'criteriaMatrix',
      'communeScorecard',
      'communesBelowCriteria',
      'createCriteriaSet',
      'savePlan',
      'savePlanGoals',
      'saveDeadlineRules',
      'saveProjects',
      // Money: covered by the money tests, for scope and the plan's rules.
      'allocations',
      'saveAllocations',
      'projects',
      'project',
      'disbursements',
      'saveDisbursements',
      'budgetSummary',
      'checkpointStatus',
      'checkpoints',
      'reallocationCandidates',
      'localDebtProjects',
      'supportShortfalls',
      'reallocations',
      'saveReallocations',
      // Indicators, OCOP and models: covered by the indicator tests.
      'indicators',
      'indicatorValues',
      'indicatorMatrix',
      'saveIndicatorValues',
      'indicatorProgress',
      'ocopProducts',
      'saveOcopProducts',
      'ocopSummary',
      'models',
      'saveModels',
      'modelCoverage',
      // Monthly reports: covered by the monthly report tests (roles and flow).
      'monthlyReport',
      'monthlyReportWorkbook',
      'saveMonthlyReport',
      'submitMonthlyReport',
      'approveMonthlyReport',
      'returnMonthlyReport',
      'reopenMonthlyReport',
      // Changes of the hierarchy (administrators only): covered by the merger tests.
      'catalogueDiff',
      'previewHierarchyChange',
      'applyHierarchyChange',
      'revertHierarchyChange',
      'hierarchyChanges',
      'unitHistory',
      // The signed-in user's own session: covered by the sign-in tests.
      'login',
      'refreshSession',
      'logout',
      'changePassword',
      'me',
    ]);
    expect(operations.filter((o) => !inMatrix.has(o))).toEqual([]);
    const schema = t.server.schema;
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        expect({ field: field.name, access: field.extensions.access ?? 'none' }).not.toEqual({
          field: field.name,
          access: 'none',
        });
      }
    }
  });

  it('filters lists to the scope rather than refusing them', async () => {
    const r = await clients.EDITOR.gql(
      `{ adminUnits(level: DISTRICT) { totalCount nodes { code } } p: adminUnits(level: PROVINCE) { nodes { code } } }`,
    );
    expect(r.data!.adminUnits).toEqual({ totalCount: 1, nodes: [{ code: '510' }] });
    expect(r.data!.p.nodes).toEqual([{ code: '49' }]);
    const province = await clients.EDITOR.gql(`{ adminUnit(code: "49") { childCount children { code } editable } }`);
    expect(province.data!.adminUnit).toEqual({ childCount: 1, children: [{ code: '510' }], editable: false });
  });
});
