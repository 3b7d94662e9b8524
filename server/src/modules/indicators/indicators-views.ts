/** What the indicator services share: the batch specs, the check of a figure, and entity → view mappers. */
import { IndicatorUnit, type ValidationIssue } from '@ntm/shared';
import { GoodModel } from './good-model.entity';
import { IndicatorValue } from './indicator-value.entity';
import type { Indicator } from './indicator.entity';
import type { GoodModelView, OcopProductView } from './indicators.types';
import { OcopProduct } from './ocop-product.entity';

export const VALUE_SPEC = {
  entity: IndicatorValue,
  name: 'IndicatorValue',
  table: 'indicator_value',
  columns: ['value', 'note'] as const,
  audited: ['value', 'note'] as const,
};
export const OCOP_SPEC = {
  entity: OcopProduct,
  name: 'OcopProduct',
  table: 'ocop_product',
  columns: ['name', 'producer', 'category', 'stars', 'yearRated', 'isNew', 'flagship'] as const,
  audited: ['name', 'producer', 'unitPath', 'category', 'stars', 'yearRated', 'isNew', 'flagship'] as const,
};
export const MODEL_SPEC = {
  entity: GoodModel,
  name: 'GoodModel',
  table: 'good_model',
  columns: ['name', 'field', 'year', 'replicatedFromId', 'note'] as const,
  audited: ['name', 'unitPath', 'field', 'year', 'replicatedFromId', 'note'] as const,
};

/** The first year of the period whose replicated models count (II.7: 2021-2025). */
export const REPLICATION_FROM = 2021;

export function valueIssue(indicator: Indicator, value: number): ValidationIssue | null {
  if (!Number.isFinite(value)) return { field: 'value', rule: 'invalidFormat', params: { format: 'number' } };
  switch (indicator.unit) {
    case IndicatorUnit.PERCENT:
      return value < 0 || value > 100 ? { field: 'value', rule: 'outOfRange', params: { min: 0, max: 100 } } : null;
    case IndicatorUnit.YES_NO:
      return value !== 0 && value !== 1 ? { field: 'value', rule: 'outOfRange', params: { min: 0, max: 1 } } : null;
    case IndicatorUnit.COUNT:
      return !Number.isInteger(value) || value < 0
        ? { field: 'value', rule: 'invalidFormat', params: { format: 'whole number' } }
        : null;
    default:
      return value < 0 ? { field: 'value', rule: 'outOfRange', params: { min: 0, max: 1e12 } } : null;
  }
}

export function ocopView(p: OcopProduct): OcopProductView {
  const { id, name, producer, unitId, category, stars, yearRated, isNew, flagship, version } = p;
  return { id, name, producer, unitId, category, stars, yearRated, isNew, flagship, version };
}

export function modelView(m: GoodModel): GoodModelView {
  const { id, name, unitId, field, year, replicatedFromId, note, version } = m;
  return { id, name, unitId, field, year, replicatedFromId, note, version };
}
