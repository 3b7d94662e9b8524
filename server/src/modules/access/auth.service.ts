import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Role, validatePassword } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { Logger } from '../../common/logger';
import type { AuthUser, RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import type { AuditService, FieldChange } from '../audit/audit.service';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { AuthSession } from './auth-session.entity';
import { LoginThrottler } from './login-throttle';
import { RoleAssignment } from './role-assignment.entity';
import { AppSetting } from './setting.entity';
import { User } from './user.entity';

export interface AuthSettings {
  bcryptCost: number;
  accessTokenSeconds: number;
  refreshTokenDays: number;
  /** Signing key for access tokens; when absent one is made once and kept in the database. */
  tokenSecret?: string;
}

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: User;
}

interface AssignmentRow {
  role: Role | null;
  unitPath: string | null;
  unitCode: string | null;
}

interface AuthRow extends AssignmentRow {
  userId: number;
  username: string;
  displayName: string;
  active: number | boolean;
}

/** An ADMIN assignment without a unit reaches everywhere; other roles always name one. */
function toAssignments(rows: AssignmentRow[]): AuthUser['assignments'] {
  return rows
    .filter(
      (r): r is AssignmentRow & { role: Role } => r.role !== null && (r.role === Role.ADMIN || r.unitPath !== null),
    )
    .map((r) => ({ role: r.role, unitPath: r.unitPath ?? '', unitCode: r.unitCode }));
}

const SECRET_KEY = 'access-token-secret';
const ISSUER = 'ntm-plan-tracker';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const nowIso = () => new Date().toISOString();

