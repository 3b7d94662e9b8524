import type { CellRendererSelectorResult, ColDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community';
import {
  decimalToDong,
  foldVietnamese,
  parseBooleanText,
  parseDecimalText,
  parseDateText,
  parseNumberText,
  type ValidationIssue,
} from '@ntm/shared';
import { issueMessage } from '@/api/errors';
import { formatIsoDate } from '@/i18n/format';
import { INTL_LOCALES, type AppLocale } from '@/i18n/locales';
import { message, translateMessage, type Message, type Translate } from '@/i18n/message';
import type { GridRow } from './types';

/**
 * The columns of a sheet grid, declared once per entity: what a field holds, how it reads and
 * prints, whether and how it is edited. `toColDefs` makes the AG Grid columns; the edit buffer,
 * the clipboard and the totals read the same declarations.
 */

export type ColumnType = 'text' | 'integer' | 'number' | 'money' | 'date' | 'boolean' | 'enum';

/** Money is kept in whole đồng (decimal strings) and shown in millions or billions. */
export type MoneyUnit = 'million' | 'billion';

const MONEY_FACTOR: Record<MoneyUnit, number> = { million: 1e6, billion: 1e9 };
const MONEY_EXPONENT: Record<MoneyUnit, number> = { million: 6, billion: 9 };

export interface EnumOption {
  value: string;
  /** An i18n key, or the label itself when `raw`. */
  label: string;
  raw?: boolean;
}

export interface GridColumn<T> {
  /** The row's field; also the column's id (`col-id`). */
  field: keyof T & string;
  /** i18n key of the header (money columns add their unit: "Vốn (triệu đồng)"). */
  header: string;
  /** `header` is the text itself (a code or a name from the data), not an i18n key. */
  headerRaw?: boolean;
  /** The header's tooltip as text (default: the header), e.g. the name behind a code. */
  headerTooltip?: string;
  /** How messages name the column ("Tiêu chí 15 (Y tế)"); default: the header. */
  label?: Message;
  type: ColumnType;
  /**
   * Editable by the user; a function decides per row (e.g. only in new rows). The grid's
   * `rowEditable` (locks, scope) applies on top.
   */
  editable?: boolean | ((row: T) => boolean);
  /** The rule the server applies too (from @ntm/shared); null when the value is fine. */
  validate?(value: unknown, row: T): ValidationIssue | null;
  /** The stored form of a valid value (trimmed, NFC…), compared with the saved value. */
  normalise?(value: unknown): unknown;
  /** For `enum`: the values and their labels. */
  options?: readonly EnumOption[];
  /** For `money`: the unit shown (default million). */
  moneyUnit?: MoneyUnit;
  /** Fraction digits shown for number and money (defaults: number 2, money 3). */
  decimals?: number;
  width?: number;
  minWidth?: number;
  flex?: number;
  hide?: boolean;
  pinned?: 'left' | 'right';
  /** Filter in the header (default true). */
  filter?: boolean;
  /**
   * Summed in the total row (default: integer, number and money columns); a boolean column's
   * total is the number of its ticked cells.
   */
  total?: boolean;
  /**
   * For `boolean`: empty is a value of its own (not known, not evaluated), not "no". Empty text
   * and Delete leave the cell empty; a tick box shows it as neither ticked nor unticked.
   */
  nullable?: boolean;
  /** The total row's label ("Tổng cộng") goes in this column (default: the first text column). */
  totalLabel?: boolean;
  /** Own display text (e.g. a translated type); also what is copied. */
  format?(value: unknown, row: T, ctx: ColumnContext): string;
}

/** What formatting needs: the language and its translate function. */
export interface ColumnContext {
  locale: AppLocale;
  t: Translate;
}

/** A cell's new content: text as typed or pasted, or a value from an editor (a checkbox). */
export type CellInput = { text: string } | { value: unknown };

/** A read cell: its value, or why it is refused (the text is kept to show and correct). */
export type ParsedCell = { value: unknown; issue: null } | { value: undefined; issue: ValidationIssue };

/** A column of whatever row type: the helpers below read only its declaration. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a column's callbacks take its row, so GridColumn<Row> fits GridColumn<unknown> for no Row
export type AnyGridColumn = GridColumn<any>;

export const isNumericColumn = (column: AnyGridColumn): boolean =>
  column.type === 'integer' || column.type === 'number' || column.type === 'money';

export const hasTotal = (column: AnyGridColumn): boolean => column.total ?? isNumericColumn(column);

// Formatters with a given number of fraction digits, built once per locale.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: AppLocale, digits: number, grouping: boolean): Intl.NumberFormat {
  const id = `${locale}:${digits}:${grouping}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[locale], {
      maximumFractionDigits: digits,
      useGrouping: grouping,
    });
    numberFormats.set(id, format);
  }
  return format;
}

function moneyFactor(column: AnyGridColumn): number {
  return MONEY_FACTOR[column.moneyUnit ?? 'million'];
}

function defaultDecimals(column: AnyGridColumn): number {
  if (column.decimals !== undefined) return column.decimals;
  return column.type === 'integer' ? 0 : column.type === 'money' ? 3 : 2;
}

/** A number as the column shows it in its unit (money in millions), or null. */
function shownNumber(column: AnyGridColumn, value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (column.type === 'money') {
    const dong = Number(value);
    return Number.isFinite(dong) ? dong / moneyFactor(column) : null;
  }
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function optionLabel(option: EnumOption, t: Translate): string {
  return option.raw ? option.label : t(option.label, {});
}

/** The header's text: "Vốn (triệu đồng)" for money. */
export function headerText(column: AnyGridColumn, t: Translate): string {
  const header = column.headerRaw ? column.header : t(column.header, {});
  return column.type === 'money' ? `${header} (${t(`grid.moneyUnit.${column.moneyUnit ?? 'million'}`, {})})` : header;
}

/** A field's name in messages ("Tên không được để trống"): the column's header. */
export function columnLabel(column: AnyGridColumn): Message {
  if (column.label) return column.label;
  return column.headerRaw ? message('grid.rawText', { text: column.header }) : message(column.header);
}

/** A validation issue in the words of the column it is about. */
export function columnIssueMessage(issue: ValidationIssue, column?: AnyGridColumn): Message {
  const base = issueMessage(issue);
  return column ? { key: base.key, params: { ...base.params, field: columnLabel(column) } } : base;
}

/** The value's text as the cell shows it (without the invalid-text override). */
export function displayValue(column: AnyGridColumn, value: unknown, row: unknown, ctx: ColumnContext): string {
  if (column.format) return column.format(value, row, ctx);
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'integer':
    case 'number':
    case 'money': {
      const n = shownNumber(column, value);
      return n === null ? '' : numberFormat(ctx.locale, defaultDecimals(column), true).format(n);
    }
    case 'date':
      return typeof value === 'string' ? formatIsoDate(value, ctx.locale) : '';
    case 'boolean':
      return value === true ? ctx.t('grid.yes', {}) : value === false ? ctx.t('grid.no', {}) : '';
    case 'enum': {
      const option = column.options?.find((o) => o.value === value);
      return option ? optionLabel(option, ctx.t) : String(value);
    }
    default:
      return String(value);
  }
}

/**
 * The value as text to copy: exact (all the digits of a money value, in the column's unit,
 * without grouping), and read back by `parseCell` to the same value. A tick is "x".
 */
export function copyValue(column: AnyGridColumn, value: unknown, row: unknown, ctx: ColumnContext): string {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'integer':
    case 'number':
    case 'money': {
      const n = shownNumber(column, value);
      return n === null ? '' : numberFormat(ctx.locale, 9, false).format(n);
    }
    case 'boolean':
      // In a column where empty means "not known", a "no" is written out.
      return value === true ? 'x' : column.nullable && value === false ? ctx.t('grid.no', {}) : '';
    default:
      return displayValue(column, value, row, ctx);
  }
}

