import { computed, ref } from 'vue';
import { useRowsLoad } from '@/composables/use-rows-load';
import { fetchUnit, fetchUnits, type AdminUnitRow, type UnitListQuery } from '../api';

/**
 * The units under one parent (or every unit of a level), reloaded whenever the query changes. A
 * change while a list is loading cancels that load, so a slow answer never overwrites a newer one.
 */
export function useUnitList(query: () => UnitListQuery | null) {
  const totalCount = ref(0);

  // Another query: its rows replace the old ones at once, not after the load.
  const { store, rows, loading, error, current, queryKey, reload } = useRowsLoad({
    rowKey: (unit: AdminUnitRow) => unit.code,
    query,
    key: (q) => `${q.level ?? ''}:${q.parentCode ?? ''}`,
    // A long list shows each page as it comes: the first replaces the rows shown, the next ones
    // are added after them, so that a row saved meanwhile stays as saved.
    fetch: async (q, signal) => {
      let shown = 0;
      const answer = await fetchUnits(q, {
        signal,
        onPage: (units, total) => {
          if (signal.aborted) return;
          totalCount.value = total;
          store.replaceAll(withPage(units, shown));
          shown = units.length;
        },
      });
      return { ...answer, shown };
    },
    rows: ({ units, totalCount: total, shown }) => {
      totalCount.value = total;
      return withPage(units, shown);
    },
    clear: () => (totalCount.value = 0),
    changed: () => (totalCount.value = 0),
  });

  /**
   * The rows once `units` are read, of which the first `shown` are in the store already (as read,
   * or as saved since): the store's rows and the units after them it does not hold yet.
   */
  function withPage(units: readonly AdminUnitRow[], shown: number): readonly AdminUnitRow[] {
    if (shown === 0) return units.slice();
    const held = store.rows.value;
    const keys = new Set(held.map((unit) => unit.code));
    const next = held.slice();
    for (let i = shown; i < units.length; i += 1) if (!keys.has(units[i].code)) next.push(units[i]);
    return next;
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
