/**
 * One reason a value is refused. `rule` is a stable key the client translates; `params` fill
 * its message. The server reports the same object in `extensions` of a BAD_USER_INPUT error.
 */
export interface ValidationIssue {
  field: string;
  rule: ValidationRule;
  params?: Record<string, string | number>;
}

export type ValidationRule =
  'required' | 'tooLong' | 'controlCharacters' | 'notAllowed' | 'outOfRange' | 'invalidFormat';

const ENGLISH: Record<ValidationRule, (p: Record<string, string | number>) => string> = {
  required: () => 'is required',
  tooLong: (p) => `must be at most ${p.max} characters`,
  controlCharacters: () => 'must not contain control characters',
  notAllowed: (p) => `is not allowed here${p.reason ? `: ${p.reason}` : ''}`,
  outOfRange: (p) => `must be between ${p.min} and ${p.max}`,
  invalidFormat: (p) => `is not a valid ${p.format ?? 'value'}`,
};

/** An English sentence for logs and API messages: "name: must be at most 100 characters". */
export function describeIssue(issue: ValidationIssue): string {
  return `${issue.field}: ${ENGLISH[issue.rule](issue.params ?? {})}`;
}
