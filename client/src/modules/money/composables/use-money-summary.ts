import { shallowRef } from 'vue';
import { useQueryLoad } from '@/composables/use-query-load';
import { fetchBudgetSummary, fetchCheckpointStatus, type BudgetSummary, type CheckpointStatusRecord } from '../api';

export interface SummaryQuery {
  unitCode: string | null;
  year: number | null;
  asOf: string;
}

/** A unit's money as of a date and where it stands against each checkpoint of the plan. */
export function useMoneySummary(query: () => SummaryQuery | null) {
  const summary = shallowRef<BudgetSummary | null>(null);
  const checkpoints = shallowRef<CheckpointStatusRecord[]>([]);
  // What is shown stays until the next answer comes.
  const { loading, error, reload } = useQueryLoad({
    query,
    fetch: (q, signal) =>
      Promise.all([
        fetchBudgetSummary(q, { signal }),
        fetchCheckpointStatus({ asOf: q.asOf, unitCode: q.unitCode }, { signal }),
      ]),
    take: ([s, c]) => {
      summary.value = s;
      checkpoints.value = c;
    },
  });

  return { summary, checkpoints, loading, error, reload };
}
