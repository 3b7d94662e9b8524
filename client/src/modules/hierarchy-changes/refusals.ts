import { ErrorCode, type BatchRowError, type ValidationIssue } from '@ntm/shared';
import { errorMessage, inputFieldName, isApiError } from '@/api';
import { message, type Message } from '@/i18n/message';
import { vi } from './messages';

/**
 * Why the server refused a change, an item of it or a revert, in the user's words. The server
 * names each refusal of a change in `params.why` (a stable key) with the values that fill it, and
 * says it in English in `params.reason`; a refusal without a name is shown in the server's words.
 */

type FormatDate = (iso: string) => string;

const LEVELS = new Set(['PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value of a refusal as the user reads it: dates in Vietnamese form, levels by their name. */
function shown(value: string | number, formatDate: FormatDate): string | number | Message {
  if (typeof value !== 'string') return value;
  if (ISO_DATE.test(value)) return formatDate(value);
  return LEVELS.has(value) ? message(`hierarchyChanges.levels.${value}`) : value;
}

/** A field as an issue names it ("items.3.successorCode"), as its label: a change's own, else the app's. */
function fieldLabel(field: string): Message {
  const name = inputFieldName(field) ?? field;
  return message(name in vi.hierarchyChanges.fields ? `hierarchyChanges.fields.${name}` : `fields.${name}`);
}

/** One refused field: the rule's sentence, or for `notAllowed` the reason the server gave. */
export function issueText(issue: ValidationIssue, formatDate: FormatDate): Message {
  const field = fieldLabel(issue.field);
  const reason = issue.params?.reason;
  const why = issue.params?.why;
  if (issue.rule === 'notAllowed' && typeof why === 'string') {
    const { why: _why, reason: _reason, ...values } = issue.params ?? {};
    const filled = Object.entries(values).map(([k, v]) => [k, shown(v, formatDate)] as const);
    return message(`hierarchyChanges.reasons.${why}`, filled.length ? Object.fromEntries(filled) : undefined);
  }
  if (issue.rule === 'notAllowed' && typeof reason === 'string')
    return message('hierarchyChanges.reasons.other', { field, reason });
  // The server explains a missing successor in words too; the rule says it.
  const rule = issue.rule === 'outOfRange' && issue.params?.unit === 'characters' ? 'lengthRange' : issue.rule;
  const params = { ...(issue.params ?? {}) };
  delete params.reason;
  return message(`validation.${rule}`, { ...params, field });
}

/**
 * The items a refused change names (`extensions.rows`: index = the item's position), or null when
 * the error is about the change as a whole. Its code is the items' common code, so any code may
 * carry rows.
 */
export function refusedRows(error: unknown): BatchRowError[] | null {
  if (!isApiError(error)) return null;
  const rows = error.extensions.rows;
  if (!Array.isArray(rows)) return null;
  return rows.filter(
    (row): row is BatchRowError =>
      typeof row === 'object' && row !== null && Number.isInteger((row as BatchRowError).index),
  );
}

/** Why one item was refused: each field refused, or the item's own code (FORBIDDEN, …). */
export function rowMessages(row: BatchRowError, formatDate: FormatDate): Message[] {
  const issues = Array.isArray(row.issues) ? row.issues : [];
  if (row.code === ErrorCode.BAD_USER_INPUT && issues.length > 0) {
    return issues.map((issue) => issueText(issue, formatDate));
  }
  const known = (Object.values(ErrorCode) as string[]).includes(row.code);
  return [message(`errors.${known ? row.code : ErrorCode.INTERNAL_SERVER_ERROR}`)];
}

/** Why a refused request was refused, the server's reason first, else as the app says errors. */
export function refusalMessage(error: unknown, formatDate: FormatDate): Message {
  if (isApiError(error) && error.code === ErrorCode.BAD_USER_INPUT && error.issues[0]) {
    return issueText(error.issues[0], formatDate);
  }
  return errorMessage(error);
}

/** Why a catalogue could not be compared: not a catalogue (where in the file), too large, or else. */
export function catalogueErrorMessage(error: unknown): Message {
  const issue = isApiError(error) && error.code === ErrorCode.BAD_USER_INPUT ? error.issues[0] : undefined;
  if (issue && inputFieldName(issue.field) === 'catalogue') {
    if (issue.rule === 'tooLong') return message('hierarchyChanges.update.catalogueTooLarge');
    // "GSO catalogue (data[3].level2s[1].name: a name)": the place and what it should hold.
    const format = String(issue.params?.format ?? '');
    const reason = /\((.+)\)$/.exec(format)?.[1] ?? format;
    return message('hierarchyChanges.update.badCatalogue', { reason });
  }
  return message('hierarchyChanges.update.failed', { reason: errorMessage(error) });
}
