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

  constructor(init: {
    code: ErrorCode;
    message: string;
    field?: string | null;
    issues?: readonly ValidationIssue[];
    rawCode?: string | null;
  }) {
    super(init.message);
    this.code = init.code;
    this.field = init.field ?? null;
    this.issues = init.issues ?? [];
    this.rawCode = init.rawCode ?? init.code;
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
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
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
  return message(`validation.${issue.rule}`, {
    ...(issue.params ?? {}),
    field: message(`fields.${field}`),
  });
}

/** The user-facing reason of any failure, most specific first. */
export function errorMessage(error: unknown): Message {
  if (isApiError(error)) {
    const issue = error.issues[0];
    if (error.code === ErrorCode.BAD_USER_INPUT && issue) return issueMessage(issue);
    return message(`errors.${error.code}`);
  }
  return message(`errors.${ErrorCode.INTERNAL_SERVER_ERROR}`);
}
