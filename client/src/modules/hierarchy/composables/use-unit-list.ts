import { computed, ref } from 'vue';
import { useRowsLoad } from '@/composables/use-rows-load';
import { fetchUnit, fetchUnits, type AdminUnitRow, type UnitListQuery } from '../api';

/**
 * The units under one parent, reloaded whenever the parent changes. A change of parent while a
 * list is loading cancels that load, so a slow answer never overwrites a newer one.
 */
export function useUnitList(query: () => UnitListQuery | null) {
  const totalCount = ref(0);

  // Another parent: its rows replace the old ones at once, not after the load.
  const { store, rows, loading, error, current, queryKey, reload } = useRowsLoad({
    rowKey: (unit: AdminUnitRow) => unit.code,
    query,
    key: (q) => `${q.level ?? ''}:${q.parentCode}`,
    // A long list shows each page as it comes; the whole list replaces them when it is in.
    fetch: (q, signal) =>
      fetchUnits(q, {
        signal,
        onPage: (units, total) => {
          if (signal.aborted) return;
          totalCount.value = total;
          store.replaceAll([...units]);
        },
      }),
    rows: ({ units, totalCount: total }) => {
      totalCount.value = total;
      return units;
    },
    clear: () => (totalCount.value = 0),
    changed: () => (totalCount.value = 0),
  });

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

  return {
    store,
    rows,
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
