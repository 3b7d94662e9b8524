import { text, type SheetTable } from '@/grid/excel';
import type { ImportPreview, ImportRow } from './api';

export interface ReportLabels {
  /** The sheet's name, e.g. "Dòng bị từ chối". */
  title: string;
  /** The header of the sheet row numbers, e.g. "Dòng". */
  row: string;
  /** The header of the reasons, e.g. "Lý do". */
  reasons: string;
}

/**
 * The refused rows of a dry run as a table to hand back to whoever filled in the file: each row's
 * number in the file, its cells as they were written, and why it was refused.
 */
export function refusedRowsTable(
  preview: ImportPreview,
  reasons: (row: ImportRow) => readonly string[],
  labels: ReportLabels,
): SheetTable {
  const columns = [...preview.columns].sort((a, b) => a.column - b.column);
  return {
    title: labels.title,
    columns: [
      { key: 'row', header: labels.row },
      ...columns.map((c) => ({ key: `c${c.column}`, header: c.header || `#${c.column}` })),
      { key: 'reasons', header: labels.reasons, minWidth: 40 },
    ],
    rows: preview.rows
      .filter((row) => row.action === 'REFUSED')
      .map((row) => [
        { kind: 'number', value: row.row } as const,
        ...columns.map((c) => text(row.values[c.column - 1] ?? '')),
        text(reasons(row).join('; ')),
      ]),
  };
}
