import { computed, onMounted, ref, shallowRef, type ComputedRef } from 'vue';
import {
  onBeforeRouteUpdate,
  useRoute,
  useRouter,
  type LocationQuery,
  type LocationQueryRaw,
  type NavigationFailure,
} from 'vue-router';
import { errorMessage } from '@/api/errors';
import type { SelectOption } from '@/components/SelectField.vue';
import { confirmDiscardUnsaved } from '@/grid/unsaved';
import type { Message } from '@/i18n/message';

/** A unit to choose: a province, a district, a commune. */
export interface UnitOption {
  code: string;
  name: string;
}

/**
 * The value of a name in the address (its first, for a repeated name), when it is a text that
 * is not empty and fits `pattern` (when one is given); null otherwise.
 */
export function queryText(query: LocationQuery, name: string, pattern?: RegExp): string | null {
  const raw = query[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value !== '' && (!pattern || pattern.test(value)) ? value : null;
}

/** Units as the options of a select: "Huyện Nam Giang (510)", or the names alone. */
export function unitOptions(units: readonly UnitOption[], withCode = true): SelectOption[] {
  return units.map((u) => ({ value: u.code, label: withCode ? `${u.name} (${u.code})` : u.name }));
}

/** Numbers (years, months) as the options of a select, with their text. */
export function numberOptions(values: readonly number[], label: (value: number) => string = String): SelectOption[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/**
 * The units a page offers, read once when it opens; `loaded` runs on them (to choose the only
 * one there is, say). `error` says why they could not be read.
 */
export function useUnitOptions<U extends UnitOption>(load: () => Promise<U[]>, loaded?: (units: U[]) => unknown) {
  const units = shallowRef<U[]>([]);
  const loading = ref(false);
  const error = shallowRef<Message | null>(null);

  onMounted(async () => {
    loading.value = true;
    error.value = null;
    try {
      units.value = await load();
      await loaded?.(units.value);
    } catch (cause) {
      error.value = errorMessage(cause);
    } finally {
      loading.value = false;
    }
  });

  return { units, loading, error };
}

export interface UnitChoiceOptions<U extends UnitOption> {
  /** The name of the unit chosen in the address (`district`), and the codes it takes. */
  unit: { name: string; pattern: RegExp };
  /** A unit below it looked at (`commune`): kept only with the unit, dropped when it changes. */
  focus?: { name: string; pattern: RegExp };
  /** The years to choose from, and the one the address leaves out. */
  years?: YearChoice;
  /** The units to choose from, read when the page opens. */
  units?: () => Promise<U[]>;
  /** With no unit in the address, the one chosen once the units are read (if any). */
  preferred?: (units: U[]) => U | undefined;
  /**
   * The grids whose unsaved edits a change of these choices would drop, by the choices that
   * changed: the user is asked first (also on the browser's back button).
   */
  unsaved?: (changed: ReadonlySet<ChoiceName>) => readonly string[];
}

/** The choices kept in the address: the unit, the unit below it, the year. */
export type ChoiceName = 'unit' | 'focus' | 'year';

export interface YearChoice {
  list: readonly number[];
  default: number;
}

/**
 * A unit (and a unit below it, and a year) chosen on a page and kept in the address
 * (?district=510&year=2025&commune=20713), so that a reload or a shared link shows the same
 * view and the back button works. The `select…` functions resolve with the navigation's failure
 * when the change was called off (unsaved edits kept).
 */
export function useUnitChoice<U extends UnitOption>(
  options: UnitChoiceOptions<U> & { years: YearChoice },
): Omit<UnitChoice<U>, 'year'> & { year: ComputedRef<number> };
export function useUnitChoice<U extends UnitOption>(options: UnitChoiceOptions<U>): UnitChoice<U>;
export function useUnitChoice<U extends UnitOption>(options: UnitChoiceOptions<U>): UnitChoice<U> {
  return unitChoice(options);
}

export type UnitChoice<U extends UnitOption = UnitOption> = ReturnType<typeof unitChoice<U>>;

function unitChoice<U extends UnitOption>(options: UnitChoiceOptions<U>) {
  const route = useRoute();
  const router = useRouter();
  const { unit: unitParam, focus: focusParam, years } = options;

  const unitCode = computed(() => queryText(route.query, unitParam.name, unitParam.pattern));
  const focusCode = computed(() =>
    focusParam && unitCode.value ? queryText(route.query, focusParam.name, focusParam.pattern) : null,
  );
  /** The year chosen (null: the page has no year). */
  const year = computed<number | null>(() => {
    if (!years) return null;
    const value = Number(route.query.year);
    return years.list.includes(value) ? value : years.default;
  });

  function query(next: { unit?: string | null; year?: number; focus?: string | null }) {
    const u = next.unit === undefined ? unitCode.value : next.unit;
    const y = next.year ?? year.value;
    const f = next.focus === undefined ? focusCode.value : next.focus;
    return {
      ...(u ? { [unitParam.name]: u } : {}),
      ...(years && y !== null && y !== years.default ? { year: String(y) } : {}),
      ...(focusParam && u && f && f !== u ? { [focusParam.name]: f } : {}),
    };
  }

  async function selectUnit(code: string | null): Promise<NavigationFailure | void> {
    if (code === unitCode.value) return;
    return router.replace({ query: query({ unit: code, focus: null }) });
  }

  async function selectFocus(code: string | null): Promise<NavigationFailure | void> {
    if (code === focusCode.value || !unitCode.value) return;
    return router.replace({ query: query({ focus: code }) });
  }

  async function selectYear(value: number): Promise<NavigationFailure | void> {
    if (value === year.value) return;
    return router.replace({ query: query({ year: value }) });
  }

  const unsaved = options.unsaved;
  if (unsaved) {
    const names: Record<ChoiceName, string | null> = {
      unit: unitParam.name,
      focus: focusParam?.name ?? null,
      year: years ? 'year' : null,
    };
    onBeforeRouteUpdate((to, from) => {
      const changed = new Set(
        (Object.keys(names) as ChoiceName[]).filter((k) => {
          const name = names[k];
          return name !== null && (to.query[name] ?? null) !== (from.query[name] ?? null);
        }),
      );
      const grids = changed.size > 0 ? unsaved(changed) : [];
      return grids.length > 0 ? confirmDiscardUnsaved(grids) : true;
    });
  }

  const list = options.units
    ? useUnitOptions<U>(options.units, async (units) => {
        const preferred = options.preferred?.(units);
        if (!unitCode.value && preferred) await selectUnit(preferred.code);
      })
    : { units: shallowRef<U[]>([]), loading: ref(false), error: shallowRef<Message | null>(null) };
  const unit = computed(() => list.units.value.find((u) => u.code === unitCode.value) ?? null);

  return {
    units: list.units,
    unitsLoading: list.loading,
    unitsError: list.error,
    unitCode,
    unit,
    focusCode,
    year,
    selectUnit,
    selectFocus,
    selectYear,
  };
}

/**
 * Filters kept in the address and changed by a new entry in the history (so that the back
 * button undoes them). `push` edits a copy of the address's query (`put` with null or '' takes
 * a name out); a change called off (unsaved edits kept) bumps `revision`, so that the controls,
 * keyed by it, show the filters still in force. Before another address, the grids that
 * `gridsFor` names for the filters changed ask about their unsaved edits.
 */
export function useAddressFilters<K extends string>(
  names: readonly K[],
  gridsFor: (changed: ReadonlySet<K>) => readonly string[],
) {
  const route = useRoute();
  const router = useRouter();
  /** Bumped when a change was called off, so that the controls show the filters in force. */
  const revision = ref(0);

  async function push(
    edit: (put: (name: K, value: string | null) => void, query: LocationQueryRaw) => void,
  ): Promise<void> {
    const query: LocationQueryRaw = { ...route.query };
    edit((name, value) => {
      if (value === null || value === '') delete query[name];
      else query[name] = value;
    }, query);
    const failure = await router.push({ query });
    if (failure) revision.value += 1;
  }

  onBeforeRouteUpdate((to, from) => {
    const changed = new Set(names.filter((k) => queryText(to.query, k) !== queryText(from.query, k)));
    if (changed.size === 0) return true;
    return confirmDiscardUnsaved(gridsFor(changed));
  });

  return { route, revision, push };
}
