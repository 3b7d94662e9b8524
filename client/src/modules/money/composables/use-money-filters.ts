import { computed, shallowRef, watch } from 'vue';
import { isIsoDate, todayInVietnam } from '@ntm/shared';
import { queryText, useAddressFilters, useUnitOptions } from '@/composables/use-unit-choice';
import { fetchMoneyUnits, type MoneyUnit } from '../api';

/** The plan's capital years. */
export const PLAN_YEARS = [2024, 2025] as const;

export interface MoneyFilterValues {
  district: string | null;
  commune: string | null;
  year: number | null;
  asOf: string | null;
  project: string | null;
}

const FILTER_NAMES: readonly (keyof MoneyFilterValues)[] = ['district', 'commune', 'year', 'asOf', 'project'];

export interface MoneyFilterOptions {
  /** Without a year in the address: the plan year of today (true), or every year (false). */
  defaultYear: boolean;
  /**
   * The grids whose unsaved edits a change of these filters would drop (asked first), by the
   * filters that changed.
   */
  gridsFor(changed: ReadonlySet<keyof MoneyFilterValues>): string[];
}

/**
 * The unit, year and date of a money page, kept in the address (`?district=510&year=2024`), so
 * that a view can be linked and the back button works: the province by default, a district,
 * then one of its communes. Another choice replaces the grids' rows: with unsaved edits, it
 * asks first.
 */
export function useMoneyFilters(options: MoneyFilterOptions) {
  const { route, revision, push } = useAddressFilters(FILTER_NAMES, options.gridsFor);
  const today = todayInVietnam();
  const province = shallowRef<MoneyUnit | null>(null);
  const communes = shallowRef<MoneyUnit[]>([]);
  // The selects stay empty when the units cannot be read; the grids report their own failures.
  const { units: districts } = useUnitOptions(async () => {
    const [provinces, list] = await Promise.all([
      fetchMoneyUnits({ level: 'PROVINCE' }),
      fetchMoneyUnits({ level: 'DISTRICT' }),
    ]);
    province.value = provinces[0] ?? null;
    return list;
  });

  const single = (name: keyof MoneyFilterValues) => queryText(route.query, name);
  const district = computed(() => single('district'));
  const commune = computed(() => (district.value ? single('commune') : null));
  const thisYear = Math.min(Math.max(Number(today.slice(0, 4)), PLAN_YEARS[0]), PLAN_YEARS[1]);
  const year = computed<number | null>(() => {
    const value = Number(single('year'));
    if (Number.isInteger(value) && value >= 2000 && value <= 2100) return value;
    return options.defaultYear ? thisYear : null;
  });
  const asOf = computed(() => {
    const value = single('asOf');
    return value && isIsoDate(value) ? value : today;
  });
  const project = computed(() => single('project'));

  /** The unit shown: the commune, else the district, else the province. */
  const unitCode = computed(() => commune.value ?? district.value ?? province.value?.code ?? null);
  const districtUnit = computed(() => districts.value.find((d) => d.code === district.value) ?? null);
  const communeUnit = computed(() => communes.value.find((c) => c.code === commune.value) ?? null);
  const unit = computed<MoneyUnit | null>(() =>
    commune.value ? communeUnit.value : district.value ? districtUnit.value : province.value,
  );
  const unitName = computed(() => unit.value?.name ?? unitCode.value ?? '');

  function set(patch: Partial<MoneyFilterValues>): Promise<void> {
    return push((put, query) => {
      if ('district' in patch) {
        put('district', patch.district ?? null);
        if (patch.district !== district.value) {
          delete query.commune;
          delete query.project;
        }
      }
      if ('commune' in patch) {
        put('commune', patch.commune ?? null);
        if (patch.commune !== commune.value) delete query.project;
      }
      if ('year' in patch) put('year', patch.year == null ? null : String(patch.year));
      if ('asOf' in patch) put('asOf', patch.asOf && patch.asOf !== today ? patch.asOf : null);
      if ('project' in patch) put('project', patch.project ?? null);
    });
  }

  watch(
    district,
    async (code) => {
      communes.value = [];
      if (!code) return;
      try {
        const list = await fetchMoneyUnits({ parentCode: code });
        if (district.value === code) communes.value = list;
      } catch {
        // The commune select stays empty; the grids report their own failures.
      }
    },
    { immediate: true },
  );

  return {
    today,
    province,
    districts,
    communes,
    district,
    commune,
    year,
    asOf,
    project,
    unitCode,
    unit,
    unitName,
    districtUnit,
    revision,
    set,
  };
}

export type MoneyFilters = ReturnType<typeof useMoneyFilters>;
