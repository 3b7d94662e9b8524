import type { ErrorCode } from '../errors/error-code';
import type { ValidationIssue } from '../validation/validation-issue';

/**
 * Why one row of a batch (a grid's save, an import) was refused. A batch is all or nothing: when
 * any row is refused, nothing is written and the error's `extensions.rows` lists them all.
 */
export interface BatchRowError {
  /** The row's position in the batch, from 0. */
  index: number;
  /** The record's key when the row names one (a unit's code), else null (a new row). */
  key: string | null;
  /** BAD_USER_INPUT, CONFLICT, LOCKED, FORBIDDEN or NOT_FOUND. */
  code: ErrorCode;
  /** For BAD_USER_INPUT: each refused field with its rule. */
  issues: ValidationIssue[];
  /** An English sentence for logs and other tools. */
  message: string;
}

/** The most rows one batch save or import may carry. */
export const MAX_BATCH_ROWS = 10_000;
