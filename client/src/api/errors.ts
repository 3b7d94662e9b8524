import { ErrorCode, type ValidationIssue } from '@ntm/shared';
import { message, type Message } from '@/i18n/message';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** One entry of a GraphQL response's `errors[]`, as far as the client reads it. */
export interface GraphQLErrorPayload {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    field?: string;
    issues?: ValidationIssue[];
    [key: string]: unknown;
  };
}

/**
 * What went wrong with a request, whatever the cause: an error the API answered with, an
 * answer that was not GraphQL, or no answer at all.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  /** The input that was refused, e.g. "input.name", for BAD_USER_INPUT. */
  readonly field: string | null;
  readonly issues: readonly ValidationIssue[];
  /** The code as the server sent it, which may be one the product does not list. */
  readonly rawCode: string | null;
  /** Everything else the server said about it (`retryAfterSeconds`, `year`, …). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: {
    code: ErrorCode;
    message: string;
    field?: string | null;
    issues?: readonly ValidationIssue[];
    rawCode?: string | null;
    extensions?: Record<string, unknown>;
  }) {
    super(init.message);
    this.code = init.code;
    this.field = init.field ?? null;
    this.issues = init.issues ?? [];
    this.rawCode = init.rawCode ?? init.code;
    this.extensions = init.extensions ?? {};
  }

  /** Is this the answer with that code, whether or not the product lists the code? */
  is(code: ErrorCode | string): boolean {
    return this.code === code || this.rawCode === code;
  }

  /** The first error decides: the API reports one failed operation per request here. */
  static fromGraphQLErrors(errors: readonly GraphQLErrorPayload[]): ApiError {
    const first = errors[0];
    const rawCode = first?.extensions?.code ?? null;
    return new ApiError({
      code: toErrorCode(rawCode),
      message: first?.message ?? 'Unknown GraphQL error',
      field: first?.extensions?.field ?? first?.extensions?.issues?.[0]?.field ?? null,
      issues: first?.extensions?.issues ?? [],
      rawCode,
      extensions: first?.extensions ?? {},
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Is the failure this error code? Also for codes the shared list does not have (yet). */
export function hasErrorCode(error: unknown, code: ErrorCode | string): error is ApiError {
  return isApiError(error) && error.is(code);
}

/** How long the server asks to wait before trying again (a throttled sign-in), if it said. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!isApiError(error)) return null;
  const value = Number(error.extensions.retryAfterSeconds);
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : null;
}

/**
 * The year whose approved data refused a write (LOCKED): as the server reports it, else as its
 * message names it, else this year (the year the app edits).
 */
export function lockedYear(error: ApiError): number {
  const year = Number(error.extensions.year);
  if (Number.isInteger(year) && year > 1900) return year;
  const named = /\b(19|20)\d{2}\b/.exec(error.message);
  return named ? Number(named[0]) : new Date().getFullYear();
}

/**
 * Codes outside the product's list (GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, …) mean client and
 * server disagree, which the user can only report: they count as a server error.
 */
function toErrorCode(raw: string | null | undefined): ErrorCode {
  if (raw && KNOWN_CODES.has(raw)) return raw as ErrorCode;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

/** The field path the API reports ("input.name") without its argument prefix ("name"). */
export function inputFieldName(field: string | null): string | null {
  if (!field) return null;
  const parts = field.split('.');
  return parts[parts.length - 1] || null;
}

/** A validation issue as a user-facing message: "Tên không được để trống." */
export function issueMessage(issue: ValidationIssue): Message {
  const field = inputFieldName(issue.field) ?? issue.field;
  // A length, not a number, out of range: "must be 10 to 128 characters long".
  const rule = issue.rule === 'outOfRange' && issue.params?.unit === 'characters' ? 'lengthRange' : issue.rule;
  return message(`validation.${rule}`, {
    ...(issue.params ?? {}),
    field: message(`fields.${field}`),
  });
}

/** The user-facing reason of any failure, most specific first. */
export function errorMessage(error: unknown): Message {
  if (isApiError(error)) {
    const issue = error.issues[0];
    if (error.code === ErrorCode.BAD_USER_INPUT && issue) return issueMessage(issue);
    if (error.is(ErrorCode.LOCKED)) return message('errors.lockedYear', { year: lockedYear(error) });
    if (error.is(ErrorCode.TOO_MANY_ATTEMPTS)) {
      const wait = retryAfterSeconds(error);
      return wait
        ? message('errors.tooManyAttemptsWait', { wait: waitMessage(wait) })
        : message(`errors.${ErrorCode.TOO_MANY_ATTEMPTS}`);
    }
    return message(`errors.${error.code}`);
  }
  return message(`errors.${ErrorCode.INTERNAL_SERVER_ERROR}`);
}

/** A wait as words: "45 giây", "5 phút" (rounded up to whole minutes past a minute). */
export function waitMessage(seconds: number): Message {
  if (seconds < 60) return message('time.seconds', { count: seconds });
  return message('time.minutes', { count: Math.ceil(seconds / 60) });
}
