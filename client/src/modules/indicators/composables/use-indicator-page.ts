import { computed, onMounted, ref, shallowRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type NavigationFailure } from 'vue-router';
import { errorMessage } from '@/api';
import type { Message } from '@/i18n/message';
import { fetchUnits, type UnitOption } from '../api';

/** The years figures are entered for: the plan's years, and 2020, the baseline of ratios. */
export const INDICATOR_YEARS: readonly number[] = [2025, 2024, 2023, 2022, 2021, 2020];
export const DEFAULT_INDICATOR_YEAR = 2025;

const UNIT = /^\d{2,3}$/;
const FOCUS = /^\d{3,5}(-\d{3})?$/;

function textFrom(query: LocationQuery, name: string, pattern: RegExp): string | null {
  const value = query[name];
  return typeof value === 'string' && pattern.test(value) ? value : null;
}

function yearFrom(query: LocationQuery): number {
  const year = Number(query.year);
  return INDICATOR_YEARS.includes(year) ? year : DEFAULT_INDICATOR_YEAR;
}

/**
 * The indicators page's choices, kept in the address (?unit=510&year=2025&focus=20704): the unit
 * whose units below fill the matrix (the province or a district), the year, and the unit whose
 * progress is shown (default: the chosen unit itself).
 */
export function useIndicatorPage() {
  const route = useRoute();
  const router = useRouter();

  const units = shallowRef<UnitOption[]>([]);
  const unitsLoading = ref(false);
  const unitsError = shallowRef<Message | null>(null);

  const unitCode = computed(() => textFrom(route.query, 'unit', UNIT));
  const year = computed(() => yearFrom(route.query));
  const focusCode = computed(() => (unitCode.value ? textFrom(route.query, 'focus', FOCUS) : null));
  const unit = computed(() => units.value.find((u) => u.code === unitCode.value) ?? null);

  function query(next: { unit?: string | null; year?: number; focus?: string | null }) {
    const u = next.unit === undefined ? unitCode.value : next.unit;
    const y = next.year ?? year.value;
    const f = next.focus === undefined ? focusCode.value : next.focus;
    return {
      ...(u ? { unit: u } : {}),
      ...(y !== DEFAULT_INDICATOR_YEAR ? { year: String(y) } : {}),
      ...(u && f && f !== u ? { focus: f } : {}),
    };
  }

  /** Resolves with the failure when the change was called off (unsaved edits kept). */
  async function selectUnit(code: string | null): Promise<NavigationFailure | void> {
    if (code === unitCode.value) return;
    return router.replace({ query: query({ unit: code, focus: null }) });
  }

  async function selectYear(value: number): Promise<NavigationFailure | void> {
    if (value === year.value) return;
    return router.replace({ query: query({ year: value }) });
  }

  async function selectFocus(code: string | null): Promise<NavigationFailure | void> {
    if (code === focusCode.value || !unitCode.value) return;
    return router.replace({ query: query({ focus: code }) });
  }

  async function loadUnits(): Promise<void> {
    unitsLoading.value = true;
    unitsError.value = null;
    try {
      const [provinces, districts] = await Promise.all([
        fetchUnits({ level: 'PROVINCE' }),
        fetchUnits({ level: 'DISTRICT' }),
      ]);
      units.value = [...provinces, ...districts];
      // Nothing chosen yet: a district's account has its district (the province above it is
      // listed for context only); others start with the widest unit they see.
      const preferred = districts.length === 1 ? districts[0] : units.value[0];
      if (!unitCode.value && preferred) await selectUnit(preferred.code);
    } catch (cause) {
      unitsError.value = errorMessage(cause);
    } finally {
      unitsLoading.value = false;
    }
  }

  onMounted(() => void loadUnits());

  return {
    units,
    unitsLoading,
    unitsError,
    unitCode,
    unit,
    year,
    focusCode,
    selectUnit,
    selectYear,
    selectFocus,
  };
}
