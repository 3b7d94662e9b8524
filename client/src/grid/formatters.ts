import type { ValueFormatterParams } from 'ag-grid-community';
import type { AppLocale } from '@/i18n/locales';
import { formatIsoDate, formatNumber } from '@/i18n/format';

/** Cell formatters in the interface language ("1.234" in Vietnamese). */
export function numberFormatter(locale: AppLocale) {
  return (params: ValueFormatterParams): string =>
    typeof params.value === 'number' ? formatNumber(params.value, locale) : '';
}

/** Calendar dates as the language writes them ("30/10/2024" in Vietnamese). */
export function dateFormatter(locale: AppLocale) {
  return (params: ValueFormatterParams): string =>
    typeof params.value === 'string' ? formatIsoDate(params.value, locale) : '';
}
