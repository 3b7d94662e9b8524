import { onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api';
import { useRowStore } from '@/grid';
import type { Message } from '@/i18n/message';

/**
 * Rows of a sheet read from a list query, read again when `scope` changes; a newer scope
 * cancels a load under way, so a slow answer never overwrites a newer one.
 */
export function useRecordList<T>(
  key: (row: T) => string,
  scope: () => string,
  fetch: (signal: AbortSignal) => Promise<T[]>,
) {
  const store = useRowStore<T>(key);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;

  async function reload(): Promise<void> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    loading.value = true;
    error.value = null;
    try {
      const rows = await fetch(own.signal);
      if (own.signal.aborted) return;
      store.replaceAll(rows);
    } catch (cause) {
      if (own.signal.aborted) return;
      store.replaceAll([]);
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  watch(
    scope,
    () => {
      store.replaceAll([]);
      void reload();
    },
    { immediate: true },
  );
  onScopeDispose(() => controller?.abort());

  return { store, rows: store.rows, loading, error, reload };
}
