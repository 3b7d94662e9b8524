import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { LoginThrottle } from './login-throttle.entity';
import { databaseKind } from '../../db/data-source';

export interface ThrottlePolicy {
  /** Failures allowed in a window before the key is locked. */
  limit: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** Per username: a handful of guesses, then a quarter of an hour's wait. */
export const USER_POLICY: ThrottlePolicy = { limit: 5, windowSeconds: 900, lockSeconds: 900 };
/** Per address: room for an office behind one NAT, not for a guessing run over many names. */
export const ADDRESS_POLICY: ThrottlePolicy = { limit: 50, windowSeconds: 900, lockSeconds: 900 };
/**
 * Per account, for the current password asked when changing it: a session left open is not a
 * way to guess the password behind it. Counted apart from sign-ins, so that someone guessing at
 * the sign-in form does not stop the owner from changing the password.
 */
export const PASSWORD_CHANGE_POLICY: ThrottlePolicy = USER_POLICY;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Counts failed sign-ins in the database (every API process sees the same counts) and refuses
 * attempts on a locked key before any password is checked, so guessing costs the guesser time
 * and the server nothing.
 */
export class LoginThrottler {
  constructor(
    private readonly policies: Record<string, ThrottlePolicy> = {
      user: USER_POLICY,
      address: ADDRESS_POLICY,
      password: PASSWORD_CHANGE_POLICY,
    },
  ) {}

  /** Throws TOO_MANY_ATTEMPTS while any of the keys is locked. */
  async assertOpen(em: EntityManager, keys: string[], now = Date.now()): Promise<void> {
    const rows = await em
      .createQueryBuilder(LoginThrottle, 't')
      .where('t.throttleKey IN (:...keys)', { keys })
      .getMany();
    const lockedUntil = rows
      .map((r) => r.lockedUntil)
      .filter((t): t is string => t !== null && t > iso(now))
      .sort()
      .pop();
    if (lockedUntil) {
      const retryAfterSeconds = Math.ceil((Date.parse(lockedUntil) - now) / 1000);
      throw new AppError(ErrorCode.TOO_MANY_ATTEMPTS, `Too many failed sign-ins; try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
      });
    }
  }

  /** Counts a failure against each key, locking those that reach their limit. */
  async recordFailure(em: EntityManager, keys: string[], now = Date.now()): Promise<void> {
    for (const key of keys) {
      const policy = this.policies[key.slice(0, key.indexOf(':'))];
      const windowFloor = iso(now - policy.windowSeconds * 1000);
      // One upsert statement, so simultaneous failures all count and take one row lock each.
      const fresh =
        databaseKind(em.connection) === 'sqlite'
          ? `INSERT INTO login_throttle (throttleKey, failures, windowStart, lockedUntil) VALUES (?, 1, ?, NULL)
           ON CONFLICT(throttleKey) DO UPDATE SET
             failures = CASE WHEN windowStart < ? THEN 1 ELSE failures + 1 END,
             windowStart = CASE WHEN windowStart < ? THEN excluded.windowStart ELSE windowStart END`
          : `INSERT INTO login_throttle (throttleKey, failures, windowStart, lockedUntil) VALUES (?, 1, ?, NULL)
           ON DUPLICATE KEY UPDATE
             failures = CASE WHEN windowStart < ? THEN 1 ELSE failures + 1 END,
             windowStart = CASE WHEN windowStart < ? THEN VALUES(windowStart) ELSE windowStart END`;
      await em.query(fresh, [key, iso(now), windowFloor, windowFloor]);
      await em
        .createQueryBuilder()
        .update(LoginThrottle)
        .set({ lockedUntil: iso(now + policy.lockSeconds * 1000), failures: 0, windowStart: iso(now) })
        .where('throttleKey = :key AND failures >= :limit', { key, limit: policy.limit })
        .execute();
    }
  }

  async clear(em: EntityManager, key: string): Promise<void> {
    await em.delete(LoginThrottle, { throttleKey: key });
  }
}
