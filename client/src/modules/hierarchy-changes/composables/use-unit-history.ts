import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { queryText } from '@/composables/use-unit-choice';
import { useValueLoad } from '@/composables/use-query-load';
import { fetchUnitHistory } from '../api';

/** The address's name of the unit whose history is shown: `?ma=20821`. */
export const HISTORY_PARAM = 'ma';
/** GSO codes (2, 3 or 5 digits) and village codes (commune code-NNN). */
export const UNIT_CODE_PATTERN = /^\d{2,5}(-\d{1,4})?$/;

/**
 * The history of the unit named in the address (so a link opens it, and back goes to the one
 * before), read again whenever `revision` moves (a change applied or reverted on the page).
 */
export function useUnitHistory(revision: () => number) {
  const route = useRoute();
  const router = useRouter();

  const code = computed(() => queryText(route.query, HISTORY_PARAM, UNIT_CODE_PATTERN));

  const {
    value: history,
    loading,
    error,
  } = useValueLoad({
    query: () => code.value,
    key: (c) => c,
    fetch: (c, signal) => fetchUnitHistory(c, { signal }),
    revision,
  });

  /** Shows a unit's history (a new entry in the browser's history, so back returns). */
  async function show(next: string): Promise<void> {
    if (next === code.value) return;
    await router.push({ query: { ...route.query, [HISTORY_PARAM]: next } });
  }

  /** The history was read and no unit has the code. */
  const notFound = computed(() => !!code.value && !loading.value && !error.value && history.value === null);

  return { code, history, loading, error, notFound, show };
}
