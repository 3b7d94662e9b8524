import fc from 'fast-check';
import { type TestServer, startTestServer } from '../support/test-server';

/**
 * Generated and hostile values thrown at every batch mutation: wrong types, negative, huge and
 * fractional amounts, impossible dates, unknown codes, long strings, SQL and HTML in names. Every
 * answer must be a typed error (never INTERNAL_SERVER_ERROR) and leave the database as it was.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const TYPED = new Set([
  'BAD_USER_INPUT',
  'CONFLICT',
  'LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
]);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 25);

const hostileText = fc.oneof(
  fc.constantFrom(
    "'; DROP TABLE admin_unit; --",
    '<script>alert(1)</script>',
    '\u0000\u0001',
    '   ',
    '',
    '𝓝𝓣𝓜 ✓',
    'Xã La Dêê',
    '\\',
    '%_',
  ),
  fc.string({ maxLength: 40 }),
  fc.constant('x'.repeat(300_000)),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, 1.5, -0.0001, 2 ** 31, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e308),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileMoney = fc.oneof(
  fc.constantFrom('-1', '1.5', '1e9', '99999999999999999999999', '', 'một tỷ', '0x10', ' 12'),
  hostileNumber,
);
const hostileDate = fc.constantFrom(
  '2024-02-30',
  '2024-13-01',
  '0000-01-01',
  '99999-01-01',
  '30/06/2024',
  '',
  'hôm qua',
  '2024-6-1',
);
const hostileCode = fc.oneof(
  fc.constantFrom('99999', '', '49', '510', '20704', "20704' OR 1=1", '../../etc'),
  hostileText,
);
const anyScalar = fc.oneof(hostileText, hostileNumber, fc.boolean(), fc.constant(null), hostileDate);
const hostileEnum = fc.constantFrom('CENTRAL', 'NOPE', '', 'central', 'NTM', 'DROP');

/** A value of a field: sometimes the right kind of thing, gone wrong; sometimes anything at all. */
const field = (own: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 3, arbitrary: own }, { weight: 1, arbitrary: anyScalar });

