import { computed, onMounted, ref, shallowRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type NavigationFailure } from 'vue-router';
import { errorMessage } from '@/api';
import type { Message } from '@/i18n/message';
import { fetchDistricts, type DistrictOption } from '../api';

/** The years of the plan's criteria sets (2021-2025); the plan's last year first. */
export const CRITERIA_YEARS: readonly number[] = [2025, 2024, 2023, 2022, 2021];
export const DEFAULT_CRITERIA_YEAR = 2025;

const DISTRICT = /^\d{3}$/;
const COMMUNE = /^\d{5}$/;

function textFrom(query: LocationQuery, name: string, pattern: RegExp): string | null {
  const value = query[name];
  return typeof value === 'string' && pattern.test(value) ? value : null;
}

function yearFrom(query: LocationQuery): number {
  const year = Number(query.year);
  return CRITERIA_YEARS.includes(year) ? year : DEFAULT_CRITERIA_YEAR;
}

/**
 * The criteria page's choices, kept in the URL (?district=510&year=2025&commune=20713) so that
 * a reload or a shared link shows the same matrix; and the districts to choose from.
 */
export function useCriteriaPage() {
  const route = useRoute();
  const router = useRouter();

  const districts = shallowRef<DistrictOption[]>([]);
  const districtsLoading = ref(false);
  const districtsError = shallowRef<Message | null>(null);

  const districtCode = computed(() => textFrom(route.query, 'district', DISTRICT));
  const year = computed(() => yearFrom(route.query));
  const communeCode = computed(() =>
    districtCode.value ? textFrom(route.query, 'commune', COMMUNE) : null,
  );
  const district = computed(
    () => districts.value.find((d) => d.code === districtCode.value) ?? null,
  );

  function query(next: { district?: string | null; year?: number; commune?: string | null }) {
    const d = next.district === undefined ? districtCode.value : next.district;
    const y = next.year ?? year.value;
    const c = next.commune === undefined ? communeCode.value : next.commune;
    return {
      ...(d ? { district: d } : {}),
      ...(y !== DEFAULT_CRITERIA_YEAR ? { year: String(y) } : {}),
      ...(d && c ? { commune: c } : {}),
    };
  }

  /** Resolves with the failure when the change was called off (unsaved edits kept). */
  async function selectDistrict(code: string | null): Promise<NavigationFailure | void> {
    if (code === districtCode.value) return;
    return router.replace({ query: query({ district: code, commune: null }) });
  }

  async function selectYear(value: number): Promise<NavigationFailure | void> {
    if (value === year.value) return;
    return router.replace({ query: query({ year: value }) });
  }

  async function selectCommune(code: string | null): Promise<NavigationFailure | void> {
    if (code === communeCode.value || !districtCode.value) return;
    return router.replace({ query: query({ commune: code }) });
  }

  async function loadDistricts(): Promise<void> {
    districtsLoading.value = true;
    districtsError.value = null;
    try {
      districts.value = await fetchDistricts();
      // One district to look at (a district's or a commune's account): it is the one.
      if (!districtCode.value && districts.value.length === 1) {
        await selectDistrict(districts.value[0].code);
      }
    } catch (cause) {
      districtsError.value = errorMessage(cause);
    } finally {
      districtsLoading.value = false;
    }
  }

  onMounted(() => void loadDistricts());

  return {
    districts,
    districtsLoading,
    districtsError,
    districtCode,
    district,
    year,
    communeCode,
    selectDistrict,
    selectYear,
    selectCommune,
  };
}
