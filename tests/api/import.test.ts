import ExcelJS from 'exceljs';
import { type ApiClient, type TestServer, startTestServer } from '../support/test-server';

let t: TestServer;
let namGiangEditor: ApiClient;
beforeAll(async () => {
  t = await startTestServer();
  namGiangEditor = await t.userWith([{ role: 'EDITOR', unitCode: '510' }]);
});
afterAll(() => t.close());

type Cell = string | number | boolean | null;

/** An .xlsx file as a spreadsheet user makes one: a title row, then headers, then data. */
async function xlsx(rows: Cell[][], options: { title?: string; sheet?: string } = {}): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(options.sheet ?? 'Danh sách');
  if (options.title) ws.addRow([options.title]);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

const PREVIEW = `query($input: ImportInput!) { previewImport(input: $input) {
  sheet headerRow committed
  columns { column header field samples }
  summary { total created updated unchanged refused }
  rows { row action key label values changes { field oldValue newValue } issues { field code rule params message } candidates { code name parentName } }
} }`;
const COMMIT = `mutation($input: ImportInput!) { commitImport(input: $input) {
  committed summary { total created updated unchanged refused }
  rows { row action key }
} }`;

async function versions(prefix: string): Promise<Record<string, { name: string; version: number }>> {
  const rows = await t.sql('SELECT code, name, version FROM admin_unit WHERE path LIKE ? ORDER BY code', [
    `${prefix}%`,
  ]);
  return Object.fromEntries(rows.map((r) => [r.code, { name: r.name, version: Number(r.version) }]));
}

async function count(table: string): Promise<number> {
  const [row] = await t.sql(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row.n);
}

/** The communes of Nam Giang as its grid exports them. */
async function namGiangSheet(change: Record<string, string> = {}): Promise<Cell[][]> {
  const units = await versions('49/510/');
  return [
    ['Mã', 'Tên', 'Loại', 'Miền núi', 'Số đơn vị trực thuộc'],
    ...Object.entries(units)
      .filter(([code]) => !code.includes('-'))
      .map(([code, u]) => [code, change[code] ?? u.name, 'Xã', 'x', 0]),
  ];
}

