import { i18n } from '@/i18n';
// Levels, steps and statuses are named as on the targets pages.
import '@/modules/targets/i18n';
import { en, vi } from './messages';

let installed = false;

/** Adds these texts to the app's messages (once). */
export function installProgressMessages(): void {
  if (installed) return;
  installed = true;
  i18n.global.mergeLocaleMessage('vi', vi);
  i18n.global.mergeLocaleMessage('en', en);
}

installProgressMessages();
