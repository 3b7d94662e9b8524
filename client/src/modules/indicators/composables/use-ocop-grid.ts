import type { GridColumn } from '@/grid';
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
import { useRecordGrid, type RecordGridOptions } from './use-record-grid';

/** The grid's test id, and the key of its saved layout. */
export const OCOP_GRID_ID = 'ocop-grid';

export type OcopGridOptions = RecordGridOptions;

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
  return useRecordGrid(
    {
      id: OCOP_GRID_ID,
      columns: COLUMNS,
      fetch: fetchOcopProducts,
      save: (rows) => saveOcopProducts(ocopInputs(rows)),
      toRow: toOcopRow,
      newRow: (key, year) => newOcopRow(key, year),
    },
    options,
  );
}
