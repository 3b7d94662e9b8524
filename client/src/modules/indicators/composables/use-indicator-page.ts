import { useUnitChoice } from '@/composables/use-unit-choice';
import { fetchUnits, type UnitOption } from '../api';
import { INDICATOR_GRID_ID } from './use-indicator-grid';

/** The years figures are entered for: the plan's years, and 2020, the baseline of ratios. */
export const INDICATOR_YEARS: readonly number[] = [2025, 2024, 2023, 2022, 2021, 2020];
export const DEFAULT_INDICATOR_YEAR = 2025;

/**
 * The indicators page's choices, kept in the address (?unit=510&year=2025&focus=20704): the unit
 * whose units below fill the matrix (the province or a district), the year, and the unit whose
 * progress is shown (default: the chosen unit itself). Another unit or year replaces the matrix:
 * with unsaved edits, the user is asked first.
 */
export function useIndicatorPage() {
  let districts: UnitOption[] = [];
  return useUnitChoice({
    unit: { name: 'unit', pattern: /^\d{2,3}$/ },
    focus: { name: 'focus', pattern: /^\d{3,5}(-\d{3})?$/ },
    years: { list: INDICATOR_YEARS, default: DEFAULT_INDICATOR_YEAR },
    units: async () => {
      const [provinces, list] = await Promise.all([
        fetchUnits({ level: 'PROVINCE' }),
        fetchUnits({ level: 'DISTRICT' }),
      ]);
      districts = list;
      return [...provinces, ...list];
    },
    // Nothing chosen yet: a district's account has its district (the province above it is
    // listed for context only); others start with the widest unit they see.
    preferred: (units) => (districts.length === 1 ? districts[0] : units[0]),
    unsaved: (changed) => (changed.has('unit') || changed.has('year') ? [INDICATOR_GRID_ID] : []),
  });
}
