import { GraphQLError } from 'graphql';
import { ErrorCode } from '@ntm/shared';

/** Error codes of a database that cannot be reached (stopped, restarting, network gone). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_GONE_ERROR',
  'CR_SERVER_GONE_ERROR',
  'CR_SERVER_LOST',
]);

/**
 * Is this error (or what it wraps: TypeORM's driverError, GraphQL's originalError, a cause) the
 * database being out of reach, rather than a fault of the request or of the code?
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      code?: unknown;
      driverError?: unknown;
      originalError?: unknown;
      cause?: unknown;
      message?: unknown;
    };
    if (typeof e.code === 'string' && UNREACHABLE.has(e.code)) return true;
    if (
      typeof e.message === 'string' &&
      /Pool is closed|Connection lost: The server closed the connection|Can't add new command when connection is in closed state/.test(
        e.message,
      )
    )
      return true;
    current = e.driverError ?? e.originalError ?? e.cause;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database cannot be reached: nothing of this request was saved. Try again in a moment.';

/** The error a request gets while the database is away: clear, typed, and HTTP 503. */
export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } },
  });
}
