import { sheetValueText, type SheetTable } from './sheet-table';

/** A byte order mark: without it Excel reads UTF-8 as the machine's code page and mangles "Đ". */
const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A table as CSV text: UTF-8 with a byte order mark, comma separated, CRLF line ends (RFC 4180).
 * Numbers are written plainly ("1234567"), dates as the user reads them ("30/06/2024"), ticks as
 * "x" or nothing, so that the file reads back as it was written.
 */
export function tableToCsv(table: SheetTable): string {
  const lines = [
    table.columns.map((column) => csvField(column.header)).join(','),
    ...table.rows.map((row) => row.map((value) => csvField(sheetValueText(value))).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function csvBlob(table: SheetTable): Blob {
  return new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' });
}
