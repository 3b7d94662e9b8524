import { computed, shallowRef } from 'vue';
import type { CellEditRequestEvent } from 'ag-grid-community';
import { ErrorCode, type ValidationIssue } from '@ntm/shared';
import { errorMessage, isApiError, issueMessage, type ApiError } from '@/api/errors';
import { useNotices } from '@/composables/use-notices';
import { message, type Message } from '@/i18n/message';
import type { GridRow, RowStatus, RowStore } from './types';

/** One edited cell on its way to the server, with the version of the row it was made on. */
export interface CellChange {
  key: string;
  version: number;
  field: string;
  value: unknown;
}

export interface CellSaveOptions<T extends { version: number }> {
  store: RowStore<T>;
  /** How messages name a row, e.g. "Huyện Nam Giang (510)". */
  label(row: T): string;
  /** How messages name a field, e.g. the column's header. */
  fieldLabel(field: string): Message;
  /** The same rule the server applies; a refused value is marked and never sent. */
  validate?(field: string, value: unknown, row: T): ValidationIssue | null;
  /** The stored form of a valid value (trimmed, …): compared with the row's, then sent. */
  normalise?(field: string, value: unknown): unknown;
  /** Saves one change; resolves with the row as saved, carrying its new version. */
  save(change: CellChange): Promise<T>;
  /** Reads a row afresh; null when it no longer exists. */
  reload(key: string): Promise<T | null>;
  /** The reason of a refused save in the grid's own words (default: the API error's). */
  describeError?(error: unknown): Message;
  /**
   * A save was refused because the row may no longer be edited (LOCKED, FORBIDDEN): the row is
   * reloaded here; the page may have more to read again (e.g. the lock's state).
   */
  onRefused?(error: ApiError, key: string): void;
}

const NO_STATUS: RowStatus = { saving: [], errors: {}, conflict: false };

function isEmpty(status: RowStatus): boolean {
  return status.saving.length === 0 && Object.keys(status.errors).length === 0 && !status.conflict;
}

function without<V>(record: Readonly<Record<string, V>>, field: string): Record<string, V> {
  const { [field]: _removed, ...rest } = record;
  return rest;
}

/**
 * Saving a grid's cell edits. The grid runs with `readOnlyEdit`: it asks, this decides.
 *
 * - The new value shows at once and the row is marked as saving.
 * - Edits of one row are sent one after the other, each with the version the previous one
 *   returned, so quick successive edits do not conflict with each other.
 * - A value the shared rule refuses is not sent: the cell is marked and a notice says why.
 * - CONFLICT (someone else saved first): the user is told plainly, edits still queued for the
 *   row are dropped and the row is reloaded from the server.
 * - LOCKED (the data was approved meanwhile) or FORBIDDEN: the old value is put back, queued
 *   edits are dropped, and the row is reloaded so that it shows as read-only.
 * - Any other failure puts the saved value back and marks the cell with the reason.
 */
