import { shallowRef } from 'vue';
import type { RowStore } from './types';

/**
 * Rows kept immutable: every change makes a new array and new objects only for changed rows, so
 * the grid (given row ids) updates those rows alone and keeps focus, selection and scroll. Rows
 * are found by key through an index made once per array, not by a scan: a list can hold every
 * commune of the nation.
 */
export function useRowStore<T>(key: (row: T) => string): RowStore<T> & {
  replaceAll(rows: readonly T[]): void;
} {
  const rows = shallowRef<readonly T[]>([]);
  let indexed: readonly T[] | null = null;
  let index = new Map<string, number>();
  const positions = (): Map<string, number> => {
    if (indexed !== rows.value) {
      index = new Map(rows.value.map((row, i) => [key(row), i]));
      indexed = rows.value;
    }
    return index;
  };

  function putMany(changed: readonly T[]): void {
    const at = positions();
    let next: T[] | null = null;
    for (const row of changed) {
      const i = at.get(key(row));
      if (i === undefined) continue;
      next ??= rows.value.slice();
      next[i] = row;
    }
    if (!next) return;
    rows.value = next;
    // Same keys at the same places: the index holds.
    indexed = next;
  }

  return {
    rows,
    key,
    find: (k) => {
      const i = positions().get(k);
      return i === undefined ? undefined : rows.value[i];
    },
    put: (row) => putMany([row]),
    putMany,
    add(row) {
      if (positions().has(key(row))) putMany([row]);
      else rows.value = [...rows.value, row];
    },
    remove(k) {
      if (positions().has(k)) rows.value = rows.value.filter((r) => key(r) !== k);
    },
    replaceAll(next) {
      rows.value = next;
    },
  };
}
