import { booleanText, sheetValueText, type SheetTable, type SheetValue } from './sheet-table';
import type { XlsxCell, XlsxStyle } from './xlsx-writer';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER: XlsxStyle = {
  bold: true,
  fill: 'FFF1F5F4',
  bottomBorder: 'FF9AA9A4',
  vertical: 'center',
  wrapText: true,
};
/** Thousands grouped; Excel shows the separators of the reader's own locale. */
const INTEGER: XlsxStyle = { numFmt: '#,##0' };
const DECIMAL: XlsxStyle = { numFmt: '#,##0.00' };
const DATE: XlsxStyle = { numFmt: 'dd/mm/yyyy' };
const TICK: XlsxStyle = { horizontal: 'center' };

/** Excel refuses sheet names over 31 characters, with []:*?/\, or edged by an apostrophe. */
export function sheetName(title: string): string {
  const clean = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return clean.slice(0, 31).trim() || 'Sheet1';
}

/**
 * A calendar date as Excel's serial number: days since 30 December 1899, which counts right
 * from March 1900 on (Excel's own day 60 is a 29 February 1900 that never was). Calendar dates
 * carry no zone, so the day is the same wherever the file is opened.
 */
export function excelDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function cellOf(value: SheetValue, decimal: boolean): XlsxCell | null {
  if (value == null) return null;
  switch (value.kind) {
    case 'text':
      return { value: value.text };
    case 'number':
      return Number.isFinite(value.value) ? { value: value.value, style: decimal ? DECIMAL : INTEGER } : null;
    case 'date':
      return { value: excelDate(value.iso), style: DATE };
    case 'boolean':
      return { value: booleanText(value.value) || null, style: TICK };
  }
}

/** Width in characters: the longest line of the header or of a cell, within reason. */
function columnWidth(table: SheetTable, index: number): number {
  const longest = (s: string) => Math.max(0, ...s.split('\n').map((line) => line.length));
  let width = Math.min(longest(table.columns[index].header), 30);
  for (const row of table.rows) {
    const value = row[index];
    const shown =
      value?.kind === 'number'
        ? value.value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })
        : sheetValueText(value ?? null);
    width = Math.max(width, longest(shown));
  }
  return Math.min(Math.max(width + 2, table.columns[index].minWidth ?? 8), 60);
}

/**
 * The table as an .xlsx workbook of one sheet, named after the table's title: a bold header that
 * stays in view and offers Excel's filters, then real numbers and dates in Excel's formats. The
 * writer is loaded on first use, kept out of the pages that never export.
 */
export async function tableToXlsx(table: SheetTable): Promise<Blob> {
  const { xlsxBytes } = await import('./xlsx-writer');
  // Per column: a decimal format once any of its numbers has a fraction.
  const decimal = table.columns.map((_, index) =>
    table.rows.some((row) => row[index]?.kind === 'number' && !Number.isInteger(row[index].value)),
  );
  const bytes = xlsxBytes(
    {
      name: sheetName(table.title),
      widths: table.columns.map((_, index) => columnWidth(table, index)),
      rows: [
        table.columns.map((column) => ({ value: column.header || null, style: HEADER })),
        ...table.rows.map((row) => row.map((value, index) => cellOf(value, decimal[index]))),
      ],
      frozenRows: 1,
      autoFilter: true,
    },
    { creator: 'NTM Quảng Nam', created: new Date() },
  );
  return new Blob([bytes], { type: XLSX_MIME });
}
