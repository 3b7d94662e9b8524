import { type BatchRowError, ErrorCode, type ValidationIssue, describeIssue } from '@ntm/shared';

/**
 * The one error type services throw. Its code becomes `extensions.code`; for bad input the
 * offending field (and every issue found) travels along so the client can mark the cell.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(issues: ValidationIssue | ValidationIssue[]): AppError {
    const list = Array.isArray(issues) ? issues : [issues];
    return new AppError(ErrorCode.BAD_USER_INPUT, list.map(describeIssue).join('; '), {
      field: list[0]?.field,
      issues: list,
    });
  }

  static notFound(entity: string, key: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${entity} ${key} does not exist`, { entity, key });
  }

  static unauthenticated(message = 'Sign in first'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'You may not do this here'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static locked(unitCode: string, year: number): AppError {
    return new AppError(
      ErrorCode.LOCKED,
      `The data of ${unitCode} for ${year} is approved and locked; an approver must reopen it first`,
      { unitCode, year },
    );
  }

  static conflict(entity: string, key: string, expectedVersion: number): AppError {
    return new AppError(
      ErrorCode.CONFLICT,
      `${entity} ${key} was changed by someone else since version ${expectedVersion}; reload it and try again`,
      { entity, key, expectedVersion },
    );
  }
}

/**
 * A batch (a grid's save, an import) refused: nothing was written. Its code is the rows' common
 * code, or BAD_USER_INPUT when they differ; `extensions.rows` says which rows and why.
 */
export function batchRefused(rows: BatchRowError[]): AppError {
  const codes = new Set(rows.map((r) => r.code));
  const code = codes.size === 1 ? rows[0].code : ErrorCode.BAD_USER_INPUT;
  const head = rows
    .slice(0, 3)
    .map((r) => `row ${r.index}${r.key ? ` (${r.key})` : ''}: ${r.message}`)
    .join('; ');
  const more = rows.length > 3 ? `; and ${rows.length - 3} more` : '';
  return new AppError(code, `Nothing was saved: ${rows.length} row(s) refused. ${head}${more}`, {
    field: rows[0]?.issues[0]?.field,
    rows,
  });
}

/** The error each refused row stands for, so that a write of one row can answer it as it is. */
const originals = new WeakMap<BatchRowError, AppError>();

/** One refused row of a batch, from the error a single write would have answered. */
export function rowError(index: number, key: string | null, error: AppError): BatchRowError {
  const issues = (error.extensions.issues as ValidationIssue[] | undefined) ?? [];
  const row = { index, key, code: error.code, issues, message: error.message };
  originals.set(row, error);
  return row;
}

/**
 * A batch of one row refused: the row's own error, its fields named as the single write's input
 * names them ("input.name"). Anything else passes through.
 */
export function singleRowError(error: unknown, fieldPrefix: string): unknown {
  const rows = error instanceof AppError ? (error.extensions.rows as BatchRowError[] | undefined) : undefined;
  const original = rows?.length === 1 ? originals.get(rows[0]) : undefined;
  if (!original) return error;
  if (original.code !== ErrorCode.BAD_USER_INPUT) return original;
  const issues = (original.extensions.issues as ValidationIssue[]).map((i) => ({
    ...i,
    field: `${fieldPrefix}.${i.field}`,
  }));
  return AppError.badInput(issues);
}
