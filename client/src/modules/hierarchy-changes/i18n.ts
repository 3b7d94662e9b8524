import { i18n } from '@/i18n';
// Target levels (an effect names "ADVANCED 2025") are named as on the targets pages.
import '@/modules/targets/i18n';
import { en, vi } from './messages';

let installed = false;

/** Adds these texts to the app's messages (once). */
export function installHierarchyChangesMessages(): void {
  if (installed) return;
  installed = true;
  i18n.global.mergeLocaleMessage('vi', vi);
  i18n.global.mergeLocaleMessage('en', en);
}

installHierarchyChangesMessages();
