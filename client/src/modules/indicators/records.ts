import type { ValidationIssue, ValidationRule } from '@ntm/shared';
import type { GridSaveRow } from '@/grid';
import type { ModelField } from '@/gql/graphql';
import type { GoodModel, ModelRowInput, OcopProduct, OcopRowInput } from './api';

/**
 * OCOP products and good-practice models as sheet-grid rows, and the rows of their batch saves.
 * A saved record's key is its id; a row added in the grid keeps the key it was made with until
 * it is saved. Stars are kept as text ("3", "4", "5"), the values of their list.
 */

export const OCOP_STAR_OPTIONS = ['3', '4', '5'] as const;

export const MODEL_FIELDS: readonly ModelField[] = [
  'PRODUCTION',
  'ENVIRONMENT',
  'CULTURE',
  'SOCIAL',
  'SECURITY',
  'DIGITAL',
  'TOURISM',
  'OTHER',
];

export interface OcopRow {
  key: string;
  /** null: added in the grid, not saved yet. */
  id: number | null;
  name: string;
  producer: string;
  /** The producer's commune; chosen when the product is added, not changed after. */
  unitCode: string;
  unitName: string;
  category: string;
  stars: string | null;
  yearRated: number | null;
  isNew: boolean;
  flagship: boolean;
  version: number | null;
}

export interface ModelRow {
  key: string;
  id: number | null;
  name: string;
  /** A commune's or a district's code; chosen when the model is added. */
  unitCode: string;
  unitName: string;
  field: ModelField | null;
  year: number | null;
  replicatedFromId: number | null;
  note: string;
  version: number | null;
}

export function toOcopRow(p: OcopProduct): OcopRow {
  return {
    key: String(p.id),
    id: p.id,
    name: p.name,
    producer: p.producer,
    unitCode: p.unit.code,
    unitName: p.unit.name,
    category: p.category,
    stars: String(p.stars),
    yearRated: p.yearRated,
    isNew: p.isNew,
    flagship: p.flagship,
    version: p.version,
  };
}

export function newOcopRow(key: string, year: number, unitCode = ''): OcopRow {
  return {
    key,
    id: null,
    name: '',
    producer: '',
    unitCode,
    unitName: '',
    category: '',
    stars: null,
    yearRated: year,
    isNew: true,
    flagship: false,
    version: null,
  };
}

export function toModelRow(m: GoodModel): ModelRow {
  return {
    key: String(m.id),
    id: m.id,
    name: m.name,
    unitCode: m.unit.code,
    unitName: m.unit.name,
    field: m.field,
    year: m.year,
    replicatedFromId: m.replicatedFromId,
    note: m.note ?? '',
    version: m.version,
  };
}

export function newModelRow(key: string, year: number, unitCode = ''): ModelRow {
  return {
    key,
    id: null,
    name: '',
    unitCode,
    unitName: '',
    field: null,
    year,
    replicatedFromId: null,
    note: '',
    version: null,
  };
}

// ---- Rules the server applies too, shown on the cell before anything is sent ----

/**
 * An issue of a rule only the client words ("must be a 5-digit commune code"); its message is
 * `validation.<rule>` of this module's texts.
 */
export function clientIssue(field: string, rule: string): ValidationIssue {
  return { field, rule: rule as unknown as ValidationRule };
}

export function requiredText(field: string) {
  return (value: unknown): ValidationIssue | null =>
    typeof value !== 'string' || value.trim() === '' ? { field, rule: 'required' } : null;
}

export function requiredValue(field: string) {
  return (value: unknown): ValidationIssue | null =>
    value === null || value === undefined || value === '' ? { field, rule: 'required' } : null;
}

export function yearInRange(field: string) {
  return (value: unknown): ValidationIssue | null => {
    if (value === null || value === undefined) return { field, rule: 'required' };
    return typeof value === 'number' && (value < 2000 || value > 2100)
      ? { field, rule: 'outOfRange', params: { min: 2000, max: 2100 } }
      : null;
  };
}

export function communeCode(value: unknown): ValidationIssue | null {
  if (typeof value !== 'string' || value.trim() === '') return { field: 'unitCode', rule: 'required' };
  return /^\d{5}$/.test(value.trim()) ? null : clientIssue('unitCode', 'communeCode');
}

export function modelUnitCode(value: unknown): ValidationIssue | null {
  if (typeof value !== 'string' || value.trim() === '') return { field: 'unitCode', rule: 'required' };
  return /^(\d{3}|\d{5})$/.test(value.trim()) ? null : clientIssue('unitCode', 'modelUnitCode');
}

const trimmed = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);
export const normaliseText = trimmed;

// ---- Batch rows ----

/** One `OcopRowInput` per grid row: a new product in full, a changed one by its changed fields. */
export function ocopInputs(rows: readonly GridSaveRow<OcopRow>[]): OcopRowInput[] {
  return rows.map(({ row, isNew, changed }) => {
    const has = (field: keyof OcopRow) => isNew || changed.includes(field);
    const input: OcopRowInput = isNew ? { unitCode: row.unitCode.trim() } : { id: row.id, version: row.version };
    if (has('name')) input.name = row.name.trim();
    if (has('producer')) input.producer = row.producer.trim();
    if (has('category')) input.category = row.category.trim();
    if (has('stars')) input.stars = row.stars === null ? null : Number(row.stars);
    if (has('yearRated')) input.yearRated = row.yearRated;
    if (has('isNew')) input.isNew = row.isNew;
    if (has('flagship')) input.flagship = row.flagship;
    return input;
  });
}

/** One `ModelRowInput` per grid row: a new model in full, a changed one by its changed fields. */
export function modelInputs(rows: readonly GridSaveRow<ModelRow>[]): ModelRowInput[] {
  return rows.map(({ row, isNew, changed }) => {
    const has = (field: keyof ModelRow) => isNew || changed.includes(field);
    const input: ModelRowInput = isNew ? { unitCode: row.unitCode.trim() } : { id: row.id, version: row.version };
    if (has('name')) input.name = row.name.trim();
    if (has('field')) input.field = row.field;
    if (has('year')) input.year = row.year;
    if (has('replicatedFromId')) input.replicatedFromId = row.replicatedFromId;
    if (has('note')) input.note = row.note.trim() === '' ? null : row.note.trim();
    return input;
  });
}
