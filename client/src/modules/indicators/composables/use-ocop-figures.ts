import { shallowRef } from 'vue';
import { useQueryLoad } from '@/composables/use-query-load';
import { fetchModelCoverage, fetchOcopSummary, type ModelCoverage, type OcopSummary } from '../api';

/**
 * The OCOP totals (of a district, or of everything the user sees) and the model coverage by the
 * end of a year; read again when the choice changes or `revision` moves (after a save).
 */
export function useOcopFigures(unitCode: () => string | null, year: () => number, revision: () => number) {
  const summary = shallowRef<OcopSummary | null>(null);
  const coverage = shallowRef<ModelCoverage | null>(null);
  const { loading, error, reload } = useQueryLoad({
    query: () => ({ unitCode: unitCode(), year: year(), revision: revision() }),
    key: (q) => `${q.unitCode ?? ''}:${q.year}:${q.revision}`,
    fetch: (q, signal) =>
      Promise.all([fetchOcopSummary(q.year, q.unitCode, { signal }), fetchModelCoverage(q.year, { signal })]),
    take: ([s, c]) => {
      summary.value = s;
      coverage.value = c;
    },
  });

  return { summary, coverage, loading, error, reload };
}
