import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api';
import type { Message } from '@/i18n/message';
import { fetchIndicatorProgress, type IndicatorProgressItem } from '../api';

/**
 * A unit's indicators of a year against the plan: read when the unit or the year changes, and
 * again when `revision` moves (after a save). The last answer stays on screen while the next
 * one of the same unit loads.
 */
export function useIndicatorProgress(
  unitCode: () => string | null,
  year: () => number,
  revision: () => number,
) {
  const items = shallowRef<IndicatorProgressItem[] | null>(null);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;

  const key = computed(() => (unitCode() ? `${unitCode()}:${year()}` : ''));

  async function load(): Promise<void> {
    controller?.abort();
    const code = unitCode();
    error.value = null;
    if (!code) {
      controller = null;
      items.value = null;
      loading.value = false;
      return;
    }
    const own = new AbortController();
    controller = own;
    loading.value = true;
    try {
      const next = await fetchIndicatorProgress(year(), code, { signal: own.signal });
      if (own.signal.aborted) return;
      items.value = next;
    } catch (cause) {
      if (own.signal.aborted) return;
      items.value = null;
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  watch(
    key,
    () => {
      items.value = null;
      void load();
    },
    { immediate: true },
  );
  watch(revision, () => void load());
  onScopeDispose(() => controller?.abort());

  return { items, loading, error, reload: load };
}
