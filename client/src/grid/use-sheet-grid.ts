import { computed } from 'vue';
import { toColDefs } from './columns';
import { useGridEdits, type GridEditsOptions } from './use-grid-edits';
import { useUnsavedGuard } from './unsaved';

export interface SheetGridOptions<T> extends GridEditsOptions<T> {
  /** The grid's id: its `data-testid`, the key of its saved layout, its notices' topic. */
  id: string;
  /** The row's key (`row-id`); a new row's is the key it was made with. */
  rowKey(row: T): string;
  /** Classes of a row beyond its status, each with when it applies (e.g. `ntm-row-overdue`). */
  rowClasses?: Readonly<Record<string, (row: T) => boolean>>;
  /**
   * Draw every column, not only those in view: for wide sheets of few rows whose cells a test
   * or a screen reader must find without scrolling (the grid draws columns in view by default).
   */
  allColumns?: boolean;
  /** A sheet nobody edits (a report): its toolbar has no save, undo or add buttons. */
  readonly?: boolean;
  /** Attributes of a row's element (e.g. `data-state`). */
  rowAttributes?(row: T): Record<string, string>;
  /**
   * Rows the pinned total row adds up (default: every row shown), e.g. not the parent's own row
   * above its children's.
   */
  inTotal?(row: T): boolean;
}

/**
 * A sheet grid: rows edited like a spreadsheet and saved together. A new grid is its columns
 * (`GridColumn<T>[]`) and its data source (`GridDataSource<T>`):
 *
 *   const grid = useSheetGrid({ id: 'plans-grid', columns: () => COLUMNS, rowKey: (r) => r.id,
 *     label: (r) => r.name, source: { store, save, reload } });
 *   <SheetGrid :grid="grid" :label="title" />
 *
 * Unsaved edits hold the page: leaving it, or replacing the rows, asks first.
 */
export function useSheetGrid<T>(options: SheetGridOptions<T>) {
  const edits = useGridEdits<T>(options);
  edits.setTopic(options.id);
  useUnsavedGuard(options.id, edits.isDirty);

  const colDefs = computed(() => toColDefs<T>(edits.columns.value, edits.context.value));

  /** The column's own rule for the row (editable only in new rows, say). */
  function cellEditable(row: T, colId: string): boolean {
    const column = edits.columnOf(colId);
    if (!column?.editable) return false;
    return typeof column.editable === 'function' ? column.editable(row) : true;
  }

  return {
    id: options.id,
    edits,
    colDefs,
    rowKey: options.rowKey,
    rowEditable: options.rowEditable,
    cellEditable,
    rowClasses: options.rowClasses,
    rowAttributes: options.rowAttributes,
    allColumns: options.allColumns ?? false,
    readonly: options.readonly ?? false,
    inTotal: options.inTotal,
  };
}

export type SheetGridController<T> = ReturnType<typeof useSheetGrid<T>>;