/** Sign-in, sessions and passwords. Scope rules live in shared/ and in each service. */
export class AuthService {
  private secret: Uint8Array | null = null;
  private readonly throttle = new LoginThrottler();
  // Compared against when the username is unknown, so that timing does not tell which names exist.
  private readonly decoyHash: string;

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly settings: AuthSettings,
    private readonly logger: Logger,
  ) {
    this.decoyHash = bcrypt.hashSync(randomBytes(16).toString('hex'), settings.bcryptCost);
  }

  hashPassword(password: string): Promise<string> {
    return bcrypt.hash(password, this.settings.bcryptCost);
  }

  /** Loads (or, the first time, makes) the token signing key shared by all API processes. */
  async init(): Promise<void> {
    if (this.settings.tokenSecret) {
      this.secret = new TextEncoder().encode(this.settings.tokenSecret);
      return;
    }
    const em = this.db.manager;
    await em
      .createQueryBuilder()
      .insert()
      .into(AppSetting)
      .values({ key: SECRET_KEY, value: randomBytes(32).toString('base64') })
      .orIgnore()
      .execute();
    const row = await em.findOneByOrFail(AppSetting, { key: SECRET_KEY });
    this.secret = Buffer.from(row.value, 'base64');
  }

  /**
   * On a first start there is nobody to sign in: make `admin`, with the given password or a
   * random one printed once. Nothing ships with a known default password.
   */
  async ensureAdmin(password: string | undefined): Promise<void> {
    if ((await this.db.manager.count(User)) > 0) return;
    const chosen = password ?? randomBytes(12).toString('base64url');
    const issue = validatePassword(chosen, 'NTM_ADMIN_PASSWORD');
    if (issue) throw AppError.badInput(issue);
    const passwordHash = await this.hashPassword(chosen);
    await this.db.transaction(async (em) => {
      if ((await em.count(User)) > 0) return;
      const { identifiers } = await em.insert(User, {
        username: 'admin',
        displayName: 'Quản trị hệ thống',
        passwordHash,
        active: true,
        version: 1,
        createdAt: nowIso(),
      });
      await em.insert(RoleAssignment, { userId: identifiers[0].id as number, role: Role.ADMIN, unitId: null });
    });
    if (password === undefined) {
      this.logger.info(`created user "admin" with password: ${chosen}  (shown once; change it after signing in)`);
    } else {
      this.logger.info('created user "admin" with the password in NTM_ADMIN_PASSWORD');
    }
  }

  async login(ctx: RequestContext, username: string, password: string): Promise<IssuedSession> {
    const keys = [`user:${username.slice(0, 64)}`, `address:${ctx.address}`];
    await this.throttle.assertOpen(this.db.manager, keys);
    const user = await this.db.manager.findOneBy(User, { username });
    const ok = await bcrypt.compare(password, user?.passwordHash ?? this.decoyHash);
    if (!user || !ok || !user.active) {
      await this.db.transaction(async (em) => {
        await this.throttle.recordFailure(em, keys);
        await this.audit.record(em, ctx, {
          action: 'SIGN_IN_FAILED',
          entity: 'Session',
          key: username.slice(0, 64),
          unitPath: null,
          actor: username.slice(0, 64),
          changes: [{ field: 'address', oldValue: null, newValue: ctx.address }],
        });
      });
      throw AppError.unauthenticated('Wrong username or password');
    }
    return this.db.transaction(async (em) => {
      await this.throttle.clear(em, keys[0]);
      return this.openSession(em, ctx, user, { field: 'address', oldValue: null, newValue: ctx.address });
    });
  }

  /** Trades a refresh token for a new session; the old token is spent. */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<IssuedSession> {
    return this.db.transaction(async (em) => {
      const old = await em.findOneBy(AuthSession, { tokenHash: sha256(refreshToken), revokedAt: IsNull() });
      const user = old && old.expiresAt > nowIso() ? await em.findOneBy(User, { id: old.userId }) : null;
      if (!old || !user || !user.active) throw AppError.unauthenticated('The session has ended; sign in again');
      const spent = await em.update(AuthSession, { id: old.id, revokedAt: IsNull() }, { revokedAt: nowIso() });
      if (spent.affected !== 1) throw AppError.unauthenticated('The session has ended; sign in again');
      return this.openSession(em, ctx, user, { field: 'refresh', oldValue: String(old.id), newValue: ctx.address });
    });
  }

  async logout(ctx: RequestContext, refreshToken: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const session = await em.findOneBy(AuthSession, { tokenHash: sha256(refreshToken), revokedAt: IsNull() });
      const ids = [session?.id, ctx.user?.sessionId].filter((id): id is number => id !== undefined);
      if (ids.length > 0) await em.update(AuthSession, { id: In(ids), revokedAt: IsNull() }, { revokedAt: nowIso() });
      await this.audit.record(em, ctx, {
        action: 'SIGN_OUT',
        entity: 'Session',
        key: ctx.user?.username ?? '-',
        unitPath: null,
        changes: [{ field: 'sessions', oldValue: null, newValue: ids.length }],
      });
      return true;
    });
  }

  async changePassword(ctx: RequestContext, current: string, next: string): Promise<boolean> {
    const me = ctx.user;
    if (!me) throw AppError.unauthenticated();
    const issue = validatePassword(next, 'newPassword');
    if (issue) throw AppError.badInput(issue);
    const user = await this.db.manager.findOneByOrFail(User, { id: me.id });
    const throttleKey = `password:${user.username}`;
    await this.throttle.assertOpen(this.db.manager, [throttleKey]);
    if (!(await bcrypt.compare(current, user.passwordHash))) {
      await this.db.transaction(async (em) => {
        await this.throttle.recordFailure(em, [throttleKey]);
        await this.audit.record(em, ctx, {
          action: 'SIGN_IN_FAILED',
          entity: 'User',
          key: user.username,
          unitPath: null,
          changes: [{ field: 'currentPassword', oldValue: null, newValue: ctx.address }],
        });
      });
      throw AppError.badInput({ field: 'currentPassword', rule: 'notAllowed', params: { reason: 'wrong password' } });
    }
    const passwordHash = await this.hashPassword(next);
    return this.db.transaction(async (em) => {
      await this.throttle.clear(em, throttleKey);
      await em
        .createQueryBuilder()
        .update(User)
        .set({ passwordHash, version: () => 'version + 1' })
        .where('id = :id', { id: user.id })
        .execute();
      // Other sessions end: whoever knew the old password is signed out.
      await em
        .createQueryBuilder()
        .update(AuthSession)
        .set({ revokedAt: nowIso() })
        .where('userId = :id AND revokedAt IS NULL AND id <> :sid', { id: user.id, sid: me.sessionId })
        .execute();
      await this.audit.record(em, ctx, {
        action: 'UPDATE',
        entity: 'User',
        key: user.username,
        unitPath: null,
        changes: [{ field: 'password', oldValue: '***', newValue: '***' }],
      });
      return true;
    });
  }

  /**
   * Reads the bearer token of a request. Expired and forged tokens are told apart from none at
   * all; a token of a session that was ended, or of a deactivated user, is invalid at once.
   */
  async authenticate(
    authorization: string | undefined,
  ): Promise<{ user: AuthUser | null; failure: 'expired' | 'invalid' | null }> {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!m) return { user: null, failure: authorization ? 'invalid' : null };
    let sid: number;
    try {
      const { payload } = await jwtVerify(m[1], this.key(), { issuer: ISSUER, algorithms: ['HS256'] });
      sid = Number(payload.sid);
    } catch (error) {
      return { user: null, failure: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
    }
    // One statement: the session, its user and their assignments with the units' paths.
    const rows: AuthRow[] = await this.db.manager
      .createQueryBuilder(AuthSession, 's')
      .innerJoin(User, 'u', 'u.id = s.userId')
      .leftJoin(RoleAssignment, 'a', 'a.userId = u.id')
      .leftJoin(AdminUnit, 'au', 'au.id = a.unitId')
      .select([
        's.userId AS userId',
        'u.username AS username',
        'u.displayName AS displayName',
        'u.active AS active',
        'a.role AS role',
        'au.path AS unitPath',
        'au.code AS unitCode',
      ])
      .where('s.id = :sid AND s.revokedAt IS NULL AND s.expiresAt > :now', { sid, now: nowIso() })
      .getRawMany();
    const row = rows[0];
    if (!row || !Number(row.active)) return { user: null, failure: 'invalid' };
    return {
      user: {
        id: Number(row.userId),
        username: row.username,
        displayName: row.displayName,
        sessionId: sid,
        assignments: toAssignments(rows),
      },
      failure: null,
    };
  }

  async assignmentsOf(em: EntityManager, userId: number): Promise<AuthUser['assignments']> {
    const rows: AssignmentRow[] = await em
      .createQueryBuilder(RoleAssignment, 'a')
      .leftJoin(AdminUnit, 'u', 'u.id = a.unitId')
      .select(['a.role AS role', 'u.path AS unitPath', 'u.code AS unitCode'])
      .where('a.userId = :userId', { userId })
      .getRawMany();
    return toAssignments(rows);
  }

  private key(): Uint8Array {
    if (!this.secret) throw new Error('AuthService.init() was not called');
    return this.secret;
  }

  /** Opens a session and audits it as a sign-in, in the caller's transaction. */
  private async openSession(
    em: EntityManager,
    ctx: RequestContext,
    user: User,
    how: FieldChange,
  ): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const now = Date.now();
    const { identifiers } = await em.insert(AuthSession, {
      userId: user.id,
      tokenHash: sha256(refreshToken),
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + this.settings.refreshTokenDays * 86_400_000).toISOString(),
      revokedAt: null,
    });
    const exp = Math.floor(now / 1000) + this.settings.accessTokenSeconds;
    const accessToken = await new SignJWT({ sid: identifiers[0].id as number })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.username)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(this.key());
    await this.audit.record(em, ctx, {
      action: 'SIGN_IN',
      entity: 'Session',
      key: user.username,
      unitPath: null,
      actor: user.username,
      changes: [how],
    });
    return { accessToken, accessTokenExpiresAt: new Date(exp * 1000).toISOString(), refreshToken, user };
  }
}
