import { computed, onMounted, shallowRef } from 'vue';
import { AdminLevel } from '@ntm/shared';
import { fetchUnit, type AdminUnitRow } from '../api';
import { PROVINCE_CODE } from '../constants';
import { useHierarchySelection } from './use-hierarchy-selection';
import { useUnitList } from './use-unit-list';

/** The hierarchy page: the province's districts, the chosen district's communes, and so on. */
export function useHierarchyPage() {
  const selection = useHierarchySelection();
  const province = shallowRef<AdminUnitRow | null>(null);

  const districts = useUnitList(() => ({ level: AdminLevel.DISTRICT, parentCode: PROVINCE_CODE }));
  const communes = useUnitList(() =>
    selection.districtCode.value ? { parentCode: selection.districtCode.value } : null,
  );
  const villages = useUnitList(() =>
    selection.communeCode.value ? { parentCode: selection.communeCode.value } : null,
  );

  const district = computed(() =>
    selection.districtCode.value ? (districts.find(selection.districtCode.value) ?? null) : null,
  );
  const commune = computed(() =>
    selection.communeCode.value ? (communes.find(selection.communeCode.value) ?? null) : null,
  );

  onMounted(async () => {
    try {
      province.value = await fetchUnit(PROVINCE_CODE);
    } catch {
      // The heading falls back to the province code; the grids report their own failures.
    }
  });

  /** A village was added: show it, and the commune's new count of villages. */
  function villageCreated(village: AdminUnitRow): void {
    villages.add(village);
    if (commune.value) void communes.refreshRow(commune.value.code).catch(() => undefined);
  }

  return {
    ...selection,
    provinceName: computed(() => province.value?.name ?? PROVINCE_CODE),
    districts,
    communes,
    villages,
    district,
    commune,
    villageCreated,
  };
}
