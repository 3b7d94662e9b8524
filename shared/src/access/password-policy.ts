import type { ValidationIssue } from '../validation/validation-issue';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** A password must be long enough to resist guessing; length beats composition rules. */
export function validatePassword(password: unknown, field = 'password'): ValidationIssue | null {
  if (typeof password !== 'string' || password.length === 0) return { field, rule: 'required' };
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return {
      field,
      rule: 'outOfRange',
      params: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, unit: 'characters' },
    };
  }
  return null;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** Usernames are lower-case ASCII, 3-64 characters: typed on any keyboard, compared exactly. */
export function validateUsername(username: unknown, field = 'username'): ValidationIssue | null {
  if (typeof username !== 'string' || username === '') return { field, rule: 'required' };
  if (!USERNAME.test(username))
    return { field, rule: 'invalidFormat', params: { format: 'username (a-z, 0-9, . _ -; 3-64)' } };
  return null;
}
