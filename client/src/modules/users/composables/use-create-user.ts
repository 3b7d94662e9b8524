import { computed, reactive, ref, shallowRef, watch } from 'vue';
import {
  ErrorCode,
  Role,
  normaliseUnitName,
  validatePassword,
  validateUnitName,
  validateUsername,
  type ValidationIssue,
} from '@ntm/shared';
import { inputFieldName, isApiError, issueMessage } from '@/api';
import { useNotices } from '@/composables/use-notices';
import { message, type Message } from '@/i18n/message';
import { createUser, type UserRow } from '../api';
import { roleNeedsUnit } from '@/modules/auth';
import { userErrorMessage } from './user-errors';
import { assignmentUnitCode, validateUnitCode } from './unit-code';

type Field = 'username' | 'displayName' | 'password' | 'unitCode';
const FIELDS: readonly Field[] = ['username', 'displayName', 'password', 'unitCode'];

/** The "new user" form: an account with one role on one unit (more are added afterwards). */
export function useCreateUser(onCreated: (user: UserRow) => void) {
  const notices = useNotices();
  const form = reactive({
    username: '',
    displayName: '',
    password: '',
    role: Role.EDITOR as Role,
    unitCode: '',
  });
  const submitting = ref(false);
  const errors = shallowRef<Partial<Record<Field, Message>>>({});
  const topic = { topic: 'create-user' };

  for (const field of FIELDS) {
    watch(
      () => form[field],
      () => {
        if (errors.value[field]) {
          const { [field]: _cleared, ...rest } = errors.value;
          errors.value = rest;
        }
      },
    );
  }

  // ADMIN covers every unit: its unit field is not used.
  watch(
    () => form.role,
    (role) => {
      if (!roleNeedsUnit(role)) form.unitCode = '';
    },
  );

  function check(): Partial<Record<Field, Message>> {
    const issues: [Field, ValidationIssue | null][] = [
      ['username', validateUsername(form.username.trim(), 'username')],
      ['displayName', validateUnitName(form.displayName, 'displayName')],
      ['password', validatePassword(form.password, 'password')],
      ['unitCode', roleNeedsUnit(form.role) ? validateUnitCode(form.unitCode, 'unitCode') : null],
    ];
    const found: Partial<Record<Field, Message>> = {};
    for (const [field, issue] of issues) if (issue) found[field] = issueMessage(issue);
    return found;
  }

  async function submit(): Promise<void> {
    if (submitting.value) return;
    const found = check();
    errors.value = found;
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      notices.warning(message('users.create.failed', { reason: found[first]! }), topic);
      return;
    }
    submitting.value = true;
    try {
      const user = await createUser({
        username: form.username.trim(),
        displayName: normaliseUnitName(form.displayName),
        password: form.password,
        active: true,
        assignments: [{ role: form.role, unitCode: assignmentUnitCode(form.role, form.unitCode) }],
      });
      form.username = '';
      form.displayName = '';
      form.password = '';
      form.unitCode = '';
      errors.value = {};
      notices.success(message('users.create.created', { name: user.displayName, username: user.username }), topic);
      onCreated(user);
    } catch (cause) {
      const reason = userErrorMessage(cause);
      if (isApiError(cause) && cause.code === ErrorCode.BAD_USER_INPUT) {
        const field = inputFieldName(cause.field);
        const known = FIELDS.find((f) => f === field);
        if (known) errors.value = { ...errors.value, [known]: reason };
      }
      notices.error(message('users.create.failed', { reason }), topic);
    } finally {
      submitting.value = false;
    }
  }

  return {
    form,
    submitting,
    errors,
    needsUnit: computed(() => roleNeedsUnit(form.role)),
    submit,
  };
}
