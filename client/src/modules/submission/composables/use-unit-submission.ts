import { computed, ref, shallowRef, watch } from 'vue';
import { ErrorCode, SubmissionAction, SubmissionStatus, nextSubmissionStatus } from '@ntm/shared';
import { errorMessage, hasErrorCode } from '@/api';
import { useNotices } from '@/composables/use-notices';
import { useUnitFigures } from '@/composables/use-query-load';
import { message, type Message } from '@/i18n/message';
import { actOnSubmission, fetchSubmission, type UnitSubmission } from '../api';

export interface UnitSubmissionOptions {
  unitCode: () => string | null;
  /** How messages name the unit, e.g. "Huyện Nam Giang". */
  unitName: () => string;
  year: () => number;
  /** Bumped by the page when something else changed the flow (e.g. the panel of the unit above). */
  revision: () => number;
  /** After a step of the flow: the data's lock may have changed, so rows must be read again. */
  onChanged: (submission: UnitSubmission) => void;
}

/**
 * A unit's submission of a year: its status, and the steps the user may take now (the server
 * says who may submit or decide; the shared flow says which step fits the status).
 */
export function useUnitSubmission(options: UnitSubmissionOptions) {
  const notices = useNotices();
  const acting = ref<SubmissionAction | null>(null);
  /** The return form (a note is required) is open. */
  const returning = ref(false);
  const note = ref('');
  const noteError = shallowRef<Message | null>(null);

  const topic = () => ({ topic: `submission:${options.unitCode() ?? ''}` });

  // Another unit or year: not the old submission meanwhile, nor a return begun on it.
  const {
    value: submission,
    loading,
    error,
    reload,
  } = useUnitFigures({
    unitCode: options.unitCode,
    year: options.year,
    revision: options.revision,
    fetch: (code, year, signal) => fetchSubmission(code, year, { signal }),
    changed: () => {
      returning.value = false;
      note.value = '';
    },
  });
  watch(note, () => (noteError.value = null));

  function possible(action: SubmissionAction): boolean {
    const s = submission.value;
    if (!s || nextSubmissionStatus(s.status as SubmissionStatus, action) === null) return false;
    // Data locked by an approval above cannot be sent up until that approval is reopened.
    if (action === SubmissionAction.SUBMIT) return s.canSubmit && !s.locked;
    return s.canDecide;
  }

  const actions = computed(() => ({
    submit: possible(SubmissionAction.SUBMIT),
    approve: possible(SubmissionAction.APPROVE),
    return: possible(SubmissionAction.RETURN),
    reopen: possible(SubmissionAction.REOPEN),
  }));

  async function act(action: SubmissionAction, withNote: string | null = null): Promise<boolean> {
    const s = submission.value;
    const code = options.unitCode();
    if (!s || !code || acting.value) return false;
    acting.value = action;
    const names = { unit: options.unitName(), year: s.year };
    try {
      const saved = await actOnSubmission(action, { unitCode: code, year: s.year, version: s.version }, withNote);
      submission.value = saved;
      notices.success(message(`submission.done.${action}`, names), topic());
      options.onChanged(saved);
      return true;
    } catch (cause) {
      if (hasErrorCode(cause, ErrorCode.CONFLICT)) {
        notices.warning(message('submission.conflict', names), topic());
        await reload();
      } else {
        notices.error(
          message('submission.failed', {
            ...names,
            action: message(`submission.actions.${action}`),
            reason: errorMessage(cause),
          }),
          topic(),
        );
      }
      return false;
    } finally {
      acting.value = null;
    }
  }

  return {
    submission,
    loading,
    error,
    acting,
    actions,
    returning,
    note,
    noteError,
    reload,
    submit: () => act(SubmissionAction.SUBMIT),
    approve: () => act(SubmissionAction.APPROVE),
    reopen: () => act(SubmissionAction.REOPEN),
    startReturn(): void {
      returning.value = true;
      note.value = '';
      noteError.value = null;
    },
    cancelReturn(): void {
      returning.value = false;
    },
    async confirmReturn(): Promise<void> {
      const text = note.value.trim();
      if (!text) {
        noteError.value = message('submission.noteRequired');
        return;
      }
      if (await act(SubmissionAction.RETURN, text)) returning.value = false;
    },
  };
}
