import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api';
import { useRowStore } from '@/grid';
import type { Message } from '@/i18n/message';
import { fetchIndicatorMatrix, type Indicator, type IndicatorMatrixApiRow } from '../api';
import { toIndicatorRow, type IndicatorRow } from '../matrix';

export interface IndicatorMatrixQuery {
  parentCode: string;
  year: number;
}

const sameIndicators = (a: readonly Indicator[], b: readonly Indicator[]): boolean =>
  a.length === b.length &&
  a.every(
    (x, i) => x.key === b[i].key && x.name === b[i].name && x.nameEn === b[i].nameEn && x.unit === b[i].unit,
  );

/**
 * The units below a unit × the indicators they report in a year, read again whenever the unit
 * or the year changes; a newer choice cancels a load under way. The indicators keep their
 * identity while they stay the same, so the grid keeps its columns across reloads and saves.
 */
export function useIndicatorMatrix(query: () => IndicatorMatrixQuery | null) {
  const store = useRowStore<IndicatorRow>((row) => row.code);
  const indicators = shallowRef<readonly Indicator[]>([]);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;

  const current = computed(query);
  const queryKey = computed(() =>
    current.value ? `${current.value.parentCode}:${current.value.year}` : '',
  );

  function useIndicators(next: readonly Indicator[]): readonly Indicator[] {
    if (!sameIndicators(indicators.value, next)) indicators.value = next;
    return indicators.value;
  }

  const toRow = (api: IndicatorMatrixApiRow): IndicatorRow => toIndicatorRow(api, indicators.value);

  async function reload(): Promise<void> {
    controller?.abort();
    const q = current.value;
    error.value = null;
    if (!q) {
      controller = null;
      store.replaceAll([]);
      loading.value = false;
      return;
    }
    const own = new AbortController();
    controller = own;
    loading.value = true;
    try {
      const matrix = await fetchIndicatorMatrix(q.parentCode, q.year, { signal: own.signal });
      if (own.signal.aborted) return;
      useIndicators(matrix.indicators);
      store.replaceAll(matrix.rows.map(toRow));
    } catch (cause) {
      if (own.signal.aborted) return;
      store.replaceAll([]);
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  /** One unit's row read afresh (after a conflict); null when it is no longer there. */
  async function fetchRow(code: string): Promise<IndicatorRow | null> {
    const q = current.value;
    if (!q) return null;
    const matrix = await fetchIndicatorMatrix(q.parentCode, q.year);
    const row = matrix.rows.find((r) => r.unit.code === code);
    return row ? toIndicatorRow(row, useIndicators(matrix.indicators)) : null;
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
