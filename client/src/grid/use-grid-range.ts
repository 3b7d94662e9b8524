import { shallowRef, type ShallowRef } from 'vue';
import type { CellClassParams, Column, GridApi } from 'ag-grid-community';
import { parseTsv, toTsv } from '@ntm/shared';
import { useNotices } from '@/composables/use-notices';
import { message } from '@/i18n/message';
import { emptyInput } from './columns';
import type { CellChange, GridEdits } from './use-grid-edits';
import type { GridRow } from './types';

/** A cell by its displayed row index and its column id. */
export interface CellPosition {
  row: number;
  col: string;
}

/** A rectangle of displayed rows and columns (indexes into the displayed columns). */
export interface CellRange {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** Is the event from a cell's editor (or any other field), where keys and paste are the field's? */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    !!target.closest('.ag-cell-inline-editing, .ag-popup-editor, .ag-filter, .ag-popup')
  );
}

/** The cell an event happened in: its displayed row index and column, or null. */
function cellAt(target: EventTarget | null): CellPosition | null {
  if (!(target instanceof HTMLElement)) return null;
  const cell = target.closest<HTMLElement>('.ag-cell');
  const row = cell?.closest<HTMLElement>('.ag-row');
  if (!cell || !row || row.classList.contains('ag-row-pinned')) return null;
  const index = Number(row.getAttribute('row-index'));
  const col = cell.getAttribute('col-id');
  return Number.isInteger(index) && index >= 0 && col ? { row: index, col } : null;
}

/**
 * What a spreadsheet does with a selection, on top of AG Grid community: a rectangular range
 * (click, Shift+click, drag, Shift+arrows, Ctrl+A), Delete to clear it, Ctrl+C / Ctrl+V as
 * tab-separated text, Ctrl+D to fill down, Ctrl+Z / Ctrl+Y to undo and redo. Every change is
 * one step of the edit buffer's history.
 */
