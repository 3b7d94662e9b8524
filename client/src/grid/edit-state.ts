import { ErrorCode } from '@ntm/shared';
import type { Message } from '@/i18n/message';
import {
  columnIssueMessage,
  inputText,
  parseCell,
  sameValue,
  type CellInput,
  type ColumnContext,
  type GridColumn,
} from './columns';
import type { GridSaveRow } from './grid-source';
import type { GridRow, RowStatus } from './types';

/**
 * The edit buffer of a sheet grid as plain data, and its changes as pure functions: edits,
 * added rows, undo and redo, discarding, and keeping what was edited while a save was out.
 * `useGridEdits` holds these values in refs and does the I/O.
 */

/** One edited cell: its value, or the refused text and why. */
export interface CellDraft {
  /** The value in stored form; the saved value while the cell is refused. */
  readonly value: unknown;
  /** The text as typed or pasted, kept while it is refused. */
  readonly text: string | null;
  readonly issue: Message | null;
}

/** A row's unsaved edits, with the row as it was read when they began (its version). */
export interface RowDraft<T> {
  readonly origin: T;
  readonly cells: ReadonlyMap<string, CellDraft>;
}

/** Everything not saved: one value of it per undo step. */
export interface EditState<T> {
  readonly drafts: ReadonlyMap<string, RowDraft<T>>;
  /** Keys of rows added in the grid, in order. */
  readonly added: readonly string[];
}

