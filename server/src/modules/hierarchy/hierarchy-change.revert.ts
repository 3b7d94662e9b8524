import { type EntityManager, In } from 'typeorm';
import { canWriteUnit } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type RequestContext, actorOf } from '../../common/request-context';
import type { Database } from '../../db/database';
import { forUpdate } from '../../db/locks';
import { requireUser } from '../access/access-rule';
import type { AuditService } from '../audit/audit.service';
import { AuditEntry } from '../audit/audit-entry.entity';
import { DossierStepRecord } from '../targets/dossier-step.entity';
import { AdminUnit } from './admin-unit.entity';
import { HierarchyChange, HierarchyChangeStatus, HierarchyChangeUndo } from './hierarchy-change.entity';
import { chunks, replacePrefix, safeTable } from './hierarchy-change.records';

/**
 * Undoes an applied change: only the latest one still applied, and only while nothing was
 * recorded against the units it touched since (their records would lose their unit).
 */
export async function revertChange(
  db: Database,
  auditService: AuditService,
  ctx: RequestContext,
  id: number,
  version: number,
): Promise<HierarchyChange> {
  requireUser(ctx);
  return db.transaction(async (em) => {
    const change = await forUpdate(em.createQueryBuilder(HierarchyChange, 'c').where('c.id = :id', { id })).getOne();
    if (!change) throw AppError.notFound('HierarchyChange', String(id));
    if (change.version !== version) throw AppError.conflict('HierarchyChange', String(id), version);
    if (change.status !== HierarchyChangeStatus.APPLIED)
      throw AppError.badInput({
        field: 'id',
        rule: 'notAllowed',
        params: { why: 'notApplied', reason: 'the change is not applied' },
      });
    // Later by when it was applied, not by id: ids need not grow with time (TiDB caches them per server).
    const later = await em
      .createQueryBuilder(HierarchyChange, 'c')
      .where('c.id <> :id AND c.status = :s AND c.appliedAt >= :at', {
        id,
        s: HierarchyChangeStatus.APPLIED,
        at: change.appliedAt,
      })
      .getCount();
    if (later > 0)
      throw AppError.badInput({
        field: 'id',
        rule: 'notAllowed',
        params: { why: 'laterApplied', reason: 'a later change is applied; revert it first' },
      });
    const undo = await em.find(HierarchyChangeUndo, { where: { changeId: id }, order: { seq: 'DESC' } });
    const touched = undo.filter((x) => x.entity === 'admin_unit').map((x) => x.recordId);
    const units = touched.length ? await em.find(AdminUnit, { where: { id: In(touched) } }) : [];
    const { assignments } = requireUser(ctx);
    for (const u of units)
      if (!canWriteUnit(assignments, u.path)) throw AppError.forbidden(`You may not change unit ${u.code}`);
    const recorded = await recordedSince(em, change, units);
    if (recorded > 0)
      throw AppError.badInput({
        field: 'id',
        rule: 'notAllowed',
        params: {
          why: 'recordedSince',
          count: recorded,
          reason: `${recorded} records were entered for its units since it was applied`,
        },
      });

    for (const x of undo) {
      if (x.entity.endsWith('.path')) {
        const { from, to } = JSON.parse(x.before!) as { from: string; to: string };
        const table = safeTable(x.entity.slice(0, -'.path'.length));
        await replacePrefix(em, table, table === 'admin_unit' ? 'path' : 'unitPath', to, from, table === 'admin_unit');
      } else if (x.entity === 'admin_unit') {
        if (x.before === null) await em.delete(AdminUnit, { id: x.recordId });
        else {
          const before = JSON.parse(x.before) as AdminUnit;
          const { id: _id, viewedOn: _v, version: _version, ...columns } = before;
          await em.update(AdminUnit, { id: x.recordId }, { ...columns, version: () => 'version + 1' });
        }
      } else if (x.before === null) {
        if (x.entity === 'target') await em.delete(DossierStepRecord, { targetId: x.recordId });
        await em.query(`DELETE FROM ${safeTable(x.entity)} WHERE id = ?`, [x.recordId]);
      } else {
        await em.query(`UPDATE ${safeTable(x.entity)} SET unitPath = ? WHERE id = ?`, [x.before, x.recordId]);
      }
    }
    const revertedAt = new Date().toISOString();
    await em.update(
      HierarchyChange,
      { id },
      { status: HierarchyChangeStatus.REVERTED, revertedAt, revertedBy: actorOf(ctx), version: change.version + 1 },
    );
    await auditService.record(em, ctx, {
      action: 'UPDATE',
      entity: 'HierarchyChange',
      key: String(id),
      unitPath: null,
      changes: [{ field: 'status', oldValue: HierarchyChangeStatus.APPLIED, newValue: HierarchyChangeStatus.REVERTED }],
    });
    return em.findOneByOrFail(HierarchyChange, { id });
  });
}

/** Audit rows for the touched units' data written after the change was applied (the change's own excluded). */
async function recordedSince(em: EntityManager, change: HierarchyChange, units: AdminUnit[]): Promise<number> {
  let total = 0;
  for (const chunk of chunks([...new Set(units.map((u) => u.path))])) {
    const qb = em
      .createQueryBuilder(AuditEntry, 'a')
      .where('a.at > :at', { at: change.appliedAt })
      .andWhere('a.entity <> :e', { e: 'HierarchyChange' });
    qb.andWhere(
      `(${chunk.map((_, i) => `a.unitPath = :p${i} OR a.unitPath LIKE :b${i}`).join(' OR ')})`,
      Object.fromEntries(
        chunk.flatMap((p, i) => [
          [`p${i}`, p],
          [`b${i}`, `${p}/%`],
        ]),
      ),
    );
    total += await qb.getCount();
  }
  return total;
}