const invalid = (field: string, format: string): ParsedCell => ({
  value: undefined,
  issue: { field, rule: 'invalidFormat', params: { format } },
});

/** Reads typed or pasted text, as the column's type reads it. */
export function parseText(column: AnyGridColumn, text: string, ctx: ColumnContext): ParsedCell {
  const field = column.field;
  switch (column.type) {
    case 'text':
      return { value: text, issue: null };
    case 'integer':
    case 'number': {
      const n = parseNumberText(text);
      if (n === undefined) return invalid(field, 'number');
      if (n !== null && column.type === 'integer' && !Number.isInteger(n)) {
        return invalid(field, 'integer');
      }
      return { value: n, issue: null };
    }
    case 'money': {
      // Exact: "597,443" tỷ is 597443000000 đồng, never through a float.
      const decimal = parseDecimalText(text);
      if (decimal === undefined) return invalid(field, 'number');
      if (decimal === null) return { value: null, issue: null };
      const dong = decimalToDong(decimal, MONEY_EXPONENT[column.moneyUnit ?? 'million']);
      return dong === undefined ? invalid(field, 'wholeDong') : { value: dong, issue: null };
    }
    case 'date': {
      const d = parseDateText(text);
      return d === undefined ? invalid(field, 'date') : { value: d, issue: null };
    }
    case 'boolean': {
      if (column.nullable && text.trim() === '') return { value: null, issue: null };
      const b = parseBooleanText(text);
      return b === undefined ? invalid(field, 'boolean') : { value: b, issue: null };
    }
    case 'enum': {
      const s = text.trim();
      if (s === '') return { value: null, issue: null };
      const folded = foldVietnamese(s);
      const option = column.options?.find((o) => o.value === s || foldVietnamese(optionLabel(o, ctx.t)) === folded);
      return option ? { value: option.value, issue: null } : invalid(field, 'option');
    }
  }
}

