import { ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { ErrorCode } from '@ntm/shared';
import { hasErrorCode } from '@/api';
import { useLocale } from '@/composables/use-locale';
import { useNotices } from '@/composables/use-notices';
import { useValueLoad } from '@/composables/use-query-load';
import { message, type Message } from '@/i18n/message';
import { fetchChanges, revertChange, type HierarchyChange } from '../api';
import { refusalMessage } from '../refusals';

/**
 * The changes of the hierarchy, newest first, read again whenever `revision` moves (a change
 * applied or reverted on the page); each can be opened to its items, and an applied one reverted
 * after the user confirms. A refused revert says why under its row, in the server's terms.
 */
export function useChangeList(revision: () => number, reverted: (change: HierarchyChange) => void) {
  const { t } = useI18n();
  const { formatDate } = useLocale();
  const notices = useNotices();

  const {
    value: changes,
    loading,
    error,
    reload,
  } = useValueLoad({
    query: () => 'all',
    fetch: (_all, signal) => fetchChanges({ signal }),
    revision,
  });

  /** The changes opened to their items, by id. */
  const expanded = shallowRef<ReadonlySet<string>>(new Set());
  /** The change being reverted, by id. */
  const reverting = ref<string | null>(null);
  /** Why a revert was refused, by the change's id. */
  const revertErrors = shallowRef<ReadonlyMap<string, Message>>(new Map());

  function toggle(id: string): void {
    const next = new Set(expanded.value);
    if (!next.delete(id)) next.add(id);
    expanded.value = next;
  }

  function setError(id: string, reason: Message | null): void {
    const next = new Map(revertErrors.value);
    if (reason) next.set(id, reason);
    else next.delete(id);
    revertErrors.value = next;
  }

  async function revert(change: HierarchyChange): Promise<void> {
    if (reverting.value) return;
    const question = t('hierarchyChanges.list.confirmRevert', {
      decision: change.decision,
      date: formatDate(change.effectiveOn),
    });
    if (!window.confirm(question)) return;
    reverting.value = change.id;
    setError(change.id, null);
    try {
      const done = await revertChange(change.id, change.version);
      notices.success(message('hierarchyChanges.list.reverted', { decision: change.decision }), {
        topic: 'hierarchy-change',
      });
      reverted(done);
    } catch (cause) {
      if (hasErrorCode(cause, ErrorCode.CONFLICT)) {
        // Someone else reverted it, or applied one since: show the list as it stands.
        setError(change.id, message('hierarchyChanges.list.conflict', { decision: change.decision }));
        await reload();
      } else {
        setError(
          change.id,
          message('hierarchyChanges.list.revertFailed', {
            decision: change.decision,
            reason: refusalMessage(cause, formatDate),
          }),
        );
      }
    } finally {
      reverting.value = null;
    }
  }

  return { changes, loading, error, reload, expanded, toggle, reverting, revertErrors, revert };
}
