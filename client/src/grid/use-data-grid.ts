import { computed, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type {
  CellClassParams,
  CellClassRules,
  CellEditRequestEvent,
  CellFocusedEvent,
  ColDef,
  DomLayoutType,
  GetRowIdParams,
  GridApi,
  GridOptions,
  GridReadyEvent,
  IRowNode,
  ProcessRowParams,
  RowClassParams,
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
import type { FocusedCell, GridRow } from './types';

export interface DataGridProps<T> {
  rows: readonly GridRow<T>[];
  columns: ColDef<GridRow<T>>[];
  rowKey: (row: T) => string;
  selectedKey?: string | null;
  selectable?: boolean;
  loading?: boolean;
  /** Up to this many rows the grid grows with its rows; beyond it, it scrolls. */
  maxAutoHeightRows?: number;
  /**
   * May the user edit this row? Columns marked `editable: true` are editable only in rows it
   * accepts, and show read-only (muted) in the others. Without it, they are editable everywhere.
   */
  rowEditable?: (row: T) => boolean;
  /** May the user edit this cell of an editable row (e.g. a field set only in new rows)? */
  cellEditable?: (row: T, colId: string) => boolean;
  /**
   * Classes of a row beyond its status, each with when it applies (e.g. `ntm-row-overdue`): kept
   * up to date with the row's data, added and removed. Read once, when the grid is made.
   */
  rowClasses?: Readonly<Record<string, (row: T) => boolean>>;
  /** Attributes of a row's element (e.g. `data-state`), for the stylesheet and browser tests. */
  rowAttributes?: (row: T) => Record<string, string>;
}

/** What a grid built on this one (the sheet grid) adds: class rules and grid options. */
export interface DataGridExtension<T> {
  cellClassRules?: CellClassRules<GridRow<T>>;
  /** Merged into the grid's options; event handlers run after the grid's own. */
  gridOptions?: GridOptions<GridRow<T>>;
}

/** The id of the total row pinned at the bottom of a grid. */
export const TOTAL_ROW_ID = '$total';

export interface DataGridEmit<T> {
  (event: 'select', key: string | null): void;
  (event: 'cellEditRequest', payload: CellEditRequestEvent<GridRow<T>>): void;
  /** The user moved to another cell (null: the focus left the rows, e.g. to a header). */
  (event: 'cellFocus', cell: FocusedCell | null): void;
}

// Selection the user made, as opposed to the grid following `selectedKey` or new row data.
const USER_SELECTION: ReadonlySet<SelectionEventSourceType> = new Set(['rowClicked', 'spaceKey', 'checkboxSelected']);

/** Row and cell classes a browser test or the stylesheet can rely on. */
export const STATUS_CLASSES = {
  rowSaving: 'ntm-row-saving',
  rowFailed: 'ntm-row-failed',
  rowConflict: 'ntm-row-conflict',
  cellSaving: 'ntm-cell-saving',
  cellInvalid: 'ntm-cell-invalid',
  /** A cell someone else changed since it was read (its save was refused as a conflict). */
  cellConflict: 'ntm-cell-conflict',
  /** A cell whose save was refused as locked, out of reach or gone. */
  cellRefused: 'ntm-cell-refused',
  /** A row the user may not edit, and its cells that others may edit. */
  rowReadonly: 'ntm-row-readonly',
  cellReadonly: 'ntm-cell-readonly',
  /** Unsaved edits (sheet grids): the row, and each edited cell. */
  rowDirty: 'ntm-row-dirty',
  cellDirty: 'ntm-cell-dirty',
  /** A row added in the grid, not saved yet. */
  rowNew: 'ntm-row-new',
  /** Cells of the selected range. */
  cellSelected: 'ntm-cell-selected',
  /** The total row pinned at the bottom. */
  rowTotal: 'ntm-row-total',
} as const;

/** The behaviour of DataGrid.vue: options, status styling, selection and revealing rows. */
export function useDataGrid<T>(props: DataGridProps<T>, emit: DataGridEmit<T>, extension: DataGridExtension<T> = {}) {
  const { t } = useI18n();
  const { locale } = useLocale();
  const api = shallowRef<GridApi<GridRow<T>>>();
  let pendingReveal: string | null = null;

  const localeText = computed(() => gridLocaleText(locale.value));

  const domLayout = computed<DomLayoutType>(() =>
    props.rows.length <= (props.maxAutoHeightRows ?? 30) ? 'autoHeight' : 'normal',
  );

  const rowSelection = computed<RowSelectionOptions | undefined>(() =>
    props.selectable ? { mode: 'singleRow', checkboxes: false, enableClickSelection: 'enableSelection' } : undefined,
  );

  function isReadonlyRow(row: GridRow<T> | undefined): boolean {
    return !!row && !!props.rowEditable && !props.rowEditable(row);
  }

  function isReadonlyCell(row: GridRow<T> | undefined, colId: string): boolean {
    if (!row) return false;
    return isReadonlyRow(row) || (!!props.cellEditable && !props.cellEditable(row, colId));
  }

  // The columns the caller made editable; in a read-only row they are marked as such.
  const editableColIds = computed(
    () => new Set(props.columns.filter((col) => col.editable === true).map((col) => col.colId ?? col.field ?? '')),
  );

  function isEditableColumn(params: CellClassParams<GridRow<T>>): boolean {
    return editableColIds.value.has(params.column.getColId());
  }

  const rowClassRules: RowClassRules<GridRow<T>> = {
    [STATUS_CLASSES.rowSaving]: (p) => (p.data?.$status?.saving.length ?? 0) > 0,
    [STATUS_CLASSES.rowFailed]: (p) =>
      Object.keys(p.data?.$status?.errors ?? {}).length > 0 || !!p.data?.$status?.refused,
    [STATUS_CLASSES.rowConflict]: (p) => p.data?.$status?.conflict === true,
    [STATUS_CLASSES.rowReadonly]: (p) => !p.node.rowPinned && isReadonlyRow(p.data),
    [STATUS_CLASSES.rowDirty]: (p) => (p.data?.$status?.dirty?.length ?? 0) > 0 || p.data?.$status?.isNew === true,
    [STATUS_CLASSES.rowNew]: (p) => p.data?.$status?.isNew === true,
    [STATUS_CLASSES.rowTotal]: (p) => !!p.node.rowPinned,
    ...Object.fromEntries(
      Object.entries(props.rowClasses ?? {}).map(([name, applies]) => [
        name,
        (p: RowClassParams<GridRow<T>>) => !p.node.rowPinned && !!p.data && applies(p.data),
      ]),
    ),
  };

  const cellClassRules: CellClassRules<GridRow<T>> = {
    [STATUS_CLASSES.cellSaving]: (p) => !!p.colDef.field && !!p.data?.$status?.saving.includes(p.colDef.field),
    [STATUS_CLASSES.cellInvalid]: (p) => !!p.colDef.field && !!p.data?.$status?.errors[p.colDef.field],
    [STATUS_CLASSES.cellConflict]: (p) =>
      !!p.colDef.field && p.data?.$status?.refusedCells?.[p.colDef.field] === 'CONFLICT',
    [STATUS_CLASSES.cellRefused]: (p) => {
      const code = p.colDef.field ? p.data?.$status?.refusedCells?.[p.colDef.field] : undefined;
      return !!code && code !== 'CONFLICT';
    },
    [STATUS_CLASSES.cellDirty]: (p) => !!p.colDef.field && !!p.data?.$status?.dirty?.includes(p.colDef.field),
    [STATUS_CLASSES.cellReadonly]: (p) =>
      !p.node.rowPinned && isEditableColumn(p) && isReadonlyCell(p.data, p.column.getColId()),
    ...extension.cellClassRules,
  };

  /**
   * The caller's columns, with `editable: true` narrowed to the rows `rowEditable` accepts. The
   * same array as long as the caller's is, so the grid keeps the user's widths and order.
   */
  const columns = computed<ColDef<GridRow<T>>[]>(() => {
    if (!props.rowEditable && !props.cellEditable) return props.columns;
    return props.columns.map((col) => {
      if (col.editable !== true) return col;
      const colId = col.colId ?? col.field ?? '';
      return {
        ...col,
        editable: (p) => !p.node.rowPinned && !!p.data && !isReadonlyCell(p.data, colId),
      };
    });
  });

  function cellError(params: TooltipCallbackParams<GridRow<T>>): string | undefined {
    const field = params.colDef && 'field' in params.colDef ? params.colDef.field : undefined;
    const status = params.data?.$status;
    if (!field || !status) return undefined;
    const error = status.errors[field];
    if (error) return translateMessage(t, error);
    // The row's own trouble, on the cells it holds back.
    if (status.dirty?.includes(field)) {
      if (status.refused) return translateMessage(t, status.refused);
      if (status.conflict) return t('grid.conflictTooltip');
    }
    return undefined;
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
    if ((params.data as { $total?: boolean }).$total) return TOTAL_ROW_ID;
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

  // Whether each row was editable when the grid last drew it.
  let drawnEditable = new Map<string, boolean>();

  /**
   * A row can turn read-only (locked by an approval) or back with no value changing: the grid
   * would not redraw its cells, and a checkbox would stay clickable. Redraws those rows' cells
   * (or, with `redraw` false, only notes how the rows are drawn).
   */
  function redrawChangedEditability(redraw = true): void {
    const grid = api.value;
    const rowEditable = props.rowEditable;
    if (!grid || !rowEditable || editableColIds.value.size === 0) return;
    const next = new Map<string, boolean>();
    const changed: IRowNode<GridRow<T>>[] = [];
    for (const row of props.rows) {
      const key = props.rowKey(row);
      const editable = rowEditable(row);
      next.set(key, editable);
      const before = drawnEditable.get(key);
      if (before !== undefined && before !== editable) {
        const node = grid.getRowNode(key);
        if (node) changed.push(node);
      }
    }
    drawnEditable = next;
    if (redraw && changed.length > 0) {
      grid.refreshCells({ rowNodes: changed, columns: [...editableColIds.value], force: true });
    }
  }

  function onGridReady(event: GridReadyEvent<GridRow<T>>): void {
    api.value = event.api;
    drawnEditable = new Map();
    redrawChangedEditability(false);
    syncSelection();
  }

  function onRowDataUpdated(): void {
    redrawChangedEditability();
    syncSelection();
    if (pendingReveal && revealNow(pendingReveal)) pendingReveal = null;
  }

  function onSelectionChanged(event: SelectionChangedEvent<GridRow<T>>): void {
    if (!USER_SELECTION.has(event.source)) return;
    const [node] = event.api.getSelectedNodes();
    emit('select', node?.data ? props.rowKey(node.data) : null);
  }

  function onCellEditRequest(event: CellEditRequestEvent<GridRow<T>>): void {
    // Checked again: the row may have become read-only (locked) while its editor was open.
    if (event.data && isReadonlyRow(event.data)) return;
    emit('cellEditRequest', event);
  }

  function onCellFocused(event: CellFocusedEvent<GridRow<T>>): void {
    const column = event.column;
    if (event.rowIndex == null || column == null || event.rowPinned) {
      emit('cellFocus', null);
      return;
    }
    const node = event.api.getDisplayedRowAtIndex(event.rowIndex);
    if (!node?.data) {
      emit('cellFocus', null);
      return;
    }
    const colDef = typeof column === 'string' ? null : column.getColDef();
    emit('cellFocus', {
      key: props.rowKey(node.data),
      colId: typeof column === 'string' ? column : column.getColId(),
      field: colDef?.field ?? null,
    });
  }

  /** The caller's attributes on a row's element, set again whenever the row's data changes. */
  function setRowAttributes(params: ProcessRowParams<GridRow<T>>): void {
    if (!props.rowAttributes) return;
    const { node, eRow } = params;
    const apply = () => {
      if (!node.data || node.rowPinned || !props.rowAttributes) return;
      for (const [name, value] of Object.entries(props.rowAttributes(node.data))) {
        eRow.setAttribute(name, value);
      }
    };
    apply();
    node.addEventListener('dataChanged', apply);
    params.addRenderedRowListener('virtualRowRemoved', () => node.removeEventListener('dataChanged', apply));
  }

  /** Options fixed for the grid's life, with its event handlers. */
  const baseOptions: GridOptions<GridRow<T>> = {
    theme: gridTheme,
    defaultColDef,
    getRowId,
    rowClassRules,
    processRowPostCreate: setRowAttributes,
    // The grid asks and the app decides: edits come as `cellEditRequest`, saved or refused there.
    readOnlyEdit: true,
    stopEditingWhenCellsLoseFocus: true,
    animateRows: false,
    tooltipShowDelay: 250,
    onGridReady,
    onRowDataUpdated,
    onSelectionChanged,
    onCellEditRequest,
    onCellFocused,
  };
  const gridOptions = mergeOptions(baseOptions, extension.gridOptions ?? {});

  watch(() => props.selectedKey, syncSelection);
  // The grid is rebuilt on a change of language (its texts are set once); forget the old one.
  watch(locale, () => (api.value = undefined));

  return {
    api,
    locale,
    gridOptions,
    columns,
    localeText,
    domLayout,
    rowSelection,
    reveal,
    syncSelection,
  };
}

/** Options merged; where both have the same event handler, both run (the base's first). */
function mergeOptions<T>(base: GridOptions<T>, extra: GridOptions<T>): GridOptions<T> {
  const merged: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(extra)) {
    const own = merged[name];
    if (/^on[A-Z]/.test(name) && typeof own === 'function' && typeof value === 'function') {
      merged[name] = (event: unknown) => {
        (own as (e: unknown) => void)(event);
        (value as (e: unknown) => void)(event);
      };
    } else {
      merged[name] = value;
    }
  }
  return merged as GridOptions<T>;
}
