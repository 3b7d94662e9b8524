import ExcelJS from 'exceljs';
import { parseDelimited } from '@ntm/shared';
import { AppError } from '../../common/app-error';

/** A cell as read: text, a number, a tick, a date (ISO) or nothing. */
export type SheetCell = string | number | boolean | null;

export interface Workbook {
  sheets: string[];
  /** The cells of a sheet, row by row from its first row, trimmed of empty trailing rows. */
  rows(sheet: string): SheetCell[][];
}

/** The most columns an import reads; appendix sheets have a few dozen. */
const MAX_COLUMNS = 200;

function refused(reason: string): AppError {
  return AppError.badInput({
    field: 'file',
    rule: 'invalidFormat',
    params: { format: 'Excel (.xlsx) or CSV file', reason },
  });
}

/** An Excel date (a Date at UTC midnight) as the calendar day it shows. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || typeof result === 'object'
        ? result instanceof Date
          ? isoDay(result)
          : null
        : result;
    }
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ('error' in value) return null;
  }
  return String(value);
}

function trimRows(rows: SheetCell[][]): SheetCell[][] {
  const empty = (row: SheetCell[]) => row.every((c) => c === null || c === '');
  let end = rows.length;
  while (end > 0 && empty(rows[end - 1])) end--;
  return rows.slice(0, end);
}

async function readXlsx(bytes: Buffer): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refused('the file is not a readable .xlsx workbook');
  }
  const sheets = book.worksheets.filter((ws) => ws.state !== 'veryHidden');
  if (sheets.length === 0) throw refused('the workbook has no sheet');
  return {
    sheets: sheets.map((ws) => ws.name),
    rows(name) {
      const ws = sheets.find((s) => s.name === name);
      if (!ws)
        throw AppError.badInput({ field: 'sheet', rule: 'notAllowed', params: { reason: `no sheet named ${name}` } });
      const rows: SheetCell[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        const cells: SheetCell[] = [];
        const width = Math.min(row.cellCount, MAX_COLUMNS);
        for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
        rows[rowNumber - 1] = cells;
      });
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      return trimRows(rows);
    },
  };
}

function readCsv(bytes: Buffer, name: string): Workbook {
  let text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) throw refused('a CSV file must be UTF-8 text');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = [';', '\t', ','].reduce(
    (best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best),
    ',',
  );
  const rows = trimRows(
    parseDelimited(text, delimiter).map((r) => r.slice(0, MAX_COLUMNS).map((c) => (c === '' ? null : c))),
  );
  const sheet = name.replace(/\.[^.]*$/, '') || 'CSV';
  return {
    sheets: [sheet],
    rows(wanted) {
      if (wanted !== sheet)
        throw AppError.badInput({ field: 'sheet', rule: 'notAllowed', params: { reason: `no sheet named ${wanted}` } });
      return rows;
    },
  };
}

/** Reads an uploaded .xlsx or .csv file (told apart by its bytes, not its name). */
export async function readWorkbook(bytes: Buffer, fileName: string): Promise<Workbook> {
  // An .xlsx file is a zip archive: "PK\x03\x04".
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) return readXlsx(bytes);
  if (/\.xlsx?$/i.test(fileName)) throw refused('the file is not a readable .xlsx workbook');
  return readCsv(bytes, fileName);
}

/** A cell as the text a person sees, for reports and previews. */
export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}
