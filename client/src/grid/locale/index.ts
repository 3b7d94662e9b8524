import type { AppLocale } from '@/i18n/locales';
import { AG_GRID_LOCALE_VI } from './vi';

/** AG Grid's built-in texts for a language; English is the grid's own default. */
export function gridLocaleText(locale: AppLocale): Record<string, string> | undefined {
  return locale === 'vi' ? AG_GRID_LOCALE_VI : undefined;
}
