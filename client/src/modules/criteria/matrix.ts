import { criteriaMet, type EvaluationFacts } from '@ntm/shared';
import type { GridSaveRow } from '@/grid';
import type { CriteriaMatrixRowFieldsFragment, CriterionFieldsFragment, EvaluationRowInput } from '@/gql/graphql';

/**
 * The criteria matrix as a sheet grid: one row per commune, one tick column per criterion (and
 * per indicator). A criterion's column is `c_<code>` with the dot of an indicator made an
 * underscore: criterion 17 is `c_17`, indicator 13.3 is `c_13_3`. That is the column's field
 * and its `col-id`.
 */

export type Criterion = CriterionFieldsFragment;
export type MatrixApiRow = CriteriaMatrixRowFieldsFragment;

/** A criterion's column field. */
export type CriterionField = `c_${string}`;

/** A commune's row: met (true), not met (false) or not evaluated (null) per criterion. */
export type MatrixRow = {
  code: string;
  name: string;
  shortName: string;
  /** The server's word: the user may change this commune's evaluations of the year now. */
  editable: boolean;
  /** Criteria met, worked out with the shared rule from the ticks (edits included). */
  metCount: number;
  /** The version of each evaluation as read, by criterion code; absent: not evaluated yet. */
  versions: Readonly<Record<string, number>>;
} & { [field: CriterionField]: boolean | null };

/** Where a matrix is read from: a district's communes in a year (against a set). */
export interface MatrixScope {
  districtCode: string;
  year: number;
  setKey: string;
}

export function criterionField(code: string): CriterionField {
  return `c_${code.replace(/\./g, '_')}`;
}

/** Is the criterion an indicator ("13.3") rather than a criterion ("13")? */
export const isIndicator = (criterion: Pick<Criterion, 'parentCode'>): boolean => criterion.parentCode !== null;

/** The evaluations a row's ticks stand for (cells not evaluated are left out). */
export function evaluationsOf(row: MatrixRow, criteria: readonly Criterion[]): EvaluationFacts[] {
  const out: EvaluationFacts[] = [];
  for (const c of criteria) {
    const met = row[criterionField(c.code)];
    if (met === true || met === false) out.push({ code: c.code, met });
  }
  return out;
}

/** Criteria met by the row as it stands: the rule the server counts with (`criteriaMet`). */
export function metCountOf(row: MatrixRow, criteria: readonly Criterion[]): number {
  return criteriaMet(criteria, evaluationsOf(row, criteria)).length;
}

/** A row of the API's matrix as a grid row. */
export function toMatrixRow(api: MatrixApiRow, criteria: readonly Criterion[]): MatrixRow {
  const row = {
    code: api.unit.code,
    name: api.unit.name,
    shortName: api.unit.shortName,
    editable: api.editable,
    metCount: api.metCount,
    versions: {} as Record<string, number>,
  } as MatrixRow;
  for (const c of criteria) row[criterionField(c.code)] = null;
  const versions: Record<string, number> = {};
  for (const cell of api.cells) {
    row[criterionField(cell.code)] = cell.met;
    versions[cell.code] = cell.version;
  }
  row.versions = versions;
  return row;
}

/** The row with its count of criteria met worked out again from its ticks. */
export function withMetCount(row: MatrixRow, criteria: readonly Criterion[]): MatrixRow {
  const metCount = metCountOf(row, criteria);
  return metCount === row.metCount ? row : { ...row, metCount };
}

/** Where a request row of a save came from: the grid row's index and the cell's field. */
export interface EvaluationOrigin {
  index: number;
  field: CriterionField;
}

/**
 * The request rows of a save: one `EvaluationRowInput` per changed cell, with the version of
 * that cell as read (null for a cell not evaluated then); a cell emptied removes its
 * evaluation (`met: null`). `origins[i]` is the grid row and cell of `inputs[i]`.
 */
export function evaluationInputs(
  rows: readonly GridSaveRow<MatrixRow>[],
  criteria: readonly Criterion[],
  scope: MatrixScope,
): { inputs: EvaluationRowInput[]; origins: EvaluationOrigin[] } {
  const codeOf = new Map(criteria.map((c) => [criterionField(c.code) as string, c.code]));
  const inputs: EvaluationRowInput[] = [];
  const origins: EvaluationOrigin[] = [];
  rows.forEach((saved, index) => {
    for (const field of saved.changed) {
      const code = codeOf.get(field);
      if (!code) continue;
      const met = saved.row[field as CriterionField];
      inputs.push({
        unitCode: saved.key,
        year: scope.year,
        setKey: scope.setKey,
        code,
        met: met === true || met === false ? met : null,
        version: saved.origin.versions[code] ?? null,
      });
      origins.push({ index, field: field as CriterionField });
    }
  });
  return { inputs, origins };
}
