import { onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api';
import type { Message } from '@/i18n/message';
import {
  fetchModelCoverage,
  fetchOcopSummary,
  type ModelCoverage,
  type OcopSummary,
} from '../api';

/**
 * The OCOP totals (of a district, or of everything the user sees) and the model coverage by the
 * end of a year; read again when the choice changes or `revision` moves (after a save).
 */
export function useOcopFigures(
  unitCode: () => string | null,
  year: () => number,
  revision: () => number,
) {
  const summary = shallowRef<OcopSummary | null>(null);
  const coverage = shallowRef<ModelCoverage | null>(null);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;

  async function load(): Promise<void> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    loading.value = true;
    error.value = null;
    try {
      const [s, c] = await Promise.all([
        fetchOcopSummary(year(), unitCode(), { signal: own.signal }),
        fetchModelCoverage(year(), { signal: own.signal }),
      ]);
      if (own.signal.aborted) return;
      summary.value = s;
      coverage.value = c;
    } catch (cause) {
      if (own.signal.aborted) return;
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  watch(() => `${unitCode() ?? ''}:${year()}:${revision()}`, () => void load(), { immediate: true });
  onScopeDispose(() => controller?.abort());

  return { summary, coverage, loading, error, reload: load };
}
