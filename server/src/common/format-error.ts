import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode, type ValidationIssue } from '@ntm/shared';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable';
import { AppError } from './app-error';
import type { Logger } from './logger';

/** Codes that Apollo or graphql-js produce for a malformed request; they pass through. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const OUR_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));

/**
 * The one place where errors become what a client sees: our typed errors keep their code and
 * details; anything unexpected is logged and answered without stack, SQL or message.
 */
export function makeFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.extensions } };
    }
    if (original instanceof ArgumentValidationError) {
      const issues: ValidationIssue[] = original.extensions.validationErrors.flatMap((v) =>
        flattenValidation(v as unknown as ValidationErrorLike, ''),
      );
      return {
        ...base,
        message: `Invalid input: ${issues.map((i) => i.field).join(', ')}`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: issues[0]?.field, issues },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || OUR_CODES.has(code))) {
      // Refusals raised before execution (limits, sign-in) keep their details, not internals.
      const { stacktrace: _s, http: _h, ...extensions } = formatted.extensions ?? {};
      return { ...base, extensions: { ...extensions, code } };
    }
    if (isDatabaseUnavailable(original) || isDatabaseUnavailable(error)) {
      logger.error('database unavailable', original instanceof Error ? original.message : original);
      return { ...base, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    logger.error('unexpected error', original);
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flattenValidation(v: ValidationErrorLike, prefix: string): ValidationIssue[] {
  const field = prefix ? `${prefix}.${v.property}` : v.property;
  const own: ValidationIssue[] = Object.keys(v.constraints ?? {}).map((constraint) => ({
    field,
    rule: constraint === 'maxLength' ? 'tooLong' : constraint === 'isNotEmpty' ? 'required' : 'invalidFormat',
    params: { constraint },
  }));
  return own.concat((v.children ?? []).flatMap((c) => flattenValidation(c, field)));
}
