import { computed } from 'vue';
import type { AdminLevel } from '@ntm/shared';
import type { RequestOptions } from '@/api';
import { useRowsLoad } from '@/composables/use-rows-load';
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
  const list = useRowsLoad({
    rowKey: (row: TargetGridRow) => row.key,
    query,
    fetch: (q, signal) => load(q, { signal }),
    rows: (records, q) => records.map((r) => toRow(r, q.unitLevel)),
  });
  const { store, rows, loading, error, current, queryKey, reload } = list;

  return {
    store,
    rows,
    count: computed(() => rows.value.length),
    loading,
    error,
    query: current,
    /** Which rows the list holds: another value is another set of rows. */
    queryKey,
    reload,
  };
}

export type TargetList = ReturnType<typeof useTargetList>;
