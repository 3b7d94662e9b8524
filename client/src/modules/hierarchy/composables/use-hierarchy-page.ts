import { computed, ref, shallowRef, watch } from 'vue';
import { AdminLevel } from '@ntm/shared';
import { currentYear } from '@/modules/submission/year';
import { fetchUnit, type AdminUnitRow } from '../api';
import { PROVINCE_CODE } from '../constants';
import { useHierarchySelection } from './use-hierarchy-selection';
import { useHierarchyView } from './use-hierarchy-view';
import { useUnitList, type UnitList } from './use-unit-list';

/**
 * The hierarchy page: the province's districts, the chosen district's communes, and so on; or, in
 * another view, every unit of one level. The server cuts the lists to the user's units; where a
 * list leaves one choice (a district's staff see their district alone), it is chosen for them.
 */
export function useHierarchyPage() {
  const selection = useHierarchySelection();
  const view = useHierarchyView();
  /** The units below the ones chosen are shown (not every unit of a level). */
  const byParent = computed(() => view.level.value === null);
  const province = shallowRef<AdminUnitRow | null>(null);
  const year = currentYear();
  /** Bumped after a step of an approval flow, so that every submission panel reads again. */
  const submissionRevision = ref(0);

  // Each list is read only while its view is shown.
  const districts = useUnitList(() =>
    byParent.value ? { level: AdminLevel.DISTRICT, parentCode: PROVINCE_CODE } : null,
  );
  const communes = useUnitList(() =>
    byParent.value && selection.districtCode.value ? { parentCode: selection.districtCode.value } : null,
  );
  const villages = useUnitList(() =>
    byParent.value && selection.communeCode.value ? { parentCode: selection.communeCode.value } : null,
  );
  /** Every unit of the level listed whole, whatever its parent. */
  const allUnits = useUnitList(() => (view.level.value ? { level: view.level.value } : null));

  const district = computed(() =>
    selection.districtCode.value ? (districts.find(selection.districtCode.value) ?? null) : null,
  );
  const commune = computed(() =>
    selection.communeCode.value ? (communes.find(selection.communeCode.value) ?? null) : null,
  );

  function chooseOnlyUnit(list: UnitList, chosen: () => string | null, choose: (code: string) => void): void {
    watch(list.loading, (loading) => {
      const rows = list.rows.value;
      if (!loading && !list.error.value && !chosen() && rows.length === 1) choose(rows[0].code);
    });
  }
  chooseOnlyUnit(
    districts,
    () => selection.districtCode.value,
    (code) => {
      void selection.selectDistrict(code);
    },
  );
  chooseOnlyUnit(
    communes,
    () => selection.communeCode.value,
    (code) => {
      void selection.selectCommune(code);
    },
  );

  // The province names the districts' grid: read when that grid is first shown.
  watch(
    byParent,
    async (shown) => {
      if (!shown || province.value) return;
      try {
        province.value = await fetchUnit(PROVINCE_CODE);
      } catch {
        // The heading falls back to the province code; the grids report their own failures.
      }
    },
    { immediate: true },
  );

  /** A village was added: show it, and the commune's new count of villages. */
  function villageCreated(village: AdminUnitRow): void {
    villages.add(village);
    if (commune.value) void communes.refreshRow(commune.value.code).catch(() => undefined);
  }

  /** Villages were saved from the grid: new ones change the commune's count of villages. */
  function villagesSaved(created: number): void {
    if (created > 0 && commune.value) {
      void communes.refreshRow(commune.value.code).catch(() => undefined);
    }
  }

  /**
   * A submission was submitted, approved, returned or reopened (here, or elsewhere as a refused
   * save reveals): the lock of the unit's year, and of every unit below it, may have changed, so
   * the submissions and the rows (their `editable`) are read again.
   */
  function refreshLocks(): void {
    submissionRevision.value += 1;
    void districts.reload();
    void communes.reload();
    void villages.reload();
    void allUnits.reload();
  }

  return {
    ...selection,
    view: view.level,
    viewTabs: view.tabs,
    provinceName: computed(() => province.value?.name ?? PROVINCE_CODE),
    year,
    submissionRevision,
    districts,
    communes,
    villages,
    allUnits,
    district,
    commune,
    villageCreated,
    villagesSaved,
    refreshLocks,
  };
}
