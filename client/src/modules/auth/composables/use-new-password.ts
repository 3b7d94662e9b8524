import { computed, reactive, ref, shallowRef, watch } from 'vue';
import type { Message } from '@/i18n/message';
import { newPasswordErrors } from '../password-checks';

export type NewPasswordPart = 'password' | 'repeat';

/**
 * A new password typed twice, checked against the password policy as it is typed. A field's
 * message shows once the user has left the field with something in it, or tried to save; from
 * then on it follows every keystroke, so it goes as soon as the password is right.
 *
 * `field` is the server's name of the password (see newPasswordErrors).
 */
export function useNewPassword(field: string) {
  const password = ref('');
  const repeat = ref('');
  const shown = reactive({ password: false, repeat: false });
  /** The server's refusal of the password, until the password is changed. */
  const refused = shallowRef<Message | null>(null);
  const check = computed(() => newPasswordErrors(password.value, repeat.value, field));
  watch(password, () => (refused.value = null));

  const errors = computed(() => ({
    password: refused.value ?? (shown.password ? check.value.password : undefined) ?? null,
    repeat: (shown.repeat ? check.value.repeat : undefined) ?? null,
  }));

  return {
    password,
    repeat,
    errors,
    /** The user left a field: say what is wrong with it, if they typed anything. */
    left(part: NewPasswordPart): void {
      if ((part === 'password' ? password : repeat).value !== '') shown[part] = true;
    },
    /** Before saving: every message shown; the first field with one, or null when both are right. */
    validate(): NewPasswordPart | null {
      shown.password = true;
      shown.repeat = true;
      if (errors.value.password) return 'password';
      return errors.value.repeat ? 'repeat' : null;
    },
    /** The server refused the password: its reason stays on the field until the password changes. */
    refuse(reason: Message): void {
      refused.value = reason;
    },
    /** Empties both fields and forgets their messages (after saving, or on closing). */
    clear(): void {
      password.value = '';
      repeat.value = '';
      shown.password = false;
      shown.repeat = false;
      refused.value = null;
    },
  };
}

export type NewPassword = ReturnType<typeof useNewPassword>;
