import { computed, onMounted, ref, shallowRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type NavigationFailure } from 'vue-router';
import { errorMessage } from '@/api';
import type { Message } from '@/i18n/message';
import { fetchUnits, type UnitOption } from '../api';

export const OCOP_YEARS: readonly number[] = [2025, 2024, 2023, 2022, 2021];
export const DEFAULT_OCOP_YEAR = 2025;

const UNIT = /^\d{3}$/;

function unitFrom(query: LocationQuery): string | null {
  const value = query.unit;
  return typeof value === 'string' && UNIT.test(value) ? value : null;
}

function yearFrom(query: LocationQuery): number {
  const year = Number(query.year);
  return OCOP_YEARS.includes(year) ? year : DEFAULT_OCOP_YEAR;
}

/**
 * The OCOP and models page's choices, kept in the address (?unit=510&year=2024): the district
 * whose records the grids show (none: every record the user may see), and the year the totals
 * and the coverage are counted by.
 */
export function useOcopPage() {
  const route = useRoute();
  const router = useRouter();
  const districts = shallowRef<UnitOption[]>([]);
  const loadingUnits = ref(false);
  const unitsError = shallowRef<Message | null>(null);

  const unitCode = computed(() => unitFrom(route.query));
  const year = computed(() => yearFrom(route.query));
  const unit = computed(() => districts.value.find((d) => d.code === unitCode.value) ?? null);

  function query(next: { unit?: string | null; year?: number }) {
    const u = next.unit === undefined ? unitCode.value : next.unit;
    const y = next.year ?? year.value;
    return { ...(u ? { unit: u } : {}), ...(y !== DEFAULT_OCOP_YEAR ? { year: String(y) } : {}) };
  }

  async function selectUnit(code: string | null): Promise<NavigationFailure | void> {
    if (code === unitCode.value) return;
    return router.replace({ query: query({ unit: code }) });
  }

  async function selectYear(value: number): Promise<NavigationFailure | void> {
    if (value === year.value) return;
    return router.replace({ query: query({ year: value }) });
  }

  onMounted(async () => {
    loadingUnits.value = true;
    try {
      districts.value = await fetchUnits({ level: 'DISTRICT' });
    } catch (cause) {
      unitsError.value = errorMessage(cause);
    } finally {
      loadingUnits.value = false;
    }
  });

  return { districts, loadingUnits, unitsError, unitCode, unit, year, selectUnit, selectYear };
}
