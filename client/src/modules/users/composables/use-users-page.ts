import { computed, ref, useTemplateRef } from 'vue';
import type { UserRow } from '../api';
import { useAssignmentsEditor } from './use-assignments-editor';
import { useResetPassword } from './use-reset-password';
import { useUserGrid } from './use-user-grid';
import { useUserList } from './use-user-list';
import { reloadUser, sessionUser } from '@/modules/auth';

/**
 * The users page: the list, its grid, the selected user, the editing of their roles and the
 * resetting of their password.
 */
export function useUsersPage() {
  const list = useUserList();
  const grid = useUserGrid(list);
  const selected = ref<string | null>(null);
  const gridRef = useTemplateRef<{ reveal(key: string): void }>('grid');

  const editor = useAssignmentsEditor({
    find: list.find,
    onSaved(user: UserRow) {
      list.store.put(user);
      if (user.username === sessionUser.value?.username) void reloadUser().catch(() => undefined);
    },
  });

  // The row takes the account's new version.
  const reset = useResetPassword({ find: list.find, onSaved: (user) => list.store.put(user) });

  function created(user: UserRow): void {
    list.add(user);
    selected.value = user.username;
    gridRef.value?.reveal(user.username);
  }

  return {
    list,
    ...grid,
    selected,
    selectedUser: computed(() => (selected.value ? (list.find(selected.value) ?? null) : null)),
    editor,
    created,
    editAssignments(): void {
      if (selected.value) editor.open(selected.value);
    },
    reset,
    resetPassword(): void {
      if (selected.value) reset.open(selected.value);
    },
  };
}
