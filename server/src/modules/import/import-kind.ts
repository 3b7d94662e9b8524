import type { EntityManager } from 'typeorm';
import type { ValidationIssue } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import type { SheetCell } from './sheet-reader';

/** A column an import understands, and the headers it is known by in the plan's sheets. */
export interface ImportFieldDef {
  key: string;
  label: string;
  labelEn: string;
  /** Other headers that mean this field (matched without diacritics or case). */
  aliases: readonly string[];
  required: boolean;
  description: string;
}

/** One data row of the sheet, read through the column mapping. */
export interface MappedRow {
  /** The sheet's row number (from 1), as the user sees it in Excel. */
  row: number;
  /** The field's cell; undefined when no column is mapped to the field. */
  get(field: string): SheetCell | undefined;
}

export type ImportRowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'REFUSED';

/** A refusal of a row: a ValidationIssue, or the code a single write would answer. */
export interface ImportRowIssue {
  field: string;
  code: string;
  issue?: ValidationIssue;
  message: string;
}

export interface ImportCandidateUnit {
  code: string;
  name: string;
  parentName: string | null;
}

export interface ImportRowOutcome {
  row: number;
  action: ImportRowAction;
  key: string | null;
  label: string | null;
  changes: { field: string; oldValue: string | null; newValue: string | null }[];
  issues: ImportRowIssue[];
  /** For a name that matched several units: the units, for the user to pick one. */
  candidates: ImportCandidateUnit[];
}

/** The user's pick of a unit for a name that matched several. */
export interface ImportChoice {
  row: number;
  field: string;
  code: string;
}

export interface ImportRunOptions {
  choices: readonly ImportChoice[];
  /** The unit new rows go to when they name none. */
  parentCode: string | null;
  /** Writes the rows (all of them, or none and a refusal) instead of only checking them. */
  commit: boolean;
  onProgress(phase: 'CHECKING' | 'SAVING', done: number, total: number): void;
}

/** One kind of appendix sheet an import reads: its fields, and how its rows are checked and written. */
export interface ImportKindHandler {
  readonly fields: readonly ImportFieldDef[];
  /** The entity the audit's record of the import names. */
  readonly entity: string;
  run(
    em: EntityManager,
    ctx: RequestContext,
    rows: readonly MappedRow[],
    options: ImportRunOptions,
  ): Promise<ImportRowOutcome[]>;
}
