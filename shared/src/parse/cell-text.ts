import { isIsoDate } from '../dates/iso-date';

/**
 * Reading what people type or paste into a spreadsheet cell. Vietnamese writes numbers as
 * "1.234.567,5" and dates as "30/06/2024"; Excel in English, LibreOffice and Google Sheets may
 * hand over "1,234,567.5" or "2024-06-30". Each reader answers `undefined` for text it cannot
 * read (the caller marks the cell), and `null` for an empty cell.
 */

const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
const PLAIN = /^\d+$/;
const DECIMAL = /^\d*\.\d+$|^\d+\.$/;

/** Spaces of every kind, including the no-break space Excel puts between thousands. */
const SPACES = /[\s\u00a0\u202f]/g;

export function parseNumberText(text: string): number | null | undefined {
  const decimal = parseDecimalText(text);
  if (decimal === null || decimal === undefined) return decimal;
  const value = Number(decimal);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The same reading as `parseNumberText`, answered as a plain decimal string ("-1234.5"), exact
 * whatever the number of digits: money is never put through a float.
 */
export function parseDecimalText(text: string): string | null | undefined {
  let s = text.replace(SPACES, '');
  if (s === '') return null;
  let sign = 1;
  // Accounting negatives "(1.234)" and a leading minus, plus or Unicode minus.
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1];
  } else if (/^[-\u2212]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  // A trailing unit the office writes after amounts: "1.234 đ", "1.234đ", "50%".
  s = s.replace(/(đồng|đ|vnđ|vnd|%)$/i, '');
  if (s === '') return undefined;

  let normal: string;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, fraction, ...rest] = s.split(decimal);
    if (rest.length > 0 || !/^\d+$/.test(fraction)) return undefined;
    if (!(PLAIN.test(intPart) || new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(intPart))) return undefined;
    normal = `${intPart.split(group).join('')}.${fraction}`;
  } else if (lastDot >= 0) {
    // "1.234" and "1.234.567" group thousands, as Vietnamese writes them; "1.5" is a fraction.
    if (GROUPED_DOT.test(s)) normal = s.split('.').join('');
    else if (DECIMAL.test(s)) normal = s;
    else return undefined;
  } else if (lastComma >= 0) {
    // One comma is the Vietnamese decimal mark ("597,443" tỷ); several group thousands.
    if (GROUPED_COMMA.test(s) && s.indexOf(',') !== lastComma) normal = s.split(',').join('');
    else if (/^\d*,\d+$/.test(s)) normal = s.replace(',', '.');
    else return undefined;
  } else if (PLAIN.test(s)) {
    normal = s;
  } else {
    return undefined;
  }
  let [whole, fraction = ''] = normal.split('.');
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  fraction = fraction.replace(/0+$/, '');
  const body = fraction ? `${whole}.${fraction}` : whole;
  return sign < 0 && /[1-9]/.test(body) ? `-${body}` : body;
}

/**
 * Whole đồng from an amount written in a unit of 10^exponent đồng (6: triệu, 9: tỷ): "597,443" tỷ
 * is "597443000000". Undefined when the amount has a fraction of a đồng.
 */
export function decimalToDong(decimal: string, exponent: number): string | undefined {
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  if (fraction.length > exponent) return undefined;
  const digits = `${whole}${fraction.padEnd(exponent, '0')}`.replace(/^0+(?=\d)/, '');
  return negative && digits !== '0' ? `-${digits}` : digits;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** "30/06/2024", "30-6-2024", "30.06.2024" or "2024-06-30" as ISO; never month-first. */
export function parseDateText(text: string): string | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  let y: string;
  let m: string;
  let d: string;
  const dmy = DMY.exec(s);
  const ymd = YMD.exec(s);
  if (dmy) [, d, m, y] = dmy;
  else if (ymd) [, y, m, d] = ymd;
  else return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const TRUE_WORDS = new Set(['x', '1', 'true', 'có', 'co', 'c', 'yes', 'y', 'đúng', 'dung', '✓', '✔', 'v']);
const FALSE_WORDS = new Set(['0', 'false', 'không', 'khong', 'k', 'no', 'n', 'sai', '-']);

/** A tick column: "x", "Có", "TRUE", "1" are yes; empty, "Không", "FALSE", "0" are no. */
export function parseBooleanText(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (s === '') return false;
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return undefined;
}

/**
 * The rows and cells of tab-separated text as spreadsheets put it on the clipboard: a cell with
 * a tab, a line break or a quote is quoted, with quotes doubled. The final line break is not a row.
 */
export function parseTsv(text: string): string[][] {
  return parseDelimited(text, '\t');
}

/** Rows and cells of delimited text (CSV with "," or ";", TSV), quoted as RFC 4180 says. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const c = s[i];
    if (atCellStart && c === '"') {
      // A quoted cell runs to the quote that is not doubled.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        value += s[j];
        j += 1;
      }
      if (closed && (j === s.length || s[j] === delimiter || s[j] === '\n')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
      // Not a well-formed quoted cell: the quote is just a character.
    }
    atCellStart = false;
    if (c === delimiter) {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += c;
    }
    i += 1;
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Cells as tab-separated text a spreadsheet pastes back into the same block. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join('\t')).join('\n');
}
