import { createI18n } from 'vue-i18n';
import type { MessageTree } from './define-messages';
import en from './en';
import { APP_LOCALES, DEFAULT_LOCALE, isAppLocale, type AppLocale } from './locales';
import vi, { type MessageSchema } from './vi';

export * from './locales';
export * from './message';

const STORAGE_KEY = 'ntm.locale';

/** The language chosen last time on this browser, else Vietnamese. */
export function storedLocale(): AppLocale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isAppLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function rememberLocale(locale: AppLocale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  availableLocales: [...APP_LOCALES],
  messages: { vi, en },
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
});

declare module 'vue-i18n' {
  // Typed keys for `t()` across the app.
  export interface DefineLocaleMessage extends MessageSchema {}
}

/**
 * Adds a module's own texts (its messages.ts, in every language) to the app's messages. A
 * module's i18n.ts calls it once, and the module's pages import that file, so that the texts
 * load with them.
 */
export function mergeModuleMessages(messages: Record<AppLocale, MessageTree>): void {
  for (const locale of APP_LOCALES) i18n.global.mergeLocaleMessage(locale, messages[locale]);
}
