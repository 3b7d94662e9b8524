import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { type BatchRowError, todayInVietnam } from '@ntm/shared';
import { useLocale } from '@/composables/use-locale';
import { useNotices } from '@/composables/use-notices';
import { message, type Message } from '@/i18n/message';
import {
  applyChange,
  fetchCatalogueDiff,
  fetchUnitNames,
  previewChange,
  type CatalogueDiff,
  type HierarchyChange,
  type HierarchyEffect,
} from '../api';
import type { AdminLevel } from '../graphql';
import { canApply, changeInput, isMerge, missingSuccessors, proposedChoices } from '../proposal';
import { catalogueErrorMessage, refusalMessage, refusedRows, rowMessages } from '../refusals';

/** The most a catalogue may weigh (the server refuses more: a national one is about 2.3 MB). */
export const MAX_CATALOGUE_MB = 8;
export const CATALOGUE_ACCEPT = '.json,application/json';

/** The level above a unit's, whose names its parent codes need. */
const PARENT_LEVEL: Record<AdminLevel, AdminLevel | null> = {
  PROVINCE: null,
  DISTRICT: 'PROVINCE',
  COMMUNE: 'DISTRICT',
  VILLAGE: 'COMMUNE',
};

/**
 * A catalogue update: the GSO file read as text and compared with today's units, the successors
 * the user chooses for the units that end, then a dry run and the change applied (all or
 * nothing). A newer file cancels the comparison of an older one still under way; any change of
 * a successor or of the day makes the dry run shown stale, so it goes.
 */
