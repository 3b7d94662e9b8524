import { computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { APP_LOCALES, LOCALE_AUTONYMS, isAppLocale, rememberLocale, type AppLocale } from '@/i18n';
import { formatDateTime, formatIsoDate, formatNumber } from '@/i18n/format';

/** The interface language: current value, the choices, and number/date formatting in it. */
export function useLocale() {
  const { locale: i18nLocale } = useI18n({ useScope: 'global' });

  const locale = computed<AppLocale>({
    get: () => (isAppLocale(i18nLocale.value) ? i18nLocale.value : 'vi'),
    set: (value) => {
      i18nLocale.value = value;
    },
  });

  const options = APP_LOCALES.map((value) => ({ value, label: LOCALE_AUTONYMS[value] }));

  return {
    locale,
    options,
    setLocale(value: AppLocale) {
      locale.value = value;
    },
    formatNumber: (value: number | null | undefined) => formatNumber(value, locale.value),
    formatDate: (value: string | null | undefined) => formatIsoDate(value, locale.value),
    formatDateTime: (value: string | null | undefined) => formatDateTime(value, locale.value),
  };
}

/**
 * Keeps the page in step with the language: remembered for the next visit, and `<html lang>` so
 * that screen readers and hyphenation use it. Called once, by the app shell.
 */
export function useLocaleSync(title: () => string) {
  const { locale } = useLocale();
  watch(
    locale,
    (value) => {
      rememberLocale(value);
      document.documentElement.lang = value;
    },
    { immediate: true },
  );
  watch(title, (value) => (document.title = value), { immediate: true });
}
