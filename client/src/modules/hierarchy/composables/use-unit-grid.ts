import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { AdminLevel, UnitType, normaliseUnitName, unitTypeName, validateUnitName } from '@ntm/shared';
import { isNewRowKey, useCellHistory, useSheetGrid, type GridColumn, type GridSaveRow } from '@/grid';
import { useLocale } from '@/composables/use-locale';
import { message } from '@/i18n/message';
import { fetchUnit, saveUnits, type AdminUnitRow, type AdminUnitRowInput } from '../api';
import type { UnitList } from './use-unit-list';

/** Columns whose values are computed, or another unit's: they have no history of their own. */
const WITHOUT_HISTORY = new Set(['childCount', 'version', 'district', 'province']);

export interface UnitGridOptions {
  /** The grid's test id (and the key of its saved layout). */
  id: string;
  list: UnitList;
  level: () => AdminLevel;
  /** The commune new rows (villages) are added to; null where the grid adds no rows. */
  parent?: () => AdminUnitRow | null;
  /** The rows are of several parents: columns name the district and the province above each. */
  spansParents?: boolean;
  /** Rows were refused as LOCKED or FORBIDDEN: the lock may have changed since the page read. */
  onRefused?: () => void;
  /** Rows were saved; `created` new villages among them. */
  onSaved?: (created: number) => void;
}

/** What the save sends for one row: the changed fields with the version read, or a new village. */
function unitInput(row: GridSaveRow<AdminUnitRow>, communeCode: string | null): AdminUnitRowInput {
  if (row.isNew) {
    return {
      communeCode,
      name: row.row.name,
      type: row.row.type,
      mountainous: row.row.mountainous,
    };
  }
  const input: AdminUnitRowInput = { code: row.key, version: row.origin.version };
  if (row.changed.includes('name')) input.name = row.row.name;
  if (row.changed.includes('mountainous')) input.mountainous = row.row.mountainous;
  return input;
}

/**
 * The grid of one level of units: its columns (name and mountainous editable where the user may
 * write), saved together through `saveAdminUnits`, new villages in the chosen commune, and the
 * history of its cells.
 */
export function useUnitGrid(options: UnitGridOptions) {
  const { list, level } = options;
  const { t } = useI18n();
  const { locale } = useLocale();
  const parent = () => options.parent?.() ?? null;

  // Most units predate the records (no date): the column shows once a row has one. A computed
  // boolean, so that saving a row does not rebuild the columns (and undo the user's widths).
  const hasValidFrom = computed(() => list.rows.value.some((unit) => unit.validFrom));

  const columns = computed<GridColumn<AdminUnitRow>[]>(() => {
    const village = level() === AdminLevel.VILLAGE;
    const cols: GridColumn<AdminUnitRow>[] = [
      {
        field: 'code',
        header: 'columns.code',
        type: 'text',
        width: village ? 120 : 95,
        // A new village gets its code when saved.
        format: (value) => (isNewRowKey(value) ? t('grid.newRow') : String(value ?? '')),
      },
      {
        field: 'name',
        header: 'columns.name',
        type: 'text',
        flex: 1,
        minWidth: 170,
        editable: true,
        totalLabel: true,
        validate: (value) => validateUnitName(value, 'name'),
        normalise: (value) => (typeof value === 'string' ? normaliseUnitName(value) : value),
      },
    ];
    if (options.spansParents) {
      if (level() !== AdminLevel.DISTRICT) {
        cols.push({ field: 'district', header: 'columns.district', type: 'text', width: 170 });
      }
      cols.push({ field: 'province', header: 'columns.province', type: 'text', width: 160 });
    }
    cols.push(
      {
        field: 'typeName',
        header: 'columns.typeName',
        type: 'text',
        width: 115,
        // Vietnamese shows the type as the catalogue names it; other languages translate it.
        format: (_value, unit) => (locale.value === 'vi' ? unit.typeName : t(`unitTypes.${unit.type}`)),
      },
      {
        field: 'mountainous',
        header: 'columns.mountainous',
        type: 'boolean',
        width: 115,
        editable: true,
      },
    );
    if (!village) {
      cols.push({ field: 'childCount', header: 'columns.childCount', type: 'integer', width: 130 });
    }
    cols.push(
      {
        field: 'validFrom',
        header: 'columns.validFrom',
        type: 'date',
        width: 120,
        hide: !hasValidFrom.value,
      },
      {
        field: 'version',
        header: 'columns.version',
        type: 'integer',
        width: 120,
        hide: true,
        total: false,
      },
    );
    return cols;
  });

  const grid = useSheetGrid<AdminUnitRow>({
    id: options.id,
    columns: () => columns.value,
    rowKey: (unit) => unit.code,
    /** The server's word: outside the user's units, or locked by an approval, a row is not. */
    rowEditable: (unit) => unit.editable,
    label: (unit) => `${unit.name} (${unit.code})`,
    scope: () => list.queryKey.value,
    source: {
      store: list.store,
      async save(rows) {
        const communeCode = parent()?.code ?? null;
        return saveUnits(rows.map((row) => unitInput(row, communeCode)));
      },
      reload: (code) => fetchUnit(code),
      canAddRows: () => !!options.parent && !!parent()?.editable,
      newRow(key) {
        const commune = parent();
        if (!commune?.editable) return null;
        return {
          code: key,
          name: '',
          shortName: '',
          type: UnitType.VILLAGE,
          typeName: unitTypeName(UnitType.VILLAGE),
          level: AdminLevel.VILLAGE,
          // A new village of a mountainous commune is most likely mountainous too.
          mountainous: commune.mountainous,
          validFrom: null,
          validTo: null,
          version: 0,
          childCount: 0,
          editable: true,
          district: commune.district,
          province: commune.province,
        };
      },
      added: (unit) => list.add(unit),
    },
    onSaved: (_saved, rows) => options.onSaved?.(rows.filter((r) => r.isNew).length),
    onRefused: options.onRefused,
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

  return { grid, history };
}
