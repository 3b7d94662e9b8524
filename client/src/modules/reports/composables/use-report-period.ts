import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type NavigationFailure } from 'vue-router';
import { todayInVietnam } from '@ntm/shared';
import { queryText, useUnitOptions } from '@/composables/use-unit-choice';
import { fetchReportDistricts } from '../api';

const FIRST_YEAR = 2024;
const DISTRICT = /^\d{3}$/;

/** The years a report can be for: the plan's first year to this one (at least 2025). */
export function reportYears(today = todayInVietnam()): number[] {
  const last = Math.max(Number(today.slice(0, 4)), 2025);
  const years: number[] = [];
  for (let y = last; y >= FIRST_YEAR; y -= 1) years.push(y);
  return years;
}

export const MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function numberFrom(query: LocationQuery, name: string, ok: (n: number) => boolean): number | null {
  const value = Number(query[name]);
  return typeof query[name] === 'string' && Number.isInteger(value) && ok(value) ? value : null;
}

/**
 * The report's district and month, kept in the address (?district=510&year=2025&month=5); the
 * month defaults to this one. A district's account has its own district chosen for it.
 */
export function useReportPeriod() {
  const route = useRoute();
  const router = useRouter();
  const today = todayInVietnam();
  const years = reportYears(today);

  const districtCode = computed(() => queryText(route.query, 'district', DISTRICT));
  const year = computed(() => numberFrom(route.query, 'year', (y) => years.includes(y)) ?? Number(today.slice(0, 4)));
  const month = computed(() => numberFrom(route.query, 'month', (m) => m >= 1 && m <= 12) ?? Number(today.slice(5, 7)));

  async function set(next: {
    district?: string | null;
    year?: number;
    month?: number;
  }): Promise<NavigationFailure | void> {
    const d = next.district === undefined ? districtCode.value : next.district;
    const query = {
      ...(d ? { district: d } : {}),
      year: String(next.year ?? year.value),
      month: String(next.month ?? month.value),
    };
    return router.replace({ query });
  }

  // A district's account has its own district chosen for it.
  const {
    units: districts,
    loading: districtsLoading,
    error: districtsError,
  } = useUnitOptions(fetchReportDistricts, async (list) => {
    if (!districtCode.value && list.length === 1) await set({ district: list[0].code });
  });
  const district = computed(() => districts.value.find((d) => d.code === districtCode.value) ?? null);

  return { years, districts, districtsLoading, districtsError, districtCode, district, year, month, set };
}
