import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { placeRefusals, useSheetGrid, type GridColumn } from '@/grid';
import { useLocale } from '@/composables/use-locale';
import { message } from '@/i18n/message';
import { saveAllocations } from '../api';
import { SOURCES, localiseRefusals } from '../amounts';
import { allocationInputs, type PlanRow } from '../plan-rows';
import type { PlanMatrix } from './use-plan-matrix';

/** The grid's test id, and the key of its saved layout. */
export const PLAN_GRID_ID = 'allocations-grid';

export interface PlanGridOptions {
  matrix: PlanMatrix;
  year: () => number;
  onSaved?: () => void;
  onRefused?: () => void;
}

/**
 * The capital plan as a sheet grid: one row per unit (the chosen unit first, then the units
 * under it), one money column per source in million đồng. Every changed cell is sent in one
 * `saveAllocations` call; the cells the server refuses are marked with its reason.
 */
export function usePlanGrid(options: PlanGridOptions) {
  const { matrix } = options;
  const { t } = useI18n();
  const { locale } = useLocale();

  const columns = computed<GridColumn<PlanRow>[]>(() => [
    { field: 'code', header: 'money.plan.columns.code', type: 'text', width: 90, pinned: 'left' },
    {
      field: 'name',
      header: 'money.plan.columns.name',
      type: 'text',
      width: 230,
      pinned: 'left',
      totalLabel: true,
      format: (value, row) =>
        row?.self ? t('money.plan.received', { name: String(value ?? '') }) : String(value ?? ''),
    },
    ...SOURCES.map((source): GridColumn<PlanRow> => ({
      field: source,
      header: `fundingSources.${source}`,
      label: message(`fundingSources.${source}`),
      type: 'money',
      moneyUnit: 'million',
      width: 150,
      editable: (row) => !row.typed[source],
    })),
  ]);

  const grid = useSheetGrid<PlanRow>({
    id: PLAN_GRID_ID,
    columns: () => columns.value,
    rowKey: (row) => row.code,
    rowEditable: (row) => row.editable,
    label: (row) => `${row.name} (${row.code})`,
    scope: () => matrix.queryKey.value,
    allColumns: true,
    inTotal: (row) => !row.self,
    rowClasses: { 'ntm-row-parent': (row) => row.self },
    rowAttributes: (row) => ({ 'data-self': row.self ? 'true' : 'false' }),
    source: {
      store: matrix.store,
      async save(rows) {
        const { inputs, origins } = allocationInputs(rows, options.year());
        if (inputs.length > 0) {
          try {
            await saveAllocations(inputs);
          } catch (error) {
            const localised = localiseRefusals(error, { locale: locale.value, t: (k, p) => t(k, p) });
            throw placeRefusals(localised, (index) => origins[index] ?? null);
          }
        }
        const fresh = new Map((await matrix.refresh()).map((row) => [row.code, row]));
        return rows.map((row) => fresh.get(row.key) ?? row.row);
      },
      async reload(code) {
        const fresh = await matrix.refresh();
        return fresh.find((row) => row.code === code) ?? null;
      },
    },
    onSaved: () => options.onSaved?.(),
    onRefused: options.onRefused,
  });

  return { grid, columns };
}
