import { shallowRef } from 'vue';
import { useRowsLoad } from '@/composables/use-rows-load';
import { fetchMatrix, type CriteriaMatrix } from '../api';
import { toMatrixRow, type Criterion, type MatrixApiRow, type MatrixRow } from '../matrix';

export interface MatrixQuery {
  districtCode: string;
  year: number;
}

const sameCriteria = (a: readonly Criterion[], b: readonly Criterion[]): boolean =>
  a.length === b.length &&
  a.every((c, i) => c.code === b[i].code && c.name === b[i].name && c.parentCode === b[i].parentCode);

/**
 * A district's communes × criteria in a year, read again whenever the district or the year
 * changes. A change while a matrix is loading cancels that load, so a slow answer never
 * overwrites a newer one. The criteria keep their identity while they stay the same, so the
 * grid keeps its columns (and the user's widths) across reloads and saves.
 */
export function useCriteriaMatrix(query: () => MatrixQuery | null) {
  const criteria = shallowRef<readonly Criterion[]>([]);
  const set = shallowRef<CriteriaMatrix['set'] | null>(null);

  function useCriteria(next: readonly Criterion[]): readonly Criterion[] {
    if (!sameCriteria(criteria.value, next)) criteria.value = next;
    return criteria.value;
  }

  const rowOf = (api: MatrixApiRow): MatrixRow => toMatrixRow(api, criteria.value);

  // Another district or year: its rows replace the old ones at once, not after the load.
  const { store, rows, loading, error, current, queryKey, reload } = useRowsLoad({
    rowKey: (row: MatrixRow) => row.code,
    query,
    key: (q) => `${q.districtCode}:${q.year}`,
    fetch: (q, signal) => fetchMatrix(q.districtCode, q.year, null, { signal }),
    rows: (matrix) => {
      useCriteria(matrix.criteria);
      set.value = matrix.set;
      return matrix.rows.map(rowOf);
    },
    clear: () => (set.value = null),
  });

  /** One commune's row read afresh (after a conflict); null when it is no longer there. */
  async function fetchRow(code: string): Promise<MatrixRow | null> {
    const q = current.value;
    if (!q) return null;
    const matrix = await fetchMatrix(q.districtCode, q.year, set.value?.key ?? null);
    const row = matrix.rows.find((r) => r.unit.code === code);
    return row ? toMatrixRow(row, useCriteria(matrix.criteria)) : null;
  }

  return {
    store,
    rows,
    criteria,
    set,
    loading,
    error,
    /** Which rows the matrix holds ("district:year"): another value is another set of rows. */
    queryKey,
    reload,
    fetchRow,
    toRow: rowOf,
  };
}

export type CriteriaMatrixList = ReturnType<typeof useCriteriaMatrix>;
