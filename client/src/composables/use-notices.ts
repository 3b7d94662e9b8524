import { readonly, shallowRef } from 'vue';
import type { Message } from '@/i18n/message';

export type NoticeKind = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  message: Message;
  /** What the notice is about; a newer notice on the same topic replaces it. */
  topic?: string;
  /** A button in the notice ("Tải lại dòng này"); the notice closes when it is used. */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: Message;
  run(): void | Promise<void>;
}

export interface NotifyOptions {
  topic?: string;
  action?: NoticeAction;
}

/** Confirmations fade; warnings and errors stay until read and dismissed. */
const AUTO_DISMISS_MS: Record<NoticeKind, number | null> = {
  success: 5000,
  info: 8000,
  warning: null,
  error: null,
};
const MAX_NOTICES = 4;

// One notice area for the whole app, so any feature can report into it.
const notices = shallowRef<readonly Notice[]>([]);
let nextId = 1;

function dismiss(id: number): void {
  notices.value = notices.value.filter((n) => n.id !== id);
}

function notify(kind: NoticeKind, message: Message, { topic, action }: NotifyOptions = {}): number {
  const id = nextId++;
  const others = topic ? notices.value.filter((n) => n.topic !== topic) : notices.value;
  notices.value = [...others, { id, kind, message, topic, action }].slice(-MAX_NOTICES);
  const delay = AUTO_DISMISS_MS[kind];
  if (delay != null) window.setTimeout(() => dismiss(id), delay);
  return id;
}

export function useNotices() {
  return {
    notices: readonly(notices),
    notify,
    success: (message: Message, options?: NotifyOptions) => notify('success', message, options),
    info: (message: Message, options?: NotifyOptions) => notify('info', message, options),
    warning: (message: Message, options?: NotifyOptions) => notify('warning', message, options),
    error: (message: Message, options?: NotifyOptions) => notify('error', message, options),
    dismiss,
    /** Dismisses the notices on a topic (their matter is settled). */
    dismissTopic: (topic: string) => (notices.value = notices.value.filter((n) => n.topic !== topic)),
    clear: () => (notices.value = []),
  };
}
