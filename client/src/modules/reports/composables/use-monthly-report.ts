import { computed, ref, shallowRef, watch } from 'vue';
import { ErrorCode, SubmissionAction, nextSubmissionStatus, type SubmissionStatus } from '@ntm/shared';
import { errorMessage, hasErrorCode } from '@/api';
import { useNotices } from '@/composables/use-notices';
import { useValueLoad } from '@/composables/use-query-load';
import { message, type Message } from '@/i18n/message';
import {
  actOnMonthlyReport,
  fetchMonthlyReport,
  saveMonthlyReport,
  type MonthlyReportState,
  type ReportPeriod,
} from '../api';

const norm = (text: string | null | undefined): string => (text ?? '').trim();

/**
 * A district's monthly report: its figures, its text being written, and the steps of its flow
 * the user may take now. A save or a step names the version read; when someone else changed
 * the report meanwhile the answer is CONFLICT, and the page says so plainly (nothing is lost
 * until the user reloads).
 */
export function useMonthlyReport(period: () => ReportPeriod | null, unitName: () => string) {
  const notices = useNotices();
  const difficulties = ref('');
  const proposals = ref('');
  const saving = ref(false);
  const acting = ref<SubmissionAction | null>(null);
  /** The last save or step was refused because the report changed meanwhile. */
  const conflict = ref(false);
  const returnNote = ref('');
  const noteError = shallowRef<Message | null>(null);

  // Another district or month: not the old report meanwhile, nor a note begun on it.
  const {
    value: report,
    loading,
    error,
    queryKey,
    reload,
  } = useValueLoad({
    query: period,
    key: (p) => `${p.unitCode}:${p.year}:${p.month}`,
    fetch: (p, signal) => fetchMonthlyReport(p, { signal }),
    take: (fresh) => {
      takeText(fresh);
      conflict.value = false;
    },
    changed: () => {
      returnNote.value = '';
      noteError.value = null;
      conflict.value = false;
    },
  });
  const topic = () => ({ topic: `monthly-report:${queryKey.value}` });
  const names = () => {
    const p = period();
    return { unit: unitName(), month: p ? `${String(p.month).padStart(2, '0')}/${p.year}` : '' };
  };

  const dirty = computed(
    () =>
      !!report.value &&
      (norm(difficulties.value) !== norm(report.value.difficulties) ||
        norm(proposals.value) !== norm(report.value.proposals)),
  );

  function takeText(r: MonthlyReportState): void {
    difficulties.value = r.difficulties ?? '';
    proposals.value = r.proposals ?? '';
  }

  watch(returnNote, () => (noteError.value = null));

  /** The report as a save or a step answered, with the figures already on screen. */
  function apply(state: MonthlyReportState): void {
    if (report.value) report.value = { ...report.value, ...state };
  }

  function possible(action: SubmissionAction): boolean {
    const r = report.value;
    if (!r || nextSubmissionStatus(r.status as SubmissionStatus, action) === null) return false;
    return action === SubmissionAction.SUBMIT ? r.canSubmit : r.canDecide;
  }

  const actions = computed(() => ({
    submit: possible(SubmissionAction.SUBMIT),
    approve: possible(SubmissionAction.APPROVE),
    return: possible(SubmissionAction.RETURN),
    reopen: possible(SubmissionAction.REOPEN),
  }));

  function failed(cause: unknown, what: Message): void {
    if (hasErrorCode(cause, ErrorCode.CONFLICT)) {
      conflict.value = true;
      return;
    }
    notices.error(message('reports.failed', { ...names(), action: what, reason: errorMessage(cause) }), topic());
  }

  /** Saves the text; resolves true when it is saved (or there was nothing to save). */
  async function save(): Promise<boolean> {
    const p = period();
    const r = report.value;
    if (!p || !r || saving.value) return false;
    if (!dirty.value) return true;
    saving.value = true;
    try {
      const saved = await saveMonthlyReport(p, r.version, {
        difficulties: norm(difficulties.value) || null,
        proposals: norm(proposals.value) || null,
      });
      apply(saved);
      takeText(saved);
      conflict.value = false;
      notices.success(message('reports.saved', names()), topic());
      return true;
    } catch (cause) {
      failed(cause, message('reports.actions.SAVE'));
      return false;
    } finally {
      saving.value = false;
    }
  }

  async function act(action: SubmissionAction, note: string | null = null): Promise<boolean> {
    const p = period();
    if (!p || !report.value || acting.value) return false;
    acting.value = action;
    try {
      // Text typed and not saved goes up with the report.
      if (action === SubmissionAction.SUBMIT && dirty.value && !(await save())) return false;
      const r = report.value;
      if (!r) return false;
      const next = await actOnMonthlyReport(action, p, r.version, note);
      apply(next);
      conflict.value = false;
      notices.success(message(`reports.done.${action}`, names()), topic());
      return true;
    } catch (cause) {
      failed(cause, message(`reports.actions.${action}`));
      return false;
    } finally {
      acting.value = null;
    }
  }

  return {
    report,
    loading,
    error,
    difficulties,
    proposals,
    dirty,
    saving,
    acting,
    conflict,
    actions,
    returnNote,
    noteError,
    reload,
    save,
    submit: () => act(SubmissionAction.SUBMIT),
    approve: () => act(SubmissionAction.APPROVE),
    reopen: () => act(SubmissionAction.REOPEN),
    async sendBack(): Promise<void> {
      const note = returnNote.value.trim();
      if (!note) {
        noteError.value = message('reports.noteRequired');
        return;
      }
      if (await act(SubmissionAction.RETURN, note)) returnNote.value = '';
    },
  };
}