export function useGridRange<T>(
  api: ShallowRef<GridApi<GridRow<T>> | undefined>,
  edits: GridEdits<T>,
  rowKey: (row: T) => string,
  gridId: () => string,
) {
  const notices = useNotices();
  const anchor = shallowRef<CellPosition | null>(null);
  const end = shallowRef<CellPosition | null>(null);
  let selectedCols = new Set<string>();
  let rowsFrom = -1;
  let rowsTo = -1;
  let dragging = false;
  let swallowClick = false;
  let shiftClick = false;
  let copied = false;

  function displayedColumns(): Column[] {
    return api.value?.getAllDisplayedColumns() ?? [];
  }

  function rowCount(): number {
    return api.value?.getDisplayedRowCount() ?? 0;
  }

  function keyAt(index: number): string | null {
    const data = api.value?.getDisplayedRowAtIndex(index)?.data;
    return data ? rowKey(data) : null;
  }

  /** The selected rectangle, or null. */
  function range(): CellRange | null {
    const a = anchor.value;
    const e = end.value ?? a;
    if (!a || !e) return null;
    const ids = displayedColumns().map((c) => c.getColId());
    const ca = ids.indexOf(a.col);
    const ce = ids.indexOf(e.col);
    if (ca < 0 || ce < 0) return null;
    const last = rowCount() - 1;
    return {
      r0: Math.max(0, Math.min(a.row, e.row)),
      r1: Math.min(last, Math.max(a.row, e.row)),
      c0: Math.min(ca, ce),
      c1: Math.max(ca, ce),
    };
  }

  function refresh(): void {
    const r = range();
    const cols = displayedColumns();
    selectedCols = new Set(r ? cols.slice(r.c0, r.c1 + 1).map((c) => c.getColId()) : []);
    rowsFrom = r?.r0 ?? -1;
    rowsTo = r?.r1 ?? -1;
    const grid = api.value;
    if (grid && !grid.isDestroyed()) grid.refreshCells({ suppressFlash: true });
  }

  function select(from: CellPosition | null, to: CellPosition | null = from): void {
    anchor.value = from;
    end.value = to;
    refresh();
  }

  /** The class rule of selected cells. */
  function isSelected(params: CellClassParams<GridRow<T>>): boolean {
    const index = params.node.rowIndex;
    return (
      !params.node.rowPinned &&
      index != null &&
      index >= rowsFrom &&
      index <= rowsTo &&
      selectedCols.has(params.column.getColId())
    );
  }

  // ---- Mouse and focus ----

  /**
   * The focus moved to another cell (arrows, Tab, Enter): the selection is that cell. Read from
   * the DOM, at once: the grid tells its own focus events later, after keys that may follow. The
   * grid also focuses the same cell again after redrawing it; that keeps the range.
   */
  function onFocusIn(event: FocusEvent): void {
    const cell = cellAt(event.target);
    if (!cell || inField(event.target)) return;
    const a = anchor.value;
    if (a && a.row === cell.row && a.col === cell.col) return;
    select(cell);
  }

  /**
   * Shift+click extends the range: the grid (which acts on pointerdown, mousedown and click)
   * must not move its focus nor choose the row. A plain press starts a drag.
   */
  function onPointerDown(event: PointerEvent): void {
    shiftClick = false;
    if (event.button !== 0) return;
    const cell = cellAt(event.target);
    if (!cell || inField(event.target)) return;
    if (event.shiftKey && anchor.value) {
      event.stopPropagation();
      shiftClick = true;
      swallowClick = true;
      end.value = cell;
      refresh();
      return;
    }
    // A click starts a new range at the cell (even the cell the range started from).
    select(cell);
    dragging = true;
  }

  function onMouseDown(event: MouseEvent): void {
    if (!shiftClick) return;
    event.preventDefault();
    event.stopPropagation();
  }

  function onMouseOver(event: MouseEvent): void {
    if (!dragging) return;
    if ((event.buttons & 1) === 0) {
      dragging = false;
      return;
    }
    const cell = cellAt(event.target);
    if (!cell || !anchor.value) return;
    const e = end.value;
    if (e && e.row === cell.row && e.col === cell.col) return;
    end.value = cell;
    refresh();
  }

  function onMouseUp(): void {
    dragging = false;
  }

  function onClick(event: MouseEvent): void {
    if (!swallowClick) return;
    swallowClick = false;
    event.stopPropagation();
  }

  // ---- Keyboard ----

  function extend(key: string): void {
    const a = anchor.value;
    if (!a) return;
    const e = end.value ?? a;
    const ids = displayedColumns().map((c) => c.getColId());
    let row = e.row;
    let ci = ids.indexOf(e.col);
    if (key === 'ArrowUp') row = Math.max(0, row - 1);
    if (key === 'ArrowDown') row = Math.min(rowCount() - 1, row + 1);
    if (key === 'ArrowLeft') ci = Math.max(0, ci - 1);
    if (key === 'ArrowRight') ci = Math.min(ids.length - 1, ci + 1);
    if (ci < 0) return;
    end.value = { row, col: ids[ci] };
    api.value?.ensureIndexVisible(row);
    api.value?.ensureColumnVisible(ids[ci]);
    refresh();
  }

  function selectAll(): void {
    const ids = displayedColumns().map((c) => c.getColId());
    const rows = rowCount();
    if (ids.length === 0 || rows === 0) return;
    anchor.value = anchor.value ?? { row: 0, col: ids[0] };
    select({ row: 0, col: ids[0] }, { row: rows - 1, col: ids[ids.length - 1] });
  }

  /** The cells of the range, row by row: key and field (null where a column shows no field). */
  function cellsOf(r: CellRange): { key: string | null; fields: (string | null)[] }[] {
    const fields = displayedColumns()
      .slice(r.c0, r.c1 + 1)
      .map((c) => c.getColDef().field ?? null);
    const out = [];
    for (let i = r.r0; i <= r.r1; i += 1) out.push({ key: keyAt(i), fields });
    return out;
  }

  function notify(kind: 'info' | 'warning', key: string, params: Record<string, number>): void {
    notices[kind](message(key, params), { topic: `grid-range:${gridId()}` });
  }

  /** Delete / Backspace: empties the editable cells of the range (one undo step). */
  function clear(): void {
    const r = range();
    if (!r) return;
    const changes: CellChange[] = [];
    for (const { key, fields } of cellsOf(r)) {
      for (const field of fields) {
        const column = field ? edits.columnOf(field) : undefined;
        if (key && field && column && edits.isEditable(key, field)) {
          changes.push({ key, field, input: emptyInput(column) });
        }
      }
    }
    edits.change(changes);
  }

  /**
   * Ctrl+D: the top cell of each selected column is copied down through the selected rows;
   * with one row selected, the cell above is copied into it.
   */
  function fillDown(): void {
    const r = range();
    if (!r) return;
    const from = r.r1 > r.r0 ? r.r0 : r.r0 - 1;
    if (from < 0) return;
    const sourceKey = keyAt(from);
    if (!sourceKey) return;
    const changes: CellChange[] = [];
    let skipped = 0;
    const rows = cellsOf({ ...r, r0: from + 1 });
    for (const field of rows[0]?.fields ?? []) {
      const input = field ? edits.cellInput(sourceKey, field) : null;
      for (const { key } of rows) {
        if (!key || !field || !input || !edits.isEditable(key, field)) {
          skipped += 1;
          continue;
        }
        changes.push({ key, field, input });
      }
    }
    const report = edits.change(changes);
    if (skipped > 0) notify('info', 'grid.fillSkipped', { written: report.written, skipped });
  }

  /** The range as tab-separated text, exact values (what Ctrl+C copies). */
  function copyText(): string | null {
    const r = range();
    if (!r) return null;
    return toTsv(
      cellsOf(r).map(({ key, fields }) => fields.map((field) => (key && field ? edits.cellText(key, field) : ''))),
    );
  }

  /**
   * Pastes tab-separated text into the block that starts at the range's top-left cell; a single
   * value fills the whole range. Read-only cells are skipped and counted; rows past the last are
   * added where the grid takes new rows. One undo step.
   */
  function paste(text: string): void {
    const r = range();
    if (!r) return;
    let block = parseTsv(text);
    if (block.length === 0) return;
    const single = block.length === 1 && block[0].length === 1;
    if (single && (r.r1 > r.r0 || r.c1 > r.c0)) {
      block = Array.from({ length: r.r1 - r.r0 + 1 }, () => Array.from({ length: r.c1 - r.c0 + 1 }, () => block[0][0]));
    }
    const cols = displayedColumns();
    const count = rowCount();
    // Rows past the last are added only where the block writes an editable column.
    const blockWidth = Math.max(...block.map((line) => line.length));
    const writesEditable = cols.slice(r.c0, r.c0 + blockWidth).some((c) => {
      const field = c.getColDef().field;
      return !!field && !!edits.columnOf(field)?.editable;
    });
    const missing = writesEditable ? Math.max(0, r.r0 + block.length - count) : 0;
    const newKeys = missing > 0 ? edits.newRowKeys(missing) : [];
    const changes: CellChange[] = [];
    let outside = 0;
    let skipped = 0;
    let width = 0;
    block.forEach((line, i) => {
      const index = r.r0 + i;
      const key = index < count ? keyAt(index) : (newKeys[index - count] ?? null);
      if (!key) {
        outside += line.length;
        return;
      }
      line.forEach((cellText, j) => {
        const column = cols[r.c0 + j];
        if (!column) {
          outside += 1;
          return;
        }
        width = Math.max(width, j + 1);
        const field = column.getColDef().field;
        if (!field || !edits.columnOf(field)) {
          skipped += 1;
          return;
        }
        changes.push({ key, field, input: { text: cellText } });
      });
    });
    const report = edits.change(changes, { newRows: newKeys });
    skipped += report.skipped;
    const ids = cols.map((c) => c.getColId());
    const lastRow = Math.min(r.r0 + block.length, rowCount() + report.added) - 1;
    if (width > 0) {
      select(
        { row: r.r0, col: ids[r.c0] },
        { row: Math.max(r.r0, lastRow), col: ids[Math.min(ids.length - 1, r.c0 + width - 1)] },
      );
    }
    if (skipped + outside > 0) {
      notify('warning', 'grid.pasteSkipped', { written: report.written, skipped: skipped + outside });
    } else if (report.invalid > 0) {
      notify('warning', 'grid.pasteInvalid', { written: report.written, invalid: report.invalid });
    } else {
      notify('info', 'grid.pasted', { written: report.written });
    }
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (inField(event.target) || !cellAt(event.target) || edits.saving.value) return;
    if ((api.value?.getEditingCells().length ?? 0) > 0) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key;
    const lower = key.toLowerCase();
    let handled = true;
    if (mod && !event.altKey) {
      if (lower === 'z' && !event.shiftKey) edits.undo();
      else if ((lower === 'z' && event.shiftKey) || lower === 'y') edits.redo();
      else if (lower === 'd') fillDown();
      else if (lower === 'a') selectAll();
      else if (lower === 'c') {
        // The `copy` event that follows writes the clipboard; without one, the Clipboard API.
        copied = false;
        const text = copyText();
        window.setTimeout(() => {
          if (!copied && text !== null) void navigator.clipboard?.writeText(text).catch(() => undefined);
        }, 0);
        handled = false;
      } else handled = false;
    } else if (!mod && !event.altKey && (key === 'Delete' || key === 'Backspace')) {
      clear();
    } else if (event.shiftKey && !mod && !event.altKey && ARROWS.has(key)) {
      extend(key);
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  function onCopy(event: ClipboardEvent): void {
    if (inField(event.target)) return;
    const text = copyText();
    if (text === null || !event.clipboardData) return;
    copied = true;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  }

  function onPaste(event: ClipboardEvent): void {
    if (inField(event.target) || edits.saving.value) return;
    const text = event.clipboardData?.getData('text/plain');
    if (text == null || !range()) return;
    event.preventDefault();
    paste(text);
  }

  /** Sorting or filtering moves the rows: the selection keeps only the focused cell. */
  function collapse(): void {
    const focused = api.value?.getFocusedCell();
    if (focused && focused.rowIndex != null && !focused.rowPinned) {
      select({ row: focused.rowIndex, col: focused.column.getColId() });
    } else {
      select(null);
    }
  }

  return {
    anchor,
    end,
    range,
    isSelected,
    refresh,
    select,
    collapse,
    copyText,
    paste,
    fillDown,
    clear,
    handlers: {
      onFocusIn,
      onPointerDown,
      onMouseDown,
      onMouseOver,
      onMouseUp,
      onClick,
      onKeyDown,
      onCopy,
      onPaste,
    },
  };
}
