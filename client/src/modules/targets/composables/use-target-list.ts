import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import type { AdminLevel } from '@ntm/shared';
import { errorMessage, type RequestOptions } from '@/api';
import { useRowStore } from '@/grid';
import type { Message } from '@/i18n/message';
import type { TargetRecord } from '../api';
import { toRow, type TargetGridRow } from '../rows';

/**
 * Targets as grid rows, read again whenever the query changes. A change while a list is loading
 * cancels that load, so a slow answer never overwrites a newer one.
 */
export function useTargetList<Q extends { unitLevel: AdminLevel }>(
  query: () => Q,
  load: (query: Q, options: RequestOptions) => Promise<TargetRecord[]>,
) {
  const store = useRowStore<TargetGridRow>((row) => row.key);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;

  const current = computed(query);
  /** Which rows the list holds: another value is another set of rows. */
  const queryKey = computed(() => JSON.stringify(current.value));

  async function reload(): Promise<void> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    const q = current.value;
    error.value = null;
    loading.value = true;
    try {
      const records = await load(q, { signal: own.signal });
      if (own.signal.aborted) return;
      store.replaceAll(records.map((r) => toRow(r, q.unitLevel)));
    } catch (cause) {
      if (own.signal.aborted) return;
      store.replaceAll([]);
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  watch(
    queryKey,
    () => {
      store.replaceAll([]);
      void reload();
    },
    { immediate: true },
  );
  onScopeDispose(() => controller?.abort());

  return {
    store,
    rows: store.rows,
    count: computed(() => store.rows.value.length),
    loading,
    error,
    query: current,
    queryKey,
    reload,
  };
}

export type TargetList = ReturnType<typeof useTargetList>;
