import { useRowsLoad } from '@/composables/use-rows-load';
import { fetchProject, fetchProjects, type ProjectQueryArgs } from '../api';
import { toProjectRow, type ProjectRow } from '../project-rows';

/**
 * The projects of a unit's subtree with their money as of a date (of one capital year or all),
 * read again whenever the unit, the date or the year changes.
 */
export function useProjectList(query: () => ProjectQueryArgs | null) {
  const { store, rows, loading, error, current, queryKey, reload } = useRowsLoad({
    rowKey: (row: ProjectRow) => row.code,
    query,
    fetch: (q, signal) => fetchProjects(q, { signal }),
    rows: (projects) => projects.map(toProjectRow),
  });

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

  return { store, rows, loading, error, queryKey, current, reload, fetchRow, refreshRow };
}

export type ProjectList = ReturnType<typeof useProjectList>;
