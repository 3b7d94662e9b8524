/** The languages of the interface. Vietnamese comes first: it is the default. */
export const APP_LOCALES = ['vi', 'en'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'vi';

/** Each language's name in itself, as a language switch shows it. */
export const LOCALE_AUTONYMS: Record<AppLocale, string> = {
  vi: 'Tiếng Việt',
  en: 'English',
};

/**
 * The Intl locale that formats numbers and dates. English keeps day-first dates, the order the
 * plan's documents use.
 */
export const INTL_LOCALES: Record<AppLocale, string> = {
  vi: 'vi-VN',
  en: 'en-GB',
};

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}