/** Checks a value from an editor (not text) against the column's type. */
function checkValue(column: AnyGridColumn, value: unknown): ParsedCell {
  const field = column.field;
  const v = value === undefined ? null : value;
  switch (column.type) {
    case 'text':
      return { value: v === null ? '' : String(v), issue: null };
    case 'integer':
    case 'number':
      if (v === null) return { value: null, issue: null };
      if (typeof v !== 'number' || !Number.isFinite(v)) return invalid(field, 'number');
      if (column.type === 'integer' && !Number.isInteger(v)) return invalid(field, 'integer');
      return { value: v, issue: null };
    case 'money':
      if (v === null) return { value: null, issue: null };
      if (typeof v === 'number' && Number.isFinite(v)) return { value: String(Math.round(v)), issue: null };
      return typeof v === 'string' && /^-?\d+$/.test(v) ? { value: v, issue: null } : invalid(field, 'number');
    case 'date':
      return v === null || (typeof v === 'string' && parseDateText(v) === v)
        ? { value: v, issue: null }
        : invalid(field, 'date');
    case 'boolean':
      return typeof v === 'boolean' || (column.nullable && v === null)
        ? { value: v, issue: null }
        : invalid(field, 'boolean');
    case 'enum':
      return v === null || column.options?.some((o) => o.value === v)
        ? { value: v, issue: null }
        : invalid(field, 'option');
  }
}

/**
 * A cell's new content read, checked by the column's rule and put in stored form. Text from a
 * paste or a text editor is read by type; a value from an editor is checked as it is.
 */
export function parseCell(column: AnyGridColumn, input: CellInput, row: unknown, ctx: ColumnContext): ParsedCell {
  const parsed = 'text' in input ? parseText(column, input.text, ctx) : checkValue(column, input.value);
  if (parsed.issue) return parsed;
  const issue = column.validate?.(parsed.value, row) ?? null;
  if (issue) return { value: undefined, issue: { ...issue, field: column.field } };
  return { value: column.normalise ? column.normalise(parsed.value) : parsed.value, issue: null };
}

/** The text a cell's input was (kept and shown when refused). */
export function inputText(column: AnyGridColumn, input: CellInput, ctx: ColumnContext): string {
  if ('text' in input) return input.text;
  return copyValue(column, input.value, null, ctx);
}

/** The empty value of a column: what Delete leaves. */
export function emptyInput(column: AnyGridColumn): CellInput {
  return column.type === 'boolean' ? { value: column.nullable ? null : false } : { text: '' };
}

/** Are two stored values the same (money strings by amount)? */
export function sameValue(column: AnyGridColumn, a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || (column.type !== 'text' && v === '');
  if (empty(a) && empty(b)) return true;
  if (column.type === 'money' && a != null && b != null) return String(a) === String(b);
  return Object.is(a, b);
}

/** Sum of a column's values (money exactly, with BigInt; for ticks, how many are ticked). */
export function sumValues(column: AnyGridColumn, values: Iterable<unknown>): unknown {
  if (column.type === 'boolean') {
    let ticked = 0;
    for (const v of values) if (v === true) ticked += 1;
    return ticked;
  }
  if (column.type === 'money') {
    let total = 0n;
    for (const v of values) {
      if (typeof v === 'string' && /^-?\d+$/.test(v)) total += BigInt(v);
      else if (typeof v === 'number' && Number.isInteger(v)) total += BigInt(v);
    }
    return total.toString();
  }
  let total = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) total += v;
  return total;
}

type Formatted<T> = ValueFormatterParams<GridRow<T>>;

/** The cell's text: the refused text as typed, a total, or the value as the column shows it. */
function cellFormatter<T>(column: GridColumn<T>, ctx: ColumnContext) {
  return (params: Formatted<T>): string => {
    const data = params.data;
    const invalidText = data?.$status?.invalidText?.[column.field];
    if (invalidText !== undefined) return invalidText;
    if (params.node?.rowPinned) {
      // A count of ticks.
      if (column.type === 'boolean') {
        return typeof params.value === 'number' ? numberFormat(ctx.locale, 0, true).format(params.value) : '';
      }
      return isNumericColumn(column)
        ? displayValue({ ...column, format: undefined }, params.value, data, ctx)
        : typeof params.value === 'string'
          ? params.value
          : '';
    }
    return displayValue(column, params.value, data, ctx);
  };
}

