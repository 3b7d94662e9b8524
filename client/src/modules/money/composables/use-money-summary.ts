import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api';
import type { Message } from '@/i18n/message';
import {
  fetchBudgetSummary,
  fetchCheckpointStatus,
  type BudgetSummary,
  type CheckpointStatusRecord,
} from '../api';

export interface SummaryQuery {
  unitCode: string | null;
  year: number | null;
  asOf: string;
}

/** A unit's money as of a date and where it stands against each checkpoint of the plan. */
export function useMoneySummary(query: () => SummaryQuery | null) {
  const summary = shallowRef<BudgetSummary | null>(null);
  const checkpoints = shallowRef<CheckpointStatusRecord[]>([]);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;
  const current = computed(query);
  const key = computed(() => (current.value ? JSON.stringify(current.value) : ''));

  async function reload(): Promise<void> {
    controller?.abort();
    const q = current.value;
    if (!q) return;
    const own = new AbortController();
    controller = own;
    loading.value = true;
    error.value = null;
    try {
      const [s, c] = await Promise.all([
        fetchBudgetSummary(q, { signal: own.signal }),
        fetchCheckpointStatus({ asOf: q.asOf, unitCode: q.unitCode }, { signal: own.signal }),
      ]);
      if (own.signal.aborted) return;
      summary.value = s;
      checkpoints.value = c;
    } catch (cause) {
      if (own.signal.aborted) return;
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  watch(key, () => void reload(), { immediate: true });
  onScopeDispose(() => controller?.abort());

  return { summary, checkpoints, loading, error, reload };
}
