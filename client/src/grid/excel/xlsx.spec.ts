import { strFromU8, unzipSync } from 'fflate';
// The client ships no reader of .xlsx files; the server's, which reads the files users import,
// reads the exported workbook back.
import { ValueType, Workbook, type Worksheet } from 'exceljs';
import { text, type SheetTable } from './sheet-table';
import { excelDate, sheetName, tableToXlsx, XLSX_MIME } from './xlsx';

const NAME = 'Xã Đại Lộc — "Quảng Nam" & <Đà Nẵng> \'cũ\'';

const table: SheetTable = {
  title: "Bảng 'A': Xã/Phường [2024]",
  columns: [
    { key: 'code', header: 'Mã' },
    { key: 'name', header: 'Tên' },
    { key: 'households', header: 'Số hộ' },
    { key: 'share', header: 'Tỷ lệ (%)' },
    { key: 'startedOn', header: 'Ngày bắt đầu' },
    { key: 'mountainous', header: 'Miền núi' },
    { key: 'note', header: 'Ghi chú', minWidth: 30 },
  ],
  rows: [
    [
      text('XA-001'),
      text(NAME),
      { kind: 'number', value: 1234567 },
      { kind: 'number', value: 12.5 },
      { kind: 'date', iso: '2024-06-30' },
      { kind: 'boolean', value: true },
      text('dòng 1\ndòng 2'),
    ],
    [
      text('XA-002'),
      text('Tab\tstays, the bell\u0007 and a lone \uD800 go'),
      { kind: 'number', value: 0 },
      { kind: 'number', value: 3 },
      { kind: 'date', iso: '1900-03-01' },
      { kind: 'boolean', value: false },
      null,
    ],
  ],
};

async function written(): Promise<{ blob: Blob; bytes: Uint8Array }> {
  const blob = await tableToXlsx(table);
  return { blob, bytes: new Uint8Array(await blob.arrayBuffer()) };
}

async function readBack(bytes: Uint8Array): Promise<{ workbook: Workbook; sheet: Worksheet }> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return { workbook, sheet: workbook.worksheets[0] };
}

/**
 * Well-formed XML, checked strictly enough for what the writer makes: one root, tags that nest
 * and close, quoted attributes, `&` only as an entity, no `<` in text, only characters XML allows.
 */
function expectWellFormed(part: string, xml: string): void {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const fail = (at: number, why: string) => {
    throw new Error(`${part}: ${why} at ${at}: ${body.slice(at, at + 60)}`);
  };
  const badAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  if (/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(body)) fail(0, 'a character XML forbids');
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>|[^<]+/y;
  const open: string[] = [];
  let roots = 0;
  for (let at = 0; at < body.length; at = token.lastIndex) {
    token.lastIndex = at;
    const match = token.exec(body);
    if (!match) fail(at, 'neither a tag nor text');
    const [whole, closing, name, attributes, empty] = match!;
    if (badAmpersand.test(whole)) fail(at, 'a bare &');
    if (name === undefined) {
      if (open.length === 0 && whole.trim()) fail(at, 'text outside the root');
      continue;
    }
    if (open.length === 0 && !closing) roots += 1;
    if (closing) {
      if (attributes || empty || open.pop() !== name) fail(at, `a stray </${name}>`);
    } else if (!empty) {
      open.push(name);
    }
  }
  if (open.length) fail(body.length, `<${open.join('><')}> left open`);
  if (roots !== 1) fail(0, `${roots} root elements`);
}

