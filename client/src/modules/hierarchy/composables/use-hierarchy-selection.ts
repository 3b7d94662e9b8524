import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type NavigationFailure } from 'vue-router';

// Unit codes are digits, villages' with a dash ("20335-001"): anything else in the URL is ignored.
const CODE = /^\d{2,5}(-\d{3})?$/;

function codeFrom(query: LocationQuery, name: string): string | null {
  const value = query[name];
  return typeof value === 'string' && CODE.test(value) ? value : null;
}

/**
 * The district and commune being looked at, kept in the URL (?district=510&commune=20335) so that
 * a reload or a shared link shows the same grids.
 */
export function useHierarchySelection() {
  const route = useRoute();
  const router = useRouter();

  const districtCode = computed(() => codeFrom(route.query, 'district'));
  const communeCode = computed(() =>
    districtCode.value ? codeFrom(route.query, 'commune') : null,
  );

  /** Resolves with the failure when the change was called off (unsaved edits kept). */
  async function selectDistrict(code: string | null): Promise<NavigationFailure | void> {
    if (code === districtCode.value) return;
    return router.replace({ query: code ? { district: code } : {} });
  }

  async function selectCommune(code: string | null): Promise<NavigationFailure | void> {
    if (code === communeCode.value || !districtCode.value) return;
    return router.replace({
      query: { district: districtCode.value, ...(code ? { commune: code } : {}) },
    });
  }

  return { districtCode, communeCode, selectDistrict, selectCommune };
}
