import { Brackets, type EntityManager } from 'typeorm';
import {
  AdminLevel,
  type ValidationIssue,
  canReadUnit,
  canWriteUnit,
  isLocked,
  scopeRoots,
  foldVietnamese,
  levelOfUnitType,
  nextVillageCode,
  normaliseUnitName,
  shortUnitName,
  todayInVietnam,
  validateUnitName,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { assertCanRead, assertCanWrite, requireUser } from '../access/access-rule';
import { whereReadable } from '../access/scope-sql';
import { type AuditService, changedFields, createdFields } from '../audit/audit.service';
import type { SubmissionService } from '../submissions/submission.service';
import { AdminUnit } from './admin-unit.entity';
import type { AdminUnitInput, AdminUnitsArgs, CreateVillageInput } from './admin-unit.inputs';
import { type HierarchyLoaders, createHierarchyLoaders } from './admin-unit.loaders';

const ENTITY = 'AdminUnit';
const AUDITED_FIELDS = ['code', 'name', 'type', 'mountainous', 'validFrom', 'validTo'] as const;

/** Writes to units count against the current year's submission. */
function currentYear(): number {
  return Number(todayInVietnam().slice(0, 4));
}

/**
 * Escapes LIKE wildcards so that a search for "10%" means those characters. The escape is "!":
 * a backslash would need escaping itself in MySQL's string literals but not in SQLite's.
 */
function likeEscape(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

/** The hierarchy of units: reading it as of a date, editing units, adding villages. */
export class HierarchyService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly submissions: SubmissionService,
  ) {}

  createLoaders(): HierarchyLoaders {
    return createHierarchyLoaders(this.db.manager, todayInVietnam());
  }

  /** One unit by code; null when there is none, FORBIDDEN when it is outside the user's units. */
  async findOne(ctx: RequestContext, code: string): Promise<AdminUnit | null> {
    const unit = await ctx.loaders.unitByCode.load(code);
    if (unit) assertCanRead(ctx, unit);
    return unit;
  }

  /** The units among `units` the user may read (lists are cut to the scope, not refused). */
  readable(ctx: RequestContext, units: AdminUnit[]): AdminUnit[] {
    const { assignments } = requireUser(ctx);
    return units.filter((u) => canReadUnit(assignments, u.path));
  }

  /** May the user change this unit now: in scope for writing, and its current year not locked? */
  async editable(ctx: RequestContext, unit: AdminUnit): Promise<boolean> {
    if (!canWriteUnit(requireUser(ctx).assignments, unit.path)) return false;
    const year = currentYear();
    return !isLocked(await ctx.loaders.approvedOf.load(year), unit.path, year);
  }

  /**
   * Children counted as the user sees them: all of them inside the user's subtrees, only the
   * readable ones of a unit above (a district editor sees one district of the province).
   */
  async visibleChildCount(ctx: RequestContext, unit: AdminUnit): Promise<number> {
    const roots = scopeRoots(requireUser(ctx).assignments);
    if (roots === null || roots.some((r) => unit.path === r || unit.path.startsWith(`${r}/`))) {
      return ctx.loaders.childCountOf.load(unit.id);
    }
    return this.readable(ctx, await ctx.loaders.childrenOf.load(unit.id)).length;
  }

  async list(ctx: RequestContext, args: AdminUnitsArgs): Promise<Page<AdminUnit>> {
    const asOf = args.asOf ?? todayInVietnam();
    const qb = this.db.manager
      .createQueryBuilder(AdminUnit, 'u')
      .where('(u.validFrom IS NULL OR u.validFrom <= :asOf)', { asOf })
      .andWhere('(u.validTo IS NULL OR u.validTo > :asOf)', { asOf });
    // Cut to the user's subtrees and the units above them.
    whereReadable(qb, ctx, 'u.path', true);
    if (args.level) qb.andWhere('u.level = :level', { level: args.level });
    if (args.parentCode !== undefined && args.parentCode !== null) {
      // A parent outside the user's units is no error: the list is cut to the scope, so empty.
      const parent = await ctx.loaders.unitByCode.load(args.parentCode);
      if (!parent) throw AppError.badInput({ field: 'parentCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
      qb.andWhere('u.parentId = :parentId', { parentId: parent.id });
    }
    const search = args.search ? foldVietnamese(args.search) : '';
    if (search !== '') {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("u.searchName LIKE :pattern ESCAPE '!'", { pattern: `%${likeEscape(search)}%` })
            .orWhere("u.code LIKE :codePrefix ESCAPE '!'", { codePrefix: `${likeEscape(search)}%` }),
        ),
      );
    }
    const counter = qb.clone();
    if (args.after) qb.andWhere('u.code > :after', { after: decodeCursor(args.after) });
    const rows = await qb.orderBy('u.code', 'ASC').take(args.first + 1).getMany();
    const nodes = rows.slice(0, args.first);
    ctx.loaders.prime(nodes);
    return {
      nodes,
      hasNextPage: rows.length > args.first,
      cursorOf: (u) => encodeCursor(u.code),
      count: () => counter.getCount(),
    };
  }

  async update(ctx: RequestContext, code: string, version: number, input: AdminUnitInput): Promise<AdminUnit> {
    const issues: ValidationIssue[] = [];
    if (input.name === undefined && input.mountainous === undefined) {
      issues.push({ field: 'input', rule: 'required' });
    }
    if (input.name !== undefined) {
      const issue = validateUnitName(input.name, 'input.name');
      if (issue) issues.push(issue);
    }
    if (issues.length > 0) throw AppError.badInput(issues);

    return this.db.transaction(async (em) => {
      const before = await em.findOne(AdminUnit, { where: { code } });
      if (!before) throw AppError.notFound(ENTITY, code);
      assertCanWrite(ctx, before);
      await this.submissions.assertUnlocked(em, before, currentYear());
      if (before.version !== version) throw AppError.conflict(ENTITY, code, version);

      const after = em.create(AdminUnit, { ...before, version: version + 1 });
      if (input.name !== undefined) {
        after.name = normaliseUnitName(input.name);
        after.shortName = shortUnitName(after.name, after.type);
        after.searchName = foldVietnamese(after.name);
      }
      if (input.mountainous !== undefined) after.mountainous = input.mountainous;

      // The version in the WHERE clause is what stops a lost update; the read above only gives
      // an early, friendlier answer.
      const result = await em
        .createQueryBuilder()
        .update(AdminUnit)
        .set({
          name: after.name,
          shortName: after.shortName,
          searchName: after.searchName,
          mountainous: after.mountainous,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: before.id, version })
        .execute();
      if (result.affected !== 1) throw AppError.conflict(ENTITY, code, version);

      await this.audit.record(em, ctx, {
        action: 'UPDATE',
        entity: ENTITY,
        key: code,
        unitPath: before.path,
        changes: changedFields(before, after, AUDITED_FIELDS),
      });
      return after;
    });
  }

  async createVillage(ctx: RequestContext, input: CreateVillageInput): Promise<AdminUnit> {
    const issues: ValidationIssue[] = [];
    const nameIssue = validateUnitName(input.name, 'input.name');
    if (nameIssue) issues.push(nameIssue);
    if (levelOfUnitType(input.type) !== AdminLevel.VILLAGE) {
      issues.push({ field: 'input.type', rule: 'notAllowed', params: { reason: 'a village is a thôn or a tổ dân phố' } });
    }
    if (issues.length > 0) throw AppError.badInput(issues);

    return this.db.transaction(async (em) => {
      const commune = await this.lockForChildren(em, input.communeCode);
      if (!commune || commune.level !== AdminLevel.COMMUNE || !this.existsToday(commune)) {
        throw AppError.badInput({ field: 'input.communeCode', rule: 'notAllowed', params: { reason: 'not a commune-level unit' } });
      }
      assertCanWrite(ctx, commune);
      await this.submissions.assertUnlocked(em, commune, currentYear());
      const siblings = await em.find(AdminUnit, { where: { parentId: commune.id }, select: { code: true, searchName: true } });
      const name = normaliseUnitName(input.name);
      const searchName = foldVietnamese(name);
      if (siblings.some((s) => s.searchName === searchName)) {
        throw AppError.badInput({ field: 'input.name', rule: 'notAllowed', params: { reason: 'the commune already has a village of this name' } });
      }
      const code = nextVillageCode(commune.code, siblings.map((s) => s.code));
      const village = em.create(AdminUnit, {
        code,
        name,
        shortName: shortUnitName(name, input.type),
        searchName,
        type: input.type,
        level: AdminLevel.VILLAGE,
        parentId: commune.id,
        path: `${commune.path}/${code}`,
        mountainous: input.mountainous ?? commune.mountainous,
        validFrom: todayInVietnam(),
        validTo: null,
        version: 1,
      });
      await em.insert(AdminUnit, village);
      await this.audit.record(em, ctx, {
        action: 'CREATE',
        entity: ENTITY,
        key: code,
        unitPath: village.path,
        changes: createdFields(village, AUDITED_FIELDS),
      });
      return village;
    });
  }

  /**
   * Reads a parent unit and, on MySQL, locks its row so that two writers adding children to it
   * take turns (their new codes depend on the children already there). SQLite writes take turns
   * anyway.
   */
  private lockForChildren(em: EntityManager, code: string): Promise<AdminUnit | null> {
    const qb = em.createQueryBuilder(AdminUnit, 'u').where('u.code = :code', { code });
    if (this.db.kind === 'mysql') qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  private existsToday(unit: AdminUnit): boolean {
    return unit.validTo === null || unit.validTo > todayInVietnam();
  }
}