describe('tableToXlsx', () => {
  it('writes an .xlsx file that Excel readers open as the one sheet named after the table', async () => {
    const before = Date.now();
    const { blob, bytes } = await written();
    const after = Date.now();
    expect(blob.type).toBe(XLSX_MIME);
    const { workbook, sheet } = await readBack(bytes);
    expect(sheet.name).toBe(sheetName(table.title));
    expect(sheet.name).toBe("Bảng 'A' Xã Phường 2024");
    expect(workbook.creator).toBe('NTM Quảng Nam');
    expect(workbook.created).toBeInstanceOf(Date);
    // Stamped while it was written, to the second (the file keeps no milliseconds).
    expect(workbook.created.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(workbook.created.getTime()).toBeLessThanOrEqual(after);
  });

  it('writes a bold, filled, underlined header that stays in view and carries the filters', async () => {
    const { sheet } = await readBack((await written()).bytes);
    const header = sheet.getRow(1);
    expect(header.cellCount).toBe(7);
    table.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      expect(cell.value).toBe(column.header);
      expect(cell.font?.bold).toBe(true);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F5F4' } });
      expect(cell.border?.bottom).toEqual({ style: 'thin', color: { argb: 'FF9AA9A4' } });
      expect(cell.alignment).toMatchObject({ vertical: 'middle', wrapText: true });
    });
    expect(sheet.views).toHaveLength(1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(sheet.autoFilter).toBe('A1:G1');
  });

  it('writes text as strings, escaped, without the characters XML cannot carry', async () => {
    const { sheet } = await readBack((await written()).bytes);
    expect(sheet.getCell('A2').value).toBe('XA-001');
    expect(sheet.getCell('A2').type).toBe(ValueType.String);
    expect(sheet.getCell('B2').value).toBe(NAME);
    expect(sheet.getCell('B3').value).toBe('Tab\tstays, the bell and a lone  go');
    expect(sheet.getCell('G2').value).toBe('dòng 1\ndòng 2');
  });

  it('writes numbers as numbers, grouped, with two decimals in a column that has a fraction', async () => {
    const { sheet } = await readBack((await written()).bytes);
    for (const [ref, value, numFmt] of [
      ['C2', 1234567, '#,##0'],
      ['C3', 0, '#,##0'],
      ['D2', 12.5, '#,##0.00'],
      ['D3', 3, '#,##0.00'],
    ] as const) {
      const cell = sheet.getCell(ref);
      expect([ref, cell.value, cell.type, cell.numFmt]).toEqual([ref, value, ValueType.Number, numFmt]);
    }
  });

  it('writes dates as the calendar day in Excel serial numbers, shown dd/mm/yyyy', async () => {
    expect(excelDate('2024-06-30')).toBe(45473);
    expect(excelDate('1900-03-01')).toBe(61);
    const { bytes } = await written();
    const { sheet } = await readBack(bytes);
    for (const [ref, day] of [
      ['E2', Date.UTC(2024, 5, 30)],
      ['E3', Date.UTC(1900, 2, 1)],
    ] as const) {
      const cell = sheet.getCell(ref);
      expect(cell.type).toBe(ValueType.Date);
      expect((cell.value as Date).getTime()).toBe(day);
      expect(cell.numFmt).toBe('dd/mm/yyyy');
    }
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'])).toContain('<v>45473</v>');
  });

  it('writes ticks as centred text and nothing for an empty cell', async () => {
    const { sheet } = await readBack((await written()).bytes);
    expect(sheet.getCell('F2').value).toBe('x');
    expect(sheet.getCell('F2').alignment).toEqual({ horizontal: 'center' });
    expect(sheet.getCell('F3').value).toBeNull();
    expect(sheet.getCell('F3').alignment).toEqual({ horizontal: 'center' });
    expect(sheet.getCell('G3').value).toBeNull();
    expect(sheet.getCell('G3').type).toBe(ValueType.Null);
  });

  it('sizes columns to their longest line, at least 8 characters or the column minimum', async () => {
    const { sheet } = await readBack((await written()).bytes);
    // Mã: "XA-001"; Số hộ: "1.234.567"; Ngày bắt đầu: its header; Ghi chú: its minimum.
    expect([1, 3, 5, 7].map((index) => sheet.getColumn(index).width)).toEqual([8, 11, 14, 30]);
  });

  it('writes a package of well-formed parts, in the order OOXML requires', async () => {
    const parts = unzipSync((await written()).bytes);
    expect(Object.keys(parts)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    for (const [part, data] of Object.entries(parts)) expectWellFormed(part, strFromU8(data));

    const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml']);
    const order = ['<sheetViews>', '<sheetFormatPr', '<cols>', '<sheetData>', '<autoFilter'];
    const positions = order.map((tag) => sheetXml.indexOf(tag));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const styles = strFromU8(parts['xl/styles.xml']);
    const ids = [...styles.matchAll(/<numFmt numFmtId="(\d+)"/g)].map((match) => Number(match[1]));
    expect(ids).toEqual([164, 165, 166]);
    expect(styles).toMatch(
      /<fills count="\d+"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/>/,
    );

    const workbook = strFromU8(parts['xl/workbook.xml']);
    expect(workbook).toContain(`'Bảng ''A'' Xã Phường 2024'!$A$1:$G$1`);
  });

  it('writes an empty table as a sheet of headers only', async () => {
    const blob = await tableToXlsx({ title: '', columns: [{ key: 'code', header: 'Mã' }], rows: [] });
    const { sheet } = await readBack(new Uint8Array(await blob.arrayBuffer()));
    expect(sheet.name).toBe('Sheet1');
    expect(sheet.getCell('A1').value).toBe('Mã');
    expect(sheet.rowCount).toBe(1);
  });
});
