import { PASSWORD_MIN_LENGTH, validatePassword, validateUsername } from './password-policy';

describe('password policy', () => {
  it('wants at least the minimum length', () => {
    expect(validatePassword('x'.repeat(PASSWORD_MIN_LENGTH - 1))?.rule).toBe('outOfRange');
    expect(validatePassword('x'.repeat(PASSWORD_MIN_LENGTH))).toBeNull();
    expect(validatePassword('')?.rule).toBe('required');
    expect(validatePassword('x'.repeat(129))?.rule).toBe('outOfRange');
  });
});

describe('usernames', () => {
  it('are lower-case ASCII of 3 to 64 characters', () => {
    expect(validateUsername('bientap.namgiang')).toBeNull();
    expect(validateUsername('Admin')?.rule).toBe('invalidFormat');
    expect(validateUsername('ab')?.rule).toBe('invalidFormat');
    expect(validateUsername('nguyễn')?.rule).toBe('invalidFormat');
    expect(validateUsername('')?.rule).toBe('required');
  });
});
