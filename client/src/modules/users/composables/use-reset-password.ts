import { computed, ref, shallowRef } from 'vue';
import { ErrorCode } from '@ntm/shared';
import { hasErrorCode } from '@/api';
import { useNotices } from '@/composables/use-notices';
import { message, type Message } from '@/i18n/message';
import { sessionUser } from '@/modules/auth';
// By path, not through the module's index, which the first page loads: they load with this page.
import { type NewPasswordPart, useNewPassword } from '@/modules/auth/composables/use-new-password';
import { passwordRefusal } from '@/modules/auth/password-checks';
import { fetchUser, updateUser, type UserRow } from '../api';
import { userErrorMessage } from './user-errors';

/**
 * An administrator sets a new password for a user (updateUser with `password`) on the version
 * read; the server then signs that user out everywhere. One's own password is changed with the
 * current one instead, on the change-password page: a reset would end this very session.
 */
export function useResetPassword(options: {
  find(username: string): UserRow | undefined;
  onSaved(user: UserRow): void;
}) {
  const notices = useNotices();
  const user = shallowRef<UserRow | null>(null);
  const next = useNewPassword('password');
  const formError = shallowRef<Message | null>(null);
  const saving = ref(false);
  const own = computed(() => !!user.value && user.value.username === sessionUser.value?.username);

  function open(username: string): void {
    const found = options.find(username);
    if (!found) return;
    next.clear();
    formError.value = null;
    user.value = found;
  }

  function close(): void {
    user.value = null;
    next.clear();
    formError.value = null;
  }

  /** Saves if the password is right; answers the field to correct, if any. */
  async function save(): Promise<NewPasswordPart | null> {
    const target = user.value;
    if (!target || own.value || saving.value) return null;
    formError.value = null;
    const invalid = next.validate();
    if (invalid) return invalid;

    saving.value = true;
    const label = `${target.displayName} (${target.username})`;
    try {
      const saved = await updateUser(target.username, target.version, { password: next.password.value });
      options.onSaved(saved);
      notices.success(message('users.password.done', { user: label }), {
        topic: `password:${target.username}`,
      });
      close();
      return null;
    } catch (cause) {
      if (hasErrorCode(cause, ErrorCode.CONFLICT)) {
        // Someone else changed the account meanwhile: its row and the dialog take their version,
        // the typed password stays, and saving again sets it on that version.
        formError.value = message('users.password.conflict', { user: label });
        try {
          const fresh = await fetchUser(target.username);
          if (fresh) {
            options.onSaved(fresh);
            if (user.value?.username === fresh.username) user.value = fresh;
          }
        } catch {
          // The message asks to try again; the version read stays.
        }
        return null;
      }
      const refusal = passwordRefusal(cause, { password: 'password' } as const, userErrorMessage);
      if (refusal.field) next.refuse(refusal.message);
      else formError.value = message('users.password.failed', { reason: refusal.message });
      return refusal.field;
    } finally {
      saving.value = false;
    }
  }

  return { user, own, next, formError, saving, open, close, save };
}
