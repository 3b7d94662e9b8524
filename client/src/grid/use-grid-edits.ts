import { computed, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { ErrorCode, type BatchRowError } from '@ntm/shared';
import { ApiError, errorMessage, isApiError, issueMessage } from '@/api/errors';
import { useLocale } from '@/composables/use-locale';
import { useNotices } from '@/composables/use-notices';
import { message, type Message, type Translate } from '@/i18n/message';
import {
  columnIssueMessage,
  copyValue,
  displayValue,
  inputText,
  parseCell,
  sameValue,
  type CellInput,
  type ColumnContext,
  type GridColumn,
} from './columns';
import type { GridRow, RowStatus, RowStore } from './types';

/** One edited cell: its value, or the refused text and why. */
export interface CellDraft {
  /** The value in stored form; the saved value while the cell is refused. */
  readonly value: unknown;
  /** The text as typed or pasted, kept while it is refused. */
  readonly text: string | null;
  readonly issue: Message | null;
}

/** A row's unsaved edits, with the row as it was read when they began (its version). */
interface RowDraft<T> {
  readonly origin: T;
  readonly cells: ReadonlyMap<string, CellDraft>;
}

/** Everything not saved: one value of it per undo step. */
interface EditState<T> {
  readonly drafts: ReadonlyMap<string, RowDraft<T>>;
  /** Keys of rows added in the grid, in order. */
  readonly added: readonly string[];
}

/** Why the server refused a row of the last save. */
export interface RowProblem {
  readonly code: ErrorCode;
  readonly reason: Message;
  /** Refused fields (BAD_USER_INPUT), by column field. */
  readonly fields: Readonly<Record<string, Message>>;
  /**
   * Cells refused for another reason (CONFLICT, LOCKED…), by column field, where the source
   * placed the refusal on a cell (see `placeRefusals`).
   */
  readonly cells?: Readonly<Record<string, ErrorCode>>;
}

/**
 * A refused row of a batch, placed on the grid: `index` is the grid row's position in the rows
 * the save was given, and `field`, when known, the cell the refusal is about.
 */
export interface GridRefusal extends BatchRowError {
  field?: string | null;
}

/** A row as the save sends it. */
export interface GridSaveRow<T> {
  key: string;
  isNew: boolean;
  /** The row as read when the edits began (carries the version they were made on). */
  origin: T;
  /** The row with its edits. */
  row: T;
  /** The fields edited (for a new row: all its editable fields). */
  changed: readonly string[];
}

/** Where a sheet's rows come from and go to. */
export interface GridDataSource<T> {
  store: RowStore<T>;
  /** Saves every row in one request, all or nothing; resolves with the rows as saved, in order. */
  save(rows: readonly GridSaveRow<T>[]): Promise<readonly T[]>;
  /** Reads one row afresh; null when it is gone. */
  reload(key: string): Promise<T | null>;
  /** A new row's first content (its key is given), or null when rows cannot be added now. */
  newRow?(key: string): T | null;
  /** Can rows be added now (default: when there is `newRow`)? */
  canAddRows?(): boolean;
  /** A new row was saved (default: added to the store). */
  added?(row: T): void;
}

export interface GridEditsOptions<T> {
  source: GridDataSource<T>;
  columns: () => readonly GridColumn<T>[];
  /** May the user edit this row at all (scope, locks)? */
  rowEditable?(row: T): boolean;
  /** How messages name a row: "Xã La Dêê (20704)". */
  label(row: T): string;
  /** The set of rows shown (e.g. the parent's code): when it changes, edits are dropped. */
  scope?: () => unknown;
  /** The column of an input field the server names (default: the column of that field). */
  fieldOf?(inputField: string): string | null;
  /** After a save, with the rows as saved. */
  onSaved?(saved: readonly T[], rows: readonly GridSaveRow<T>[]): void;
  /** Rows were refused as LOCKED or FORBIDDEN: locks may have changed since the page read. */
  onRefused?(): void;
  /**
   * Fields computed from others (a count of ticks…), worked out again on a row with edits, so
   * that the grid shows, sorts and totals them as edited.
   */
  derive?(row: T): T;
}

/** A cell to change. */
export interface CellChange {
  key: string;
  field: string;
  input: CellInput;
}

/** What a change did: cells written and refused, and cells it could not write. */
export interface ChangeReport {
  written: number;
  invalid: number;
  /** Cells of read-only columns or rows, left as they were. */
  skipped: number;
  added: number;
}

const NEW_PREFIX = 'new:';
const UNDO_LIMIT = 200;

/** Is this the key of a row added in the grid and not saved yet? */
export function isNewRowKey(key: unknown): boolean {
  return typeof key === 'string' && key.startsWith(NEW_PREFIX);
}

const EMPTY: EditState<never> = { drafts: new Map(), added: [] };

function fieldOf<T>(row: T, field: string): unknown {
  return (row as Record<string, unknown>)[field];
}

/** The batch error's rows, when the server refused a batch. */
function refusedRows(error: unknown): GridRefusal[] | null {
  if (!isApiError(error)) return null;
  const rows = error.extensions.rows;
  return Array.isArray(rows) ? (rows as GridRefusal[]) : null;
}

/**
 * For a source whose save sends several request rows for one grid row (a matrix of units ×
 * criteria sends a request row per changed cell): the batch error, with each refused request
 * row placed on the grid row it came from and its cell. `place(index)` gives, for the index of
 * a request row, the index of its grid row in the rows `save` was given and the field of its
 * cell, or null to leave it out. Other errors are returned as they are. The grid marks the
 * cells: refused values as invalid, others (a conflict, a lock) as such, on their row.
 */
export function placeRefusals(
  error: unknown,
  place: (index: number) => { index: number; field?: string | null } | null,
): unknown {
  const rows = refusedRows(error);
  if (!rows || !isApiError(error)) return error;
  const placed: GridRefusal[] = [];
  for (const row of rows) {
    const at = place(row.index);
    if (at) placed.push({ ...row, index: at.index, field: at.field ?? null });
  }
  return new ApiError({
    code: error.code,
    message: error.message,
    field: error.field,
    issues: error.issues,
    rawCode: error.rawCode,
    extensions: { ...error.extensions, rows: placed },
  });
}

/** The codes that refuse a row outright rank before a conflict, and a conflict before bad input. */
const REFUSAL_RANK: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 0,
  [ErrorCode.CONFLICT]: 1,
};
const rankOf = (code: ErrorCode): number => REFUSAL_RANK[code] ?? 2;

