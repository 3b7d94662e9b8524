import { ref, shallowRef, watch } from 'vue';
import { useNotices } from '@/composables/use-notices';
import { message, type Message } from '@/i18n/message';
import { changePassword } from '../api';
import { currentPasswordError, passwordRefusal } from '../password-checks';
import { reloadUser } from '../session';
import { type NewPasswordPart, useNewPassword } from './use-new-password';

/** A field of the form, to take the focus to when something is wrong with it. */
export type ChangePasswordField = 'current' | NewPasswordPart;

/** The server's names of the fields, as it names them in a refusal. */
const SERVER_FIELDS = { currentPassword: 'current', newPassword: 'password' } as const;

/**
 * The signed-in user changes their password: the current one, then a new one twice. The policy
 * is checked before anything is sent; the server's refusal is shown on the field it names. The
 * server ends the user's other sessions and keeps this one.
 */
export function useChangePassword() {
  const notices = useNotices();
  const current = ref('');
  const currentError = shallowRef<Message | null>(null);
  const next = useNewPassword('newPassword');
  const formError = shallowRef<Message | null>(null);
  const submitting = ref(false);

  watch(current, () => (currentError.value = null));

  /** Sends the change if the form is right; answers the first field to correct, if any. */
  async function submit(): Promise<ChangePasswordField | null> {
    if (submitting.value) return null;
    formError.value = null;
    currentError.value = currentPasswordError(current.value);
    const invalid = next.validate();
    if (currentError.value) return 'current';
    if (invalid) return invalid;

    submitting.value = true;
    try {
      await changePassword(current.value, next.password.value);
      current.value = '';
      next.clear();
      notices.success(message('password.changed'), { topic: 'change-password' });
      // The account's version moved on.
      void reloadUser().catch(() => undefined);
      return null;
    } catch (cause) {
      const refusal = passwordRefusal(cause, SERVER_FIELDS);
      if (refusal.field === 'current') currentError.value = refusal.message;
      else if (refusal.field === 'password') next.refuse(refusal.message);
      else formError.value = message('password.failed', { reason: refusal.message });
      return refusal.field;
    } finally {
      submitting.value = false;
    }
  }

  return { current, currentError, next, formError, submitting, submit };
}
