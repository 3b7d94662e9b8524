import { ErrorCode, type BatchRowError, type ValidationIssue } from '@ntm/shared';
import { errorMessage, inputFieldName, isApiError } from '@/api';
import { message, type Message } from '@/i18n/message';

/**
 * Why the server refused a change, an item of it or a revert, in the user's words. The server
 * explains a `notAllowed` in an English sentence (`params.reason`); the ones it is known to say
 * get a sentence of their own, any other is shown in the server's words rather than lost.
 */

type FormatDate = (iso: string) => string;

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const CODE = '(\\S+)';

interface ReasonRule {
  pattern: RegExp;
  key: string;
  params?(match: RegExpMatchArray, formatDate: FormatDate): Message['params'];
}

const LEVELS = new Set(['PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE']);
const level = (value: string): Message | string =>
  LEVELS.has(value) ? message(`hierarchyChanges.levels.${value}`) : value;

// Most specific first: "no unit X on D to carry Y" also starts as "no unit X".
const REASONS: readonly ReasonRule[] = [
  {
    pattern: new RegExp(`^no unit ${CODE} on ${DATE} to carry ${CODE}$`),
    key: 'noSuccessorOnDay',
    params: (m, d) => ({ code: m[1], date: d(m[2]), unit: m[3] }),
  },
  {
    pattern: new RegExp(`^no unit ${CODE} on ${DATE}$`),
    key: 'noUnitOnDay',
    params: (m, d) => ({ code: m[1], date: d(m[2]) }),
  },
  { pattern: new RegExp(`^no unit ${CODE}$`), key: 'noUnit', params: (m) => ({ code: m[1] }) },
  {
    pattern: new RegExp(`^${CODE} does not exist on ${DATE}$`),
    key: 'notOnDay',
    params: (m, d) => ({ code: m[1], date: d(m[2]) }),
  },
  {
    pattern: new RegExp(`^${CODE} below ${CODE} changed on ${CODE}, not before ${DATE}$`),
    key: 'childChangedSince',
    params: (m, d) => ({ code: m[1], parent: m[2], changed: d(m[3]), date: d(m[4]) }),
  },
  {
    pattern: new RegExp(`^${CODE} changed on ${CODE}, not before ${DATE}$`),
    key: 'changedSince',
    params: (m, d) => ({ code: m[1], changed: d(m[2]), date: d(m[3]) }),
  },
  { pattern: new RegExp(`^unit ${CODE} exists already$`), key: 'exists', params: (m) => ({ code: m[1] }) },
  { pattern: /merges into a unit of the same level$/, key: 'sameLevel' },
  { pattern: /cannot end into a unit below it$/, key: 'endIntoChild' },
  { pattern: /cannot move under itself$/, key: 'underItself' },
  {
    pattern: /^an? (\w+) unit cannot sit under an? (\w+) unit$/,
    key: 'parentLevel',
    params: (m) => ({ level: level(m[1]), parent: level(m[2]) }),
  },
  { pattern: /^a later change is applied/, key: 'laterApplied' },
  {
    pattern: /^(\d+) records were entered for its units since it was applied$/,
    key: 'recordedSince',
    params: (m) => ({ count: Number(m[1]) }),
  },
  { pattern: /^the change is not applied$/, key: 'notApplied' },
];

/** A field as an issue names it ("items.3.successorCode"), as its label. */
function fieldLabel(field: string): Message {
  return message(`fields.${inputFieldName(field) ?? field}`);
}

/** One refused field: the rule's sentence, or for `notAllowed` the reason the server gave. */
export function issueText(issue: ValidationIssue, formatDate: FormatDate): Message {
  const field = fieldLabel(issue.field);
  const reason = issue.params?.reason;
  if (issue.rule === 'notAllowed' && typeof reason === 'string') {
    for (const rule of REASONS) {
      const match = reason.match(rule.pattern);
      if (match) return message(`hierarchyChanges.reasons.${rule.key}`, rule.params?.(match, formatDate));
    }
    return message('hierarchyChanges.reasons.other', { field, reason });
  }
  // The server explains a missing successor in words too; the rule says it.
  const rule =
    issue.rule === 'outOfRange' && issue.params?.unit === 'characters' ? 'lengthRange' : issue.rule;
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
