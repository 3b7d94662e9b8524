import type { ValidationIssue } from '@ntm/shared';

// GSO codes: province 2 digits, district 3, commune 5; villages commune code-NNN.
const UNIT_CODE = /^\d{2,5}(-\d{3})?$/;

/** Checks a unit code typed for an assignment; the server checks that the unit exists. */
export function validateUnitCode(value: unknown, field = 'unitCode'): ValidationIssue | null {
  if (typeof value !== 'string' || value.trim() === '') return { field, rule: 'required' };
  if (!UNIT_CODE.test(value.trim())) {
    return { field, rule: 'invalidFormat', params: { format: '49, 510, 20704' } };
  }
  return null;
}

/** A unit code for an assignment of that role: none for ADMIN, whose role covers everything. */
export function assignmentUnitCode(role: string, typed: string): string | null {
  return role === 'ADMIN' ? null : typed.trim();
}
