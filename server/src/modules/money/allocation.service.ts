import { In, type EntityManager } from 'typeorm';
import {
  ADMIN_LEVELS_TOP_DOWN,
  FundingSource,
  type ValidationIssue,
  budgetOwnerLevel,
  validateYear,
  sumDong,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import { forUpdate } from '../../db/locks';
import { byIds, unitsByCode } from '../../db/lookups';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Allocation } from './allocation.entity';
import { Project } from './project.entity';
import type { AllocationBatchResult, AllocationRowInput } from './money.types';
import { ALLOCATION_SPEC, typeKey, allocationView, counts } from './money-views';

/** Saving allocations, under the rule that a unit hands down no more than it received. */
export class AllocationService {
  constructor(private readonly batch: BatchWriter) {}

  /**
   * Saves allocations, all or nothing. What a unit hands down (to the units below and to its
   * projects) never exceeds what it received, per source, year and capital type: a batch that
   * would break it is refused on the rows that do.
   */
  async saveAllocations(ctx: RequestContext, rows: AllocationRowInput[]): Promise<AllocationBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Allocation,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
      );
      const projects = await projectsByCode(
        em,
        rows.flatMap((r) => (r.projectCode ? [r.projectCode] : [])),
      );
      const seen = new Set<string>();
      const planned: PlannedRow<Allocation>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `A${row.id}`, error: AppError.notFound('Allocation', String(row.id)) };
        const issues: ValidationIssue[] = [];
        const project = row.projectCode ? projects.get(row.projectCode) : undefined;
        if (row.projectCode && !project)
          issues.push({ field: 'projectCode', rule: 'notAllowed', params: { reason: 'no such project' } });
        const unit = before
          ? null
          : project
            ? (units.get(project.unitPath.split('/').at(-1)!) ?? null)
            : row.unitCode
              ? (units.get(row.unitCode) ?? null)
              : null;
        if (!before && !project && !row.unitCode) issues.push({ field: 'unitCode', rule: 'required' });
        else if (!before && !project && !unit)
          issues.push({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
        const year = row.year ?? before?.year;
        const source = row.source ?? before?.source;
        const yearIssue = validateYear(year);
        if (yearIssue) issues.push(yearIssue);
        if (!source) issues.push({ field: 'source', rule: 'required' });
        const amount = row.amount ?? before?.amount;
        if (amount === undefined) issues.push({ field: 'amount', rule: 'required' });
        else if (BigInt(amount) < 0n)
          issues.push({ field: 'amount', rule: 'outOfRange', params: { min: 0, max: '9223372036854775807' } });
        if (row.note && row.note.length > 1000) issues.push({ field: 'note', rule: 'tooLong', params: { max: 1000 } });
        if (issues.length || !year || !source || amount === undefined)
          return { index, key: before ? `A${before.id}` : null, error: AppError.badInput(issues) };
        if (row.delete) {
          if (!before) return { index, key: null, error: AppError.badInput({ field: 'id', rule: 'required' }) };
          return {
            index,
            key: `A${before.id}`,
            before,
            after: null,
            unitPath: before.unitPath,
            year: before.year,
            expectedVersion: row.version ?? null,
          };
        }
        const owner = before
          ? { id: before.unitId, path: before.unitPath }
          : project
            ? { id: project.unitId, path: project.unitPath }
            : { id: unit!.id, path: unit!.path };
        const after = em.create(Allocation, {
          ...(before ?? {
            unitId: owner.id,
            unitPath: owner.path,
            projectId: project?.id ?? 0,
            year,
            source,
            capitalType: typeKey(row.capitalType),
            version: 1,
          }),
          amount,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
        });
        const natural = `${after.unitId}|${after.projectId}|${after.year}|${after.source}|${after.capitalType}`;
        if (seen.has(natural))
          return {
            index,
            key: null,
            error: AppError.badInput({
              field: 'source',
              rule: 'notAllowed',
              params: { reason: 'the same allocation is in the batch twice' },
            }),
          };
        seen.add(natural);
        return {
          index,
          key: before
            ? `A${before.id}`
            : `${owner.path.split('/').at(-1)}${project ? `/${project.code}` : ''}/${year}/${source}`,
          before,
          after,
          unitPath: owner.path,
          year,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      await this.refuseDuplicateAllocations(em, planned);
      await this.reconcile(em, planned);
      const out = await this.batch.write(em, ctx, ALLOCATION_SPEC, planned);
      return { allocations: out.rows.filter((a): a is Allocation => a !== null).map(allocationView), ...counts(out) };
    });
  }

  private async refuseDuplicateAllocations(em: EntityManager, planned: PlannedRow<Allocation>[]): Promise<void> {
    const fresh = planned.filter(
      (p): p is Extract<PlannedRow<Allocation>, { after: Allocation | null }> => 'after' in p && !p.before && !!p.after,
    );
    if (!fresh.length) return;
    const there = await em.find(Allocation, { where: { unitId: In([...new Set(fresh.map((p) => p.after!.unitId))]) } });
    for (const p of fresh) {
      const a = p.after!;
      if (
        there.some(
          (x) =>
            x.unitId === a.unitId &&
            x.projectId === a.projectId &&
            x.year === a.year &&
            x.source === a.source &&
            x.capitalType === a.capitalType,
        )
      ) {
        planned[planned.indexOf(p)] = {
          index: p.index,
          key: null,
          error: AppError.badInput({
            field: 'source',
            rule: 'notAllowed',
            params: { reason: 'this allocation exists already: change it' },
          }),
        };
      }
    }
  }

  /**
   * Refuses the rows of a batch of allocation changes that would let what is handed down below
   * a unit exceed what it received, per source, year and capital type. A parent row with no
   * capital type covers the children of every type it has no row of its own for.
   */
  async reconcile(em: EntityManager, planned: PlannedRow<Allocation>[]): Promise<void> {
    type Ready = Extract<PlannedRow<Allocation>, { after: Allocation | null }>;
    const ready = planned.filter((p): p is Ready => 'after' in p);
    if (!ready.length) return;
    const rowOf = (p: Ready) => (p.after ?? p.before)!;
    // Levels from the units, not from path lengths: a level may cease (districts, 2025).
    const levelOf = new Map(
      (
        await em.find(AdminUnit, {
          where: { id: In([...new Set(ready.map((p) => rowOf(p).unitId))]) },
          select: { id: true, level: true },
        })
      ).map((u) => [u.id, ADMIN_LEVELS_TOP_DOWN.indexOf(u.level)]),
    );
    const depth = (a: Allocation) => levelOf.get(a.unitId) ?? ADMIN_LEVELS_TOP_DOWN.length;
    // The units whose "received" bounds these rows, per source and year.
    const scopes = new Map<string, { unitPath: string; source: FundingSource; year: number }>();
    const addScope = (unitPath: string, source: FundingSource, year: number) =>
      scopes.set(`${unitPath}|${source}|${year}`, { unitPath, source, year });
    for (const p of ready) {
      const a = rowOf(p);
      const owner = budgetOwnerLevel(a.source);
      if (!owner) continue;
      if (a.projectId !== 0) {
        if (depth(a) >= ADMIN_LEVELS_TOP_DOWN.indexOf(owner)) addScope(a.unitPath, a.source, a.year);
        continue;
      }
      // A unit's own row is bounded by its parent's, below the source's own level…
      if (depth(a) > ADMIN_LEVELS_TOP_DOWN.indexOf(owner))
        addScope(a.unitPath.split('/').slice(0, -1).join('/'), a.source, a.year);
      // …and bounds what it hands down.
      if (depth(a) >= ADMIN_LEVELS_TOP_DOWN.indexOf(owner)) addScope(a.unitPath, a.source, a.year);
    }
    if (!scopes.size) return;
    // Lock the units whose budgets are checked, so that two batches reconcile in turn (MySQL).
    const paths = [...new Set([...scopes.values()].map((s) => s.unitPath))];
    const lockQb = em.createQueryBuilder(AdminUnit, 'u').where('u.path IN (:...paths)', { paths });
    forUpdate(lockQb);
    const parents = new Map((await lockQb.getMany()).map((u) => [u.path, u]));
    // By path, not unit id: what a merged unit received was carried to its successor's path and
    // counts as the successor's (it keeps the predecessor's unit id, for the history).
    const current = (
      await Promise.all(
        [...parents.values()].map((u) =>
          em
            .createQueryBuilder(Allocation, 'a')
            .where(
              '(a.unitPath = :path OR (a.unitPath LIKE :below AND a.unitPath NOT LIKE :deeper AND a.projectId = 0))',
              { path: u.path, below: `${u.path}/%`, deeper: `${u.path}/%/%` },
            )
            .getMany(),
        ),
      )
    ).flat();
    // The allocations as the batch would leave them.
    const state = new Map(current.map((a) => [a.id, a]));
    for (const p of ready) {
      if (p.before) state.delete(p.before.id);
    }
    const added = ready.filter((p) => p.after).map((p) => p.after!);
    const all = [...state.values(), ...added];
    for (const scope of scopes.values()) {
      const parent = parents.get(scope.unitPath);
      if (!parent) continue;
      const inScope = all.filter((a) => a.source === scope.source && a.year === scope.year);
      const received = inScope.filter((a) => a.unitPath === parent.path && a.projectId === 0);
      const handed = inScope.filter(
        (a) =>
          (a.unitPath === parent.path && a.projectId !== 0) ||
          (a.projectId === 0 &&
            a.unitPath.startsWith(`${parent.path}/`) &&
            !a.unitPath.slice(parent.path.length + 1).includes('/')),
      );
      const typed = new Set(received.filter((a) => a.capitalType !== '').map((a) => a.capitalType));
      const problems: string[] = [];
      for (const type of typed) {
        const got = sumDong(received.filter((a) => a.capitalType === type).map((a) => BigInt(a.amount)));
        const out = sumDong(handed.filter((a) => a.capitalType === type).map((a) => BigInt(a.amount)));
        if (out > got) problems.push(`${type}: ${out} > ${got}`);
      }
      const gotUntyped = sumDong(received.filter((a) => a.capitalType === '').map((a) => BigInt(a.amount)));
      const outRest = sumDong(handed.filter((a) => !typed.has(a.capitalType)).map((a) => BigInt(a.amount)));
      if (outRest > gotUntyped) problems.push(`${outRest} > ${gotUntyped}`);
      if (!problems.length) continue;
      const reason = `allocated below ${parent.name} (${scope.source}, ${scope.year}) would exceed what it received: ${problems.join('; ')}`;
      for (const p of ready) {
        const a = rowOf(p);
        const inThis =
          a.source === scope.source &&
          a.year === scope.year &&
          (a.unitPath === parent.path || a.unitPath.startsWith(`${parent.path}/`));
        if (inThis)
          planned[planned.indexOf(p)] = {
            index: p.index,
            key: p.before ? p.key : null,
            error: AppError.badInput({ field: 'amount', rule: 'notAllowed', params: { reason } }),
          };
      }
    }
  }
}

/** The projects of the given codes, by code. */
export async function projectsByCode(em: EntityManager, codes: string[]): Promise<Map<string, Project>> {
  if (codes.length === 0) return new Map();
  return new Map((await em.find(Project, { where: { code: In([...new Set(codes)]) } })).map((p) => [p.code, p]));
}
