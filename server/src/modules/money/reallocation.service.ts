import { In, type EntityManager } from 'typeorm';
import { type ValidationIssue, validateYear } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import { byIds, unitsByCode } from '../../db/lookups';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Allocation } from './allocation.entity';
import { Project } from './project.entity';
import { Reallocation, ReallocationStatus } from './reallocation.entity';
import type { AllocationRowInput, ReallocationBatchResult, ReallocationRowInput } from './money.types';
import { ALLOCATION_SPEC, REALLOCATION_SPEC, str, typeKey, reallocationView, counts } from './money-views';
import { type AllocationService, projectsByCode } from './allocation.service';

/** Saving reallocations, and moving the allocations of those done. */
export class ReallocationService {
  constructor(
    private readonly batch: BatchWriter,
    private readonly allocations: AllocationService,
  ) {}

  /**
   * Records reallocations and their cycle. A reallocation marked DONE moves the allocations
   * themselves in the same transaction, under the same reconciliation as any allocation.
   */
  async saveReallocations(ctx: RequestContext, rows: ReallocationRowInput[]): Promise<ReallocationBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Reallocation,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const projects = await projectsByCode(
        em,
        rows.flatMap((r) => [r.fromProjectCode, r.toProjectCode].filter((c): c is string => !!c)),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => [r.fromUnitCode, r.toUnitCode].filter((c): c is string => !!c)),
      );
      const moves: {
        from: { unitId: number; unitPath: string; projectId: number };
        to: { unitId: number; unitPath: string; projectId: number };
        r: Reallocation;
        index: number;
      }[] = [];
      const planned: PlannedRow<Reallocation>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `R${row.id}`, error: AppError.notFound('Reallocation', String(row.id)) };
        const issues: ValidationIssue[] = [];
        const end = (projectCode?: string, unitCode?: string, field = 'from') => {
          if (projectCode) {
            const p = projects.get(projectCode);
            if (!p)
              issues.push({ field: `${field}ProjectCode`, rule: 'notAllowed', params: { reason: 'no such project' } });
            return p ? { unitId: p.unitId, unitPath: p.unitPath, projectId: p.id } : null;
          }
          if (unitCode) {
            const u = units.get(unitCode);
            if (!u) issues.push({ field: `${field}UnitCode`, rule: 'notAllowed', params: { reason: 'no such unit' } });
            return u ? { unitId: u.id, unitPath: u.path, projectId: 0 } : null;
          }
          issues.push({ field: `${field}ProjectCode`, rule: 'required' });
          return null;
        };
        const from = before
          ? { unitId: before.fromUnitId, unitPath: before.fromUnitPath, projectId: before.fromProjectId }
          : end(row.fromProjectCode, row.fromUnitCode, 'from');
        const to = before
          ? { unitId: before.toUnitId, unitPath: '', projectId: before.toProjectId }
          : end(row.toProjectCode, row.toUnitCode, 'to');
        const amount = row.amount ?? before?.amount;
        const capitalYear = row.capitalYear ?? before?.capitalYear;
        const source = row.source ?? before?.source;
        const reason = row.reason?.trim() ?? before?.reason;
        const status = row.status ?? before?.status ?? ReallocationStatus.PROPOSED;
        if (!source) issues.push({ field: 'source', rule: 'required' });
        const yearIssue = validateYear(capitalYear, 'capitalYear');
        if (yearIssue) issues.push(yearIssue);
        if (amount === undefined) issues.push({ field: 'amount', rule: 'required' });
        else if (BigInt(amount) <= 0n)
          issues.push({ field: 'amount', rule: 'outOfRange', params: { min: 1, max: '9223372036854775807' } });
        if (!reason) issues.push({ field: 'reason', rule: 'required' });
        if (before?.status === ReallocationStatus.DONE && status !== ReallocationStatus.DONE)
          issues.push({ field: 'status', rule: 'notAllowed', params: { reason: 'a reallocation done is done' } });
        const doneOn = row.doneOn === undefined ? (before?.doneOn ?? null) : row.doneOn;
        if (status === ReallocationStatus.DONE && !doneOn) issues.push({ field: 'doneOn', rule: 'required' });
        if (issues.length || !from || !to || !source || !capitalYear || amount === undefined || !reason)
          return { index, key: before ? `R${before.id}` : null, error: AppError.badInput(issues) };
        const after = em.create(Reallocation, {
          ...(before ?? {
            fromUnitId: from.unitId,
            fromUnitPath: from.unitPath,
            fromProjectId: from.projectId,
            toUnitId: to.unitId,
            toProjectId: to.projectId,
            source,
            capitalType: typeKey(row.capitalType),
            capitalYear,
            version: 1,
          }),
          amount: before?.status === ReallocationStatus.DONE ? before.amount : amount,
          reason,
          status,
          reportedOn: row.reportedOn === undefined ? (before?.reportedOn ?? null) : row.reportedOn,
          doneOn,
        });
        if (status === ReallocationStatus.DONE && before?.status !== ReallocationStatus.DONE) {
          const toEnd = before ? { ...to, unitPath: '' } : to;
          moves.push({ from, to: toEnd, r: after, index });
        }
        return {
          index,
          key: before ? `R${before.id}` : `${from.unitPath.split('/').at(-1)}/${capitalYear}/${source}`,
          before,
          after,
          unitPath: from.unitPath,
          year: capitalYear,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      const out = await this.batch.write(em, ctx, REALLOCATION_SPEC, planned);
      if (moves.length) await this.applyMoves(em, ctx, moves);
      return {
        reallocations: out.rows.filter((r): r is Reallocation => r !== null).map(reallocationView),
        ...counts(out),
      };
    });
  }

  /** Moves the allocations of reallocations done: less at the source end, more at the other. */
  private async applyMoves(
    em: EntityManager,
    ctx: RequestContext,
    moves: {
      from: { unitId: number; projectId: number };
      to: { unitId: number; projectId: number };
      r: Reallocation;
      index: number;
    }[],
  ): Promise<void> {
    const rows: AllocationRowInput[] = [];
    const all = await em.find(Allocation, {
      where: { unitId: In([...new Set(moves.flatMap((m) => [m.from.unitId, m.to.unitId]))]) },
    });
    const find = (end: { unitId: number; projectId: number }, r: Reallocation) =>
      all.find(
        (a) =>
          a.unitId === end.unitId &&
          a.projectId === end.projectId &&
          a.year === r.capitalYear &&
          a.source === r.source &&
          a.capitalType === r.capitalType,
      );
    for (const m of moves) {
      const from = find(m.from, m.r);
      const amount = BigInt(m.r.amount);
      if (!from || BigInt(from.amount) < amount) {
        throw AppError.badInput({
          field: `rows.${m.index}.amount`,
          rule: 'notAllowed',
          params: { reason: 'more than the allocation it comes from' },
        });
      }
      rows.push({ id: from.id, version: from.version, amount: str(BigInt(from.amount) - amount) });
      const to = find(m.to, m.r);
      if (to) rows.push({ id: to.id, version: to.version, amount: str(BigInt(to.amount) + amount) });
      else {
        const unit = await em.findOneByOrFail(AdminUnit, { id: m.to.unitId });
        const project = m.to.projectId ? await em.findOneByOrFail(Project, { id: m.to.projectId }) : null;
        rows.push({
          unitCode: unit.code,
          projectCode: project?.code,
          year: m.r.capitalYear,
          source: m.r.source,
          capitalType: m.r.capitalType === '' ? null : m.r.capitalType,
          amount: str(amount),
          note: `Điều chuyển: ${m.r.reason}`,
        });
      }
    }
    // The same rules as any allocation change, in the same transaction.
    const units = await unitsByCode(
      em,
      rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
    );
    const projects = await projectsByCode(
      em,
      rows.flatMap((r) => (r.projectCode ? [r.projectCode] : [])),
    );
    const byId = new Map(all.map((a) => [a.id, a]));
    const planned: PlannedRow<Allocation>[] = rows.map((row, index) => {
      const before = row.id ? byId.get(row.id)! : null;
      const owner = before
        ? { id: before.unitId, path: before.unitPath }
        : row.projectCode
          ? { id: projects.get(row.projectCode)!.unitId, path: projects.get(row.projectCode)!.unitPath }
          : { id: units.get(row.unitCode!)!.id, path: units.get(row.unitCode!)!.path };
      const after = em.create(Allocation, {
        ...(before ?? {
          unitId: owner.id,
          unitPath: owner.path,
          projectId: row.projectCode ? projects.get(row.projectCode)!.id : 0,
          year: row.year!,
          source: row.source!,
          capitalType: typeKey(row.capitalType),
          version: 1,
        }),
        amount: row.amount!,
        note: row.note ?? before?.note ?? null,
      });
      return {
        index,
        key: before ? `A${before.id}` : `${owner.path}/${row.year}/${row.source}`,
        before,
        after,
        unitPath: owner.path,
        year: after.year,
        expectedVersion: before ? before.version : null,
      };
    });
    await this.allocations.reconcile(em, planned);
    await this.batch.write(em, ctx, ALLOCATION_SPEC, planned);
  }
}
