import { computed, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { ErrorCode } from '@ntm/shared';
import { errorMessage } from '@/api/errors';
import { useLocale } from '@/composables/use-locale';
import { useNotices } from '@/composables/use-notices';
import { message, type Translate } from '@/i18n/message';
import { copyValue, displayValue, type CellInput, type ColumnContext, type GridColumn } from './columns';
import {
  applyEdits,
  clearProblemFields,
  columnEditable,
  commitEdits,
  decoratedRow,
  discardEdits,
  dropRows,
  emptyHistory,
  fieldOf,
  isNewRowKey,
  mergedRow,
  mergeProblems,
  mergeSaved,
  NEW_PREFIX,
  planSave,
  redoEdits,
  undoEdits,
  type CellChange,
  type ChangeReport,
  type EditHistory,
  type EditState,
  type RowDraft,
  type RowProblem,
} from './edit-state';
import { problemOf, refusedRows } from './grid-refusals';
import type { GridEditsOptions } from './grid-source';
import type { GridRow } from './types';

export { isNewRowKey, type CellChange, type CellDraft, type ChangeReport, type RowProblem } from './edit-state';
export { placeRefusals, type GridRefusal } from './grid-refusals';
export type { GridDataSource, GridEditsOptions, GridSaveRow } from './grid-source';

/**
 * The edit buffer of a sheet grid. Edits change the rows here only and mark their cells; refused
 * values stay in their cells, marked, and block the save; "save" sends every changed row in one
 * request, "discard" drops them all. Every change (an edit, a paste, a fill, a clear) is one
 * undo step.
 */
export function useGridEdits<T>(options: GridEditsOptions<T>) {
  const { source } = options;
  const store = source.store;
  const notices = useNotices();
  const { t: i18nT } = useI18n();
  const { locale } = useLocale();
  const t: Translate = (key, params) => i18nT(key, params);
  const context = computed<ColumnContext>(() => ({ locale: locale.value, t }));

  const state = shallowRef<EditState<T>>(emptyHistory<T>().state);
  const past = shallowRef<readonly EditState<T>[]>([]);
  const future = shallowRef<readonly EditState<T>[]>([]);
  const problems = shallowRef<ReadonlyMap<string, RowProblem>>(new Map());
  const saving = ref(false);
  // The first content of rows added here, kept for redo after an undo removed them.
  const newBases = new Map<string, T>();
  let nextNew = 1;

  const history = (): EditHistory<T> => ({ state: state.value, past: past.value, future: future.value });
  function setHistory(next: EditHistory<T>): void {
    past.value = next.past;
    future.value = next.future;
    state.value = next.state;
  }

  const columns = computed(() => options.columns());
  const columnMap = computed(() => new Map(columns.value.map((c) => [c.field as string, c])));
  const columnOf = (field: string): GridColumn<T> | undefined => columnMap.value.get(field);
  const derive = options.derive ? (row: T): T => options.derive!(row) : undefined;

  // Rows by key, for edits of many cells in grids of many rows.
  const storeIndex = computed(() => new Map(store.rows.value.map((row) => [store.key(row), row])));
  const addedKeys = computed(() => new Set(state.value.added));

  function baseOf(key: string): T | undefined {
    return storeIndex.value.get(key) ?? (addedKeys.value.has(key) ? newBases.get(key) : undefined);
  }

  const merged = (base: T, draft: RowDraft<T> | undefined): T => mergedRow(base, draft, derive);

  /** The row with its edits, as the grid shows it. */
  function rowOf(key: string): T | undefined {
    const base = baseOf(key);
    return base === undefined ? undefined : merged(base, state.value.drafts.get(key));
  }

  /** May the user write this cell? */
  function isEditable(key: string, field: string): boolean {
    const column = columnOf(field);
    const row = rowOf(key);
    if (!column || row === undefined) return false;
    if (options.rowEditable && !options.rowEditable(row)) return false;
    return columnEditable(column, row);
  }

  // ---- The rows the grid shows ----

  interface Decorated {
    base: T;
    draft: RowDraft<T> | undefined;
    problem: RowProblem | undefined;
    isNew: boolean;
    row: GridRow<T>;
  }
  let decorated = new Map<string, Decorated>();

  function decorate(
    key: string,
    base: T,
    draft: RowDraft<T> | undefined,
    problem: RowProblem | undefined,
    isNew: boolean,
    next: Map<string, Decorated>,
  ): GridRow<T> {
    const before = decorated.get(key);
    if (
      before &&
      before.base === base &&
      before.draft === draft &&
      before.problem === problem &&
      before.isNew === isNew
    ) {
      next.set(key, before);
      return before.row;
    }
    const row = decoratedRow(base, draft, problem, isNew, derive);
    next.set(key, { base, draft, problem, isNew, row });
    return row;
  }

  const rows = computed<GridRow<T>[]>(() => {
    const s = state.value;
    const probs = problems.value;
    const next = new Map<string, Decorated>();
    const out: GridRow<T>[] = [];
    for (const base of store.rows.value) {
      const key = store.key(base);
      out.push(decorate(key, base, s.drafts.get(key), probs.get(key), false, next));
    }
    for (const key of s.added) {
      const base = newBases.get(key);
      if (base !== undefined) out.push(decorate(key, base, s.drafts.get(key), probs.get(key), true, next));
    }
    decorated = next;
    return out;
  });

  /** Keys of the rows a save would send: changed rows in the grid's order, then new rows. */
  const dirtyKeys = computed<string[]>(() => {
    const s = state.value;
    const keys: string[] = [];
    for (const base of store.rows.value) {
      const key = store.key(base);
      if ((s.drafts.get(key)?.cells.size ?? 0) > 0) keys.push(key);
    }
    return [...keys, ...s.added];
  });

  const invalidCells = computed(() => {
    let n = 0;
    const shown = new Set(dirtyKeys.value);
    for (const [key, draft] of state.value.drafts) {
      if (!shown.has(key)) continue;
      for (const cell of draft.cells.values()) if (cell.issue) n += 1;
    }
    return n;
  });

  const conflictKeys = computed(() =>
    [...problems.value].filter(([, p]) => p.code === ErrorCode.CONFLICT).map(([key]) => key),
  );
  const refusedKeys = computed(() =>
    [...problems.value]
      .filter(([, p]) => p.code !== ErrorCode.CONFLICT && p.code !== ErrorCode.BAD_USER_INPUT)
      .map(([key]) => key),
  );

  // ---- Changing cells ----

  function commit(next: EditState<T>): void {
    setHistory(commitEdits(history(), next));
  }

  /** Keys for `count` new rows, with their first content; empty when rows cannot be added. */
  function newRowKeys(count: number): string[] {
    if (!source.newRow || count <= 0) return [];
    const keys: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const key = `${NEW_PREFIX}${nextNew++}`;
      const base = source.newRow(key);
      if (base === null) return [];
      newBases.set(key, base);
      keys.push(key);
    }
    return keys;
  }

  /** Can rows be added now (the grid has new rows, and its source accepts one)? */
  const canAddRows = (): boolean => !!source.newRow && (source.canAddRows?.() ?? true);

  /**
   * Writes cells, as one undo step: each is read and checked by its column; read-only cells are
   * skipped and counted. `newRows` are added first (keys from `newRowKeys`).
   */
  function change(changes: readonly CellChange[], { newRows = [] as string[] } = {}): ChangeReport {
    const index = storeIndex.value;
    const result = applyEdits(
      state.value,
      changes,
      {
        columnOf,
        storedRow: (key) => index.get(key),
        newBase: (key) => newBases.get(key),
        rowEditable: options.rowEditable ? (row) => options.rowEditable!(row) : undefined,
        derive,
        context: context.value,
      },
      newRows,
    );
    if (!result.state) return result.report;
    commit(result.state);
    problems.value = clearProblemFields(problems.value, result.touched);
    return result.report;
  }

  function undo(): boolean {
    const next = undoEdits(history());
    if (!next) return false;
    setHistory(next);
    return true;
  }

  function redo(): boolean {
    const next = redoEdits(history());
    if (!next) return false;
    setHistory(next);
    return true;
  }

  /** Drops every unsaved edit and new row (one undo step, so that it can be taken back). */
  function discard(): void {
    setHistory(discardEdits(history()));
    problems.value = new Map();
  }

  /** Forgets everything, history included: the grid shows another set of rows. */
  function reset(): void {
    setHistory(emptyHistory<T>());
    problems.value = new Map();
  }

  if (options.scope) watch(options.scope, reset);

  /** Drops the edits of some rows and reads them again (after a conflict, a lock…). */
  async function revert(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const drop = new Set(keys);
    commit(dropRows(state.value, keys));
    problems.value = new Map([...problems.value].filter(([key]) => !drop.has(key)));
    await Promise.all(
      keys
        .filter((key) => !isNewRowKey(key))
        .map(async (key) => {
          const label = labelOf(key);
          try {
            const fresh = await source.reload(key);
            if (fresh) store.put(fresh);
            else {
              store.remove(key);
              notices.warning(message('save.gone', { unit: label }));
            }
          } catch (error) {
            notices.error(message('save.reloadFailed', { unit: label, reason: errorMessage(error) }));
          }
        }),
    );
  }

  function labelOf(key: string): string {
    const row = rowOf(key);
    if (row === undefined) return key;
    return isNewRowKey(key) ? t('grid.newRowLabel', { n: key.slice(NEW_PREFIX.length) }) : options.label(row);
  }

  // ---- Saving ----

  function reportRefusals(byCode: Map<ErrorCode, string[]>): void {
    const names = (keys: string[]) => {
      const shown = keys.slice(0, 3).map(labelOf).join(', ');
      return keys.length > 3 ? t('grid.andMore', { list: shown, count: keys.length - 3 }) : shown;
    };
    const topic = { topic: `grid-save:${gridTopic}` };
    const conflicts = byCode.get(ErrorCode.CONFLICT) ?? [];
    if (conflicts.length > 0) {
      notices.warning(
        message(conflicts.length === 1 ? 'grid.conflictOne' : 'grid.conflictMany', {
          rows: names(conflicts),
          count: conflicts.length,
        }),
        {
          topic: `grid-conflict:${gridTopic}`,
          action: {
            label: message(conflicts.length === 1 ? 'grid.reloadRow' : 'grid.reloadRows'),
            run: () => revert(conflicts),
          },
        },
      );
    }
    const blocked = [
      ...(byCode.get(ErrorCode.LOCKED) ?? []),
      ...(byCode.get(ErrorCode.FORBIDDEN) ?? []),
      ...(byCode.get(ErrorCode.NOT_FOUND) ?? []),
    ];
    if (blocked.length > 0) {
      const first = problems.value.get(blocked[0]);
      notices.error(
        message('grid.refusedRows', {
          rows: names(blocked),
          count: blocked.length,
          reason: first?.reason ?? message('errors.FORBIDDEN'),
        }),
        {
          topic: `grid-refused:${gridTopic}`,
          action: { label: message('grid.dropRows'), run: () => revert(blocked) },
        },
      );
    }
    const invalid = byCode.get(ErrorCode.BAD_USER_INPUT) ?? [];
    if (invalid.length > 0) {
      const first = problems.value.get(invalid[0]);
      notices.warning(
        message('grid.invalidRows', {
          rows: names(invalid),
          count: invalid.length,
          reason: first?.reason ?? message('errors.BAD_USER_INPUT'),
        }),
        topic,
      );
    }
  }

  let gridTopic = 'grid';
  /** Names the grid in its notices' topics, so that two grids' notices do not replace each other. */
  function setTopic(id: string): void {
    gridTopic = id;
  }

  /**
   * Sends every changed and new row in one request. Refused values block it (they are marked);
   * refused rows (the server's word) are marked in the grid and listed in a notice, and nothing
   * is saved; on success the rows are the saved ones and the history starts afresh.
   */
  async function save(): Promise<boolean> {
    if (saving.value) return false;
    const keys = dirtyKeys.value;
    if (keys.length === 0) return true;
    const topic = { topic: `grid-save:${gridTopic}` };
    if (invalidCells.value > 0) {
      notices.warning(message('grid.fixInvalid', { count: invalidCells.value }), topic);
      return false;
    }
    const s = state.value;
    const { rows: rowsToSave, problems: newProblems } = planSave(s, keys, {
      baseOf,
      columns: columns.value,
      derive,
      context: context.value,
    });
    if (newProblems.size > 0) {
      problems.value = new Map([...problems.value, ...newProblems]);
      notices.warning(message('grid.fixInvalid', { count: newProblems.size }), topic);
      return false;
    }

    saving.value = true;
    try {
      const saved = await source.save(rowsToSave);
      const updated: T[] = [];
      rowsToSave.forEach((r, i) => {
        const unit = saved[i];
        if (unit === undefined) return;
        if (r.isNew) {
          (source.added ?? store.add)(unit);
        } else {
          updated.push(unit);
        }
      });
      // One new array for all the saved rows, not one per row.
      store.putMany(updated);
      // Edits made while the request was out stay, on the rows as saved.
      setHistory({ state: mergeSaved(s, state.value, rowsToSave, saved, columnOf), past: [], future: [] });
      const sent = new Set(rowsToSave.map((r) => r.key));
      problems.value = new Map([...problems.value].filter(([key]) => !sent.has(key)));
      notices.success(message('grid.saved', { count: rowsToSave.length }), topic);
      options.onSaved?.(saved, rowsToSave);
      return true;
    } catch (error) {
      const refused = refusedRows(error);
      if (!refused) {
        notices.error(message('grid.saveFailed', { reason: errorMessage(error) }), topic);
        return false;
      }
      const next = new Map(problems.value);
      // A grid row may come back refused several times (one per cell a source placed).
      const refusedNow = new Map<string, RowProblem>();
      for (const row of refused) {
        const key = rowsToSave[row.index]?.key;
        if (!key) continue;
        const problem = problemOf(row, columnOf, options.fieldOf ? (f) => options.fieldOf!(f) : undefined);
        const before = refusedNow.get(key);
        refusedNow.set(key, before ? mergeProblems(before, problem) : problem);
      }
      const byCode = new Map<ErrorCode, string[]>();
      for (const [key, problem] of refusedNow) {
        next.set(key, problem);
        byCode.set(problem.code, [...(byCode.get(problem.code) ?? []), key]);
      }
      problems.value = next;
      reportRefusals(byCode);
      if (byCode.has(ErrorCode.LOCKED) || byCode.has(ErrorCode.FORBIDDEN)) options.onRefused?.();
      return false;
    } finally {
      saving.value = false;
    }
  }

  // ---- Reading cells (copy, fill) ----

  /** A cell's content as a change could write it again: its value, or its refused text. */
  function cellInput(key: string, field: string): CellInput | null {
    const column = columnOf(field);
    const row = rowOf(key);
    if (!column || row === undefined) return null;
    const cell = state.value.drafts.get(key)?.cells.get(field);
    if (cell?.issue) return { text: cell.text ?? '' };
    return { value: fieldOf(row, field) };
  }

  /** A cell as text to copy (exact numbers; the refused text as typed). */
  function cellText(key: string, field: string): string {
    const column = columnOf(field);
    const row = rowOf(key);
    if (!column || row === undefined) return '';
    const cell = state.value.drafts.get(key)?.cells.get(field);
    if (cell?.issue) return cell.text ?? '';
    return copyValue(column, fieldOf(row, field), row, context.value);
  }

  /** A cell's text as shown. */
  function shownText(key: string, field: string): string {
    const column = columnOf(field);
    const row = rowOf(key);
    if (!column || row === undefined) return '';
    const cell = state.value.drafts.get(key)?.cells.get(field);
    if (cell?.issue) return cell.text ?? '';
    return displayValue(column, fieldOf(row, field), row, context.value);
  }

  return {
    rows,
    columns,
    columnOf,
    context,
    dirtyKeys,
    /** Rows with unsaved edits, new rows included. */
    dirtyCount: computed(() => dirtyKeys.value.length),
    invalidCells,
    conflictKeys,
    refusedKeys,
    problems,
    saving,
    canUndo: computed(() => past.value.length > 0),
    canRedo: computed(() => future.value.length > 0),
    isDirty: () => dirtyKeys.value.length > 0,
    rowOf,
    isEditable,
    canAddRows,
    newRowKeys,
    change,
    undo,
    redo,
    save,
    discard,
    reset,
    revert,
    cellInput,
    cellText,
    shownText,
    setTopic,
  };
}

export type GridEdits<T> = ReturnType<typeof useGridEdits<T>>;
