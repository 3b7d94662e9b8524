import { useRowStore } from '@/grid/use-row-store';
import { useQueryLoad, type QueryLoadOptions } from './use-query-load';

export interface RowsLoadOptions<Q, T, A> extends Pick<QueryLoadOptions<Q, A>, 'query' | 'key' | 'fetch'> {
  /** A row's key in the store. */
  rowKey: (row: T) => string;
  /** The rows of an answer (and whatever else of it the caller keeps). */
  rows: (answer: A, query: Q) => readonly T[];
  /** Clears what else was kept of an answer: there is no query, or the load failed. */
  clear?: () => void;
  /** The key changed: runs as the old rows go, before the new load. */
  changed?: () => void;
}

/**
 * The rows of a grid read for a query (a district's communes, a unit's projects…), read again
 * whenever the query's key changes: the old rows go at once, not after the load, and a newer
 * query cancels the load under way, so a slow answer never overwrites a newer one. No query, or
 * a failed load, leaves no rows.
 */
export function useRowsLoad<Q, T, A = readonly T[]>(options: RowsLoadOptions<Q, T, A>) {
  const store = useRowStore<T>(options.rowKey);
  const load = useQueryLoad<Q, A>({
    query: options.query,
    key: options.key,
    fetch: options.fetch,
    take: (answer, q) => store.replaceAll(options.rows(answer, q)),
    drop: () => {
      store.replaceAll([]);
      options.clear?.();
    },
    changed: () => {
      store.replaceAll([]);
      options.changed?.();
    },
  });
  return { store, rows: store.rows, ...load };
}
