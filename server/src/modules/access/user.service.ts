import { In, type EntityManager } from 'typeorm';
import { Role, type ValidationIssue, validatePassword, validateUnitName, validateUsername } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { type AuditService, changedFields, createdFields } from '../audit/audit.service';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { AuthSession } from './auth-session.entity';
import type { AuthService } from './auth.service';
import { RoleAssignment } from './role-assignment.entity';
import type { AssignmentInput, CreateUserInput, UpdateUserInput, UsersArgs } from './user.inputs';
import { User } from './user.entity';

const ENTITY = 'User';

/** Assignments as one line of text, for the audit trail: "EDITOR@510, VIEWER@49". */
function describeAssignments(list: { role: Role; unitCode: string | null }[]): string {
  return list
    .map((a) => (a.unitCode ? `${a.role}@${a.unitCode}` : a.role))
    .sort()
    .join(', ');
}

/** Accounts and their role assignments, managed by administrators. */
export class UserService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async list(args: UsersArgs): Promise<Page<User>> {
    const qb = this.db.manager.createQueryBuilder(User, 'u');
    if (args.search) {
      qb.where('(LOWER(u.username) LIKE :s OR LOWER(u.displayName) LIKE :s)', { s: `%${args.search.toLowerCase()}%` });
    }
    const counter = qb.clone();
    if (args.after) qb.andWhere('u.username > :after', { after: decodeCursor(args.after) });
    const rows = await qb
      .orderBy('u.username', 'ASC')
      .take(args.first + 1)
      .getMany();
    return {
      nodes: rows.slice(0, args.first),
      hasNextPage: rows.length > args.first,
      cursorOf: (u) => encodeCursor(u.username),
      count: () => counter.getCount(),
    };
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const issues = [
      validateUsername(input.username, 'input.username'),
      validateUnitName(input.displayName, 'input.displayName'),
      validatePassword(input.password, 'input.password'),
    ].filter((i): i is ValidationIssue => i !== null);
    if (issues.length > 0) throw AppError.badInput(issues);
    const passwordHash = await this.auth.hashPassword(input.password);
    return this.db.transaction(async (em) => {
      const assignments = await this.resolveAssignments(em, input.assignments, 'input.assignments');
      if (await em.findOneBy(User, { username: input.username })) {
        throw AppError.badInput({ field: 'input.username', rule: 'notAllowed', params: { reason: 'taken' } });
      }
      const user = em.create(User, {
        username: input.username,
        displayName: input.displayName.trim(),
        passwordHash,
        active: input.active,
        version: 1,
        createdAt: new Date().toISOString(),
      });
      const { identifiers } = await em.insert(User, user);
      user.id = identifiers[0].id as number;
      await this.replaceAssignments(em, user.id, assignments);
      await this.audit.record(em, ctx, {
        action: 'CREATE',
        entity: ENTITY,
        key: user.username,
        unitPath: null,
        changes: [
          ...createdFields(user, ['username', 'displayName', 'active'] as const),
          { field: 'assignments', oldValue: null, newValue: describeAssignments(assignments) },
        ],
      });
      return user;
    });
  }

  async update(ctx: RequestContext, username: string, version: number, input: UpdateUserInput): Promise<User> {
    const issues: ValidationIssue[] = [];
    if (input.displayName !== undefined) {
      const i = validateUnitName(input.displayName, 'input.displayName');
      if (i) issues.push(i);
    }
    if (input.password !== undefined) {
      const i = validatePassword(input.password, 'input.password');
      if (i) issues.push(i);
    }
    if (Object.values(input).every((v) => v === undefined)) issues.push({ field: 'input', rule: 'required' });
    if (issues.length > 0) throw AppError.badInput(issues);
    const passwordHash = input.password !== undefined ? await this.auth.hashPassword(input.password) : undefined;

    return this.db.transaction(async (em) => {
      const before = await em.findOneBy(User, { username });
      if (!before) throw AppError.notFound(ENTITY, username);
      if (before.version !== version) throw AppError.conflict(ENTITY, username, version);
      if (ctx.user?.id === before.id && input.active === false) {
        throw AppError.badInput({
          field: 'input.active',
          rule: 'notAllowed',
          params: { reason: 'you cannot deactivate yourself' },
        });
      }
      const after = em.create(User, {
        ...before,
        displayName: input.displayName?.trim() ?? before.displayName,
        active: input.active ?? before.active,
        passwordHash: passwordHash ?? before.passwordHash,
        version: version + 1,
      });
      const result = await em
        .createQueryBuilder()
        .update(User)
        .set({
          displayName: after.displayName,
          active: after.active,
          passwordHash: after.passwordHash,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: before.id, version })
        .execute();
      if (result.affected !== 1) throw AppError.conflict(ENTITY, username, version);

      const changes = changedFields(before, after, ['displayName', 'active'] as const);
      if (passwordHash) changes.push({ field: 'password', oldValue: '***', newValue: '***' });
      if (input.assignments) {
        const oldText = describeAssignments(await this.auth.assignmentsOf(em, before.id));
        const assignments = await this.resolveAssignments(em, input.assignments, 'input.assignments');
        await this.replaceAssignments(em, before.id, assignments);
        const newText = describeAssignments(assignments);
        if (oldText !== newText) changes.push({ field: 'assignments', oldValue: oldText, newValue: newText });
      }
      // A deactivated account, or one whose password an administrator reset, is signed out.
      if (!after.active || passwordHash) {
        await em
          .createQueryBuilder()
          .update(AuthSession)
          .set({ revokedAt: new Date().toISOString() })
          .where('userId = :id AND revokedAt IS NULL', { id: before.id })
          .execute();
      }
      await this.audit.record(em, ctx, { action: 'UPDATE', entity: ENTITY, key: username, unitPath: null, changes });
      return after;
    });
  }

  private async resolveAssignments(em: EntityManager, inputs: AssignmentInput[], field: string) {
    if (inputs.length > 50) throw AppError.badInput({ field, rule: 'outOfRange', params: { min: 0, max: 50 } });
    const codes = [...new Set(inputs.map((a) => a.unitCode).filter((c): c is string => !!c))];
    const units = codes.length ? await em.find(AdminUnit, { where: { code: In(codes) } }) : [];
    const byCode = new Map(units.map((u) => [u.code, u]));
    const seen = new Set<string>();
    return inputs.map((a, i) => {
      const unit = a.unitCode ? byCode.get(a.unitCode) : undefined;
      if (a.role !== Role.ADMIN && !a.unitCode)
        throw AppError.badInput({ field: `${field}.${i}.unitCode`, rule: 'required' });
      if (a.unitCode && !unit) {
        throw AppError.badInput({
          field: `${field}.${i}.unitCode`,
          rule: 'notAllowed',
          params: { reason: 'no such unit' },
        });
      }
      const key = `${a.role}@${a.unitCode ?? ''}`;
      if (seen.has(key))
        throw AppError.badInput({ field: `${field}.${i}`, rule: 'notAllowed', params: { reason: 'listed twice' } });
      seen.add(key);
      return { role: a.role, unitId: unit?.id ?? null, unitCode: unit?.code ?? null };
    });
  }

  private async replaceAssignments(em: EntityManager, userId: number, list: { role: Role; unitId: number | null }[]) {
    await em.delete(RoleAssignment, { userId });
    if (list.length > 0)
      await em.insert(
        RoleAssignment,
        list.map((a) => ({ userId, role: a.role, unitId: a.unitId })),
      );
  }
}
