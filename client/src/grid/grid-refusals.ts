import { ErrorCode, type BatchRowError } from '@ntm/shared';
import { ApiError, errorMessage, isApiError, issueMessage } from '@/api/errors';
import type { Message } from '@/i18n/message';
import { columnIssueMessage, type GridColumn } from './columns';
import type { RowProblem } from './edit-state';

/**
 * A refused row of a batch, placed on the grid: `index` is the grid row's position in the rows
 * the save was given, and `field`, when known, the cell the refusal is about.
 */
export interface GridRefusal extends BatchRowError {
  field?: string | null;
}

/** The batch error's rows, when the server refused a batch. */
export function refusedRows(error: unknown): GridRefusal[] | null {
  if (!isApiError(error)) return null;
  const rows = error.extensions.rows;
  return Array.isArray(rows) ? (rows as GridRefusal[]) : null;
}

/**
 * For a source whose save sends several request rows for one grid row (a matrix of units ×
 * criteria sends a request row per changed cell): the batch error, with each refused request
 * row placed on the grid row it came from and its cell. `place(index)` gives, for the index of
 * a request row, the index of its grid row in the rows `save` was given and the field of its
 * cell, or null to leave it out. Other errors are returned as they are. The grid marks the
 * cells: refused values as invalid, others (a conflict, a lock) as such, on their row.
 */
export function placeRefusals(
  error: unknown,
  place: (index: number) => { index: number; field?: string | null } | null,
): unknown {
  const rows = refusedRows(error);
  if (!rows || !isApiError(error)) return error;
  const placed: GridRefusal[] = [];
  for (const row of rows) {
    const at = place(row.index);
    if (at) placed.push({ ...row, index: at.index, field: at.field ?? null });
  }
  return new ApiError({
    code: error.code,
    message: error.message,
    field: error.field,
    issues: error.issues,
    rawCode: error.rawCode,
    extensions: { ...error.extensions, rows: placed },
  });
}

/**
 * A refused row as the grid marks it: its issues on the cells of the columns they name (or on
 * the cell the refusal was placed on), the others as the row's reason.
 */
export function problemOf<T>(
  refused: GridRefusal,
  columnOf: (field: string) => GridColumn<T> | undefined,
  fieldOf?: (inputField: string) => string | null,
): RowProblem {
  const fields: Record<string, Message> = {};
  const rowIssues: Message[] = [];
  // Placed on a cell: its issues are that cell's, whatever input field they name.
  const placed = refused.field && columnOf(refused.field) ? refused.field : null;
  for (const issue of refused.issues ?? []) {
    const inputField = issue.field.split('.').pop() ?? issue.field;
    const field = placed ?? (fieldOf ? fieldOf(inputField) : inputField);
    const column = field ? columnOf(field) : undefined;
    if (column && field) fields[field] ??= columnIssueMessage({ ...issue, field }, column);
    else rowIssues.push(issueMessage(issue));
  }
  const reason =
    rowIssues[0] ??
    Object.values(fields)[0] ??
    errorMessage(new ApiError({ code: refused.code, message: refused.message, issues: refused.issues }));
  const cells = placed && refused.code !== ErrorCode.BAD_USER_INPUT ? { [placed]: refused.code } : null;
  return { code: refused.code, reason, fields, ...(cells ? { cells } : {}) };
}
