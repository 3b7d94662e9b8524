import { shallowRef } from 'vue';
import { useRowsLoad } from '@/composables/use-rows-load';
import { fetchIndicatorMatrix, type Indicator, type IndicatorMatrixApiRow } from '../api';
import { toIndicatorRow, type IndicatorRow } from '../matrix';

export interface IndicatorMatrixQuery {
  parentCode: string;
  year: number;
}

const sameIndicators = (a: readonly Indicator[], b: readonly Indicator[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => x.key === b[i].key && x.name === b[i].name && x.nameEn === b[i].nameEn && x.unit === b[i].unit);

/**
 * The units below a unit × the indicators they report in a year, read again whenever the unit
 * or the year changes; a newer choice cancels a load under way. The indicators keep their
 * identity while they stay the same, so the grid keeps its columns across reloads and saves.
 */
export function useIndicatorMatrix(query: () => IndicatorMatrixQuery | null) {
  const indicators = shallowRef<readonly Indicator[]>([]);

  function useIndicators(next: readonly Indicator[]): readonly Indicator[] {
    if (!sameIndicators(indicators.value, next)) indicators.value = next;
    return indicators.value;
  }

  const toRow = (api: IndicatorMatrixApiRow): IndicatorRow => toIndicatorRow(api, indicators.value);

  const { store, rows, loading, error, current, queryKey, reload } = useRowsLoad({
    rowKey: (row: IndicatorRow) => row.code,
    query,
    key: (q) => `${q.parentCode}:${q.year}`,
    fetch: (q, signal) => fetchIndicatorMatrix(q.parentCode, q.year, { signal }),
    rows: (matrix) => {
      useIndicators(matrix.indicators);
      return matrix.rows.map(toRow);
    },
  });

  /** One unit's row read afresh (after a conflict); null when it is no longer there. */
  async function fetchRow(code: string): Promise<IndicatorRow | null> {
    const q = current.value;
    if (!q) return null;
    const matrix = await fetchIndicatorMatrix(q.parentCode, q.year);
    const row = matrix.rows.find((r) => r.unit.code === code);
    return row ? toIndicatorRow(row, useIndicators(matrix.indicators)) : null;
  }

  return {
    store,
    rows,
    indicators,
    loading,
    error,
    /** Which rows the matrix holds ("unit:year"): another value is another set of rows. */
    queryKey,
    reload,
    fetchRow,
    toRow,
  };
}

export type IndicatorMatrixList = ReturnType<typeof useIndicatorMatrix>;