/** Two refusals of the same row, as one: the weightier code and reason, every cell of both. */
function mergeProblems(a: RowProblem, b: RowProblem): RowProblem {
  const [first, second] = rankOf(b.code) > rankOf(a.code) ? [b, a] : [a, b];
  const cells = { ...second.cells, ...first.cells };
  return {
    code: first.code,
    reason: first.reason,
    fields: { ...second.fields, ...first.fields },
    ...(Object.keys(cells).length > 0 ? { cells } : {}),
  };
}

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

  const state = shallowRef<EditState<T>>(EMPTY as EditState<T>);
  const past = shallowRef<readonly EditState<T>[]>([]);
  const future = shallowRef<readonly EditState<T>[]>([]);
  const problems = shallowRef<ReadonlyMap<string, RowProblem>>(new Map());
  const saving = ref(false);
  // The first content of rows added here, kept for redo after an undo removed them.
  const newBases = new Map<string, T>();
  let nextNew = 1;

  const columns = computed(() => options.columns());
  const columnMap = computed(() => new Map(columns.value.map((c) => [c.field as string, c])));
  const columnOf = (field: string): GridColumn<T> | undefined => columnMap.value.get(field);

  // Rows by key, for edits of many cells in grids of many rows.
  const storeIndex = computed(() => new Map(store.rows.value.map((row) => [store.key(row), row])));
  const addedKeys = computed(() => new Set(state.value.added));

  function baseOf(key: string): T | undefined {
    return storeIndex.value.get(key) ?? (addedKeys.value.has(key) ? newBases.get(key) : undefined);
  }

  function merged(base: T, draft: RowDraft<T> | undefined): T {
    if (!draft || draft.cells.size === 0) return base;
    const row = { ...base } as Record<string, unknown>;
    for (const [field, cell] of draft.cells) if (!cell.issue) row[field] = cell.value;
    return options.derive ? options.derive(row as T) : (row as T);
  }

  /** The row with its edits, as the grid shows it. */
  function rowOf(key: string): T | undefined {
    const base = baseOf(key);
    return base === undefined ? undefined : merged(base, state.value.drafts.get(key));
  }

  function columnEditable(column: GridColumn<T>, row: T): boolean {
    if (!column.editable) return false;
    return typeof column.editable === 'function' ? column.editable(row) : true;
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
    let row: GridRow<T>;
    if (!draft && !problem && !isNew) {
      row = base as GridRow<T>;
    } else {
      const dirty: string[] = [];
      const errors: Record<string, Message> = {};
      const invalidText: Record<string, string> = {};
      for (const [field, cell] of draft?.cells ?? []) {
        dirty.push(field);
        if (cell.issue) {
          errors[field] = cell.issue;
          invalidText[field] = cell.text ?? '';
        }
      }
      for (const [field, reason] of Object.entries(problem?.fields ?? {})) errors[field] ??= reason;
      const conflict = problem?.code === ErrorCode.CONFLICT;
      const status: RowStatus = {
        saving: [],
        errors,
        conflict,
        dirty,
        isNew,
        invalidText,
        refused: problem && !conflict ? problem.reason : null,
        ...(problem?.cells ? { refusedCells: problem.cells } : {}),
      };
      row = { ...(merged(base, draft) as object), $status: status } as GridRow<T>;
    }
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
    past.value = [...past.value, state.value].slice(-UNDO_LIMIT);
    future.value = [];
    state.value = next;
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

  /** Drops the server's word on these cells: they are being changed again. */
  function clearProblemFields(cells: Map<string, Set<string>>): void {
    if (problems.value.size === 0) return;
    let changed = false;
    const next = new Map(problems.value);
    for (const [key, fields] of cells) {
      const problem = next.get(key);
      if (!problem || problem.code !== ErrorCode.BAD_USER_INPUT) continue;
      const rest = Object.fromEntries(Object.entries(problem.fields).filter(([f]) => !fields.has(f)));
      if (Object.keys(rest).length === Object.keys(problem.fields).length) continue;
      changed = true;
      if (Object.keys(rest).length === 0) next.delete(key);
      else next.set(key, { ...problem, fields: rest });
    }
    if (changed) problems.value = next;
  }

  /**
   * Writes cells, as one undo step: each is read and checked by its column; read-only cells are
   * skipped and counted. `newRows` are added first (keys from `newRowKeys`).
   */
  function change(changes: readonly CellChange[], { newRows = [] as string[] } = {}): ChangeReport {
    const report: ChangeReport = { written: 0, invalid: 0, skipped: 0, added: newRows.length };
    const current = state.value;
    const drafts = new Map(current.drafts);
    const added = newRows.length > 0 ? [...current.added, ...newRows] : current.added;
    const isAdded = newRows.length > 0 ? new Set(added) : addedKeys.value;
    const touched = new Map<string, Set<string>>();
    const ctx = context.value;
    let changedAny = false;
    const index = storeIndex.value;
    const inState = (key: string) => index.get(key) ?? (isAdded.has(key) ? newBases.get(key) : undefined);

    for (const { key, field, input } of changes) {
      const column = columnOf(field);
      const base = inState(key);
      if (!column || base === undefined) {
        report.skipped += 1;
        continue;
      }
      const draft = drafts.get(key) ?? { origin: base, cells: new Map<string, CellDraft>() };
      const row = merged(base, draft);
      if ((options.rowEditable && !options.rowEditable(row)) || !columnEditable(column, row)) {
        report.skipped += 1;
        continue;
      }
      const parsed = parseCell(column, input, row, ctx);
      const originValue = fieldOf(draft.origin, field);
      const cells = new Map(draft.cells);
      const previous = cells.get(field);
      if (parsed.issue) {
        const text = inputText(column, input, ctx);
        report.invalid += 1;
        report.written += 1;
        if (previous?.issue && previous.text === text) continue;
        cells.set(field, { value: originValue, text, issue: columnIssueMessage(parsed.issue, column) });
      } else if (sameValue(column, parsed.value, originValue)) {
        report.written += 1;
        if (!previous) continue;
        cells.delete(field);
      } else {
        report.written += 1;
        if (previous && !previous.issue && sameValue(column, previous.value, parsed.value)) continue;
        cells.set(field, { value: parsed.value, text: null, issue: null });
      }
      changedAny = true;
      drafts.set(key, { origin: draft.origin, cells });
      if (cells.size === 0 && !isAdded.has(key)) drafts.delete(key);
      const fields = touched.get(key) ?? new Set<string>();
      fields.add(field);
      touched.set(key, fields);
    }
    if (!changedAny && newRows.length === 0) return report;
    commit({ drafts, added });
    clearProblemFields(touched);
    return report;
  }

  function undo(): boolean {
    const previous = past.value[past.value.length - 1];
    if (!previous) return false;
    past.value = past.value.slice(0, -1);
    future.value = [state.value, ...future.value];
    state.value = previous;
    return true;
  }

  function redo(): boolean {
    const [next, ...rest] = future.value;
    if (!next) return false;
    future.value = rest;
    past.value = [...past.value, state.value];
    state.value = next;
    return true;
  }

  /** Drops every unsaved edit and new row (one undo step, so that it can be taken back). */
  function discard(): void {
    if (state.value.drafts.size > 0 || state.value.added.length > 0) commit(EMPTY as EditState<T>);
    problems.value = new Map();
  }

  /** Forgets everything, history included: the grid shows another set of rows. */
  function reset(): void {
    state.value = EMPTY as EditState<T>;
    past.value = [];
    future.value = [];
    problems.value = new Map();
  }

  if (options.scope) watch(options.scope, reset);

  /** Drops the edits of some rows and reads them again (after a conflict, a lock…). */
  async function revert(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const drop = new Set(keys);
    const s = state.value;
    const drafts = new Map([...s.drafts].filter(([key]) => !drop.has(key)));
    commit({ drafts, added: s.added.filter((key) => !drop.has(key)) });
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

  /** The editable fields of a new row that the columns' rules refuse, with why. */
  function newRowIssues(row: T): Record<string, Message> {
    const issues: Record<string, Message> = {};
    const ctx = context.value;
    for (const column of columns.value) {
      if (!columnEditable(column, row)) continue;
      const value = fieldOf(row, column.field);
      const parsed = parseCell(column, { value }, row, ctx);
      if (parsed.issue) issues[column.field] = columnIssueMessage(parsed.issue, column);
    }
    return issues;
  }

  function problemOf(refused: GridRefusal): RowProblem {
    const fields: Record<string, Message> = {};
    const rowIssues: Message[] = [];
    // Placed on a cell: its issues are that cell's, whatever input field they name.
    const placed = refused.field && columnOf(refused.field) ? refused.field : null;
    for (const issue of refused.issues ?? []) {
      const inputField = issue.field.split('.').pop() ?? issue.field;
      const field = placed ?? (options.fieldOf ? options.fieldOf(inputField) : inputField);
      const column = field ? columnOf(field) : undefined;
      if (column && field) fields[field] ??= columnIssueMessage({ ...issue, field }, column);
      else rowIssues.push(issueMessage(issue));
    }
    const reason =
      rowIssues[0] ??
      Object.values(fields)[0] ??
      errorMessage(new ApiError({ code: refused.code, message: refused.message, issues: refused.issues }));
    const cells = placed && refused.code !== ErrorCode.BAD_USER_INPUT ? { [placed]: refused.code } : null;
    return { code: refused.code, reason, fields, ...(cells ? { cells } : {}) };
  }

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
    const rowsToSave: GridSaveRow<T>[] = [];
    const newProblems = new Map<string, RowProblem>();
    for (const key of keys) {
      const isNew = addedKeys.value.has(key);
      const base = baseOf(key);
      if (base === undefined) continue;
      const draft = s.drafts.get(key);
      const row = merged(base, draft);
      if (isNew) {
        const issues = newRowIssues(row);
        if (Object.keys(issues).length > 0) {
          newProblems.set(key, {
            code: ErrorCode.BAD_USER_INPUT,
            reason: Object.values(issues)[0],
            fields: issues,
          });
          continue;
        }
      }
      const changed = isNew
        ? columns.value.filter((c) => columnEditable(c, row)).map((c) => c.field as string)
        : [...(draft?.cells.keys() ?? [])];
      rowsToSave.push({ key, isNew, origin: draft?.origin ?? base, row, changed });
    }
    if (newProblems.size > 0) {
      problems.value = new Map([...problems.value, ...newProblems]);
      notices.warning(message('grid.fixInvalid', { count: newProblems.size }), topic);
      return false;
    }

    saving.value = true;
    try {
      const saved = await source.save(rowsToSave);
      const sentNew = new Set<string>();
      const updated: T[] = [];
      rowsToSave.forEach((r, i) => {
        const unit = saved[i];
        if (unit === undefined) return;
        if (r.isNew) {
          sentNew.add(r.key);
          (source.added ?? store.add)(unit);
        } else {
          updated.push(unit);
        }
      });
      // One new array for all the saved rows, not one per row.
      store.putMany(updated);
      // Edits made while the request was out stay, on the rows as saved.
      const now = state.value;
      const drafts = new Map<string, RowDraft<T>>();
      for (const [key, draft] of now.drafts) {
        if (sentNew.has(key) || draft === s.drafts.get(key)) continue;
        const i = rowsToSave.findIndex((r) => r.key === key);
        if (i < 0) {
          drafts.set(key, draft);
          continue;
        }
        const origin = saved[i] ?? draft.origin;
        const cells = new Map(
          [...draft.cells].filter(([field, cell]) => {
            const column = columnOf(field);
            return cell.issue || !column || !sameValue(column, cell.value, fieldOf(origin, field));
          }),
        );
        if (cells.size > 0) drafts.set(key, { origin, cells });
      }
      state.value = { drafts, added: now.added.filter((key) => !sentNew.has(key)) };
      past.value = [];
      future.value = [];
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
        const problem = problemOf(row);
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
