import { onScopeDispose } from 'vue';
import { onBeforeRouteLeave, type RouteLocationNormalized } from 'vue-router';
import { i18n } from '@/i18n';

/**
 * Unsaved edits of the grids on the page, by grid id, so that leaving the page (closing the tab,
 * following a link) or replacing a grid's rows (choosing another district) asks first.
 */
const grids = new Map<string, () => boolean>();

function anyUnsaved(ids?: readonly string[]): boolean {
  for (const [id, dirty] of grids) if ((!ids || ids.includes(id)) && dirty()) return true;
  return false;
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (!anyUnsaved()) return;
  event.preventDefault();
  // Older browsers show their own text when this is set; none shows ours.
  event.returnValue = '';
}

/**
 * Asks the user whether to drop the unsaved edits of these grids (all by default); true when
 * there are none, or the user agrees.
 */
export function confirmDiscardUnsaved(ids?: readonly string[]): boolean {
  if (!anyUnsaved(ids)) return true;
  return window.confirm(i18n.global.t('grid.confirmLeave'));
}

/**
 * Reads a sheet's rows again, which drops its unsaved edits: asks first (about these grids, the
 * sheet's own by default), and does nothing when the user says no.
 */
export function reloadDiscarding(
  sheet: { id: string; edits: { reset(): void } },
  reload: () => unknown,
  ids: readonly string[] = [sheet.id],
): void {
  if (!confirmDiscardUnsaved(ids)) return;
  sheet.edits.reset();
  void reload();
}

/** Are there unsaved edits in these grids (all by default)? */
export function hasUnsaved(ids?: readonly string[]): boolean {
  return anyUnsaved(ids);
}

// One answer per navigation, however many grids guard it.
let answered: { to: RouteLocationNormalized; ok: boolean } | null = null;

/**
 * Registers a grid's unsaved state for the life of the calling component: the page asks before
 * it is closed, and before the router leaves the route the component is in.
 */
export function useUnsavedGuard(id: string, isDirty: () => boolean): void {
  grids.set(id, isDirty);
  if (grids.size === 1) window.addEventListener('beforeunload', onBeforeUnload);
  onBeforeRouteLeave((to) => {
    if (answered?.to === to) return answered.ok;
    if (!isDirty()) return true;
    const ok = confirmDiscardUnsaved();
    answered = { to, ok };
    return ok;
  });
  onScopeDispose(() => {
    if (grids.get(id) === isDirty) grids.delete(id);
    if (grids.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
  });
}
