import { computed } from 'vue';
import { toColDefs } from './columns';
import { useGridEdits, type GridEditsOptions } from './use-grid-edits';
import { useUnsavedGuard } from './unsaved';

export interface SheetGridOptions<T> extends GridEditsOptions<T> {
  /** The grid's id: its `data-testid`, the key of its saved layout, its notices' topic. */
  id: string;
  /** The row's key (`row-id`); a new row's is the key it was made with. */
  rowKey(row: T): string;
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
  };
}

export type SheetGridController<T> = ReturnType<typeof useSheetGrid<T>>;
