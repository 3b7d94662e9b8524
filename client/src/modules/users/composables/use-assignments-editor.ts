import { ref, shallowRef } from 'vue';
import { ErrorCode, Role } from '@ntm/shared';
import { hasErrorCode, issueMessage } from '@/api';
import { useNotices } from '@/composables/use-notices';
import { message, type Message } from '@/i18n/message';
import { fetchUser, updateUser, type UserRow } from '../api';
import { roleNeedsUnit } from '@/modules/auth';
import { assignmentUnitCode, validateUnitCode } from './unit-code';
import { userErrorMessage } from './user-errors';

export interface AssignmentDraft {
  id: number;
  role: Role;
  unitCode: string;
}

/**
 * Editing a user's roles: the (role, unit) rows as a list to change, saved at once in place of
 * the user's (updateUser with `assignments`), on the version read.
 */
export function useAssignmentsEditor(options: {
  find(username: string): UserRow | undefined;
  onSaved(user: UserRow): void;
}) {
  const notices = useNotices();
  const user = shallowRef<UserRow | null>(null);
  const rows = ref<AssignmentDraft[]>([]);
  const errors = shallowRef<Record<number, Message>>({});
  const formError = shallowRef<Message | null>(null);
  const saving = ref(false);
  let nextId = 1;

  function fill(from: UserRow): void {
    user.value = from;
    rows.value = from.assignments.map((a) => ({
      id: nextId++,
      role: a.role as Role,
      unitCode: a.unit?.code ?? '',
    }));
    errors.value = {};
    formError.value = null;
  }

  function open(username: string): void {
    const found = options.find(username);
    if (found) fill(found);
  }

  function close(): void {
    user.value = null;
    rows.value = [];
  }

  function add(): void {
    rows.value = [...rows.value, { id: nextId++, role: Role.VIEWER, unitCode: '' }];
  }

  function remove(id: number): void {
    rows.value = rows.value.filter((r) => r.id !== id);
    const { [id]: _removed, ...rest } = errors.value;
    errors.value = rest;
  }

  async function save(): Promise<void> {
    const current = user.value;
    if (!current || saving.value) return;
    const found: Record<number, Message> = {};
    for (const row of rows.value) {
      const issue = roleNeedsUnit(row.role) ? validateUnitCode(row.unitCode, 'unitCode') : null;
      if (issue) found[row.id] = issueMessage(issue);
    }
    errors.value = found;
    if (Object.keys(found).length > 0) return;

    // The same role on the same unit twice is once.
    const seen = new Set<string>();
    const assignments = rows.value
      .map((r) => ({ role: r.role, unitCode: assignmentUnitCode(r.role, r.unitCode) }))
      .filter((a) => {
        const key = `${a.role}:${a.unitCode ?? ''}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });

    saving.value = true;
    formError.value = null;
    const label = `${current.displayName} (${current.username})`;
    try {
      const saved = await updateUser(current.username, current.version, { assignments });
      options.onSaved(saved);
      notices.success(message('users.assignments.saved', { user: label }), {
        topic: `assignments:${current.username}`,
      });
      close();
    } catch (cause) {
      if (hasErrorCode(cause, ErrorCode.CONFLICT)) {
        // Someone else changed the user meanwhile: show their version, to edit again.
        formError.value = message('users.assignments.conflict', { user: label });
        try {
          const fresh = await fetchUser(current.username);
          if (fresh) {
            options.onSaved(fresh);
            const conflictMessage = formError.value;
            fill(fresh);
            formError.value = conflictMessage;
          }
        } catch {
          // The message asks to try again; the old rows stay.
        }
      } else {
        formError.value = message('users.assignments.failed', { reason: userErrorMessage(cause) });
      }
    } finally {
      saving.value = false;
    }
  }

  return { user, rows, errors, formError, saving, open, close, add, remove, save };
}
