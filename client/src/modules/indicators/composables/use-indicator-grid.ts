import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ValidationIssue } from '@ntm/shared';
import { placeRefusals, useSheetGrid, type GridColumn } from '@/grid';
import { useLocale } from '@/composables/use-locale';
import { formatNumber } from '@/i18n/format';
import { message } from '@/i18n/message';
import { saveIndicatorValues, type Indicator } from '../api';
import { UNIT_KEYS } from '../format';
import { clientIssue } from '../records';
import { indicatorField, indicatorInputs, isYesNo, type IndicatorRow } from '../matrix';
import type { IndicatorMatrixList } from './use-indicator-matrix';

/** The grid's test id, and the key of its saved layout. */
export const INDICATOR_GRID_ID = 'indicator-grid';

export interface IndicatorGridOptions {
  matrix: IndicatorMatrixList;
  year: () => number;
  /** Figures were saved. */
  onSaved?: () => void;
  /** Rows were refused as LOCKED or FORBIDDEN: the locks may have changed since the page read. */
  onRefused?: () => void;
}

function notNegative(value: unknown): ValidationIssue | null {
  return typeof value === 'number' && value < 0 ? clientIssue('value', 'notNegative') : null;
}

function percent(value: unknown): ValidationIssue | null {
  return typeof value === 'number' && (value < 0 || value > 100)
    ? { field: 'value', rule: 'outOfRange', params: { min: 0, max: 100 } }
    : null;
}

/**
 * The indicator matrix as a sheet grid: figures edited as in a spreadsheet, each column read and
 * shown in its indicator's unit (a share in %, km, a count, million đồng, a tick for yes/no),
 * every changed cell saved in one `saveIndicatorValues` call with its own version, and the cells
 * the server refuses marked where they are.
 */
export function useIndicatorGrid(options: IndicatorGridOptions) {
  const { matrix } = options;
  const { t } = useI18n();
  const { locale } = useLocale();

  function indicatorColumn(indicator: Indicator): GridColumn<IndicatorRow> {
    const name = locale.value === 'en' ? indicator.nameEn : indicator.name;
    const unitWord = t(UNIT_KEYS[indicator.unit]);
    const header = isYesNo(indicator.unit) ? name : `${name} (${unitWord})`;
    const base = {
      field: indicatorField(indicator.key),
      header,
      headerRaw: true,
      headerTooltip: `${header} — ${indicator.description}`,
      label: message('grid.rawText', { text: name }),
      editable: true,
      width: isYesNo(indicator.unit) ? 120 : 140,
      // Only what adds up is totalled: km and counts summed, yes/no ticks counted; shares never.
      total: indicator.rollUp === 'SUM' || isYesNo(indicator.unit),
    } as const;
    switch (indicator.unit) {
      case 'YES_NO':
        return { ...base, type: 'boolean', nullable: true, filter: false };
      case 'PERCENT':
        return {
          ...base,
          type: 'number',
          decimals: 2,
          validate: percent,
          format: (value, _row, ctx) => (typeof value === 'number' ? `${formatNumber(value, ctx.locale)}%` : ''),
        };
      case 'COUNT':
        return { ...base, type: 'integer', validate: notNegative };
      case 'KM':
      case 'MILLION_VND':
        return { ...base, type: 'number', decimals: 2, validate: notNegative };
    }
  }

  const columns = computed<GridColumn<IndicatorRow>[]>(() => [
    { field: 'code', header: 'indicators.columns.code', type: 'text', width: 90, pinned: 'left' },
    {
      field: 'name',
      header: 'indicators.columns.name',
      type: 'text',
      width: 190,
      pinned: 'left',
      totalLabel: true,
    },
    ...matrix.indicators.value.map(indicatorColumn),
  ]);

  const grid = useSheetGrid<IndicatorRow>({
    id: INDICATOR_GRID_ID,
    columns: () => columns.value,
    rowKey: (row) => row.code,
    rowEditable: (row) => row.editable,
    label: (row) => `${row.name} (${row.code})`,
    scope: () => matrix.queryKey.value,
    allColumns: true,
    source: {
      store: matrix.store,
      async save(rows) {
        const { inputs, origins } = indicatorInputs(rows, matrix.indicators.value, options.year());
        let saved;
        try {
          saved = await saveIndicatorValues(inputs);
        } catch (error) {
          // Each refused figure on its unit's row, and on the indicator's cell.
          throw placeRefusals(error, (index) => origins[index] ?? null);
        }
        const byCode = new Map(saved.map((row) => [row.unit.code, matrix.toRow(row)]));
        return rows.map((row) => byCode.get(row.key) ?? row.row);
      },
      reload: (code) => matrix.fetchRow(code),
    },
    onSaved: () => options.onSaved?.(),
    onRefused: options.onRefused,
  });

  return { grid, columns };
}
