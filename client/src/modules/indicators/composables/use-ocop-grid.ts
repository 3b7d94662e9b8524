import { computed } from 'vue';
import { useSheetGrid, type GridColumn } from '@/grid';
import { fetchOcopProducts, saveOcopProducts } from '../api';
import {
  OCOP_STAR_OPTIONS,
  communeCode,
  newOcopRow,
  normaliseText,
  ocopInputs,
  requiredText,
  requiredValue,
  toOcopRow,
  yearInRange,
  type OcopRow,
} from '../records';
import { useRecordList } from './use-record-list';

/** The grid's test id, and the key of its saved layout. */
export const OCOP_GRID_ID = 'ocop-grid';

export interface OcopGridOptions {
  /** The district whose products are shown; null: every product the user may see. */
  unitCode: () => string | null;
  /** The year a new product is rated in, by default. */
  year: () => number;
  onSaved?: () => void;
}

const isNewRow = (row: OcopRow) => row.id === null;

const COLUMNS: GridColumn<OcopRow>[] = [
  { field: 'id', header: 'ocop.products.columns.id', type: 'integer', width: 80, total: false },
  {
    field: 'name',
    header: 'ocop.products.columns.name',
    type: 'text',
    width: 230,
    editable: true,
    validate: requiredText('name'),
    normalise: normaliseText,
    totalLabel: true,
  },
  {
    field: 'producer',
    header: 'ocop.products.columns.producer',
    type: 'text',
    width: 200,
    editable: true,
    validate: requiredText('producer'),
    normalise: normaliseText,
  },
  {
    field: 'unitCode',
    header: 'ocop.products.columns.unitCode',
    type: 'text',
    width: 110,
    // The commune is chosen when the product is added.
    editable: isNewRow,
    validate: communeCode,
    normalise: normaliseText,
  },
  { field: 'unitName', header: 'ocop.products.columns.unitName', type: 'text', width: 170 },
  {
    field: 'category',
    header: 'ocop.products.columns.category',
    type: 'text',
    width: 160,
    editable: true,
    validate: requiredText('category'),
    normalise: normaliseText,
  },
  {
    field: 'stars',
    header: 'ocop.products.columns.stars',
    type: 'enum',
    width: 100,
    editable: true,
    options: OCOP_STAR_OPTIONS.map((value) => ({ value, label: `${value} ★`, raw: true })),
    validate: requiredValue('stars'),
  },
  {
    field: 'yearRated',
    header: 'ocop.products.columns.yearRated',
    type: 'integer',
    width: 120,
    editable: true,
    validate: yearInRange('yearRated'),
    total: false,
    format: (value) => (typeof value === 'number' ? String(value) : ''),
  },
  { field: 'isNew', header: 'ocop.products.columns.isNew', type: 'boolean', width: 120, editable: true },
  { field: 'flagship', header: 'ocop.products.columns.flagship', type: 'boolean', width: 100, editable: true },
];

/** OCOP products as a sheet: edited in place, added as new rows, saved in one `saveOcopProducts`. */
export function useOcopGrid(options: OcopGridOptions) {
  const list = useRecordList<OcopRow>(
    (row) => row.key,
    () => options.unitCode() ?? '*',
    async (signal) => (await fetchOcopProducts(options.unitCode(), { signal })).map(toOcopRow),
  );

  const grid = useSheetGrid<OcopRow>({
    id: OCOP_GRID_ID,
    columns: () => COLUMNS,
    rowKey: (row) => row.key,
    label: (row) => row.name || row.key,
    scope: () => options.unitCode() ?? '*',
    source: {
      store: list.store,
      async save(rows) {
        const saved = await saveOcopProducts(ocopInputs(rows));
        return saved.map(toOcopRow);
      },
      async reload(key) {
        const all = await fetchOcopProducts(options.unitCode());
        const found = all.find((p) => String(p.id) === key);
        return found ? toOcopRow(found) : null;
      },
      newRow: (key) => newOcopRow(key, options.year()),
    },
    onSaved: () => options.onSaved?.(),
  });

  const count = computed(() => list.rows.value.length);
  return { grid, list, count };
}
