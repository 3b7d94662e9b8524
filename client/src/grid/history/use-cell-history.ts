import { computed, ref, shallowRef } from 'vue';
import { useLatestLoad } from '@/composables/use-query-load';
import { message, type Message } from '@/i18n/message';
import { fetchRecordHistory, type AuditEntry } from '@/modules/audit/api';
import type { FocusedCell } from '../types';

const PAGE_SIZE = 50;

export interface CellHistoryOptions {
  /** The audit trail's name of what the grid's rows are, e.g. "AdminUnit". */
  entity: string;
  /** How the history names a row, e.g. "Xã La Dêê (20704)"; given the row's key. */
  rowLabel(key: string): string;
  /** How the history names a column, e.g. its header; given the column id. */
  fieldLabel(colId: string): Message;
  /** Columns that have a history (default: all); on the others the action is not offered. */
  hasHistory?(colId: string): boolean;
  /** How a recorded value reads; null for the default (booleans as yes/no, empty as such). */
  formatValue?(colId: string, value: string | null): string | Message | null;
}

/** A recorded value as text: "true" is "Có", nothing is "(trống)". */
function defaultValue(value: string | null): string | Message {
  if (value == null || value === '') return message('history.empty');
  if (value === 'true') return message('history.yes');
  if (value === 'false') return message('history.no');
  return value;
}

/**
 * The history of a grid's cells (the audit trail's entries for one row's field), offered for
 * the cell the user is on. Any grid can have it: it needs the entity name and the row keys.
 * Wire the grid's `cellFocus` event to `focus`, and give the result to CellHistoryButton and
 * CellHistoryDialog.
 */
export function useCellHistory(options: CellHistoryOptions) {
  const focused = shallowRef<FocusedCell | null>(null);
  /** The cell whose history is shown, while it is. */
  const shown = shallowRef<FocusedCell | null>(null);
  const entries = shallowRef<readonly AuditEntry[]>([]);
  const totalCount = ref(0);
  const next = ref<string | null>(null);
  const { loading, error, run, cancel } = useLatestLoad();

  /** The cell the action would show, if it has a history. */
  const target = computed(() => {
    const cell = focused.value;
    if (!cell) return null;
    return (options.hasHistory?.(cell.colId) ?? true) ? cell : null;
  });

  function describe(cell: FocusedCell | null): { row: string; field: Message } | null {
    return cell ? { row: options.rowLabel(cell.key), field: options.fieldLabel(cell.colId) } : null;
  }

  function load(cell: FocusedCell, after: string | null): Promise<void> {
    return run(
      (signal) =>
        fetchRecordHistory(
          { entity: options.entity, key: cell.key, field: cell.colId },
          { first: PAGE_SIZE, after },
          { signal },
        ),
      (page) => {
        entries.value = after ? [...entries.value, ...page.entries] : page.entries;
        totalCount.value = page.totalCount;
        next.value = page.next;
      },
    );
  }

  /** Shows the history of a cell, by default the one the user is on. */
  async function open(cell: FocusedCell | null = target.value): Promise<void> {
    if (!cell) return;
    shown.value = cell;
    entries.value = [];
    totalCount.value = 0;
    next.value = null;
    await load(cell, null);
  }

  async function loadMore(): Promise<void> {
    if (shown.value && next.value && !loading.value) await load(shown.value, next.value);
  }

  function close(): void {
    cancel();
    shown.value = null;
  }

  return {
    /** The grid's `cellFocus` handler. */
    focus(cell: FocusedCell | null): void {
      focused.value = cell;
    },
    target,
    targetLabel: computed(() => describe(target.value)),
    shown,
    shownLabel: computed(() => describe(shown.value)),
    entries,
    totalCount,
    hasMore: computed(() => next.value !== null),
    loading,
    error,
    open,
    loadMore,
    close,
    formatValue(colId: string, value: string | null): string | Message {
      return options.formatValue?.(colId, value) ?? defaultValue(value);
    },
  };
}

export type CellHistory = ReturnType<typeof useCellHistory>;
