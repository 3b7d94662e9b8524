import { FUNDING_SOURCES, type FundingSource, toDong, type ValidationIssue } from '@ntm/shared';
import { ApiError, isApiError } from '@/api/errors';
import { displayValue, type MoneyUnit } from '@/grid/columns';
import { formatIsoDate } from '@/i18n/format';
import { INTL_LOCALES, type AppLocale } from '@/i18n/locales';
import type { Translate } from '@/i18n/message';

/**
 * Money on the client: whole đồng as decimal strings, added and compared as BigInt, never as a
 * float. Only what is drawn (a chart's bar) becomes a number, and only to be drawn.
 */

export const SOURCES: readonly FundingSource[] = FUNDING_SOURCES;

/** Whole đồng of a Money value (null, empty or not a whole number: 0). */
export function dong(value: string | null | undefined): bigint {
  return toDong(value) ?? 0n;
}

export function sumMoney(values: Iterable<string | null | undefined>): string {
  let total = 0n;
  for (const v of values) total += dong(v);
  return total.toString();
}

/** The value in billions (or millions) as a number to draw; never used for sums. */
export function drawnAmount(value: string | null | undefined, unit: MoneyUnit = 'billion'): number {
  const d = dong(value);
  // Three decimals of the unit, cut in whole numbers before the one float division.
  const scale = unit === 'billion' ? 1_000_000n : 1_000n;
  return Number(d / scale) / 1000;
}

/** An amount as the grids show it: "1.234,5" (million đồng by default), Vietnamese format. */
export function formatMoney(
  value: string | bigint | null | undefined,
  locale: AppLocale,
  t: Translate,
  unit: MoneyUnit = 'million',
): string {
  if (value === null || value === undefined) return '';
  return displayValue(
    { field: 'amount', header: '', type: 'money', moneyUnit: unit } as never,
    typeof value === 'bigint' ? value.toString() : value,
    null,
    { locale, t },
  );
}

const percentFormats = new Map<AppLocale, Intl.NumberFormat>();

/** 0.5 -> "50%" ("50 %" in Vietnamese), one decimal at most; null -> "". */
export function formatRate(rate: number | null | undefined, locale: AppLocale): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '';
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[locale], { style: 'percent', maximumFractionDigits: 1 });
    percentFormats.set(locale, format);
  }
  return format.format(rate);
}

/** A share in thousandths as a percentage number: 500 -> 50. */
export const sharePercent = (permille: number): number => permille / 10;

// ---- The server's reasons, in the user's language ----

const DATE = '(\\d{4}-\\d{2}-\\d{2})';

interface ReasonRule {
  pattern: RegExp;
  rule: string;
  params?(match: RegExpMatchArray, ctx: ReasonContext): Record<string, string | number>;
}

interface ReasonContext {
  locale: AppLocale;
  t: Translate;
}

const sourceName = (source: string, ctx: ReasonContext) =>
  (SOURCES as readonly string[]).includes(source) ? ctx.t(`fundingSources.${source}`, {}) : source;

const REASONS: readonly ReasonRule[] = [
  {
    pattern: new RegExp(`Treasury pays .*\\(${DATE}\\)`),
    rule: 'moneyTreasury',
    params: (m, ctx) => ({ date: formatIsoDate(m[1], ctx.locale) }),
  },
  {
    pattern: new RegExp(`Treasury stopped payments to (\\S+) on ${DATE}`),
    rule: 'moneyStopped',
    params: (m, ctx) => ({ project: m[1], date: formatIsoDate(m[2], ctx.locale) }),
  },
  {
    pattern: /^(\S+) is local debt/,
    rule: 'moneyLocalDebt',
    params: (m) => ({ project: m[1] }),
  },
  {
    pattern: /paid (\d+) of (\w+) (\d{4}) capital to (\S+) would exceed its allocation of (\d+)/,
    rule: 'moneyOverAllocation',
    params: (m, ctx) => ({
      paid: formatMoney(m[1], ctx.locale, ctx.t),
      source: sourceName(m[2], ctx),
      year: m[3],
      allocated: formatMoney(m[5], ctx.locale, ctx.t),
    }),
  },
  {
    pattern: /allocated below (.+) \((\w+), (\d{4})\) would exceed what it received/,
    rule: 'moneyExceedsReceived',
    params: (m, ctx) => ({ unit: m[1], source: sourceName(m[2], ctx), year: m[3] }),
  },
  { pattern: /exists already/, rule: 'moneyAllocationExists' },
  { pattern: /in the batch twice/, rule: 'moneyAllocationTwice' },
  { pattern: /more than the allocation it comes from/, rule: 'moneyReallocationTooMuch' },
  { pattern: /a reallocation done is done/, rule: 'moneyReallocationDone' },
  { pattern: /no such project/, rule: 'moneyNoProject' },
  { pattern: /no such unit/, rule: 'moneyNoUnit' },
];

/** A refusal the server explained in a sentence, as a rule the app words itself. */
export function localiseIssue(issue: ValidationIssue, ctx: ReasonContext): ValidationIssue {
  const reason = issue.params?.reason;
  if (issue.rule === 'outOfRange' && issue.params?.min === 1 && issue.field.endsWith('amount')) {
    return { field: issue.field, rule: 'moneyPositive' as ValidationIssue['rule'] };
  }
  if (issue.rule !== 'notAllowed' || typeof reason !== 'string') return issue;
  for (const r of REASONS) {
    const match = reason.match(r.pattern);
    if (match) {
      return {
        field: issue.field,
        rule: r.rule as ValidationIssue['rule'],
        params: { ...(r.params?.(match, ctx) ?? {}), reason },
      };
    }
  }
  return { field: issue.field, rule: 'moneyRefused' as ValidationIssue['rule'], params: { reason } };
}

/** The error with every refused row's reasons in the user's language (other errors as they are). */
export function localiseRefusals(error: unknown, ctx: ReasonContext): unknown {
  if (!isApiError(error)) return error;
  const rows = error.extensions.rows;
  const localise = (issues: readonly ValidationIssue[] | undefined) =>
    (issues ?? []).map((issue) => localiseIssue(issue, ctx));
  return new ApiError({
    code: error.code,
    message: error.message,
    field: error.field,
    issues: localise(error.issues),
    rawCode: error.rawCode,
    extensions: {
      ...error.extensions,
      ...(Array.isArray(rows)
        ? {
            rows: rows.map((row: { issues?: ValidationIssue[] }) => ({
              ...row,
              issues: localise(row.issues),
            })),
          }
        : {}),
    },
  });
}
