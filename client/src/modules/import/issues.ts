import { message, type Message } from '@/i18n/message';
import type { ImportIssue, ImportPreview, ImportRow } from './api';

/** Validation rules the client has a sentence for; others fall back to the server's words. */
export const KNOWN_RULES = new Set([
  'required',
  'tooLong',
  'controlCharacters',
  'notAllowed',
  'outOfRange',
  'invalidFormat',
  'lengthRange',
]);

/** The import's `params` are JSON text; anything unreadable counts as none. */
export function issueParams(issue: ImportIssue): Record<string, string | number> {
  if (!issue.params) return {};
  try {
    const parsed: unknown = JSON.parse(issue.params);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    }
    return params;
  } catch {
    return {};
  }
}

/** The cell a row holds for a field: the value the issue is about, as the file wrote it. */
export function fieldValue(preview: ImportPreview, row: ImportRow, field: string): string {
  const column = preview.columns.find((c) => c.field === field);
  return column ? (row.values[column.column - 1] ?? '') : '';
}

/**
 * Why a row is refused, in the user's language. `fieldLabel` names a field ("Tên", "Xã").
 * Validation rules read as they do under a grid's cells; the others say what to do about it.
 */
export function issueMessage(
  preview: ImportPreview,
  row: ImportRow,
  issue: ImportIssue,
  fieldLabel: (field: string) => string | Message,
): Message {
  const params = issueParams(issue);
  const field = fieldLabel(issue.field);
  const value = fieldValue(preview, row, issue.field);
  switch (issue.code) {
    case 'BAD_USER_INPUT': {
      if (!issue.rule) return message('import.issues.BAD_USER_INPUT', { field, value });
      const rule = issue.rule === 'outOfRange' && params.unit === 'characters' ? 'lengthRange' : issue.rule;
      if (!KNOWN_RULES.has(rule)) return message('import.issues.other', { reason: issue.message });
      return message(`validation.${rule}`, { ...params, field });
    }
    case 'NOT_FOUND':
      return message('import.issues.NOT_FOUND', { field, value });
    case 'AMBIGUOUS':
      return message('import.issues.AMBIGUOUS', {
        field,
        value,
        count: row.candidates.length,
      });
    case 'CONFLICT':
      return message('import.issues.CONFLICT');
    case 'LOCKED':
      return params.year ? message('errors.lockedYear', { year: params.year }) : message('errors.LOCKED');
    case 'FORBIDDEN':
      return message('import.issues.FORBIDDEN');
    default:
      return message('import.issues.other', { reason: issue.message });
  }
}
