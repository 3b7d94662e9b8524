export { default as DataGrid } from './DataGrid.vue';
export { default as SheetGrid } from './SheetGrid.vue';
export { default as GridToolbar } from './GridToolbar.vue';
export { default as CellHistoryButton } from './history/CellHistoryButton.vue';
export { default as CellHistoryDialog } from './history/CellHistoryDialog.vue';
export { STATUS_CLASSES, TOTAL_ROW_ID } from './use-data-grid';
export { useCellSave, type CellChange, type CellSaveOptions } from './use-cell-save';
export { useCellHistory, type CellHistory, type CellHistoryOptions } from './history/use-cell-history';
export { useRowStore } from './use-row-store';
export { numberFormatter, dateFormatter } from './formatters';
export {
  toColDefs,
  parseCell,
  parseText,
  copyValue,
  displayValue,
  headerText,
  type CellInput,
  type ColumnContext,
  type ColumnType,
  type EnumOption,
  type GridColumn,
  type MoneyUnit,
} from './columns';
export {
  useGridEdits,
  isNewRowKey,
  placeRefusals,
  type CellChange as GridCellChange,
  type ChangeReport,
  type GridDataSource,
  type GridEdits,
  type GridEditsOptions,
  type GridSaveRow,
  type GridRefusal,
  type RowProblem,
} from './use-grid-edits';
export { useSheetGrid, type SheetGridController, type SheetGridOptions } from './use-sheet-grid';
export { useGridRange, type CellPosition, type CellRange } from './use-grid-range';
export { useGridLayout, layoutKey } from './use-grid-layout';
export { useUnsavedGuard, confirmDiscardUnsaved, hasUnsaved, reloadDiscarding } from './unsaved';
export type { FocusedCell, GridRow, RowStatus, RowStore } from './types';
