import type { GridColumn } from '@/grid';
import { fetchModels, saveModels } from '../api';
import {
  MODEL_FIELDS,
  modelInputs,
  modelUnitCode,
  newModelRow,
  normaliseText,
  requiredText,
  requiredValue,
  toModelRow,
  yearInRange,
  type ModelRow,
} from '../records';
import { useRecordGrid, type RecordGridOptions } from './use-record-grid';

/** The grid's test id, and the key of its saved layout. */
export const MODEL_GRID_ID = 'model-grid';

export type ModelGridOptions = RecordGridOptions;

const isNewRow = (row: ModelRow) => row.id === null;

const plainYear = (value: unknown) => (typeof value === 'number' ? String(value) : '');

const COLUMNS: GridColumn<ModelRow>[] = [
  { field: 'id', header: 'ocop.models.columns.id', type: 'integer', width: 80, total: false },
  {
    field: 'name',
    header: 'ocop.models.columns.name',
    type: 'text',
    width: 260,
    editable: true,
    validate: requiredText('name'),
    normalise: normaliseText,
    totalLabel: true,
  },
  {
    field: 'unitCode',
    header: 'ocop.models.columns.unitCode',
    type: 'text',
    width: 110,
    editable: isNewRow,
    validate: modelUnitCode,
    normalise: normaliseText,
  },
  { field: 'unitName', header: 'ocop.models.columns.unitName', type: 'text', width: 170 },
  {
    field: 'field',
    header: 'ocop.models.columns.field',
    type: 'enum',
    width: 180,
    editable: true,
    // TOURISM is shown as "Du lịch nông thôn".
    options: MODEL_FIELDS.map((value) => ({ value, label: `modelFields.${value}` })),
    validate: requiredValue('field'),
  },
  {
    field: 'year',
    header: 'ocop.models.columns.year',
    type: 'integer',
    width: 90,
    editable: true,
    validate: yearInRange('year'),
    total: false,
    format: plainYear,
  },
  {
    field: 'replicatedFromId',
    header: 'ocop.models.columns.replicatedFromId',
    type: 'integer',
    width: 130,
    editable: true,
    total: false,
    format: plainYear,
  },
  { field: 'note', header: 'ocop.models.columns.note', type: 'text', width: 220, editable: true },
];

/** Good-practice models as a sheet: edited in place, added as new rows, saved in one `saveModels`. */
export function useModelGrid(options: ModelGridOptions) {
  return useRecordGrid(
    {
      id: MODEL_GRID_ID,
      columns: COLUMNS,
      fetch: fetchModels,
      save: (rows) => saveModels(modelInputs(rows)),
      toRow: toModelRow,
      newRow: (key, year) => newModelRow(key, year),
    },
    options,
  );
}
