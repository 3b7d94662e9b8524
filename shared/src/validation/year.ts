import type { ValidationIssue } from './validation-issue';

/** The years a plan's figures may be for. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** A whole year in the range the product keeps data for, or the issue with it. */
export function validateYear(year: unknown, field = 'year'): ValidationIssue | null {
  return typeof year === 'number' && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX
    ? null
    : { field, rule: 'outOfRange', params: { min: YEAR_MIN, max: YEAR_MAX } };
}
