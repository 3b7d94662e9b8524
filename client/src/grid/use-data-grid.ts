import { computed, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type {
  CellClassRules,
  CellEditRequestEvent,
  ColDef,
  DomLayoutType,
  GetRowIdParams,
  GridApi,
  GridOptions,
  GridReadyEvent,
  RowClassRules,
  RowSelectionOptions,
  SelectionChangedEvent,
  SelectionEventSourceType,
  TooltipCallbackParams,
} from 'ag-grid-community';
import { useLocale } from '@/composables/use-locale';
import { translateMessage } from '@/i18n/message';
import { gridLocaleText } from './locale';
import { gridTheme } from './theme';
import type { GridRow } from './types';

export interface DataGridProps<T> {
  rows: readonly GridRow<T>[];
  columns: ColDef<GridRow<T>>[];
  rowKey: (row: T) => string;
  selectedKey?: string | null;
  selectable?: boolean;
  loading?: boolean;
  /** Up to this many rows the grid grows with its rows; beyond it, it scrolls. */
  maxAutoHeightRows?: number;
}

export interface DataGridEmit<T> {
  (event: 'select', key: string | null): void;
  (event: 'cellEditRequest', payload: CellEditRequestEvent<GridRow<T>>): void;
}

// Selection the user made, as opposed to the grid following `selectedKey` or new row data.
const USER_SELECTION: ReadonlySet<SelectionEventSourceType> = new Set([
  'rowClicked',
  'spaceKey',
  'checkboxSelected',
]);

/** Row and cell classes a browser test or the stylesheet can rely on. */
export const STATUS_CLASSES = {
  rowSaving: 'ntm-row-saving',
  rowFailed: 'ntm-row-failed',
  rowConflict: 'ntm-row-conflict',
  cellSaving: 'ntm-cell-saving',
  cellInvalid: 'ntm-cell-invalid',
} as const;

/** The behaviour of DataGrid.vue: options, status styling, selection and revealing rows. */
export function useDataGrid<T>(props: DataGridProps<T>, emit: DataGridEmit<T>) {
  const { t } = useI18n();
  const { locale } = useLocale();
  const api = shallowRef<GridApi<GridRow<T>>>();
  let pendingReveal: string | null = null;

  const localeText = computed(() => gridLocaleText(locale.value));

  const domLayout = computed<DomLayoutType>(() =>
    props.rows.length <= (props.maxAutoHeightRows ?? 30) ? 'autoHeight' : 'normal',
  );

  const rowSelection = computed<RowSelectionOptions | undefined>(() =>
    props.selectable
      ? { mode: 'singleRow', checkboxes: false, enableClickSelection: 'enableSelection' }
      : undefined,
  );

  const rowClassRules: RowClassRules<GridRow<T>> = {
    [STATUS_CLASSES.rowSaving]: (p) => (p.data?.$status?.saving.length ?? 0) > 0,
    [STATUS_CLASSES.rowFailed]: (p) => Object.keys(p.data?.$status?.errors ?? {}).length > 0,
    [STATUS_CLASSES.rowConflict]: (p) => p.data?.$status?.conflict === true,
  };

  const cellClassRules: CellClassRules<GridRow<T>> = {
    [STATUS_CLASSES.cellSaving]: (p) =>
      !!p.colDef.field && !!p.data?.$status?.saving.includes(p.colDef.field),
    [STATUS_CLASSES.cellInvalid]: (p) =>
      !!p.colDef.field && !!p.data?.$status?.errors[p.colDef.field],
  };

  function cellError(params: TooltipCallbackParams<GridRow<T>>): string | undefined {
    const field = params.colDef && 'field' in params.colDef ? params.colDef.field : undefined;
    const error = field ? params.data?.$status?.errors[field] : undefined;
    return error ? translateMessage(t, error) : undefined;
  }

  const defaultColDef: ColDef<GridRow<T>> = {
    sortable: true,
    resizable: true,
    suppressHeaderMenuButton: true,
    wrapHeaderText: true,
    autoHeaderHeight: true,
    enableCellChangeFlash: true,
    cellClassRules,
    tooltip: cellError,
  };

  function getRowId(params: GetRowIdParams<GridRow<T>>): string {
    return props.rowKey(params.data);
  }

  function syncSelection(): void {
    const grid = api.value;
    if (!grid || !props.selectable) return;
    const key = props.selectedKey ?? null;
    if (key == null) {
      if (grid.getSelectedNodes().length > 0) grid.deselectAll('all', 'api');
      return;
    }
    const node = grid.getRowNode(key);
    if (node && !node.isSelected()) {
      node.setSelected(true, true, 'api');
      grid.ensureNodeVisible(node);
    }
  }

  function revealNow(key: string): boolean {
    const grid = api.value;
    const node = grid?.getRowNode(key);
    if (!grid || !node) return false;
    grid.ensureNodeVisible(node, 'middle');
    grid.flashCells({ rowNodes: [node] });
    return true;
  }

  /** Scrolls to a row and flashes it; waits for the row if the grid has not received it yet. */
  function reveal(key: string): void {
    pendingReveal = revealNow(key) ? null : key;
  }

  function onGridReady(event: GridReadyEvent<GridRow<T>>): void {
    api.value = event.api;
    syncSelection();
  }

  function onRowDataUpdated(): void {
    syncSelection();
    if (pendingReveal && revealNow(pendingReveal)) pendingReveal = null;
  }

  function onSelectionChanged(event: SelectionChangedEvent<GridRow<T>>): void {
    if (!USER_SELECTION.has(event.source)) return;
    const [node] = event.api.getSelectedNodes();
    emit('select', node?.data ? props.rowKey(node.data) : null);
  }

  function onCellEditRequest(event: CellEditRequestEvent<GridRow<T>>): void {
    emit('cellEditRequest', event);
  }

  /** Options fixed for the grid's life, with its event handlers. */
  const gridOptions: GridOptions<GridRow<T>> = {
    theme: gridTheme,
    defaultColDef,
    getRowId,
    rowClassRules,
    // The grid asks and the app decides: edits come as `cellEditRequest`, saved or refused there.
    readOnlyEdit: true,
    stopEditingWhenCellsLoseFocus: true,
    animateRows: false,
    tooltipShowDelay: 250,
    onGridReady,
    onRowDataUpdated,
    onSelectionChanged,
    onCellEditRequest,
  };

  watch(() => props.selectedKey, syncSelection);
  // The grid is rebuilt on a change of language (its texts are set once); forget the old one.
  watch(locale, () => (api.value = undefined));

  return { api, locale, gridOptions, localeText, domLayout, rowSelection, reveal };
}
