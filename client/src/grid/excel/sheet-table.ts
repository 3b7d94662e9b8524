/**
 * A table as it goes into a spreadsheet file: headers, and typed cells that the .xlsx writer turns
 * into real numbers and dates, and the .csv writer into text.
 */
export type SheetValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** A calendar date, YYYY-MM-DD. */
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | null;

export interface SheetColumn {
  /** A stable key (the grid's column id). */
  readonly key: string;
  /** The header as the user reads it, e.g. "Tên". */
  readonly header: string;
  /** Wider than its content would make it (a reasons column, say), in characters. */
  readonly minWidth?: number;
}

export interface SheetTable {
  /** The sheet's name (the grid's title). */
  readonly title: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetValue[])[];
}

export const text = (value: string): SheetValue => (value === '' ? null : { kind: 'text', text: value });

/** A tick column as offices fill it in by hand: "x" for yes, empty for no. */
export function booleanText(value: boolean): string {
  return value ? 'x' : '';
}

/** "2024-06-30" as Vietnamese writes it: "30/06/2024". */
export function isoToDmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A cell as plain text, as the .csv file and the reports carry it. */
export function sheetValueText(value: SheetValue): string {
  if (value == null) return '';
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return Number.isFinite(value.value) ? String(value.value) : '';
    case 'date':
      return isoToDmy(value.iso);
    case 'boolean':
      return booleanText(value.value);
  }
}