function numericComparator(column: AnyGridColumn) {
  return (a: unknown, b: unknown): number => {
    const x = shownNumber(column, a);
    const y = shownNumber(column, b);
    if (x === null) return y === null ? 0 : -1;
    if (y === null) return 1;
    return x - y;
  };
}

const textCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * The AG Grid columns of a sheet: formatter, editor, filter, sort and quick-search text by type.
 * `editable: true` marks the editable columns; the grid narrows them to the rows and cells the
 * user may edit.
 */
export function toColDefs<T>(columns: readonly GridColumn<T>[], ctx: ColumnContext): ColDef<GridRow<T>>[] {
  return columns.map((column) => {
    const format = cellFormatter(column, ctx);
    const def: ColDef<GridRow<T>> = {
      colId: column.field,
      field: column.field as unknown as ColDef<GridRow<T>>['field'],
      headerName: headerText(column, ctx.t),
      headerTooltip: column.headerTooltip ?? headerText(column, ctx.t),
      width: column.width,
      minWidth: column.minWidth,
      flex: column.flex,
      hide: column.hide ?? false,
      pinned: column.pinned,
      editable: column.editable ? true : false,
      // A refused cell's value is its text as typed: the grid redraws it (a tick box becomes
      // that text) and copies, sorts and edits it as such.
      valueGetter: (p) => {
        const text = p.data?.$status?.invalidText?.[column.field];
        return text !== undefined ? text : p.data?.[column.field];
      },
      valueFormatter: format,
      getQuickFilterText: (p) => {
        if (!p.data) return '';
        const text = p.data.$status?.invalidText?.[column.field];
        return text !== undefined ? text : displayValue(column, p.data[column.field], p.data, ctx);
      },
    };
    const numeric = isNumericColumn(column);
    if (numeric) {
      def.type = 'rightAligned';
      def.comparator = numericComparator(column);
    }
    switch (column.type) {
      case 'boolean':
        def.cellEditor = 'agCheckboxCellEditor';
        // A tick box, unless the cell holds refused text: then that text.
        def.cellRendererSelector = (p: ICellRendererParams<GridRow<T>>): CellRendererSelectorResult | undefined =>
          p.node.rowPinned || p.data?.$status?.invalidText?.[column.field] !== undefined
            ? undefined
            : { component: 'agCheckboxCellRenderer' };
        break;
      case 'enum':
        def.cellEditor = 'agSelectCellEditor';
        def.cellEditorParams = {
          values: [null, ...(column.options ?? []).map((o) => o.value)],
          formatValue: (v: unknown) => displayValue(column, v, null, ctx),
        };
        break;
      default:
        def.cellEditor = 'agTextCellEditor';
        // The editor starts from the text the cell shows (refused text too), as typed.
        def.cellEditorParams = { useFormatter: true };
    }
    if (column.filter !== false) {
      if (numeric) {
        def.filter = 'agNumberColumnFilter';
        def.filterValueGetter = (p) => shownNumber(column, p.data?.[column.field]);
      } else if (column.type === 'date') {
        def.filter = 'agDateColumnFilter';
        def.filterParams = {
          comparator: (filterDate: Date, cellValue: unknown) => {
            if (typeof cellValue !== 'string' || !cellValue) return -1;
            const [y, m, d] = cellValue.split('-').map(Number);
            const cell = Date.UTC(y, m - 1, d);
            const wanted = Date.UTC(filterDate.getFullYear(), filterDate.getMonth(), filterDate.getDate());
            return cell === wanted ? 0 : cell < wanted ? -1 : 1;
          },
        };
      } else {
        def.filter = 'agTextColumnFilter';
        // Diacritic-blind: "dai loc" finds "Đại Lộc"; booleans and options by their words.
        def.filterValueGetter = (p) => (p.data ? displayValue(column, p.data[column.field], p.data, ctx) : '');
        def.filterParams = { textFormatter: (text: string) => foldVietnamese(text) };
      }
    }
    if (column.type === 'text' || column.type === 'enum') {
      def.comparator = (a: unknown, b: unknown) =>
        textCollator.compare(a == null ? '' : String(a), b == null ? '' : String(b));
    }
    return def;
  });
}

/** A column's text in the language, for messages that name a column. */
export function columnName(column: AnyGridColumn, t: Translate): string {
  return translateMessage(t, columnLabel(column));
}
