import { isIsoDate } from '@ntm/shared';
import { INTL_LOCALES, type AppLocale } from './locales';

// Intl formatters are costly to build and grids format every visible cell: keep one per locale.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: AppLocale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

function dateFormat(locale: AppLocale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      // Calendar dates carry no zone: read and print them in UTC so no day is lost.
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format;
}

/** 12345.5 -> "12.345,5" in Vietnamese, "12,345.5" in English. */
export function formatNumber(value: number | null | undefined, locale: AppLocale): string {
  return value == null || Number.isNaN(value) ? '' : numberFormat(locale).format(value);
}

/** A calendar date (YYYY-MM-DD) -> "30/10/2024". Anything else is shown as it is. */
export function formatIsoDate(value: string | null | undefined, locale: AppLocale): string {
  if (!value) return '';
  if (!isIsoDate(value)) return value;
  const [y, m, d] = value.split('-').map(Number);
  return dateFormat(locale).format(new Date(Date.UTC(y, m - 1, d)));
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: AppLocale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

/** An instant (ISO 8601) in the browser's time zone: "14:05:09 29/11/2026" in Vietnamese. */
export function formatDateTime(value: string | null | undefined, locale: AppLocale): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat(locale).format(date);
}
