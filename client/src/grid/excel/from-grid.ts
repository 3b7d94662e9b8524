import {
  CellApiModule,
  ColumnApiModule,
  ModuleRegistry,
  type Column,
  type GridApi,
  type IRowNode,
} from 'ag-grid-community';
import { isIsoDate } from '@ntm/shared';
import { text, type SheetColumn, type SheetTable, type SheetValue } from './sheet-table';

// Reading the columns as shown and the cells' values takes these two small API modules. They are
// registered as soon as an export menu is imported, which is before its grid is created.
ModuleRegistry.registerModules([ColumnApiModule, CellApiModule]);

export interface GridTableOptions {
  /** The sheet's name. */
  title: string;
  /**
   * The column that names a record (a unit's code): always exported, first if the user hid it,
   * so that a file exported here finds its records when imported again.
   */
  keyColumn?: string | null;
}

/** Columns that hold no data of their own: selection boxes, action buttons. */
function isDataColumn(column: Column): boolean {
  const def = column.getColDef();
  if (column.getColId().startsWith('ag-Grid-')) return false;
  return def.field != null || def.valueGetter != null;
}

function cellOf<T>(api: GridApi<T>, node: IRowNode<T>, column: Column): SheetValue {
  const value: unknown = api.getCellValue({ rowNode: node, colKey: column });
  if (value == null || value === '') return null;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : null;
  if (typeof value === 'string' && isIsoDate(value)) return { kind: 'date', iso: value };
  // Text as the grid shows it: the type of a unit in the user's language, say.
  const shown = api.getCellValue({ rowNode: node, colKey: column, useFormatter: true });
  return text(String(shown ?? value));
}

/**
 * The grid as the user sees it: its displayed columns in their order, with their headers, and its
 * rows after the user's filter and sort. Numbers stay numbers and dates dates, for the writers.
 */
export function tableFromGrid<T>(api: GridApi<T>, options: GridTableOptions): SheetTable {
  const columns = api.getAllDisplayedColumns().filter(isDataColumn);
  const key = options.keyColumn ? api.getColumn(options.keyColumn) : null;
  if (key && !columns.includes(key)) columns.unshift(key);

  const header: SheetColumn[] = columns.map((column) => ({
    key: column.getColId(),
    header: api.getDisplayNameForColumn(column, 'header') || column.getColId(),
  }));
  const rows: SheetValue[][] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.group || !node.data) return;
    rows.push(columns.map((column) => cellOf(api, node, column)));
  });
  return { title: options.title, columns: header, rows };
}
