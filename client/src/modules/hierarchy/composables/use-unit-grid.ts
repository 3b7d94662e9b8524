import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { AdminLevel, foldVietnamese, normaliseUnitName, validateUnitName } from '@ntm/shared';
import {
  dateFormatter,
  numberFormatter,
  useCellHistory,
  useCellSave,
  type GridRow,
} from '@/grid';
import { useLocale } from '@/composables/use-locale';
import { message } from '@/i18n/message';
import { fetchUnit, updateUnit, type AdminUnitRow } from '../api';
import type { UnitList } from './use-unit-list';

type UnitColDef = ColDef<GridRow<AdminUnitRow>>;

/** Columns whose values are computed, not recorded: they have no history of their own. */
const WITHOUT_HISTORY = new Set(['childCount', 'version']);

/**
 * The editable grid of one level: its columns, its edits saved through the API (in the rows
 * the user may edit), and the history of its cells.
 */
export function useUnitGrid(
  list: UnitList,
  level: () => AdminLevel,
  /** A save was refused as LOCKED or FORBIDDEN: the lock may have changed since the page read. */
  onRefused: () => void = () => undefined,
) {
  const { t } = useI18n();
  const { locale } = useLocale();

  const save = useCellSave<AdminUnitRow>({
    store: list.store,
    label: (unit) => `${unit.name} (${unit.code})`,
    fieldLabel: (field) => message(`fields.${field}`),
    validate: (field, value) => (field === 'name' ? validateUnitName(value, 'name') : null),
    normalise: (field, value) =>
      field === 'name' && typeof value === 'string' ? normaliseUnitName(value) : value,
    save: updateUnit,
    reload: (code) => fetchUnit(code),
    onRefused,
  });

  const history = useCellHistory({
    entity: 'AdminUnit',
    rowLabel: (code) => {
      const unit = list.find(code);
      return unit ? `${unit.name} (${unit.code})` : code;
    },
    fieldLabel: (colId) => message(`columns.${colId}`),
    hasHistory: (colId) => !WITHOUT_HISTORY.has(colId),
  });

  // Vietnamese shows the type as the catalogue names it; other languages translate the type.
  function typeLabel(params: ValueFormatterParams<GridRow<AdminUnitRow>>): string {
    const unit = params.data;
    if (!unit) return '';
    return locale.value === 'vi' ? unit.typeName : t(`unitTypes.${unit.type}`);
  }

  // Most units predate the records (no date): the column shows once a row has one. A computed
  // boolean, so that saving a row does not rebuild the columns (and undo the user's widths).
  const hasValidFrom = computed(() => list.rows.value.some((unit) => unit.validFrom));

  const columns = computed<UnitColDef[]>(() => {
    const formatNumber = numberFormatter(locale.value);
    const formatDate = dateFormatter(locale.value);
    const cols: UnitColDef[] = [
      {
        colId: 'code',
        field: 'code',
        headerName: t('columns.code'),
        width: level() === AdminLevel.VILLAGE ? 120 : 95,
        filter: 'agTextColumnFilter',
      },
      {
        colId: 'name',
        field: 'name',
        headerName: t('columns.name'),
        flex: 1,
        minWidth: 170,
        editable: true,
        cellEditor: 'agTextCellEditor',
        filter: 'agTextColumnFilter',
        // Diacritic-blind filtering: "dai loc" finds "Đại Lộc".
        filterParams: { textFormatter: (text: string) => foldVietnamese(text) },
      },
      {
        colId: 'typeName',
        field: 'typeName',
        headerName: t('columns.typeName'),
        width: 115,
        valueFormatter: typeLabel,
      },
      {
        colId: 'mountainous',
        field: 'mountainous',
        headerName: t('columns.mountainous'),
        width: 115,
        cellDataType: 'boolean',
        editable: true,
        cellRenderer: 'agCheckboxCellRenderer',
        cellEditor: 'agCheckboxCellEditor',
      },
    ];
    if (level() !== AdminLevel.VILLAGE) {
      cols.push({
        colId: 'childCount',
        field: 'childCount',
        headerName: t('columns.childCount'),
        width: 115,
        type: 'rightAligned',
        valueFormatter: formatNumber,
      });
    }
    cols.push(
      {
        colId: 'validFrom',
        field: 'validFrom',
        headerName: t('columns.validFrom'),
        width: 120,
        valueFormatter: formatDate,
        hide: !hasValidFrom.value,
      },
      {
        colId: 'version',
        field: 'version',
        headerName: t('columns.version'),
        width: 120,
        hide: true,
        type: 'rightAligned',
        valueFormatter: formatNumber,
      },
    );
    return cols;
  });

  return {
    rows: save.rows,
    columns,
    onCellEditRequest: save.onCellEditRequest,
    /** The server's word: outside the user's units, or locked by an approval, a row is not. */
    rowEditable: (unit: AdminUnitRow) => unit.editable,
    history,
  };
}
