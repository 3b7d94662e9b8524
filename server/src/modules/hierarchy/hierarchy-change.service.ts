import { In } from 'typeorm';
import type { AdminLevel, ProposedChange } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { assertCanRead, requireUser } from '../access/access-rule';
import type { AuditService } from '../audit/audit.service';
import { AdminUnit } from './admin-unit.entity';
import { HierarchyChange, HierarchyChangeItem, HierarchyChangeStatus } from './hierarchy-change.entity';
import type { ChangeRequest, HierarchyEffect } from './hierarchy-change.run';
import { runChange } from './hierarchy-change.plan';
import { revertChange } from './hierarchy-change.revert';
import { diffGsoCatalogue } from './catalogue-diff';
import { UnitHistory } from './unit-history.entity';

/** Stops a dry run's transaction after it has done everything, so that nothing stays. */
class DryRunDone extends Error {
  constructor(readonly effects: HierarchyEffect[]) {
    super('dry run');
  }
}

/**
 * Dated changes of the hierarchy: applied atomically and audited, shown exactly by a dry run
 * first, reverted while nothing was recorded against the units since. Units are never deleted:
 * an ended unit keeps its row with a validTo and its successor; earlier names and parents are
 * kept as history, so every query can answer with the hierarchy of any day.
 */
export class HierarchyChangeService {
  constructor(
    private readonly db: Database,
    private readonly auditService: AuditService,
  ) {}

  /** Everything applying would do, without doing it: the change runs whole and is rolled back. */
  async preview(ctx: RequestContext, request: ChangeRequest): Promise<HierarchyEffect[]> {
    try {
      await this.db.transaction(async (em) => {
        const run = await runChange(ctx, em, request);
        throw new DryRunDone(run.effects);
      });
    } catch (error) {
      if (error instanceof DryRunDone) return error.effects;
      throw error;
    }
    return [];
  }

  async apply(
    ctx: RequestContext,
    request: ChangeRequest,
  ): Promise<{ change: HierarchyChange; effects: HierarchyEffect[] }> {
    return this.db.transaction(async (em) => {
      const run = await runChange(ctx, em, request);
      await this.auditService.recordMany(em, ctx, run.audit);
      const change = await em.findOneByOrFail(HierarchyChange, { id: run.changeId });
      // Stamped after its own audit rows: anything audited later was recorded since.
      change.appliedAt = new Date().toISOString();
      await em.update(HierarchyChange, { id: change.id }, { appliedAt: change.appliedAt });
      await this.auditService.record(em, ctx, {
        action: 'CREATE',
        entity: 'HierarchyChange',
        key: String(change.id),
        unitPath: null,
        changes: [
          { field: 'decision', oldValue: null, newValue: change.decision },
          { field: 'effectiveOn', oldValue: null, newValue: change.effectiveOn },
          { field: 'items', oldValue: null, newValue: request.items.length },
        ],
      });
      return { change, effects: run.effects };
    });
  }

  /**
   * Undoes an applied change: only the latest one still applied, and only while nothing was
   * recorded against the units it touched since (their records would lose their unit).
   */
  async revert(ctx: RequestContext, id: number, version: number): Promise<HierarchyChange> {
    return revertChange(this.db, this.auditService, ctx, id, version);
  }

  /** A unit's states over time, the units it carries, the unit carrying it, and the changes naming it. */
  async history(ctx: RequestContext, code: string) {
    const unit = await ctx.loaders.unitByCode.load(code);
    if (!unit) return null;
    assertCanRead(ctx, unit);
    const em = this.db.manager;
    const earlier = await em.find(UnitHistory, { where: { unitId: unit.id }, order: { validTo: 'ASC' } });
    const states = [
      ...earlier.map((h) => ({
        validFrom: h.validFrom,
        validTo: h.validTo,
        name: h.name,
        type: h.type,
        parentId: h.parentId,
      })),
      {
        validFrom: unit.currentFrom ?? unit.validFrom,
        validTo: unit.validTo,
        name: unit.name,
        type: unit.type,
        parentId: unit.parentId,
      },
    ];
    const predecessors = await em.find(AdminUnit, {
      where: { successorId: unit.id },
      order: { validTo: 'ASC', code: 'ASC' },
    });
    const successor = unit.successorId === null ? null : await ctx.loaders.unitById.load(unit.successorId);
    return {
      unit,
      states,
      predecessors: predecessors.map((p) => ({ unit: p, on: p.validTo! })),
      successor: successor ? { unit: successor, on: unit.validTo! } : null,
      changes: await this.changesOf(code),
    };
  }

  async list(ctx: RequestContext, first: number): Promise<HierarchyChange[]> {
    requireUser(ctx);
    return this.db.manager.find(HierarchyChange, { order: { id: 'DESC' }, take: first });
  }

  itemsOf(changeId: number): Promise<HierarchyChangeItem[]> {
    return this.db.manager.find(HierarchyChangeItem, { where: { changeId }, order: { seq: 'ASC' } });
  }

  /** Items of applied changes naming a unit, newest first, with their change. */
  async changesOf(code: string): Promise<{ item: HierarchyChangeItem; change: HierarchyChange }[]> {
    const items = await this.db.manager
      .createQueryBuilder(HierarchyChangeItem, 'i')
      .where('i.code = :code OR i.successorCode = :code OR i.parentCode = :code OR i.oldParentCode = :code', { code })
      .getMany();
    if (items.length === 0) return [];
    const changes = await this.db.manager.find(HierarchyChange, {
      where: { id: In([...new Set(items.map((i) => i.changeId))]), status: HierarchyChangeStatus.APPLIED },
    });
    const byId = new Map(changes.map((c) => [c.id, c]));
    return items
      .filter((i) => byId.has(i.changeId))
      .map((item) => ({ item, change: byId.get(item.changeId)! }))
      .sort((a, b) =>
        a.change.effectiveOn === b.change.effectiveOn
          ? b.item.id - a.item.id
          : a.change.effectiveOn < b.change.effectiveOn
            ? 1
            : -1,
      );
  }

  /** The difference between a GSO catalogue file and the units held today (see `catalogueDiff`). */
  catalogueDiff(
    ctx: RequestContext,
    text: string,
  ): Promise<{ date: string | null; changes: ProposedChange[]; counts: Record<AdminLevel, number> }> {
    return diffGsoCatalogue(this.db, ctx, text);
  }
}
