import { computed, onScopeDispose, ref, shallowRef, type Ref } from 'vue';
import { ErrorCode, type BatchRowError } from '@ntm/shared';
import { errorMessage, isApiError } from '@/api';
import { previewErrorMessage } from '../errors';
import { useNotices } from '@/composables/use-notices';
import { message, type Message } from '@/i18n/message';
import {
  commitImport,
  fetchImportProgress,
  previewImport,
  type ImportCandidate,
  type ImportPreview,
  type ImportProgress,
} from '../api';
import type { ImportAction, ImportChoiceInput, ImportInput, ImportKind } from '../graphql';
import { isImportFileName, MAX_IMPORT_BYTES } from '../kinds';
import { newProgressId, readFileAsBase64 } from '../read-file';

/** How often the progress of a commit is asked for. */
const PROGRESS_POLL_MS = 250;

export interface ChosenFile {
  name: string;
  size: number;
  /** The bytes, base64. */
  base64: string;
}

/** What the rows list shows. */
export type RowFilter = 'all' | 'changed' | 'unchanged' | 'refused';

const FILTER_ACTIONS: Record<RowFilter, readonly ImportAction[] | null> = {
  all: null,
  changed: ['CREATE', 'UPDATE'],
  unchanged: ['UNCHANGED'],
  refused: ['REFUSED'],
};

const choiceKey = (row: number, field: string) => `${row}:${field}`;

/**
 * The import wizard: a file, its columns matched to fields, a dry run of every row, the user's
 * picks among units of the same name, then the commit (all or nothing) with its progress.
 *
 * Every change of sheet, mapping or pick runs the dry run again, so what is committed is always
 * what was last shown; a newer dry run cancels an older one still under way.
 */