describe('importing a sheet of units', () => {
  it('previews without writing, then commits exactly the changed cells, and a second time nothing', async () => {
    const before = await versions('49/510/');
    const file = await xlsx(await namGiangSheet({ '20704': 'Xã La Dêê Mới', '20713': 'Xã Cà Dy Mới' }), {
      title: 'DANH SÁCH XÃ HUYỆN NAM GIANG',
    });
    const input = { kind: 'ADMIN_UNITS', fileName: 'xa-nam-giang.xlsx', file };
    const auditBefore = await count('audit_entry');

    const preview = await t.gql(PREVIEW, { input });
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.previewImport;
    expect(p).toMatchObject({ sheet: 'Danh sách', headerRow: 2, committed: false });
    expect(p.columns.map((c: { field: string | null }) => c.field)).toEqual([
      'code',
      'name',
      'type',
      'mountainous',
      null,
    ]);
    expect(p.summary).toEqual({ total: 12, created: 0, updated: 2, unchanged: 10, refused: 0 });
    const updated = p.rows.filter((r: { action: string }) => r.action === 'UPDATE');
    expect(updated.map((r: { key: string; changes: unknown }) => [r.key, r.changes])).toEqual([
      ['20704', [{ field: 'name', oldValue: 'Xã La Dêê', newValue: 'Xã La Dêê Mới' }]],
      ['20713', [{ field: 'name', oldValue: 'Xã Cà Dy', newValue: 'Xã Cà Dy Mới' }]],
    ]);
    expect(await versions('49/510/')).toEqual(before);
    expect(await count('audit_entry')).toBe(auditBefore);

    const committed = await t.gql(COMMIT, { input });
    expect(committed.errors).toBeUndefined();
    expect(committed.data!.commitImport).toMatchObject({ committed: true, summary: { updated: 2, unchanged: 10 } });
    const after = await versions('49/510/');
    const changed = Object.keys(after).filter((code) => after[code].version !== before[code].version);
    expect(changed).toEqual(['20704', '20713']);
    expect(after['20704']).toEqual({ name: 'Xã La Dêê Mới', version: before['20704'].version + 1 });
    const imported = await t.sql(
      "SELECT field, newValue FROM audit_entry WHERE requestId = ? AND action = 'IMPORT' ORDER BY field",
      [committed.requestId],
    );
    expect(imported).toEqual(
      expect.arrayContaining([
        { field: 'fileName', newValue: 'xa-nam-giang.xlsx' },
        { field: 'updated', newValue: '2' },
      ]),
    );

    const again = await t.gql(COMMIT, { input });
    expect(again.data!.commitImport.summary).toEqual({ total: 12, created: 0, updated: 0, unchanged: 12, refused: 0 });
    expect(await versions('49/510/')).toEqual(after);
  });

  it('adds villages to communes named by code, name or name without diacritics, once', async () => {
    const rows: Cell[][] = [
      ['Tên thôn', 'Loại', 'Miền núi', 'Xã', 'Huyện'],
      ['Thôn Zơ Râm', 'Thôn', 'x', '20707', null],
      ['Thôn A Dinh', 'Thôn', '', 'Xã Chà Vàl', 'Huyện Nam Giang'],
      ['Tổ dân phố Mỹ Hòa', 'Tổ dân phố', 'Không', 'thi tran thanh my', 'nam giang'],
    ];
    const input = { kind: 'ADMIN_UNITS', fileName: 'thon-moi.xlsx', file: await xlsx(rows) };
    const first = await t.gql(COMMIT, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data!.commitImport.summary).toMatchObject({ created: 3, refused: 0 });
    const villages = await t.sql(
      "SELECT code, name, type, mountainous FROM admin_unit WHERE level = 'VILLAGE' AND (path LIKE '49/510/20707/%' OR path LIKE '49/510/20695/%') ORDER BY code",
    );
    expect(villages.map((v) => [v.code, v.name, v.type, Boolean(Number(v.mountainous))])).toEqual([
      ['20695-001', 'Tổ dân phố Mỹ Hòa', 'RESIDENTIAL_GROUP', false],
      ['20707-001', 'Thôn Zơ Râm', 'VILLAGE', true],
      ['20707-002', 'Thôn A Dinh', 'VILLAGE', false],
    ]);
    const second = await t.gql(COMMIT, { input });
    expect(second.data!.commitImport.summary).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await t.sql("SELECT COUNT(*) AS n FROM admin_unit WHERE path LIKE '49/510/20707/%'")).toEqual([
      { n: expect.anything() },
    ]);
    expect(Number((await t.sql("SELECT COUNT(*) AS n FROM admin_unit WHERE path LIKE '49/510/20707/%'"))[0].n)).toBe(2);
  });

  it('puts villages that name no commune in the commune the import is for', async () => {
    const file = await xlsx([
      ['Tên', 'Miền núi'],
      ['Thôn Pơ Rning', 'x'],
      ['Thôn Đăk Rích', ''],
    ]);
    const r = await namGiangEditor.gql(COMMIT, {
      input: { kind: 'ADMIN_UNITS', fileName: 'thon.xlsx', file, parentCode: '20716' },
    });
    expect(r.errors).toBeUndefined();
    const villages = await t.sql("SELECT code, name FROM admin_unit WHERE path LIKE '49/510/20716/%' ORDER BY code");
    expect(villages).toEqual([
      { code: '20716-001', name: 'Thôn Pơ Rning' },
      { code: '20716-002', name: 'Thôn Đăk Rích' },
    ]);
    // The same sheet again: the villages are there.
    const again = await t.gql(PREVIEW, {
      input: { kind: 'ADMIN_UNITS', fileName: 'thon.xlsx', file, parentCode: '20716' },
    });
    expect(again.data!.previewImport.summary).toMatchObject({ refused: 0, unchanged: 2, created: 0 });
    // Without it, a row that names no commune is refused.
    const none = await t.gql(PREVIEW, { input: { kind: 'ADMIN_UNITS', fileName: 'thon.xlsx', file } });
    expect(none.data!.previewImport.summary.refused).toBe(2);
    expect(none.data!.previewImport.rows[0]).toMatchObject({
      action: 'REFUSED',
      issues: [{ field: 'commune', rule: 'required' }],
    });
    // A parent outside the user's units is refused like any other row.
    const outside = await namGiangEditor.gql(PREVIEW, {
      input: { kind: 'ADMIN_UNITS', fileName: 'thon.xlsx', file, parentCode: '20335' },
    });
    expect(outside.data!.previewImport.summary.refused).toBe(2);
  });

  it('never guesses a name: none and several are listed, and a pick settles it', async () => {
    const rows: Cell[][] = [
      ['Tên', 'Xã', 'Huyện'],
      ['Thôn Một', 'xa tam thanh', null],
      ['Thôn Hai', 'Trà Don', 'Nam Trà My'],
      ['Thôn Ba', 'Xã Không Có', null],
      ['Thôn Bốn', 'Xã Tam Thanh', null],
    ];
    const input = { kind: 'ADMIN_UNITS', fileName: 'ten.xlsx', file: await xlsx(rows) };
    const p = (await t.gql(PREVIEW, { input })).data!.previewImport;
    const byRow = Object.fromEntries(p.rows.map((r: { row: number }) => [r.row, r]));
    expect(byRow[2]).toMatchObject({ action: 'REFUSED', issues: [{ field: 'commune', code: 'AMBIGUOUS' }] });
    expect(byRow[2].candidates.map((c: { code: string }) => c.code).sort()).toEqual(['20359', '20365', '20980']);
    // "Trà Don" is exactly one name, even in a district that also has "Trà Dơn".
    expect(byRow[3]).toMatchObject({ action: 'CREATE', key: '20956-001' });
    expect(byRow[4]).toMatchObject({ action: 'REFUSED', issues: [{ field: 'commune', code: 'NOT_FOUND' }] });
    expect(byRow[5]).toMatchObject({ action: 'CREATE', key: '20359-001' });

    const refused = await t.gql(COMMIT, { input });
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.errors![0].extensions!.rows.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [2, 'AMBIGUOUS'],
      [4, 'NOT_FOUND'],
    ]);

    const picked = await t.gql(PREVIEW, {
      input: { ...input, choices: [{ row: 2, field: 'commune', code: '20980' }] },
    });
    const row2 = picked.data!.previewImport.rows.find((r: { row: number }) => r.row === 2);
    expect(row2).toMatchObject({ action: 'CREATE', key: '20980-001' });
  });

  it('commits nothing when one row of many is bad, and names that row', async () => {
    const before = await count('admin_unit');
    const audits = await count('audit_entry');
    const rows: Cell[][] = [['Tên', 'Xã', 'Miền núi']];
    for (let i = 1; i <= 300; i++) rows.push([`Thôn Lô ${i}`, '20710', i === 217 ? 'có lẽ' : 'x']);
    const r = await t.gql(COMMIT, { input: { kind: 'ADMIN_UNITS', fileName: 'lo.xlsx', file: await xlsx(rows) } });
    expect(r.data).toBeNull();
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [{ index: 218, code: 'BAD_USER_INPUT', issues: [{ field: 'mountainous', rule: 'invalidFormat' }] }],
    });
    expect(await count('admin_unit')).toBe(before);
    expect(await count('audit_entry')).toBe(audits);
  });

  it('imports 5,000 rows in one transaction, with progress to follow', async () => {
    const communes = await t.sql(
      "SELECT code FROM admin_unit WHERE level = 'COMMUNE' AND path NOT LIKE '49/510/%' ORDER BY code",
    );
    const rows: Cell[][] = [['Mã', 'Tên', 'Xã', 'Miền núi']];
    for (let i = 0; i < 5000; i++)
      rows.push([null, `Thôn Số ${i + 1}`, communes[i % communes.length].code, i % 2 === 0 ? 'x' : '']);
    const input = {
      kind: 'ADMIN_UNITS',
      fileName: 'nam-nghin.xlsx',
      file: await xlsx(rows),
      progressId: 'tien-do-5000',
    };
    const seen: { phase: string; done: number; total: number }[] = [];
    let running = true;
    const poll = (async () => {
      while (running) {
        const p = await t.gql(`query { importProgress(id: "tien-do-5000") { phase done total } }`);
        if (p.data?.importProgress) seen.push(p.data.importProgress);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const r = await t.gql(COMMIT, { input });
    running = false;
    await poll;
    seen.push((await t.gql(`query { importProgress(id: "tien-do-5000") { phase done total } }`)).data!.importProgress);
    expect(r.errors).toBeUndefined();
    expect(r.data!.commitImport.summary).toMatchObject({ total: 5000, created: 5000 });
    // Progress went through its phases, and counted rows while saving.
    expect(seen.at(-1)).toEqual({ phase: 'DONE', done: 5000, total: 5000 });
    const phases = [...new Set(seen.map((s) => s.phase))];
    expect(phases).toEqual(expect.arrayContaining(['SAVING', 'DONE']));
    expect(seen.some((s) => s.phase === 'SAVING' && s.done > 0 && s.done < s.total)).toBe(true);
    // One request, one transaction: every village and its audit rows carry the same request id.
    const [{ n }] = await t.sql(
      "SELECT COUNT(DISTINCT entityKey) AS n FROM audit_entry WHERE requestId = ? AND action = 'CREATE'",
      [r.requestId],
    );
    expect(Number(n)).toBe(5000);
    // Someone else cannot read this import's progress.
    const other = await namGiangEditor.gql(`query { importProgress(id: "tien-do-5000") { phase } }`);
    expect(other.data).toEqual({ importProgress: null });
  });

  it('reads CSV with a BOM, follows a mapping given by the user, and refuses what it cannot read', async () => {
    const csv = '\uFEFFMã;Tên mới;Ghi chú\r\n20699;Xã Chơ Chun Mới;"ghi chú; có dấu chấm phẩy"\r\n';
    const input = {
      kind: 'ADMIN_UNITS',
      fileName: 'doi-ten.csv',
      file: Buffer.from(csv, 'utf8').toString('base64'),
      mapping: [
        { column: 1, field: 'code' },
        { column: 2, field: 'name' },
        { column: 3, field: null },
      ],
    };
    const p = await namGiangEditor.gql(PREVIEW, { input });
    expect(p.errors).toBeUndefined();
    expect(p.data!.previewImport.rows).toEqual([
      expect.objectContaining({
        row: 2,
        action: 'UPDATE',
        values: ['20699', 'Xã Chơ Chun Mới', 'ghi chú; có dấu chấm phẩy'],
      }),
    ]);

    const garbage = await t.gql(PREVIEW, {
      input: {
        ...input,
        fileName: 'hong.xlsx',
        file: Buffer.from('PK\u0003\u0004 not a zip').toString('base64'),
        mapping: null,
      },
    });
    expect(garbage.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const notBase64 = await t.gql(PREVIEW, { input: { ...input, file: '***' } });
    expect(notBase64.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const twice = await t.gql(PREVIEW, {
      input: {
        ...input,
        mapping: [
          { column: 1, field: 'name' },
          { column: 2, field: 'name' },
        ],
      },
    });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping.1.field' });
    // No column for the name: the dry run still shows the columns to map, every row refused.
    const noName = await t.gql(PREVIEW, { input: { ...input, mapping: [{ column: 1, field: 'code' }] } });
    expect(noName.data!.previewImport.columns.map((c: { field: string | null }) => c.field)).toEqual([
      'code',
      null,
      null,
    ]);
    expect(noName.data!.previewImport.rows).toEqual([
      expect.objectContaining({
        action: 'REFUSED',
        issues: [expect.objectContaining({ field: 'name', rule: 'required' })],
      }),
    ]);
    const noNameCommit = await t.gql(COMMIT, { input: { ...input, mapping: [{ column: 1, field: 'code' }] } });
    expect(noNameCommit.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping' });
  });

  it('keeps to the user’s units and the approval locks', async () => {
    const file = await xlsx([
      ['Mã', 'Tên'],
      ['20704', 'Xã La Dêê Của Huyện'],
      ['20335', 'Phường Ngoài Huyện'],
    ]);
    const r = await namGiangEditor.gql(COMMIT, { input: { kind: 'ADMIN_UNITS', fileName: 'ngoai.xlsx', file } });
    expect(r.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rows: [{ index: 3, key: '20335', code: 'FORBIDDEN' }],
    });
    expect((await versions('49/510/20704'))['20704'].name).not.toBe('Xã La Dêê Của Huyện');
  });
});
