import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api/errors';
import type { Message } from '@/i18n/message';

/**
 * One load at a time: a newer load cancels the one under way (its request is aborted), so a slow
 * answer never overwrites a newer one. `loading` and `error` tell how the latest load is going;
 * a load still under way when the component goes is cancelled.
 */
export function useLatestLoad() {
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;

  /**
   * Loads, cancelling the load under way. `take` gets the answer, unless a newer load (or
   * `stop`) came first; on a failure `failed` runs, then `error` says why.
   */
  async function run<T>(
    fetch: (signal: AbortSignal) => Promise<T>,
    take: (answer: T) => void,
    failed?: (cause: unknown) => void,
  ): Promise<void> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    loading.value = true;
    error.value = null;
    try {
      const answer = await fetch(own.signal);
      if (own.signal.aborted) return;
      take(answer);
    } catch (cause) {
      if (own.signal.aborted) return;
      failed?.(cause);
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  /** Cancels the load under way; it ends as it would have (its `loading` goes). */
  function cancel(): void {
    controller?.abort();
  }

  /** Cancels the load under way, and says there is nothing loading and no error. */
  function stop(): void {
    controller?.abort();
    controller = null;
    loading.value = false;
    error.value = null;
  }

  onScopeDispose(() => controller?.abort());

  return { loading, error, run, cancel, stop };
}

export interface QueryLoadOptions<Q, T> {
  /** What to load; null: nothing to load (what was shown is dropped). */
  query: () => Q | null;
  /** Which query it is: another key is another thing, read at once. By default, the query as JSON. */
  key?: (query: Q) => string;
  fetch: (query: Q, signal: AbortSignal) => Promise<T>;
  /** Takes the answer of the latest load. */
  take: (answer: T, query: Q) => void;
  /** Drops what was shown: there is no query, or the load failed. */
  drop?: () => void;
  /** The key changed: runs before the new load (what was shown is another thing's). */
  changed?: () => void;
  /** Reads again, keeping what is shown meanwhile, whenever this moves (after a save, say). */
  revision?: () => unknown;
}

/**
 * Loads what a query names whenever its key changes (and when `revision` moves), one load at a
 * time: a newer query cancels the load under way, so a slow answer never overwrites a newer one.
 */
export function useQueryLoad<Q, T>(options: QueryLoadOptions<Q, T>) {
  const { loading, error, run, stop } = useLatestLoad();
  const current = computed(options.query);
  const keyOf = options.key ?? ((q: Q) => JSON.stringify(q));
  /** Which query is shown ('' for none): another value is another thing. */
  const queryKey = computed(() => (current.value === null ? '' : keyOf(current.value)));

  async function reload(): Promise<void> {
    const q = current.value;
    if (q === null) {
      stop();
      options.drop?.();
      return;
    }
    await run(
      (signal) => options.fetch(q, signal),
      (answer) => options.take(answer, q),
      () => options.drop?.(),
    );
  }

  watch(
    queryKey,
    () => {
      options.changed?.();
      void reload();
    },
    { immediate: true },
  );
  if (options.revision) watch(options.revision, () => void reload());

  return { loading, error, current, queryKey, reload };
}

/**
 * One thing read for a query (a report, a unit's figures): null while there is none, after a
 * failure, and while another key loads; the last answer stays on screen while the same key is
 * read again after `revision` moved.
 */
export function useValueLoad<Q, T>(
  options: Omit<QueryLoadOptions<Q, T>, 'take' | 'drop'> & { take?: (answer: T, query: Q) => void },
) {
  const value = shallowRef<T | null>(null);
  const load = useQueryLoad<Q, T>({
    ...options,
    take: (answer, q) => {
      value.value = answer;
      options.take?.(answer, q);
    },
    drop: () => (value.value = null),
    changed: () => {
      value.value = null;
      options.changed?.();
    },
  });
  return { value, ...load };
}

/**
 * A unit's figures of a year (a scorecard, the indicators against the plan, a submission): read
 * when the unit or the year changes, and again when `revision` moves (after a save).
 */
export function useUnitFigures<T>(options: {
  unitCode: () => string | null;
  year: () => number;
  revision: () => number;
  fetch: (unitCode: string, year: number, signal: AbortSignal) => Promise<T>;
  /** Another unit or year: runs as the old figures go. */
  changed?: () => void;
}) {
  return useValueLoad({
    query: () => {
      const code = options.unitCode();
      return code ? { code, year: options.year() } : null;
    },
    key: (q) => `${q.code}:${q.year}`,
    fetch: (q, signal) => options.fetch(q.code, q.year, signal),
    changed: options.changed,
    revision: options.revision,
  });
}
