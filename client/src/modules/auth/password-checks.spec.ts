import { ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ntm/shared';
import { ApiError, errorMessage } from '@/api/errors';
import { message } from '@/i18n/message';
import { currentPasswordError, newPasswordErrors, passwordRefusal } from './password-checks';

const FIELDS = { currentPassword: 'current', newPassword: 'password' } as const;
const long = 'x'.repeat(PASSWORD_MIN_LENGTH);

/** A refusal as the API answers it (see tests/api/auth.test.ts). */
function refused(field: string, rule: string, params?: Record<string, unknown>): ApiError {
  return ApiError.fromGraphQLErrors([
    {
      message: 'Invalid input',
      extensions: { code: 'BAD_USER_INPUT', field, issues: [{ field, rule, params } as never] },
    },
  ]);
}

describe('a new password typed twice', () => {
  it('says what the server would say of a password too short or too long, by the server’s name of it', () => {
    const lengths = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, unit: 'characters' };
    expect(newPasswordErrors('ngan', 'ngan', 'newPassword').password).toEqual(
      message('validation.lengthRange', { ...lengths, field: message('fields.newPassword') }),
    );
    expect(newPasswordErrors('x'.repeat(PASSWORD_MAX_LENGTH + 1), '', 'password').password).toEqual(
      message('validation.lengthRange', { ...lengths, field: message('fields.password') }),
    );
    expect(newPasswordErrors('', '', 'newPassword').password).toEqual(
      message('validation.required', { field: message('fields.newPassword') }),
    );
    expect(newPasswordErrors(long, long, 'newPassword')).toEqual({});
  });

  it('wants the same password again', () => {
    expect(newPasswordErrors(long, '', 'newPassword').repeat).toEqual(message('password.repeatMissing'));
    expect(newPasswordErrors(long, `${long}y`, 'newPassword').repeat).toEqual(message('password.mismatch'));
    expect(newPasswordErrors(long, long, 'newPassword').repeat).toBeUndefined();
  });

  it('wants the current password, whatever it is', () => {
    expect(currentPasswordError('')).toEqual(
      message('validation.required', { field: message('fields.currentPassword') }),
    );
    expect(currentPasswordError('x')).toBeNull();
  });
});

describe('a refused password change', () => {
  it('puts a wrong current password on that field, plainly', () => {
    const r = passwordRefusal(refused('currentPassword', 'notAllowed', { reason: 'wrong password' }), FIELDS);
    expect(r).toEqual({ field: 'current', message: message('password.wrongCurrent') });
  });

  it('puts the policy’s refusal on the new password, as the form words it', () => {
    const error = refused('newPassword', 'outOfRange', { min: 10, max: 128, unit: 'characters' });
    expect(passwordRefusal(error, FIELDS)).toEqual({ field: 'password', message: errorMessage(error) });
    expect(passwordRefusal(error, FIELDS).message).toEqual(newPasswordErrors('ngan', '', 'newPassword').password);
  });

  it('finds an administrator’s reset refused by the input’s path', () => {
    const error = refused('input.password', 'outOfRange', { min: 10, max: 128, unit: 'characters' });
    expect(passwordRefusal(error, { password: 'password' } as const)).toEqual({
      field: 'password',
      message: newPasswordErrors('ngan', '', 'password').password,
    });
  });

  it('leaves anything else to the form: a throttle, a field it does not have, no answer', () => {
    const throttled = ApiError.fromGraphQLErrors([
      { message: 'Too many', extensions: { code: ErrorCode.TOO_MANY_ATTEMPTS, retryAfterSeconds: 120 } },
    ]);
    expect(passwordRefusal(throttled, FIELDS)).toEqual({ field: null, message: errorMessage(throttled) });
    expect(
      passwordRefusal(refused('input.displayName', 'required'), { password: 'password' } as const).field,
    ).toBeNull();
    const words = () => message('users.errors.taken');
    expect(passwordRefusal(new Error('offline'), FIELDS, words)).toEqual({ field: null, message: words() });
  });
});
