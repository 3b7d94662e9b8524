import type { Message } from '@/i18n/message';

/** What the grid shows about a row beyond its data: edits in flight and edits refused. */
export interface RowStatus {
  /** Fields whose new value is on its way to the server. */
  readonly saving: readonly string[];
  /** Fields whose last edit was refused, with the reason (shown as the cell's tooltip). */
  readonly errors: Readonly<Record<string, Message>>;
  /** The row was changed by someone else meanwhile (and has been reloaded, or must be). */
  readonly conflict: boolean;
  /** Fields with an edit not saved yet (the edit buffer of a sheet grid). */
  readonly dirty?: readonly string[];
  /** A row added in the grid, not saved yet. */
  readonly isNew?: boolean;
  /** Fields whose typed or pasted text could not be read or is refused: shown as typed. */
  readonly invalidText?: Readonly<Record<string, string>>;
  /** Why the row's edits cannot be saved (locked, out of reach, gone…), when the server said so. */
  readonly refused?: Message | null;
  /** Cells the server refused for a reason other than their value (CONFLICT, LOCKED…), by field. */
  readonly refusedCells?: Readonly<Record<string, string>>;
}

/** A row as the grid receives it: the record, plus its status while it has one. */
export type GridRow<T> = T & { readonly $status?: RowStatus };

/** The rows of one grid, keyed; edits and reloads go through it so the grid follows. */
export interface RowStore<T> {
  readonly rows: { readonly value: readonly T[] };
  key(row: T): string;
  find(key: string): T | undefined;
  /** Replaces the row with the same key, if the store has it. */
  put(row: T): void;
  /** Replaces each row with the same key that the store has, in one change. */
  putMany(rows: readonly T[]): void;
  /** Adds a row, or replaces it if its key is already there. */
  add(row: T): void;
  remove(key: string): void;
}

/** The cell the user is on: its row's key and its column. */
export interface FocusedCell {
  readonly key: string;
  readonly colId: string;
  /** The row field the column shows, when it shows one. */
  readonly field: string | null;
}