const MUTATIONS: { name: string; query: string; row: fc.Arbitrary<Record<string, unknown>> }[] = [
  {
    name: 'saveAdminUnits',
    query: 'mutation($rows: [AdminUnitRowInput!]!) { saveAdminUnits(rows: $rows) { changed } }',
    row: fc.record(
      {
        code: field(hostileCode),
        version: field(hostileNumber),
        communeCode: field(hostileCode),
        name: field(hostileText),
        mountainous: field(fc.boolean()),
      },
      { requiredKeys: ['code'] },
    ),
  },
  {
    name: 'saveTargets',
    query: 'mutation($rows: [TargetRowInput!]!) { saveTargets(rows: $rows) { changed } }',
    row: fc.record(
      {
        id: field(hostileNumber),
        version: field(hostileNumber),
        unitCode: field(hostileCode),
        level: field(hostileEnum),
        year: field(hostileNumber),
        note: field(hostileText),
      },
      { requiredKeys: ['year'] },
    ),
  },
  {
    name: 'saveDossiers',
    query: 'mutation($rows: [DossierRowInput!]!) { saveDossiers(rows: $rows) { id } }',
    row: fc.record({
      targetId: field(hostileNumber),
      version: field(hostileNumber),
      satisfactionPercent: field(hostileNumber),
      steps: fc.array(
        fc.record({
          step: field(fc.constantFrom('RECOGNISED', 'COMMUNE_TO_DISTRICT', 'X')),
          date: field(hostileDate),
          decision: field(hostileText),
        }),
        { maxLength: 3 },
      ),
    }),
  },
  {
    name: 'saveRecognitions',
    query: 'mutation($rows: [RecognitionRowInput!]!) { saveRecognitions(rows: $rows) { changed } }',
    row: fc.record(
      {
        unitCode: field(hostileCode),
        level: field(hostileEnum),
        year: field(hostileNumber),
        recognisedOn: field(hostileDate),
        endedOn: field(hostileDate),
        endReason: field(fc.constantFrom('LAPSED', 'NOPE')),
      },
      { requiredKeys: ['recognisedOn'] },
    ),
  },
  {
    name: 'saveEvaluations',
    query: 'mutation($rows: [EvaluationRowInput!]!) { saveEvaluations(rows: $rows) { changed } }',
    row: fc.record(
      {
        unitCode: field(hostileCode),
        year: field(hostileNumber),
        setKey: field(fc.constantFrom('XA_NTM_2021_2025', 'NOPE')),
        code: field(fc.constantFrom('1', '19', '20', '13.3', '')),
        met: field(fc.boolean()),
        version: field(hostileNumber),
        note: field(hostileText),
      },
      { requiredKeys: ['year'] },
    ),
  },
  {
    name: 'saveAllocations',
    query: 'mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }',
    row: fc.record(
      {
        unitCode: field(hostileCode),
        source: field(hostileEnum),
        year: field(hostileNumber),
        amount: field(hostileMoney),
        note: field(hostileText),
      },
      { requiredKeys: ['amount'] },
    ),
  },
  {
    name: 'saveProjects',
    query: 'mutation($rows: [ProjectRowInput!]!) { saveProjects(rows: $rows) { changed } }',
    row: fc.record(
      {
        code: field(hostileText),
        name: field(hostileText),
        unitCode: field(hostileCode),
        kind: field(fc.constantFrom('TRANSPORT', 'NOPE')),
        startedOn: field(hostileDate),
        completedOn: field(hostileDate),
      },
      { requiredKeys: ['startedOn'] },
    ),
  },
  {
    name: 'saveDisbursements',
    query: 'mutation($rows: [DisbursementRowInput!]!) { saveDisbursements(rows: $rows) { changed } }',
    row: fc.record(
      {
        projectCode: field(hostileText),
        source: field(hostileEnum),
        capitalYear: field(hostileNumber),
        date: field(hostileDate),
        amount: field(hostileMoney),
      },
      { requiredKeys: ['amount'] },
    ),
  },
  {
    name: 'saveIndicatorValues',
    query: 'mutation($rows: [IndicatorValueInput!]!) { saveIndicatorValues(rows: $rows) { changed } }',
    row: fc.record(
      {
        unitCode: field(hostileCode),
        key: field(fc.constantFrom('HYGIENIC_WATER', 'OCOP_TOTAL', 'NOPE')),
        year: field(hostileNumber),
        month: field(hostileNumber),
        value: field(hostileNumber),
      },
      { requiredKeys: ['value'] },
    ),
  },
  {
    name: 'saveOcopProducts',
    query: 'mutation($rows: [OcopRowInput!]!) { saveOcopProducts(rows: $rows) { changed } }',
    row: fc.record(
      {
        name: field(hostileText),
        producer: field(hostileText),
        unitCode: field(hostileCode),
        category: field(hostileText),
        stars: field(hostileNumber),
        yearRated: field(hostileNumber),
      },
      { requiredKeys: ['stars'] },
    ),
  },
  {
    name: 'saveModels',
    query: 'mutation($rows: [ModelRowInput!]!) { saveModels(rows: $rows) { changed } }',
    row: fc.record(
      {
        name: field(hostileText),
        unitCode: field(hostileCode),
        field: field(fc.constantFrom('TOURISM', 'NOPE')),
        year: field(hostileNumber),
        replicatedFromId: field(hostileNumber),
      },
      { requiredKeys: ['year'] },
    ),
  },
];

/** What the database holds, in a few numbers that any write would move. */
async function fingerprint(): Promise<string> {
  // Rows and the sum of their versions (of ids where rows have no version).
  const tables = [
    'admin_unit',
    'admin_unit_history:id',
    'hierarchy_change',
    'target',
    'dossier_step',
    'recognition',
    'evaluation',
    'allocation',
    'project',
    'disbursement',
    'indicator_value',
    'ocop_product',
    'good_model',
    'monthly_report',
  ];
  const parts = await Promise.all(
    tables.map(async (spec) => {
      const [table, column = 'version'] = spec.split(':');
      const [row] = await t.sql(`SELECT COUNT(*) AS n, COALESCE(SUM(${column}), 0) AS v FROM ${table}`);
      return `${table}:${row.n}/${row.v}`;
    }),
  );
  return parts.join(' ');
}

