import type { ValidationIssue, ValidationRule } from '@ntm/shared';

/**
 * Rules these pages name beyond the shared ones (the server's `notAllowed` and `outOfRange` with
 * their reasons, put in words a user reads); their messages are `validation.<rule>` in ./i18n.
 */
export type PageRule =
  | 'noSuchUnit'
  | 'targetExists'
  | 'targetTwice'
  | 'levelNotForUnit'
  | 'stepOtherLevel'
  | 'stepOrder'
  | 'satisfactionTooLow';

/** An issue with a rule of these pages: the grid words it by `validation.<rule>` like any other. */
export function pageIssue(field: string, rule: PageRule, params?: ValidationIssue['params']): ValidationIssue {
  return { field, rule: rule as unknown as ValidationRule, ...(params ? { params } : {}) };
}