export function useImportWizard(
  kind: Ref<ImportKind>,
  /** The unit new rows go to when they name none (the commune the grid showed). */
  parentCode: Ref<string | null> = ref(null),
) {
  const notices = useNotices();

  const file = shallowRef<ChosenFile | null>(null);
  const fileError = shallowRef<Message | null>(null);
  const reading = ref(false);
  const sheet = ref<string | null>(null);
  /** Sheet column (1-based) -> field key, or null to ignore it; null until the first dry run. */
  const mapping = shallowRef<ReadonlyMap<number, string | null> | null>(null);
  const choices = shallowRef<ReadonlyMap<string, ImportChoiceInput>>(new Map());
  /** The candidates of every row that was ambiguous, kept once it has been resolved. */
  const candidates = shallowRef<ReadonlyMap<string, readonly ImportCandidate[]>>(new Map());

  const preview = shallowRef<ImportPreview | null>(null);
  const previewing = ref(false);
  const previewError = shallowRef<Message | null>(null);
  /** The mapping changed into one the dry run cannot take (a field twice, a required one missing). */
  const stale = ref(false);
  let previewController: AbortController | null = null;

  const committing = ref(false);
  const progress = shallowRef<ImportProgress | null>(null);
  const result = shallowRef<ImportPreview | null>(null);
  const commitError = shallowRef<Message | null>(null);
  /** The rows a refused commit reported (the data changed since the dry run). */
  const commitRefusedRows = shallowRef<readonly BatchRowError[]>([]);

  const filter = ref<RowFilter>('all');

  function mappingInput(): ImportInput['mapping'] {
    if (!mapping.value) return null;
    return [...mapping.value.entries()].sort(([a], [b]) => a - b).map(([column, field]) => ({ column, field }));
  }

  function input(): ImportInput | null {
    if (!file.value) return null;
    return {
      kind: kind.value,
      fileName: file.value.name,
      file: file.value.base64,
      sheet: sheet.value,
      mapping: mappingInput(),
      choices: choices.value.size > 0 ? [...choices.value.values()] : null,
      parentCode: parentCode.value,
    };
  }

  function defaultFilter(p: ImportPreview): RowFilter {
    if (p.summary.refused > 0) return 'refused';
    if (p.summary.created + p.summary.updated > 0) return 'changed';
    return 'all';
  }

  async function runPreview(): Promise<void> {
    const request = input();
    if (!request) return;
    previewController?.abort();
    const own = new AbortController();
    previewController = own;
    previewing.value = true;
    previewError.value = null;
    try {
      const answer = await previewImport(request, { signal: own.signal });
      if (own.signal.aborted) return;
      const first = preview.value === null;
      preview.value = answer;
      stale.value = false;
      sheet.value = answer.sheet;
      if (!mapping.value) {
        mapping.value = new Map(answer.columns.map((c) => [c.column, c.field ?? null]));
      }
      const seen = new Map(candidates.value);
      for (const row of answer.rows) {
        for (const issue of row.issues) {
          if (issue.code === 'AMBIGUOUS' && row.candidates.length > 0) {
            seen.set(choiceKey(row.row, issue.field), row.candidates);
          }
        }
      }
      candidates.value = seen;
      if (first) filter.value = defaultFilter(answer);
    } catch (error) {
      if (own.signal.aborted) return;
      previewError.value = previewErrorMessage(error);
    } finally {
      if (previewController === own) {
        previewing.value = false;
        previewController = null;
      }
    }
  }

  function resetFileState(): void {
    previewController?.abort();
    previewController = null;
    previewing.value = false;
    preview.value = null;
    previewError.value = null;
    stale.value = false;
    sheet.value = null;
    mapping.value = null;
    choices.value = new Map();
    candidates.value = new Map();
    progress.value = null;
    result.value = null;
    commitError.value = null;
    commitRefusedRows.value = [];
    filter.value = 'all';
  }

  /** A file picked by the user: checked, read, and dry run with the columns matched by header. */
  async function chooseFile(chosen: File | null): Promise<void> {
    resetFileState();
    file.value = null;
    fileError.value = null;
    if (!chosen) return;
    if (!isImportFileName(chosen.name)) {
      fileError.value = message('import.file.badType', { name: chosen.name });
      return;
    }
    if (chosen.size > MAX_IMPORT_BYTES) {
      fileError.value = message('import.file.tooLarge', { name: chosen.name, max: 8 });
      return;
    }
    if (chosen.size === 0) {
      fileError.value = message('import.file.empty', { name: chosen.name });
      return;
    }
    reading.value = true;
    try {
      const base64 = await readFileAsBase64(chosen);
      file.value = { name: chosen.name, size: chosen.size, base64 };
    } catch {
      fileError.value = message('import.file.unreadable', { name: chosen.name });
      return;
    } finally {
      reading.value = false;
    }
    await runPreview();
  }

  /** Another sheet of the workbook: its own columns, matched afresh. */
  function chooseSheet(name: string): void {
    if (name === sheet.value) return;
    sheet.value = name;
    mapping.value = null;
    choices.value = new Map();
    candidates.value = new Map();
    preview.value = null;
    void runPreview();
  }

  function mapColumn(column: number, field: string | null): void {
    const next = new Map(mapping.value ?? []);
    next.set(column, field);
    mapping.value = next;
    // The picks were made for names read from the old columns.
    choices.value = new Map();
    // A mapping the dry run would refuse is not sent: the warnings say what to fix.
    if (duplicateFields.value.length > 0 || missingFields.value.length > 0) {
      previewController?.abort();
      stale.value = true;
      return;
    }
    void runPreview();
  }

  /** The unit the user means where a name matched several (code '' withdraws the pick). */
  function choose(row: number, field: string, code: string): void {
    const next = new Map(choices.value);
    if (code) next.set(choiceKey(row, field), { row, field, code });
    else next.delete(choiceKey(row, field));
    choices.value = next;
    void runPreview();
  }

  function chosen(row: number, field: string): string {
    return choices.value.get(choiceKey(row, field))?.code ?? '';
  }

  function candidatesOf(row: number, field: string): readonly ImportCandidate[] {
    return candidates.value.get(choiceKey(row, field)) ?? [];
  }

  /** Fields two columns claim: the dry run cannot tell which one is meant. */
  const duplicateFields = computed(() => {
    const counts = new Map<string, number>();
    for (const field of mapping.value?.values() ?? []) {
      if (field) counts.set(field, (counts.get(field) ?? 0) + 1);
    }
    return [...counts].filter(([, n]) => n > 1).map(([field]) => field);
  });

  /** Required fields no column provides. */
  const missingFields = computed(() => {
    const mapped = new Set(mapping.value?.values() ?? []);
    return (preview.value?.fields ?? []).filter((f) => f.required && !mapped.has(f.key));
  });

  const canCommit = computed(
    () =>
      !!preview.value &&
      !stale.value &&
      !previewing.value &&
      !committing.value &&
      !result.value &&
      !previewError.value &&
      preview.value.summary.refused === 0 &&
      preview.value.summary.total > 0 &&
      duplicateFields.value.length === 0 &&
      missingFields.value.length === 0,
  );

  const filteredRows = computed(() => {
    const actions = FILTER_ACTIONS[filter.value];
    const rows = preview.value?.rows ?? [];
    return actions ? rows.filter((row) => actions.includes(row.action)) : rows;
  });

  let polling = false;

  async function pollProgress(id: string): Promise<void> {
    while (polling) {
      await new Promise((resolve) => window.setTimeout(resolve, PROGRESS_POLL_MS));
      if (!polling) return;
      try {
        const current = await fetchImportProgress(id);
        // The answer of the commit itself is the last word: a late poll must not undo it.
        if (polling && current) progress.value = current;
      } catch {
        // A missed poll only delays the bar.
      }
    }
  }

  /** Writes every row, or none; the bar follows the server's progress meanwhile. */
  async function commit(): Promise<void> {
    const request = input();
    const current = preview.value;
    if (!request || !current || !canCommit.value) return;
    const progressId = newProgressId();
    committing.value = true;
    commitError.value = null;
    commitRefusedRows.value = [];
    progress.value = { id: progressId, phase: 'READING', done: 0, total: current.summary.total };
    polling = true;
    const poll = pollProgress(progressId);
    try {
      const answer = await commitImport({ ...request, progressId });
      polling = false;
      result.value = answer;
      preview.value = answer;
      const total = answer.summary.total;
      progress.value = { id: progressId, phase: 'DONE', done: total, total };
      notices.success(
        message('import.result.done', {
          created: answer.summary.created,
          updated: answer.summary.updated,
          unchanged: answer.summary.unchanged,
        }),
        { topic: 'import' },
      );
    } catch (error) {
      polling = false;
      const before = progress.value;
      progress.value = before ? { ...before, phase: 'FAILED' } : null;
      const rows = isApiError(error) ? error.extensions.rows : undefined;
      if (isApiError(error) && error.code === ErrorCode.BAD_USER_INPUT && Array.isArray(rows)) {
        commitRefusedRows.value = rows as BatchRowError[];
        commitError.value = message('import.commit.refused', { count: rows.length });
        // The data changed since the dry run: show the rows as they stand now.
        await runPreview();
      } else {
        commitError.value = message('import.commit.failed', { reason: errorMessage(error) });
      }
    } finally {
      polling = false;
      await poll;
      committing.value = false;
    }
  }

  /** Back to an empty wizard, for another file. */
  function restart(): void {
    resetFileState();
    file.value = null;
    fileError.value = null;
  }

  onScopeDispose(() => {
    polling = false;
    previewController?.abort();
  });

  return {
    file,
    fileError,
    reading,
    sheet,
    mapping,
    preview,
    previewing,
    previewError,
    stale,
    filter,
    filteredRows,
    duplicateFields,
    missingFields,
    canCommit,
    committing,
    progress,
    result,
    commitError,
    commitRefusedRows,
    chooseFile,
    chooseSheet,
    mapColumn,
    choose,
    chosen,
    candidatesOf,
    commit,
    restart,
    retryPreview: runPreview,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