describe('hostile input', () => {
  for (const m of MUTATIONS) {
    it(`${m.name}: every answer is a typed error and nothing is written`, async () => {
      const before = await fingerprint();
      let saved = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(m.row, { minLength: 1, maxLength: 3 }), async (rows) => {
          const r = await t.gql(m.query, { rows });
          if (!r.errors) {
            saved++; // a batch that happens to be valid may be saved
            return true;
          }
          const codes = r.errors.map((e: { extensions?: { code?: string } }) => String(e.extensions?.code));
          expect(codes.filter((c: string) => !TYPED.has(c))).toEqual([]);
          return true;
        }),
        { numRuns: RUNS, seed: 20261129 },
      );
      // Valid batches are rare; when none got through, the database is exactly as it was.
      if (saved === 0) expect(await fingerprint()).toBe(before);
    });
  }

  it('applyHierarchyChange: every answer is a typed error and nothing is written', async () => {
    const before = await fingerprint();
    let saved = 0;
    const item = fc.record(
      {
        kind: field(fc.constantFrom('MERGE', 'SPLIT', 'DISSOLVE', 'RENAME', 'MOVE', 'CREATE', 'NOPE')),
        code: field(hostileCode),
        name: field(hostileText),
        type: field(fc.constantFrom('COMMUNE', 'WARD', 'RURAL_DISTRICT', 'NOPE')),
        parentCode: field(hostileCode),
        successorCode: field(hostileCode),
      },
      { requiredKeys: ['kind', 'code'] },
    );
    const input = fc.record({
      effectiveOn: fc.oneof(hostileDate, fc.constantFrom('2026-01-01', '1999-01-01', '2200-01-01')),
      decision: field(hostileText),
      items: fc.array(item, { minLength: 1, maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        const r = await t.gql('mutation($i: HierarchyChangeInput!) { applyHierarchyChange(input: $i) { changed } }', {
          i,
        });
        if (!r.errors) {
          saved++;
          return true;
        }
        expect(
          r.errors
            .map((e: { extensions?: { code?: string } }) => String(e.extensions?.code))
            .filter((c: string) => !TYPED.has(c)),
        ).toEqual([]);
        return true;
      }),
      { numRuns: RUNS * 2, seed: 20261129 },
    );
    if (saved === 0) expect(await fingerprint()).toBe(before);
  });

  it('catalogueDiff: malformed catalogues are typed errors', async () => {
    const deep = '{"data":'.repeat(5000) + '[]' + '}'.repeat(5000);
    for (const catalogue of [
      '',
      'null',
      '{',
      '{"data": 5}',
      '{"data": [{"level1_id": "4"}]}',
      '{"data": [{"level1_id": "49", "name": "x", "type": "Làng"}]}',
      deep,
      'x'.repeat(9_000_000),
    ]) {
      const r = await t.gql('query($c: String!) { catalogueDiff(catalogue: $c) { changes { code } } }', {
        c: catalogue,
      });
      expect(TYPED.has(String(r.errors?.[0].extensions?.code))).toBe(true);
    }
  });

  it('refuses a malformed .xlsx, non-base64 and a huge file as typed errors', async () => {
    const before = await fingerprint();
    for (const file of [
      'UEsDBA==',
      '!!!',
      Buffer.from('PK\u0003\u0004' + 'A'.repeat(5000)).toString('base64'),
      Buffer.alloc(9 * 1024 * 1024, 65).toString('base64'),
    ]) {
      const r = await t.gql(`mutation($i: ImportInput!) { commitImport(input: $i) { committed } }`, {
        i: { kind: 'ADMIN_UNITS', fileName: 'x.xlsx', file },
      });
      expect(TYPED.has(String(r.errors?.[0].extensions?.code))).toBe(true);
    }
    expect(await fingerprint()).toBe(before);
  });
});
