import { useI18n } from 'vue-i18n';
import { isIsoDate } from '@ntm/shared';
import { useLocale } from '@/composables/use-locale';
import { translateMessage, type Message } from '@/i18n/message';
import type { ImportIssue, ImportPreview, ImportRow } from '../api';
import { issueMessage } from '../issues';

/** How the wizard names fields, shows values and words the reasons of a refusal. */
export function useImportLabels(preview: () => ImportPreview | null) {
  const { t, te } = useI18n();
  const { locale, formatDate } = useLocale();

  /** A field as the server names it, in Vietnamese (as files head their columns) or English. */
  function fieldLabel(key: string): string {
    const field = preview()?.fields.find((f) => f.key === key);
    if (field) return locale.value === 'vi' ? field.label : field.labelEn;
    return te(`fields.${key}`) ? t(`fields.${key}`) : key;
  }

  /** A value of a change as the grid would show it. */
  function valueText(field: string, value: string | null | undefined): string {
    if (value == null || value === '') return t('import.check.empty');
    // A unit's type is stored as its code (VILLAGE): shown as the catalogue names it.
    if (field === 'type' && te(`unitTypes.${value}`)) return t(`unitTypes.${value}`);
    if (value === 'true') return t('import.check.yes');
    if (value === 'false') return t('import.check.no');
    if (isIsoDate(value)) return formatDate(value);
    return value;
  }

  function issueText(row: ImportRow, issue: ImportIssue): string {
    const current = preview();
    if (!current) return issue.message;
    return translate(issueMessage(current, row, issue, fieldLabel));
  }

  function translate(msg: Message): string {
    return translateMessage(t, msg);
  }

  return { fieldLabel, valueText, issueText, translate };
}

export type ImportLabels = ReturnType<typeof useImportLabels>;
