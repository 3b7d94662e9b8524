import { ErrorCode } from '@ntm/shared';
import { errorMessage, isApiError } from '@/api';
import { message, type Message } from '@/i18n/message';

/**
 * What a refused account change means, in the words of the users page: the server says "not
 * allowed" with a reason for a taken username, an unknown unit, a role listed twice, or an
 * administrator deactivating themselves.
 */
export function userErrorMessage(error: unknown): Message {
  if (isApiError(error) && error.code === ErrorCode.BAD_USER_INPUT) {
    const issue = error.issues[0];
    const reason = issue?.rule === 'notAllowed' ? String(issue.params?.reason ?? '') : '';
    if (reason === 'taken') return message('users.errors.taken');
    if (reason === 'no such unit') return message('users.errors.noSuchUnit');
    if (reason === 'listed twice') return message('users.errors.listedTwice');
    if (reason === 'you cannot deactivate yourself') return message('users.errors.notYourself');
  }
  return errorMessage(error);
}
