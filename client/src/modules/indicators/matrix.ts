import type { GridSaveRow } from '@/grid';
import type { AdminLevel, IndicatorUnit } from '@/gql/graphql';
import type { Indicator, IndicatorMatrixApiRow, IndicatorValueInput } from './api';

/**
 * The indicator matrix as a sheet grid: one row per unit below the chosen one, one column per
 * indicator its units report. An indicator's column is `v_<key>` (`v_HYGIENIC_WATER`): the
 * column's field and its `col-id`. Numbers are kept as numbers; a yes/no indicator is a tick
 * (true: 1, false: 0, empty: no figure).
 */

export type IndicatorField = `v_${string}`;

/** A unit's row: its figure of each indicator of the year, or null when it has none. */
export type IndicatorRow = {
  code: string;
  name: string;
  level: AdminLevel;
  /** The server's word: the user may change this unit's figures of the year now. */
  editable: boolean;
  /** The version of each figure as read, by indicator key; absent: not entered yet. */
  versions: Readonly<Record<string, number>>;
} & { [field: IndicatorField]: number | boolean | null };

export function indicatorField(key: string): IndicatorField {
  return `v_${key}`;
}

export const isYesNo = (unit: IndicatorUnit): boolean => unit === 'YES_NO';

/** A cell's value as the grid holds it: a tick for yes/no, else the number. */
function cellValue(indicator: Pick<Indicator, 'unit'>, value: number): number | boolean {
  return isYesNo(indicator.unit) ? value > 0 : value;
}

/** A row of the API's matrix as a grid row (the year's figures, month 0). */
export function toIndicatorRow(api: IndicatorMatrixApiRow, indicators: readonly Indicator[]): IndicatorRow {
  const row = {
    code: api.unit.code,
    name: api.unit.name,
    level: api.unit.level,
    editable: api.editable,
    versions: {},
  } as IndicatorRow;
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  for (const i of indicators) row[indicatorField(i.key)] = null;
  const versions: Record<string, number> = {};
  for (const cell of api.cells) {
    const indicator = byKey.get(cell.key);
    if (!indicator || cell.month !== 0) continue;
    row[indicatorField(cell.key)] = cellValue(indicator, cell.value);
    versions[cell.key] = cell.version;
  }
  row.versions = versions;
  return row;
}

/** The figure a cell stands for: 1 or 0 for a tick, the number, or null (no figure). */
export function figureOf(value: unknown): number | null {
  if (value === true) return 1;
  if (value === false) return 0;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Where a request row of a save came from: the grid row's index and the cell's field. */
export interface ValueOrigin {
  index: number;
  field: IndicatorField;
}

/**
 * The request rows of a save: one `IndicatorValueInput` per changed cell, with the version of
 * that figure as read (null for one not entered then); an emptied cell removes its figure
 * (`value: null`). `origins[i]` is the grid row and cell of `inputs[i]`.
 */
export function indicatorInputs(
  rows: readonly GridSaveRow<IndicatorRow>[],
  indicators: readonly Indicator[],
  year: number,
): { inputs: IndicatorValueInput[]; origins: ValueOrigin[] } {
  const keyOf = new Map(indicators.map((i) => [indicatorField(i.key) as string, i.key]));
  const inputs: IndicatorValueInput[] = [];
  const origins: ValueOrigin[] = [];
  rows.forEach((saved, index) => {
    for (const field of saved.changed) {
      const key = keyOf.get(field);
      if (!key) continue;
      inputs.push({
        unitCode: saved.key,
        key,
        year,
        month: 0,
        value: figureOf(saved.row[field as IndicatorField]),
        version: saved.origin.versions[key] ?? null,
      });
      origins.push({ index, field: field as IndicatorField });
    }
  });
  return { inputs, origins };
}
