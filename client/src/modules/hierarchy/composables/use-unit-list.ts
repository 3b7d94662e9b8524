import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api';
import { useRowStore } from '@/grid';
import type { Message } from '@/i18n/message';
import { fetchUnit, fetchUnits, type AdminUnitRow, type UnitListQuery } from '../api';

/**
 * The units under one parent, reloaded whenever the parent changes. A change of parent while a
 * list is loading cancels that load, so a slow answer never overwrites a newer one.
 */
export function useUnitList(query: () => UnitListQuery | null) {
  const store = useRowStore<AdminUnitRow>((unit) => unit.code);
  const totalCount = ref(0);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;

  const current = computed(query);
  const queryKey = computed(() =>
    current.value ? `${current.value.level ?? ''}:${current.value.parentCode}` : '',
  );

  async function reload(): Promise<void> {
    controller?.abort();
    const q = current.value;
    error.value = null;
    if (!q) {
      controller = null;
      store.replaceAll([]);
      totalCount.value = 0;
      loading.value = false;
      return;
    }
    const own = new AbortController();
    controller = own;
    loading.value = true;
    try {
      const { units, totalCount: total } = await fetchUnits(q, { signal: own.signal });
      if (own.signal.aborted) return;
      store.replaceAll(units);
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

  /** Reads one unit again (its child count changed, say) and updates its row. */
  async function refreshRow(code: string): Promise<void> {
    const unit = await fetchUnit(code);
    if (unit) store.put(unit);
  }

  /** Adds a unit created here, keeping the count in step. */
  function add(unit: AdminUnitRow): void {
    const isNew = !store.find(unit.code);
    store.add(unit);
    if (isNew) totalCount.value += 1;
  }

  // Another parent: its rows replace the old ones at once, not after the load.
  watch(
    queryKey,
    () => {
      store.replaceAll([]);
      totalCount.value = 0;
      void reload();
    },
    { immediate: true },
  );
  onScopeDispose(() => controller?.abort());

  return {
    store,
    rows: store.rows,
    totalCount,
    loading,
    error,
    active: computed(() => current.value !== null),
    /** Which rows the list holds ("level:parent"): another value is another set of rows. */
    queryKey,
    find: store.find,
    reload,
    refreshRow,
    add,
  };
}

export type UnitList = ReturnType<typeof useUnitList>;
