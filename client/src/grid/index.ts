export { default as DataGrid } from './DataGrid.vue';
export { default as CellHistoryButton } from './history/CellHistoryButton.vue';
export { default as CellHistoryDialog } from './history/CellHistoryDialog.vue';
export { STATUS_CLASSES } from './use-data-grid';
export { useCellSave, type CellChange, type CellSaveOptions } from './use-cell-save';
export {
  useCellHistory,
  type CellHistory,
  type CellHistoryOptions,
} from './history/use-cell-history';
export { useRowStore } from './use-row-store';
export { numberFormatter, dateFormatter } from './formatters';
export type { FocusedCell, GridRow, RowStatus, RowStore } from './types';
