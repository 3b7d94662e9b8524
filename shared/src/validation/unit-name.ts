import type { ValidationIssue } from './validation-issue';

export const UNIT_NAME_MAX_LENGTH = 100;

// C0 and C1 control characters, and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Checks the name of an administrative unit; returns the first problem or null. */
export function validateUnitName(name: unknown, field = 'name'): ValidationIssue | null {
  if (typeof name !== 'string' || name.trim() === '') return { field, rule: 'required' };
  if (CONTROL.test(name)) return { field, rule: 'controlCharacters' };
  if (name.trim().length > UNIT_NAME_MAX_LENGTH) {
    return { field, rule: 'tooLong', params: { max: UNIT_NAME_MAX_LENGTH } };
  }
  return null;
}

/** The form a valid name is stored in: NFC, trimmed, single spaces. */
export function normaliseUnitName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}
