import { computed, shallowRef, watch } from 'vue';
import { AdminLevel, TargetKind, TargetLevel, goalGap, goalTarget, todayInVietnam } from '@ntm/shared';
import { useRowStore, useSheetGrid, type GridColumn } from '@/grid';
import { useLatestLoad } from '@/composables/use-query-load';
import { fetchModelVillageRecognitions, fetchNtmUnits, fetchPlan, fetchTargets, type NtmUnit } from '../api';

/** The shares the plan asks for (section II.6), when the plan does not say otherwise. */
const DEFAULT_SHARE = 60;
const DEFAULT_MOUNTAIN_SHARE = 50;

/** One district's (or commune's) line of Appendix II: its villages and their targets. */
export interface ModelVillageRow {
  code: string;
  name: string;
  mountainous: boolean;
  /** Villages (thôn, tổ dân phố) in the unit today. */
  villages: number;
  /** Column 13: recognised in 2021 or earlier, under review (REVIEW). */
  review: number;
  /** Column 14: supported but not yet recognised (SUPPORTED). */
  supported: number;
  /** Column 15: new villages 2021-2025 (NEW). */
  fresh: number;
  targets: number;
  /** Villages recognised as model villages, holding today. */
  recognised: number;
  sharePercent: number | null;
  goalPercent: number;
  needed: number;
}

/**
 * The model villages of Appendix II (decision 2690) by district, or by commune of a district:
 * the target villages of its three groups, the villages recognised today, and the share against
 * the plan's goal (60% of villages, 50% in mountainous units).
 */
export function useModelVillages(options: { id: string; district: () => string | null }) {
  const store = useRowStore<ModelVillageRow>((row) => row.code);
  const { loading, error, run } = useLatestLoad();
  const shares = shallowRef({ share: DEFAULT_SHARE, mountain: DEFAULT_MOUNTAIN_SHARE });
  // The province's communes with their villages, read once: the counts by district add them up.
  let communes: NtmUnit[] | null = null;
  let districts: NtmUnit[] | null = null;

  function reload(): Promise<void> {
    const district = options.district();
    return run(
      (signal) => {
        const today = todayInVietnam();
        return Promise.all([
          fetchPlan(),
          communes ?? fetchNtmUnits({ level: AdminLevel.COMMUNE }, { signal }),
          districts ?? fetchNtmUnits({ level: AdminLevel.DISTRICT }, { signal }),
          fetchTargets(
            { unitLevel: AdminLevel.VILLAGE, level: TargetLevel.MODEL_VILLAGE, unitCode: district },
            { signal },
          ),
          fetchModelVillageRecognitions(today, district, { signal }),
        ]);
      },
      ([plan, allCommunes, allDistricts, targets, recognitions]) => {
        communes = allCommunes;
        districts = allDistricts;
        const goal = (key: string, fallback: number) => plan.goals.find((g) => g.key === key)?.sharePercent ?? fallback;
        shares.value = {
          share: goal('VILLAGES_MODEL', DEFAULT_SHARE),
          mountain: goal('VILLAGES_MODEL_MOUNTAINOUS', DEFAULT_MOUNTAIN_SHARE),
        };

        // Rows: the districts, or the communes of the district chosen.
        const units = district ? allCommunes.filter((c) => c.parent?.code === district) : allDistricts;
        // Where a village lies: its ancestors from the province down (49, district, commune).
        const at = (ancestors: readonly string[]) => (district ? ancestors[2] : ancestors[1]);
        const villagesOf = new Map<string, number>();
        for (const c of allCommunes) {
          const key = district ? c.code : (c.parent?.code ?? '');
          villagesOf.set(key, (villagesOf.get(key) ?? 0) + c.childCount);
        }
        const rows = units.map<ModelVillageRow>((unit) => {
          const own = targets.filter((tg) => at(tg.unit.ancestors.map((a) => a.code)) === unit.code);
          const ofKind = (kind: TargetKind) => own.filter((tg) => tg.kind === kind).length;
          const villages = villagesOf.get(unit.code) ?? 0;
          const recognised = recognitions.filter((r) => at(r.ancestors) === unit.code).length;
          const goalPercent = unit.mountainous ? shares.value.mountain : shares.value.share;
          return {
            code: unit.code,
            name: unit.name,
            mountainous: unit.mountainous,
            villages,
            review: ofKind(TargetKind.REVIEW),
            supported: ofKind(TargetKind.SUPPORTED),
            fresh: ofKind(TargetKind.NEW),
            targets: own.length,
            recognised,
            sharePercent: villages > 0 ? Math.round((recognised / villages) * 1000) / 10 : null,
            goalPercent,
            needed: goalGap(goalTarget({ threshold: null, sharePercent: goalPercent }, villages), recognised),
          };
        });
        store.replaceAll(rows);
      },
      () => store.replaceAll([]),
    );
  }

  const columns: GridColumn<ModelVillageRow>[] = [
    { field: 'code', header: 'targets.columns.unitCode', type: 'text', width: 80 },
    {
      field: 'name',
      header: 'modelVillages.columns.name',
      type: 'text',
      minWidth: 150,
      flex: 1,
      totalLabel: true,
    },
    { field: 'mountainous', header: 'modelVillages.columns.mountainous', type: 'boolean', width: 95 },
    { field: 'villages', header: 'modelVillages.columns.villages', type: 'integer', width: 85 },
    { field: 'review', header: 'modelVillages.columns.review', type: 'integer', width: 135 },
    { field: 'supported', header: 'modelVillages.columns.supported', type: 'integer', width: 125 },
    { field: 'fresh', header: 'modelVillages.columns.fresh', type: 'integer', width: 115 },
    { field: 'targets', header: 'modelVillages.columns.targets', type: 'integer', width: 105 },
    { field: 'recognised', header: 'modelVillages.columns.recognised', type: 'integer', width: 100 },
    {
      field: 'sharePercent',
      header: 'modelVillages.columns.sharePercent',
      type: 'number',
      decimals: 1,
      width: 120,
      total: false,
    },
    {
      field: 'goalPercent',
      header: 'modelVillages.columns.goalPercent',
      type: 'integer',
      width: 100,
      total: false,
    },
    { field: 'needed', header: 'modelVillages.columns.needed', type: 'integer', width: 105 },
  ];

  const grid = useSheetGrid<ModelVillageRow>({
    id: options.id,
    columns: () => columns,
    rowKey: (row) => row.code,
    rowEditable: () => false,
    readonly: true,
    rowClasses: { 'ntm-row-met': (row) => row.villages > 0 && row.needed === 0 },
    label: (row) => `${row.name} (${row.code})`,
    scope: options.district,
    source: {
      store,
      save: async () => [],
      reload: async (key) => store.find(key) ?? null,
    },
  });

  watch(options.district, () => void reload(), { immediate: true });

  return { grid, loading, error, shares: computed(() => shares.value), reload };
}