/** The edit state with its undo and redo stacks. */
export interface EditHistory<T> {
  readonly state: EditState<T>;
  readonly past: readonly EditState<T>[];
  readonly future: readonly EditState<T>[];
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

export const NEW_PREFIX = 'new:';
export const UNDO_LIMIT = 200;

/** Is this the key of a row added in the grid and not saved yet? */
export function isNewRowKey(key: unknown): boolean {
  return typeof key === 'string' && key.startsWith(NEW_PREFIX);
}

export const EMPTY_EDITS: EditState<never> = { drafts: new Map(), added: [] };

export function emptyHistory<T>(): EditHistory<T> {
  return { state: EMPTY_EDITS as EditState<T>, past: [], future: [] };
}

export function fieldOf<T>(row: T, field: string): unknown {
  return (row as Record<string, unknown>)[field];
}

/** The row with its edits (refused cells keep the saved value), derived fields worked out again. */
export function mergedRow<T>(base: T, draft: RowDraft<T> | undefined, derive?: (row: T) => T): T {
  if (!draft || draft.cells.size === 0) return base;
  const row = { ...base } as Record<string, unknown>;
  for (const [field, cell] of draft.cells) if (!cell.issue) row[field] = cell.value;
  return derive ? derive(row as T) : (row as T);
}

/** May the column be edited on this row (ignoring the row's own rule)? */
export function columnEditable<T>(column: GridColumn<T>, row: T): boolean {
  if (!column.editable) return false;
  return typeof column.editable === 'function' ? column.editable(row) : true;
}

/** The row as the grid shows it: with its edits and, when it has any, its status. */
export function decoratedRow<T>(
  base: T,
  draft: RowDraft<T> | undefined,
  problem: RowProblem | undefined,
  isNew: boolean,
  derive?: (row: T) => T,
): GridRow<T> {
  if (!draft && !problem && !isNew) return base as GridRow<T>;
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
  return { ...(mergedRow(base, draft, derive) as object), $status: status } as GridRow<T>;
}

// ---- History ----

/** A new state as one undo step: redo is cleared. */
export function commitEdits<T>(history: EditHistory<T>, next: EditState<T>): EditHistory<T> {
  return { state: next, past: [...history.past, history.state].slice(-UNDO_LIMIT), future: [] };
}

/** The history one step back, or null when there is nothing to undo. */
export function undoEdits<T>(history: EditHistory<T>): EditHistory<T> | null {
  const previous = history.past[history.past.length - 1];
  if (!previous) return null;
  return { state: previous, past: history.past.slice(0, -1), future: [history.state, ...history.future] };
}

/** The history one step forward, or null when there is nothing to redo. */
export function redoEdits<T>(history: EditHistory<T>): EditHistory<T> | null {
  const [next, ...rest] = history.future;
  if (!next) return null;
  return { state: next, past: [...history.past, history.state], future: rest };
}

/** Every edit and new row dropped, as one undo step; the same history when there is none. */
export function discardEdits<T>(history: EditHistory<T>): EditHistory<T> {
  const { drafts, added } = history.state;
  return drafts.size > 0 || added.length > 0 ? commitEdits(history, EMPTY_EDITS as EditState<T>) : history;
}

/** The state without the edits and new rows of these keys. */
export function dropRows<T>(state: EditState<T>, keys: readonly string[]): EditState<T> {
  const drop = new Set(keys);
  return {
    drafts: new Map([...state.drafts].filter(([key]) => !drop.has(key))),
    added: state.added.filter((key) => !drop.has(key)),
  };
}

// ---- Changing cells ----

/** What a change needs to know beyond the state: the rows, the columns and their rules. */
export interface EditEnv<T> {
  columnOf(field: string): GridColumn<T> | undefined;
  /** A stored row by key. */
  storedRow(key: string): T | undefined;
  /** The first content of a row added in the grid. */
  newBase(key: string): T | undefined;
  rowEditable?(row: T): boolean;
  derive?(row: T): T;
  context: ColumnContext;
}

export interface EditResult<T> {
  /** The new state, or null when nothing changed (no undo step then). */
  state: EditState<T> | null;
  report: ChangeReport;
  /** The cells written, by row key. */
  touched: Map<string, Set<string>>;
}

/**
 * Writes cells, as one step: each is read and checked by its column; read-only cells are
 * skipped and counted; a cell set back to its original value is no longer a draft. `newRows`
 * are added first.
 */
export function applyEdits<T>(
  current: EditState<T>,
  changes: readonly CellChange[],
  env: EditEnv<T>,
  newRows: readonly string[] = [],
): EditResult<T> {
  const report: ChangeReport = { written: 0, invalid: 0, skipped: 0, added: newRows.length };
  const drafts = new Map(current.drafts);
  const added = newRows.length > 0 ? [...current.added, ...newRows] : current.added;
  const isAdded = new Set(added);
  const touched = new Map<string, Set<string>>();
  const ctx = env.context;
  let changedAny = false;
  const inState = (key: string) => env.storedRow(key) ?? (isAdded.has(key) ? env.newBase(key) : undefined);

  for (const { key, field, input } of changes) {
    const column = env.columnOf(field);
    const base = inState(key);
    if (!column || base === undefined) {
      report.skipped += 1;
      continue;
    }
    const draft = drafts.get(key) ?? { origin: base, cells: new Map<string, CellDraft>() };
    const row = mergedRow(base, draft, env.derive);
    if ((env.rowEditable && !env.rowEditable(row)) || !columnEditable(column, row)) {
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
  if (!changedAny && newRows.length === 0) return { state: null, report, touched };
  return { state: { drafts, added }, report, touched };
}

// ---- Problems ----

/** The problems without the server's word on these cells (they are being changed again). */
export function clearProblemFields(
  problems: ReadonlyMap<string, RowProblem>,
  cells: ReadonlyMap<string, ReadonlySet<string>>,
): ReadonlyMap<string, RowProblem> {
  if (problems.size === 0) return problems;
  let changed = false;
  const next = new Map(problems);
  for (const [key, fields] of cells) {
    const problem = next.get(key);
    if (!problem || problem.code !== ErrorCode.BAD_USER_INPUT) continue;
    const rest = Object.fromEntries(Object.entries(problem.fields).filter(([f]) => !fields.has(f)));
    if (Object.keys(rest).length === Object.keys(problem.fields).length) continue;
    changed = true;
    if (Object.keys(rest).length === 0) next.delete(key);
    else next.set(key, { ...problem, fields: rest });
  }
  return changed ? next : problems;
}

/** The codes that refuse a row outright rank before a conflict, and a conflict before bad input. */
const REFUSAL_RANK: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 0,
  [ErrorCode.CONFLICT]: 1,
};
const rankOf = (code: ErrorCode): number => REFUSAL_RANK[code] ?? 2;

/** Two refusals of the same row, as one: the weightier code and reason, every cell of both. */
export function mergeProblems(a: RowProblem, b: RowProblem): RowProblem {
  const [first, second] = rankOf(b.code) > rankOf(a.code) ? [b, a] : [a, b];
  const cells = { ...second.cells, ...first.cells };
  return {
    code: first.code,
    reason: first.reason,
    fields: { ...second.fields, ...first.fields },
    ...(Object.keys(cells).length > 0 ? { cells } : {}),
  };
}

// ---- After a save ----

/** A row a save sent: its key, and whether it was new. */
export interface SentRow {
  readonly key: string;
  readonly isNew: boolean;
}

/**
 * The state after a successful save. `sentState` is the state the save was made from, `now`
 * the state when it came back, `sent` the rows sent and `saved` the rows as saved, in order.
 * Edits made while the request was out stay, on the rows as saved: a draft the save sent
 * unchanged is dropped, a changed one keeps only the cells that differ from the saved row;
 * saved new rows leave the added list.
 */
export function mergeSaved<T>(
  sentState: EditState<T>,
  now: EditState<T>,
  sent: readonly SentRow[],
  saved: readonly T[],
  columnOf: (field: string) => GridColumn<T> | undefined,
): EditState<T> {
  const sentNew = new Set(sent.filter((r, i) => r.isNew && saved[i] !== undefined).map((r) => r.key));
  const drafts = new Map<string, RowDraft<T>>();
  for (const [key, draft] of now.drafts) {
    if (sentNew.has(key) || draft === sentState.drafts.get(key)) continue;
    const i = sent.findIndex((r) => r.key === key);
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
  return { drafts, added: now.added.filter((key) => !sentNew.has(key)) };
}

// ---- Before a save ----

/** The editable fields of a new row that the columns' rules refuse, with why. */
export function newRowIssues<T>(
  row: T,
  columns: readonly GridColumn<T>[],
  ctx: ColumnContext,
): Record<string, Message> {
  const issues: Record<string, Message> = {};
  for (const column of columns) {
    if (!columnEditable(column, row)) continue;
    const value = fieldOf(row, column.field);
    const parsed = parseCell(column, { value }, row, ctx);
    if (parsed.issue) issues[column.field] = columnIssueMessage(parsed.issue, column);
  }
  return issues;
}

/** What a save plan needs beyond the state. */
export interface SaveEnv<T> {
  /** A row's content before its edits: stored, or a new row's first content. */
  baseOf(key: string): T | undefined;
  columns: readonly GridColumn<T>[];
  derive?(row: T): T;
  context: ColumnContext;
}

/**
 * The rows a save of these keys sends, with their edits; new rows the columns' rules refuse are
 * not sent but returned as problems (a save with problems must not be sent).
 */
export function planSave<T>(
  state: EditState<T>,
  keys: readonly string[],
  env: SaveEnv<T>,
): { rows: GridSaveRow<T>[]; problems: Map<string, RowProblem> } {
  const added = new Set(state.added);
  const rows: GridSaveRow<T>[] = [];
  const problems = new Map<string, RowProblem>();
  for (const key of keys) {
    const isNew = added.has(key);
    const base = env.baseOf(key);
    if (base === undefined) continue;
    const draft = state.drafts.get(key);
    const row = mergedRow(base, draft, env.derive);
    if (isNew) {
      const issues = newRowIssues(row, env.columns, env.context);
      if (Object.keys(issues).length > 0) {
        problems.set(key, { code: ErrorCode.BAD_USER_INPUT, reason: Object.values(issues)[0], fields: issues });
        continue;
      }
    }
    const changed = isNew
      ? env.columns.filter((c) => columnEditable(c, row)).map((c) => c.field as string)
      : [...(draft?.cells.keys() ?? [])];
    rows.push({ key, isNew, origin: draft?.origin ?? base, row, changed });
  }
  return { rows, problems };
}