export function useCatalogueUpdate(applied: (change: HierarchyChange) => void) {
  const notices = useNotices();
  const { formatDate } = useLocale();

  const fileName = ref<string | null>(null);
  const fileError = shallowRef<Message | null>(null);
  const reading = ref(false);
  const diff = shallowRef<CatalogueDiff | null>(null);
  const comparing = ref(false);
  const diffError = shallowRef<Message | null>(null);
  let controller: AbortController | null = null;

  /** Code -> name, for the codes shown: the catalogue's new names first, then today's. */
  const names = shallowRef<ReadonlyMap<string, string>>(new Map());
  const choices = shallowRef<ReadonlyMap<number, string>>(new Map());
  const effectiveOn = ref(todayInVietnam());
  const decision = ref('');

  const effects = shallowRef<HierarchyEffect[] | null>(null);
  const previewing = ref(false);
  const applying = ref(false);
  /** Why the last preview or apply failed as a whole. */
  const actionError = shallowRef<Message | null>(null);
  /** The items the server refused, by their row's position. */
  const refusals = shallowRef<ReadonlyMap<number, Message[]>>(new Map());
  /** The change applied last, said on the page once the proposal is gone. */
  const lastApplied = shallowRef<HierarchyChange | null>(null);

  const changes = computed(() => diff.value?.changes ?? []);
  const missing = computed(() => missingSuccessors(changes.value, choices.value));
  const merges = computed(() => changes.value.filter(isMerge).length);
  const busy = computed(() => previewing.value || applying.value);
  const canPreview = computed(() => changes.value.length > 0 && !busy.value);
  const canSubmit = computed(
    () => !busy.value && canApply(changes.value, choices.value, effectiveOn.value, decision.value),
  );

  // A dry run shows one set of successors on one day: another choice makes it stale.
  watch([choices, effectiveOn], () => {
    effects.value = null;
  });

  function resetProposal(): void {
    controller?.abort();
    controller = null;
    comparing.value = false;
    diff.value = null;
    diffError.value = null;
    names.value = new Map();
    choices.value = new Map();
    effects.value = null;
    actionError.value = null;
    refusals.value = new Map();
    decision.value = '';
    effectiveOn.value = todayInVietnam();
  }

  /** Names of the codes a proposal shows; only garnish, so a failure leaves the codes alone. */
  async function loadNames(proposal: CatalogueDiff, signal: AbortSignal): Promise<void> {
    const levels = new Set<AdminLevel>();
    for (const change of proposal.changes) {
      if (isMerge(change)) levels.add(change.level);
      const parent = PARENT_LEVEL[change.level];
      if (parent && (change.parentCode || change.oldParentCode)) levels.add(parent);
    }
    const found = await Promise.allSettled([...levels].map((l) => fetchUnitNames(l, { signal })));
    if (signal.aborted) return;
    const known = new Map<string, string>();
    for (const result of found) {
      if (result.status === 'fulfilled') for (const [code, name] of result.value) known.set(code, name);
    }
    // Candidates are units as they will be: a new unit's or a renamed one's name is the catalogue's.
    for (const change of proposal.changes) {
      if (change.name && change.kind !== 'MERGE') known.set(change.code, change.name);
    }
    names.value = known;
  }

  async function compare(text: string): Promise<void> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    comparing.value = true;
    try {
      const proposal = await fetchCatalogueDiff(text, { signal: own.signal });
      if (own.signal.aborted) return;
      diff.value = proposal;
      choices.value = proposedChoices(proposal.changes);
      effectiveOn.value = proposal.date ?? todayInVietnam();
      await loadNames(proposal, own.signal);
    } catch (error) {
      if (own.signal.aborted) return;
      diffError.value = catalogueErrorMessage(error);
    } finally {
      if (controller === own) {
        comparing.value = false;
        controller = null;
      }
    }
  }

  /** A file picked by the user: checked, read as text and compared with today's units. */
  async function chooseFile(file: File | null): Promise<void> {
    resetProposal();
    lastApplied.value = null;
    fileError.value = null;
    fileName.value = file?.name ?? null;
    if (!file) return;
    if (!/\.json$/i.test(file.name)) {
      fileError.value = message('hierarchyChanges.update.badType', { name: file.name });
      return;
    }
    if (file.size > MAX_CATALOGUE_MB * 1024 * 1024) {
      fileError.value = message('hierarchyChanges.update.tooLarge', { name: file.name, max: MAX_CATALOGUE_MB });
      return;
    }
    if (file.size === 0) {
      fileError.value = message('hierarchyChanges.update.empty', { name: file.name });
      return;
    }
    let text: string;
    reading.value = true;
    try {
      text = await file.text();
    } catch {
      fileError.value = message('hierarchyChanges.update.unreadable', { name: file.name });
      return;
    } finally {
      reading.value = false;
    }
    await compare(text);
  }

  /** The successor chosen for a row ('' withdraws it); the row's old refusal no longer holds. */
  function choose(index: number, code: string): void {
    const next = new Map(choices.value);
    if (code) next.set(index, code);
    else next.delete(index);
    choices.value = next;
    if (refusals.value.has(index)) {
      const rest = new Map(refusals.value);
      rest.delete(index);
      refusals.value = rest;
    }
  }

  function input() {
    return changeInput(changes.value, choices.value, effectiveOn.value, decision.value);
  }

  /** A refused preview or apply: the items it names are marked, or the reason is shown. */
  function refused(error: unknown, failedKey: string): void {
    const rows = refusedRows(error);
    if (rows && rows.length > 0) {
      refusals.value = new Map(rows.map((row: BatchRowError) => [row.index, rowMessages(row, formatDate)]));
      actionError.value = message('hierarchyChanges.update.refused', { count: rows.length });
      return;
    }
    actionError.value = message(failedKey, { reason: refusalMessage(error, formatDate) });
  }

  async function preview(): Promise<void> {
    if (!canPreview.value) return;
    previewing.value = true;
    actionError.value = null;
    refusals.value = new Map();
    try {
      effects.value = await previewChange(input());
    } catch (error) {
      effects.value = null;
      refused(error, 'hierarchyChanges.update.previewFailed');
    } finally {
      previewing.value = false;
    }
  }

  async function apply(): Promise<void> {
    if (!canSubmit.value) return;
    applying.value = true;
    actionError.value = null;
    refusals.value = new Map();
    try {
      const { change } = await applyChange(input());
      const done = message('hierarchyChanges.update.applied', {
        decision: change.decision,
        date: formatDate(change.effectiveOn),
        count: change.items.length,
      });
      notices.success(done, { topic: 'hierarchy-change' });
      // The proposal is done with: the catalogue now matches what is held.
      resetProposal();
      fileName.value = null;
      lastApplied.value = change;
      applied(change);
    } catch (error) {
      refused(error, 'hierarchyChanges.update.applyFailed');
    } finally {
      applying.value = false;
    }
  }

  onScopeDispose(() => controller?.abort());

  return {
    fileName,
    fileError,
    reading,
    diff,
    comparing,
    diffError,
    names,
    changes,
    choices,
    missing,
    merges,
    effectiveOn,
    decision,
    effects,
    previewing,
    applying,
    actionError,
    refusals,
    lastApplied,
    canPreview,
    canSubmit,
    chooseFile,
    choose,
    preview,
    apply,
  };
}

export type CatalogueUpdate = ReturnType<typeof useCatalogueUpdate>;
