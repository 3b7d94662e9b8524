import { onScopeDispose, ref, watch } from 'vue';
import { useLatestLoad } from '@/composables/use-query-load';
import { useRowStore } from '@/grid';
import { fetchUsers, type UserRow } from '../api';

const SEARCH_DELAY_MS = 300;

/** The users, or those a search finds; a newer search cancels the load of an older one. */
export function useUserList() {
  const store = useRowStore<UserRow>((user) => user.username);
  const search = ref('');
  const totalCount = ref(0);
  const { loading, error, run, cancel } = useLatestLoad();
  let searchTimer: number | undefined;

  function reload(): Promise<void> {
    return run(
      (signal) => fetchUsers(search.value.trim() || null, { signal }),
      ({ users, totalCount: total }) => {
        store.replaceAll(users);
        totalCount.value = total;
      },
      () => {
        store.replaceAll([]);
        totalCount.value = 0;
      },
    );
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
    cancel();
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
