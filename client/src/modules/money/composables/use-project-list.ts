import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { errorMessage } from '@/api';
import { useRowStore } from '@/grid';
import type { Message } from '@/i18n/message';
import { fetchProject, fetchProjects, type ProjectQueryArgs } from '../api';
import { toProjectRow, type ProjectRow } from '../project-rows';

/**
 * The projects of a unit's subtree with their money as of a date (of one capital year or all),
 * read again whenever the unit, the date or the year changes.
 */
export function useProjectList(query: () => ProjectQueryArgs | null) {
  const store = useRowStore<ProjectRow>((row) => row.code);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;
  const current = computed(query);
  const queryKey = computed(() => (current.value ? JSON.stringify(current.value) : ''));

  async function reload(): Promise<void> {
    controller?.abort();
    const q = current.value;
    error.value = null;
    if (!q) {
      store.replaceAll([]);
      loading.value = false;
      return;
    }
    const own = new AbortController();
    controller = own;
    loading.value = true;
    try {
      const projects = await fetchProjects(q, { signal: own.signal });
      if (own.signal.aborted) return;
      store.replaceAll(projects.map(toProjectRow));
    } catch (cause) {
      if (own.signal.aborted) return;
      store.replaceAll([]);
      error.value = errorMessage(cause);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  /** One project read afresh (its money after payments were saved); null when gone. */
  async function fetchRow(code: string): Promise<ProjectRow | null> {
    const q = current.value;
    if (!q) return null;
    const project = await fetchProject(code, { asOf: q.asOf, year: q.year });
    return project ? toProjectRow(project) : null;
  }

  /** Reads one project again and puts it in the list. */
  async function refreshRow(code: string): Promise<void> {
    const row = await fetchRow(code);
    if (row) store.put(row);
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

  return { store, rows: store.rows, loading, error, queryKey, current, reload, fetchRow, refreshRow };
}

export type ProjectList = ReturnType<typeof useProjectList>;
