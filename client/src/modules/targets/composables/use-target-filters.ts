import { computed, shallowRef } from 'vue';
import { AdminLevel, DossierStatus, TargetLevel } from '@ntm/shared';
import { queryText, useAddressFilters, useUnitOptions } from '@/composables/use-unit-choice';
import { fetchNtmUnits, fetchPlan, type Plan } from '../api';
import { DOSSIER_STATUSES, LEVELS_OF, UNIT_TABS, type UnitTab } from '../rows';

/** The tab of each unit level in the address: `?tab=communes`. */
const TAB_NAMES: Record<UnitTab, string> = {
  [AdminLevel.COMMUNE]: 'communes',
  [AdminLevel.DISTRICT]: 'districts',
  [AdminLevel.VILLAGE]: 'villages',
};

/** The filters' names in the address. */
const FILTER_NAMES = ['tab', 'level', 'year', 'district', 'status'] as const;

export interface TargetFilterValues {
  unitLevel: UnitTab;
  level: TargetLevel | null;
  year: number | null;
  district: string | null;
  status: DossierStatus | null;
}

/**
 * The filters of the targets and dossiers pages, kept in the address (so a view can be linked
 * and the browser's back button works): unit level (tab), level, year, district and, for
 * dossiers, status. Another choice replaces the grid's rows: with unsaved edits, it asks first.
 */
export function useTargetFilters(gridIds: readonly string[]) {
  const { route, revision, push } = useAddressFilters(FILTER_NAMES, () => gridIds);
  const plan = shallowRef<Plan | null>(null);
  // The filters keep their defaults when these cannot be read; the grids report their own failures.
  const { units: districts } = useUnitOptions(async () => {
    const [p, units] = await Promise.all([fetchPlan(), fetchNtmUnits({ level: AdminLevel.DISTRICT })]);
    plan.value = p;
    return units;
  });
  const single = (name: (typeof FILTER_NAMES)[number]) => queryText(route.query, name);

  const unitLevel = computed<UnitTab>(() => {
    const tab = single('tab');
    return UNIT_TABS.find((level) => TAB_NAMES[level] === tab) ?? AdminLevel.COMMUNE;
  });
  const level = computed<TargetLevel | null>(() => {
    const value = single('level') as TargetLevel | null;
    return value && LEVELS_OF[unitLevel.value].includes(value) ? value : null;
  });
  const year = computed<number | null>(() => {
    const value = Number(single('year'));
    return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : null;
  });
  const district = computed<string | null>(() => single('district'));
  const status = computed<DossierStatus | null>(() => {
    const value = single('status') as DossierStatus | null;
    return value && DOSSIER_STATUSES.includes(value) ? value : null;
  });
  const values = computed<TargetFilterValues>(() => ({
    unitLevel: unitLevel.value,
    level: level.value,
    year: year.value,
    district: district.value,
    status: status.value,
  }));

  /** The years of the plan, and the year before it (targets of the previous plan's end). */
  const years = computed<number[]>(() => {
    const p = plan.value;
    const from = p ? p.startYear - 1 : 2023;
    const to = p ? p.endYear : 2025;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });

  function set(patch: Partial<TargetFilterValues>): Promise<void> {
    const next = { ...values.value, ...patch };
    // Another tab has other levels.
    if (patch.unitLevel && patch.unitLevel !== unitLevel.value && !('level' in patch)) {
      next.level = null;
    }
    return push((put) => {
      put('tab', next.unitLevel === AdminLevel.COMMUNE ? null : TAB_NAMES[next.unitLevel]);
      put('level', next.level);
      put('year', next.year === null ? null : String(next.year));
      put('district', next.district);
      put('status', next.status);
    });
  }

  const districtName = computed(
    () => districts.value.find((d) => d.code === district.value)?.name ?? district.value ?? '',
  );

  return {
    values,
    unitLevel,
    level,
    year,
    district,
    districtName,
    status,
    years,
    plan,
    districts,
    revision,
    set,
  };
}

export type TargetFilters = ReturnType<typeof useTargetFilters>;
