import { ErrorCode, validatePassword } from '@ntm/shared';
import { errorMessage, inputFieldName, isApiError, issueMessage } from '@/api/errors';
import { message, type Message } from '@/i18n/message';

/** What is wrong with a new password and the same typed again, if anything. */
export interface NewPasswordErrors {
  password?: Message;
  repeat?: Message;
}

/**
 * Checks a new password against the password policy of @ntm/shared, the one the server applies,
 * and its repeat against it. `field` is the name the server gives the password ("newPassword"
 * when users change their own, "password" when an administrator sets one), so that the message
 * is the one the server's refusal would show.
 */
export function newPasswordErrors(password: string, repeat: string, field: string): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  const issue = validatePassword(password, field);
  if (issue) errors.password = issueMessage(issue);
  if (repeat === '') errors.repeat = message('password.repeatMissing');
  else if (repeat !== password) errors.repeat = message('password.mismatch');
  return errors;
}

/** The current password asked before a change: it only has to be there; the server checks it. */
export function currentPasswordError(current: string): Message | null {
  return current === '' ? issueMessage({ field: 'currentPassword', rule: 'required' }) : null;
}

/** A refusal of the server, and the field of the form it is about (none: the form as a whole). */
export interface Refusal<F extends string> {
  field: F | null;
  message: Message;
}

/**
 * Where the server's refusal of a password belongs: on the field it names (among `fields`, by the
 * server's names), or on the form. A wrong current password is said plainly; anything else as
 * `describe` words it (by default as any failure is worded).
 */
export function passwordRefusal<F extends string>(
  error: unknown,
  fields: Readonly<Record<string, F>>,
  describe: (error: unknown) => Message = errorMessage,
): Refusal<F> {
  if (!isApiError(error) || error.code !== ErrorCode.BAD_USER_INPUT) {
    return { field: null, message: describe(error) };
  }
  const name = inputFieldName(error.field);
  const field = name !== null && Object.hasOwn(fields, name) ? fields[name] : null;
  const issue = error.issues[0];
  if (name === 'currentPassword' && issue?.rule === 'notAllowed') {
    return { field, message: message('password.wrongCurrent') };
  }
  return { field, message: describe(error) };
}
