import type { GridColumn } from './columns';
import type { RowStore } from './types';

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
