export { default as DataGrid } from './DataGrid.vue';
export { STATUS_CLASSES } from './use-data-grid';
export { useCellSave, type CellChange, type CellSaveOptions } from './use-cell-save';
export { useRowStore } from './use-row-store';
export { numberFormatter, dateFormatter } from './formatters';
export type { GridRow, RowStatus, RowStore } from './types';
