import { Brackets } from 'typeorm';
import {
  canReadUnit,
  canWriteUnit,
  foldVietnamese,
  isLocked,
  scopeRoots,
  todayInVietnam,
  yearInVietnam,
} from '@ntm/shared';
import { AppError, singleRowError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { assertCanRead, requireUser } from '../access/access-rule';
import { whereReadable } from '../access/scope-sql';
import type { AdminUnitBatch, UnitRowInput } from './admin-unit.batch';
import { AdminUnit } from './admin-unit.entity';
import { spanHolds } from './hierarchy-on';
import { UnitHistory } from './unit-history.entity';
import type { AdminUnitInput, AdminUnitsArgs, CreateVillageInput } from './admin-unit.inputs';
import { type HierarchyLoaders, createHierarchyLoaders } from './admin-unit.loaders';

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
    private readonly batch: AdminUnitBatch,
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
    const year = yearInVietnam();
    return !isLocked(await ctx.loaders.approvedOf.load(year), unit.path, year);
  }

  /**
   * Children counted as the user sees them: all of them inside the user's subtrees, only the
   * readable ones of a unit above (a district editor sees one district of the province).
   */
  async visibleChildCount(ctx: RequestContext, unit: AdminUnit): Promise<number> {
    if (unit.viewedOn) return (await this.childrenOf(ctx, unit)).length;
    const roots = scopeRoots(requireUser(ctx).assignments);
    if (roots === null || roots.some((r) => unit.path === r || unit.path.startsWith(`${r}/`))) {
      return ctx.loaders.childCountOf.load(unit.id);
    }
    return this.readable(ctx, await ctx.loaders.childrenOf.load(unit.id)).length;
  }

  /**
   * Units as of a day (default today), with the names and parents they had that day: a unit
   * renamed or moved later is listed under its old parent, one merged later is still listed, one
   * created later is not.
   */
  async list(ctx: RequestContext, args: AdminUnitsArgs): Promise<Page<AdminUnit>> {
    const today = todayInVietnam();
    const asOf = args.asOf ?? today;
    // When nothing is dated after the day, its units are today's rows and are filtered on their
    // own indexed columns; otherwise each unit's state of the day comes from its history (the
    // unit's own row from its currentFrom, an earlier one before), which no index can serve.
    const plain = await ctx.loaders.unchangedSince(asOf);
    const stateOf = (column: 'level' | 'parentId' | 'searchName') =>
      plain ? `u.${column}` : `(CASE WHEN h.id IS NULL THEN u.${column} ELSE h.${column} END)`;
    const qb = this.db.manager.createQueryBuilder(AdminUnit, 'u');
    if (!plain)
      qb.leftJoin(
        UnitHistory,
        'h',
        'h.unitId = u.id AND (h.validFrom IS NULL OR h.validFrom <= :asOf) AND h.validTo > :asOf',
        { asOf },
      );
    qb.where('(u.validFrom IS NULL OR u.validFrom <= :asOf)', { asOf }).andWhere(
      '(u.validTo IS NULL OR u.validTo > :asOf)',
      { asOf },
    );
    // Cut to the user's subtrees and the units above them (today's: authority is today's).
    whereReadable(qb, ctx, 'u.path', true);
    if (args.level) qb.andWhere(`${stateOf('level')} = :level`, { level: args.level });
    if (args.parentCode !== undefined && args.parentCode !== null) {
      // A parent outside the user's units is no error: the list is cut to the scope, so empty.
      const parent = await ctx.loaders.unitByCode.load(args.parentCode);
      if (!parent)
        throw AppError.badInput({ field: 'parentCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
      qb.andWhere(`${stateOf('parentId')} = :parentId`, { parentId: parent.id });
    }
    const search = args.search ? foldVietnamese(args.search) : '';
    if (search !== '') {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`${stateOf('searchName')} LIKE :pattern ESCAPE '!'`, { pattern: `%${likeEscape(search)}%` })
            .orWhere("u.code LIKE :codePrefix ESCAPE '!'", { codePrefix: `${likeEscape(search)}%` }),
        ),
      );
    }
    const counter = qb.clone();
    if (args.after) qb.andWhere('u.code > :after', { after: decodeCursor(args.after) });
    qb.orderBy('u.code', 'ASC');
    // Without a join a page is a plain LIMIT (TypeORM's take() would first select distinct ids).
    const rows = await (plain ? qb.limit(args.first + 1) : qb.take(args.first + 1)).getMany();
    let nodes = rows.slice(0, args.first);
    if (plain) ctx.loaders.prime(nodes);
    else {
      const on = await ctx.loaders.hierarchyOn(asOf);
      nodes = nodes.map((u) => on.unit(u.id) ?? u);
    }
    return {
      nodes,
      hasNextPage: rows.length > args.first,
      cursorOf: (u) => encodeCursor(u.code),
      count: () => counter.getCount(),
    };
  }

  /** One unit as of a day: null when it did not exist then. */
  async findOn(ctx: RequestContext, code: string, asOf: string): Promise<AdminUnit | null> {
    const unit = await this.findOne(ctx, code);
    if (!unit || asOf === todayInVietnam()) return unit;
    if (await ctx.loaders.unchangedSince(asOf)) return spanHolds(unit.validFrom, unit.validTo, asOf) ? unit : null;
    return (await ctx.loaders.hierarchyOn(asOf)).unit(unit.id) ?? null;
  }

  /** Parent, children and ancestors of a unit seen as of a day, from that day's hierarchy. */
  async parentOf(ctx: RequestContext, unit: AdminUnit): Promise<AdminUnit | null> {
    if (unit.parentId === null) return null;
    if (!unit.viewedOn) {
      // By code, through the loader `ancestors` uses: one batch for both, whatever finishes first.
      const codes = unit.path.split('/');
      return codes.length > 1
        ? ctx.loaders.unitByCode.load(codes[codes.length - 2])
        : ctx.loaders.unitById.load(unit.parentId);
    }
    return (await ctx.loaders.hierarchyOn(unit.viewedOn)).unit(unit.parentId) ?? null;
  }

  async childrenOf(ctx: RequestContext, unit: AdminUnit): Promise<AdminUnit[]> {
    if (!unit.viewedOn) return this.readable(ctx, await ctx.loaders.childrenOf.load(unit.id));
    return this.readable(ctx, (await ctx.loaders.hierarchyOn(unit.viewedOn)).childrenOf(unit.id));
  }

  async ancestorsOf(ctx: RequestContext, unit: AdminUnit): Promise<AdminUnit[]> {
    if (unit.viewedOn) return (await ctx.loaders.hierarchyOn(unit.viewedOn)).ancestorsOf(unit.id);
    const codes = unit.path.split('/').slice(0, -1);
    const units = await ctx.loaders.unitByCode.loadMany(codes);
    return units.filter((u): u is AdminUnit => u instanceof AdminUnit);
  }

  /** Edits one unit: a batch of one row, answered with that row's own error when refused. */
  async update(ctx: RequestContext, code: string, version: number, input: AdminUnitInput): Promise<AdminUnit> {
    if (input.name === undefined && input.mountainous === undefined)
      throw AppError.badInput({ field: 'input', rule: 'required' });
    return this.saveOne(ctx, { code, version, name: input.name, mountainous: input.mountainous });
  }

  /** Adds a village: a batch of one row, numbered and checked as any batch's new villages. */
  createVillage(ctx: RequestContext, input: CreateVillageInput): Promise<AdminUnit> {
    return this.saveOne(ctx, {
      communeCode: input.communeCode,
      name: input.name,
      type: input.type,
      mountainous: input.mountainous,
    });
  }

  private async saveOne(ctx: RequestContext, row: UnitRowInput): Promise<AdminUnit> {
    try {
      const { units } = await this.batch.save(ctx, [row], { requireVersion: row.code !== undefined });
      return units[0];
    } catch (error) {
      throw singleRowError(error, 'input');
    }
  }
}
