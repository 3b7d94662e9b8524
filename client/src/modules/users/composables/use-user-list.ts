import { onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api';
import { useRowStore } from '@/grid';
import type { Message } from '@/i18n/message';
import { fetchUsers, type UserRow } from '../api';

const SEARCH_DELAY_MS = 300;

/** The users, or those a search finds; a newer search cancels the load of an older one. */
export function useUserList() {
  const store = useRowStore<UserRow>((user) => user.username);
  const search = ref('');
  const totalCount = ref(0);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;
  let searchTimer: number | undefined;

  async function reload(): Promise<void> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    loading.value = true;
    error.value = null;
    try {
      const { users, totalCount: total } = await fetchUsers(search.value.trim() || null, {
        signal: own.signal,
      });
      if (own.signal.aborted) return;
      store.replaceAll(users);
      totalCount.value = total;
    } catch (cause) {
      if (own.signal.aborted) return;
      store.replaceAll([]);
      totalCount.value = 0;
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  /** Adds a user created here, keeping the count in step. */
  function add(user: UserRow): void {
    const isNew = !store.find(user.username);
    store.add(user);
    if (isNew) totalCount.value += 1;
  }

  watch(search, () => {
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => void reload(), SEARCH_DELAY_MS);
  });
  void reload();
  onScopeDispose(() => {
    window.clearTimeout(searchTimer);
    controller?.abort();
  });

  return {
    store,
    rows: store.rows,
    search,
    totalCount,
    loading,
    error,
    find: store.find,
    reload,
    add,
  };
}

export type UserList = ReturnType<typeof useUserList>;
