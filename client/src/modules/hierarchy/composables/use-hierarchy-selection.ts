import { useUnitChoice } from '@/composables/use-unit-choice';

// Unit codes are digits, villages' with a dash ("20335-001"): anything else in the URL is ignored.
const CODE = /^\d{2,5}(-\d{3})?$/;

/**
 * The district and commune being looked at, kept in the URL (?district=510&commune=20335) so that
 * a reload or a shared link shows the same grids. Another district replaces the communes and
 * villages, another commune the villages: their unsaved edits would be lost, so the user is asked
 * first (also on the browser's back button).
 */
export function useHierarchySelection() {
  const choice = useUnitChoice({
    unit: { name: 'district', pattern: CODE },
    focus: { name: 'commune', pattern: CODE },
    unsaved: (changed) =>
      changed.has('unit') ? ['communes-grid', 'villages-grid'] : changed.has('focus') ? ['villages-grid'] : [],
  });
  return {
    districtCode: choice.unitCode,
    communeCode: choice.focusCode,
    selectDistrict: choice.selectUnit,
    selectCommune: choice.selectFocus,
  };
}
