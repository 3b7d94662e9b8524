import { ErrorCode, type ValidationIssue, describeIssue } from '@ntm/shared';

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
