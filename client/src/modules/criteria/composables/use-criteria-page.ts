import { useUnitChoice } from '@/composables/use-unit-choice';
import { fetchDistricts } from '../api';
import { CRITERIA_GRID_ID } from './use-criteria-grid';

/** The years of the plan's criteria sets (2021-2025); the plan's last year first. */
export const CRITERIA_YEARS: readonly number[] = [2025, 2024, 2023, 2022, 2021];
export const DEFAULT_CRITERIA_YEAR = 2025;

/**
 * The criteria page's choices, kept in the URL (?district=510&year=2025&commune=20713) so that
 * a reload or a shared link shows the same matrix; and the districts to choose from. Another
 * district or year replaces the matrix: its unsaved edits would be lost, so the user is asked
 * first (also on the browser's back button).
 */
export function useCriteriaPage() {
  return useUnitChoice({
    unit: { name: 'district', pattern: /^\d{3}$/ },
    focus: { name: 'commune', pattern: /^\d{5}$/ },
    years: { list: CRITERIA_YEARS, default: DEFAULT_CRITERIA_YEAR },
    units: fetchDistricts,
    // One district to look at (a district's or a commune's account): it is the one.
    preferred: (districts) => (districts.length === 1 ? districts[0] : undefined),
    unsaved: (changed) => (changed.has('unit') || changed.has('year') ? [CRITERIA_GRID_ID] : []),
  });
}
