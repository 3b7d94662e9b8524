import type { ColumnState, GridApi } from 'ag-grid-community';
import { sessionUser } from '@/modules/auth/session';

const PREFIX = 'ntm.gridLayout';

/** Where a user's layout of a grid is kept on this browser. */
export function layoutKey(gridId: string, username: string | null | undefined): string {
  return `${PREFIX}:${username ?? '-'}:${gridId}`;
}

function read(key: string): ColumnState[] | null {
  try {
    const raw = window.localStorage.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(value) ? (value as ColumnState[]) : null;
  } catch {
    return null;
  }
}

/**
 * The user's layout of a grid (order, widths, hidden columns, sort), kept per user and grid in
 * the browser's storage: saved as the user changes it, applied when the grid is made.
 */
export function useGridLayout(gridId: () => string) {
  const key = () => layoutKey(gridId(), sessionUser.value?.username);
  // While the saved layout is being applied, the grid's events are not changes of the user's.
  let applying = false;

  function restore(api: GridApi): void {
    const state = read(key());
    if (!state) return;
    applying = true;
    try {
      const known = new Set((api.getColumns() ?? []).map((c) => c.getColId()));
      api.applyColumnState({
        state: state.filter((s) => known.has(s.colId)),
        applyOrder: true,
      });
    } finally {
      applying = false;
    }
  }

  function save(api: GridApi): void {
    if (applying || api.isDestroyed()) return;
    try {
      // Flex columns have no width of their own to keep.
      const state = api
        .getColumnState()
        .map(({ colId, width, hide, sort, sortIndex, pinned, flex }) =>
          flex ? { colId, hide, sort, sortIndex, pinned, flex } : { colId, width, hide, sort, sortIndex, pinned },
        );
      window.localStorage.setItem(key(), JSON.stringify(state));
    } catch {
      // Storage full or disabled: the layout lasts as long as the page.
    }
  }

  /** Forgets the saved layout and puts the columns back as the grid defines them. */
  function reset(api: GridApi | undefined): void {
    try {
      window.localStorage.removeItem(key());
    } catch {
      // Nothing kept.
    }
    if (!api || api.isDestroyed()) return;
    applying = true;
    try {
      api.resetColumnState();
    } finally {
      applying = false;
    }
  }

  return { restore, save, reset };
}
