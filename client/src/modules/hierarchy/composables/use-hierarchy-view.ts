import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { onBeforeRouteUpdate, useRoute, type LocationQuery, type RouteLocationRaw } from 'vue-router';
import { AdminLevel } from '@ntm/shared';
import type { NavTab } from '@/components/TabNav.vue';
import { queryText } from '@/composables/use-unit-choice';
import { confirmDiscardUnsaved } from '@/grid/unsaved';

/** The views of the hierarchy page: the units below the ones chosen, or every unit of a level. */
const VIEWS = [null, AdminLevel.DISTRICT, AdminLevel.COMMUNE] as const;
export type HierarchyView = (typeof VIEWS)[number];
type ListedLevel = Exclude<HierarchyView, null>;

/** The levels whose units can be listed all at once, by their name in the address. */
const LISTED: ReadonlyMap<string, ListedLevel> = new Map([
  ['district', AdminLevel.DISTRICT],
  ['commune', AdminLevel.COMMUNE],
]);
const NAME_OF: Readonly<Record<ListedLevel, string>> = {
  [AdminLevel.DISTRICT]: 'district',
  [AdminLevel.COMMUNE]: 'commune',
};

/** The level an address lists whole, or null. */
const levelOf = (query: LocationQuery): HierarchyView => LISTED.get(queryText(query, 'level') ?? '') ?? null;

/**
 * How the hierarchy page shows the units, kept in the address: by default the units below the
 * district and the commune chosen; with `?level=commune` (or `district`) every unit of that level
 * within the user's units, in one list. The district and commune chosen stay in the address, so
 * that going back to the units below shows them again. Another view replaces the grids: their
 * unsaved edits would be lost, so the user is asked first (also on the browser's back button).
 */
export function useHierarchyView() {
  const route = useRoute();
  const { t } = useI18n();

  /** The level listed whole; null: the units below the ones chosen. */
  const level = computed<HierarchyView>(() => levelOf(route.query));

  /** Where a view is: this address with its level. */
  function viewLink(view: HierarchyView): RouteLocationRaw {
    const query = { ...route.query };
    delete query.level;
    return { query: view === null ? query : { ...query, level: NAME_OF[view] } };
  }

  /** The views as tabs ("Đơn vị trực thuộc", "Tất cả đơn vị cấp huyện", "… cấp xã"). */
  const tabs = computed<NavTab[]>(() =>
    VIEWS.map((view) => {
      const name = view ?? 'children';
      return {
        key: name,
        to: viewLink(view),
        label: t(`hierarchy.views.${name}`),
        active: view === level.value,
        testid: `hierarchy-view-${name}`,
      };
    }),
  );

  onBeforeRouteUpdate((to, from) => levelOf(to.query) === levelOf(from.query) || confirmDiscardUnsaved());

  return { level, tabs };
}
