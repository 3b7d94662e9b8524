import type { Worksheet } from 'exceljs';
import { booleanText, sheetValueText, type SheetTable, type SheetValue } from './sheet-table';

type ExcelJSModule = typeof import('exceljs');

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Thousands grouped; Excel shows the separators of the reader's own locale. */
const INTEGER_FORMAT = '#,##0';
const DECIMAL_FORMAT = '#,##0.00';
const DATE_FORMAT = 'dd/mm/yyyy';

let loading: Promise<ExcelJSModule> | null = null;

/**
 * ExcelJS, loaded on first use: close to 1 MB that only exporting and importing need, kept out of
 * the bundle every page loads.
 */
export function loadExcelJS(): Promise<ExcelJSModule> {
  loading ??= import('exceljs')
    .then((mod) => (mod as unknown as { default?: ExcelJSModule }).default ?? mod)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Excel refuses sheet names over 31 characters, with []:*?/\, or edged by an apostrophe. */
export function sheetName(title: string): string {
  const clean = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return (clean.slice(0, 31).trim() || 'Sheet1');
}

function cellValue(value: SheetValue): string | number | Date | null {
  if (value == null) return null;
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return Number.isFinite(value.value) ? value.value : null;
    case 'date': {
      // Calendar dates carry no zone: midnight UTC is the day itself in Excel's serial numbers.
      const [y, m, d] = value.iso.split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'boolean':
      return booleanText(value.value) || null;
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

function fillSheet(sheet: Worksheet, table: SheetTable): void {
  const count = table.columns.length;
  sheet.columns = table.columns.map((column, index) => ({
    key: column.key,
    width: columnWidth(table, index),
  }));

  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F5F4' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA9A4' } } };
  });

  // Per column: a decimal format once any of its numbers has a fraction.
  const decimal = table.columns.map((_, index) =>
    table.rows.some((row) => row[index]?.kind === 'number' && !Number.isInteger(row[index].value)),
  );

  for (const values of table.rows) {
    const row = sheet.addRow(values.map(cellValue));
    values.forEach((value, index) => {
      if (value?.kind === 'number') {
        row.getCell(index + 1).numFmt = decimal[index] ? DECIMAL_FORMAT : INTEGER_FORMAT;
      } else if (value?.kind === 'date') {
        row.getCell(index + 1).numFmt = DATE_FORMAT;
      } else if (value?.kind === 'boolean') {
        row.getCell(index + 1).alignment = { horizontal: 'center' };
      }
    });
  }

  // The header stays in view and offers Excel's filters.
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }];
  if (count > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: count } };
  }
}

/** The table as an .xlsx workbook of one sheet, named after the table's title. */
export async function tableToXlsx(table: SheetTable): Promise<Blob> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'NTM Quảng Nam';
  workbook.created = new Date();
  fillSheet(workbook.addWorksheet(sheetName(table.title)), table);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer as ArrayBuffer], { type: XLSX_MIME });
}
