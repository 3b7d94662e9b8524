import { useUnitChoice } from '@/composables/use-unit-choice';
import { fetchUnits } from '../api';
import { MODEL_GRID_ID } from './use-model-grid';
import { OCOP_GRID_ID } from './use-ocop-grid';

export const OCOP_YEARS: readonly number[] = [2025, 2024, 2023, 2022, 2021];
export const DEFAULT_OCOP_YEAR = 2025;

/**
 * The OCOP and models page's choices, kept in the address (?unit=510&year=2024): the district
 * whose records the grids show (none: every record the user may see), and the year the totals
 * and the coverage are counted by. Another district replaces the grids' rows: with unsaved
 * edits, the user is asked first.
 */
export function useOcopPage() {
  return useUnitChoice({
    unit: { name: 'unit', pattern: /^\d{3}$/ },
    years: { list: OCOP_YEARS, default: DEFAULT_OCOP_YEAR },
    units: () => fetchUnits({ level: 'DISTRICT' }),
    unsaved: (changed) => (changed.has('unit') ? [OCOP_GRID_ID, MODEL_GRID_ID] : []),
  });
}