export function useCellSave<T extends { version: number }>(options: CellSaveOptions<T>) {
  const { store } = options;
  const notices = useNotices();
  const reasonOf = (error: unknown): Message => options.describeError?.(error) ?? errorMessage(error);

  const status = shallowRef<ReadonlyMap<string, RowStatus>>(new Map());
  // Per row: the tail of its queue of saves, its values not yet confirmed, and its value as the
  // server last confirmed it (to put back after a failure).
  const queues = new Map<string, Promise<void>>();
  const pending = new Map<string, Map<string, unknown>>();
  const confirmed = new Map<string, T>();
  // Bumped on a conflict so that saves queued before it are dropped, not sent on a new version.
  const epochs = new Map<string, number>();

  function setStatus(key: string, change: (current: RowStatus) => RowStatus): void {
    const next = new Map(status.value);
    const updated = change(next.get(key) ?? NO_STATUS);
    if (isEmpty(updated)) next.delete(key);
    else next.set(key, updated);
    status.value = next;
  }

  function markSaving(key: string, field: string): void {
    setStatus(key, (s) => ({
      saving: s.saving.includes(field) ? s.saving : [...s.saving, field],
      errors: without(s.errors, field),
      conflict: false,
    }));
  }

  function settle(key: string, field: string, error: Message | null): void {
    setStatus(key, (s) => ({
      saving: s.saving.filter((f) => f !== field),
      errors: error ? { ...s.errors, [field]: error } : without(s.errors, field),
      conflict: s.conflict,
    }));
  }

  function withPending(row: T): T {
    const values = pending.get(store.key(row));
    return values?.size ? { ...row, ...Object.fromEntries(values) } : row;
  }

  function fieldOf(row: T, field: string): unknown {
    return (row as Record<string, unknown>)[field];
  }

  // One notice per cell: "saved" replaces "refused", a later refusal replaces "saved".
  const topic = (key: string, field: string) => ({ topic: `cell:${key}:${field}` });

  async function reloadRow(key: string, label: string): Promise<void> {
    try {
      const fresh = await options.reload(key);
      if (fresh) {
        store.put(fresh);
      } else {
        store.remove(key);
        notices.warning(message('save.gone', { unit: label }));
      }
    } catch (error) {
      notices.error(message('save.reloadFailed', { unit: label, reason: errorMessage(error) }));
    }
  }

  async function send(key: string, field: string, value: unknown, epoch: number): Promise<void> {
    const base = store.find(key);
    if ((epochs.get(key) ?? 0) !== epoch || !base) {
      settle(key, field, null);
      return;
    }
    // Named as last saved: the value being sent may be the very one refused.
    const label = options.label(confirmed.get(key) ?? base);
    try {
      const saved = await options.save({ key, version: base.version, field, value });
      pending.get(key)?.delete(field);
      confirmed.set(key, saved);
      store.put(withPending(saved));
      settle(key, field, null);
      notices.success(
        message('save.saved', { unit: options.label(saved), field: options.fieldLabel(field) }),
        topic(key, field),
      );
    } catch (error) {
      pending.get(key)?.delete(field);
      if (isApiError(error) && error.code === ErrorCode.CONFLICT) {
        epochs.set(key, epoch + 1);
        pending.delete(key);
        setStatus(key, () => ({ saving: [], errors: {}, conflict: true }));
        notices.warning(message('save.conflict', { unit: label }), topic(key, field));
        await reloadRow(key, label);
        return;
      }
      if (isApiError(error) && (error.is(ErrorCode.LOCKED) || error.is(ErrorCode.FORBIDDEN))) {
        epochs.set(key, epoch + 1);
        const before = confirmed.get(key);
        pending.delete(key);
        const latest = store.find(key);
        if (latest && before) store.put({ ...latest, [field]: fieldOf(before, field) });
        setStatus(key, () => NO_STATUS);
        notices.warning(message('save.refused', { unit: label, reason: reasonOf(error) }), topic(key, field));
        await reloadRow(key, label);
        options.onRefused?.(error, key);
        return;
      }
      if (isApiError(error) && error.code === ErrorCode.NOT_FOUND) {
        store.remove(key);
        setStatus(key, () => NO_STATUS);
        notices.warning(message('save.gone', { unit: label }));
        return;
      }
      const latest = store.find(key);
      const before = confirmed.get(key);
      if (latest && before) store.put({ ...latest, [field]: fieldOf(before, field) });
      const reason = reasonOf(error);
      settle(key, field, reason);
      notices.error(
        message('save.failed', { unit: label, field: options.fieldLabel(field), reason }),
        topic(key, field),
      );
    }
  }

  function enqueue(row: T, field: string, value: unknown): void {
    const key = store.key(row);
    if (!queues.has(key)) confirmed.set(key, row);
    const values = pending.get(key) ?? new Map<string, unknown>();
    values.set(field, value);
    pending.set(key, values);
    store.put({ ...row, [field]: value });
    markSaving(key, field);

    const epoch = epochs.get(key) ?? 0;
    const tail = (queues.get(key) ?? Promise.resolve()).then(() => send(key, field, value, epoch));
    queues.set(key, tail);
    void tail.finally(() => {
      if (queues.get(key) !== tail) return;
      queues.delete(key);
      pending.delete(key);
      confirmed.delete(key);
    });
  }

  /** The grid's `cellEditRequest` handler. */
  function onCellEditRequest(event: CellEditRequestEvent<GridRow<T>>): void {
    const field = event.colDef.field;
    if (!field || !event.data) return;
    const key = store.key(event.data);
    const row = store.find(key);
    if (!row) return;

    // Checked as typed, like the server checks its input; stored in normal form.
    const issue = options.validate?.(field, event.newValue, row) ?? null;
    if (issue) {
      const reason = issueMessage(issue);
      settle(key, field, reason);
      notices.warning(message('save.invalid', { unit: options.label(row), reason }), topic(key, field));
      return;
    }
    const value = options.normalise ? options.normalise(field, event.newValue) : event.newValue;
    if (Object.is(value, fieldOf(row, field))) {
      settle(key, field, null);
      return;
    }
    enqueue(row, field, value);
  }

  /** Rows with their status attached, for the grid's row data. */
  const rows = computed<GridRow<T>[]>(() =>
    store.rows.value.map((row) => {
      const s = status.value.get(store.key(row));
      return s ? { ...row, $status: s } : row;
    }),
  );

  return {
    rows,
    status,
    saving: computed(() => [...status.value.values()].some((s) => s.saving.length > 0)),
    onCellEditRequest,
  };
}
