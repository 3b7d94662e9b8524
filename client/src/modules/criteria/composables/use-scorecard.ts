import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api';
import type { Message } from '@/i18n/message';
import { fetchScorecard, type CommuneScorecard } from '../api';

/**
 * A commune's scorecard of a year: read when the commune or the year changes, and again when
 * `revision` moves (after a save). The last card stays on screen while the next one loads.
 */
export function useScorecard(
  code: () => string | null,
  year: () => number,
  revision: () => number,
) {
  const card = shallowRef<CommuneScorecard | null>(null);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;

  const key = computed(() => (code() ? `${code()}:${year()}` : ''));

  async function load(): Promise<void> {
    controller?.abort();
    const c = code();
    error.value = null;
    if (!c) {
      controller = null;
      card.value = null;
      loading.value = false;
      return;
    }
    const own = new AbortController();
    controller = own;
    loading.value = true;
    try {
      const next = await fetchScorecard(c, year(), { signal: own.signal });
      if (own.signal.aborted) return;
      card.value = next;
    } catch (cause) {
      if (own.signal.aborted) return;
      card.value = null;
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  // Another commune or year: not the old card meanwhile.
  watch(
    key,
    () => {
      card.value = null;
      void load();
    },
    { immediate: true },
  );
  watch(revision, () => void load());
  onScopeDispose(() => controller?.abort());

  return { card, loading, error, reload: load };
}
