import { shallowRef } from 'vue';
import type { RowStore } from './types';

/**
 * Rows kept immutable: every change makes a new array and new objects only for changed rows, so
 * the grid (given row ids) updates those rows alone and keeps focus, selection and scroll.
 */
export function useRowStore<T>(key: (row: T) => string): RowStore<T> & {
  replaceAll(rows: readonly T[]): void;
} {
  const rows = shallowRef<readonly T[]>([]);

  return {
    rows,
    key,
    find: (k) => rows.value.find((row) => key(row) === k),
    put(row) {
      const k = key(row);
      rows.value = rows.value.map((r) => (key(r) === k ? row : r));
    },
    add(row) {
      const k = key(row);
      rows.value = rows.value.some((r) => key(r) === k)
        ? rows.value.map((r) => (key(r) === k ? row : r))
        : [...rows.value, row];
    },
    remove(k) {
      rows.value = rows.value.filter((r) => key(r) !== k);
    },
    replaceAll(next) {
      rows.value = next;
    },
  };
}
