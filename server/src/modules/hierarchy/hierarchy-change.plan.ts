import type { EntityManager } from 'typeorm';
import {
  AdminLevel,
  ENDING_KINDS,
  HierarchyChangeKind,
  type ValidationIssue,
  canWriteUnit,
  isIsoDate,
  levelOfUnitType,
  sortChanges,
  validateYear,
} from '@ntm/shared';
import { AppError, batchRefused, rowError } from '../../common/app-error';
import { type RequestContext, actorOf } from '../../common/request-context';
import { requireUser } from '../access/access-rule';
import { AdminUnit } from './admin-unit.entity';
import { HierarchyChange, HierarchyChangeItem, HierarchyChangeStatus } from './hierarchy-change.entity';
import { type ChangeItem, type ChangeRequest, ChangeRun } from './hierarchy-change.run';
import { createUnit, endUnit, moveUnit, parentFor, renameUnit } from './hierarchy-change.steps';

function validateRequest(request: ChangeRequest): void {
  const issues: ValidationIssue[] = [];
  if (!isIsoDate(request.effectiveOn))
    issues.push({ field: 'effectiveOn', rule: 'invalidFormat', params: { format: 'date' } });
  else {
    const year = validateYear(Number(request.effectiveOn.slice(0, 4)), 'effectiveOn');
    if (year) issues.push(year);
  }
  if (request.decision.trim() === '') issues.push({ field: 'decision', rule: 'required' });
  if (request.items.length === 0) issues.push({ field: 'items', rule: 'required' });
  if (issues.length) throw AppError.badInput(issues);
}

/**
 * Runs a change's items inside the caller's transaction: records the change, checks each item and
 * applies it. Every refused item is listed; if any is, the whole change is refused.
 */
export async function runChange(ctx: RequestContext, em: EntityManager, request: ChangeRequest): Promise<ChangeRun> {
  validateRequest(request);
  const { assignments } = requireUser(ctx);
  const day = request.effectiveOn;
  const { identifiers } = await em.insert(HierarchyChange, {
    decision: request.decision.trim(),
    effectiveOn: day,
    status: HierarchyChangeStatus.APPLIED,
    appliedAt: new Date().toISOString(),
    appliedBy: actorOf(ctx) ?? '',
    revertedAt: null,
    revertedBy: null,
    version: 1,
  });
  const run = new ChangeRun(em, Number(identifiers[0].id), day);
  const levelOf = async (item: ChangeItem) =>
    item.type ? levelOfUnitType(item.type) : ((await run.unit(item.code))?.level ?? AdminLevel.COMMUNE);
  const indexed = await Promise.all(
    request.items.map(async (item, index) => ({ ...item, index, level: await levelOf(item) })),
  );
  const errors = [];
  let seq = 0;
  for (const item of sortChanges(indexed)) {
    const field = (name: string) => `items.${item.index}.${name}`;
    try {
      const subject = item.kind === HierarchyChangeKind.CREATE ? null : await run.unit(item.code);
      if (item.kind !== HierarchyChangeKind.CREATE) {
        if (!subject)
          throw AppError.badInput({
            field: field('code'),
            rule: 'notAllowed',
            params: { why: 'noUnit', code: item.code, reason: `no unit ${item.code}` },
          });
        if (!run.existsOnDay(subject))
          throw AppError.badInput({
            field: field('code'),
            rule: 'notAllowed',
            params: { why: 'notOnDay', code: item.code, date: day, reason: `${item.code} does not exist on ${day}` },
          });
        if (!run.touched(subject) && (subject.currentFrom ?? subject.validFrom ?? '') >= day)
          throw AppError.badInput({
            field: field('code'),
            rule: 'notAllowed',
            params: {
              why: 'changedSince',
              code: item.code,
              changed: (subject.currentFrom ?? subject.validFrom)!,
              date: day,
              reason: `${item.code} changed on ${subject.currentFrom ?? subject.validFrom}, not before ${day}`,
            },
          });
        if (!canWriteUnit(assignments, subject.path)) throw AppError.forbidden(`You may not change unit ${item.code}`);
      }
      const before = subject ? { name: subject.name, parentId: subject.parentId } : null;
      const parentBefore = subject?.parentId ? await em.findOneBy(AdminUnit, { id: subject.parentId }) : null;
      switch (item.kind) {
        case HierarchyChangeKind.CREATE:
          await createUnit(run, item, field, assignments);
          break;
        case HierarchyChangeKind.RENAME:
          await renameUnit(run, subject!, item, field);
          break;
        case HierarchyChangeKind.MOVE:
          await moveUnit(run, subject!, await parentFor(run, item, subject!, field));
          break;
        default:
          await endUnit(run, subject!, item, field);
      }
      const after = await run.unit(item.code);
      await em.insert(HierarchyChangeItem, {
        changeId: run.changeId,
        seq: seq++,
        kind: item.kind,
        level: after!.level,
        code: item.code,
        oldName: before?.name ?? null,
        name: item.kind === HierarchyChangeKind.CREATE || item.kind === HierarchyChangeKind.RENAME ? after!.name : null,
        type: item.kind === HierarchyChangeKind.CREATE || item.kind === HierarchyChangeKind.RENAME ? after!.type : null,
        oldParentCode: parentBefore?.code ?? null,
        parentCode:
          item.kind === HierarchyChangeKind.CREATE || item.kind === HierarchyChangeKind.MOVE
            ? (item.parentCode ?? null)
            : ENDING_KINDS.includes(item.kind)
              ? (item.parentCode ?? null)
              : null,
        successorCode: item.successorCode ?? null,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push(rowError(item.index, item.code, error));
    }
  }
  if (errors.length) throw batchRefused(errors);
  return run;
}
