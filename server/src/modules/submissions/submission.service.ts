import { In, type EntityManager } from 'typeorm';
import {
  SubmissionAction,
  SubmissionStatus,
  canApproveUnit,
  canSubmitUnit,
  isLocked,
  nextSubmissionStatus,
  validateYear,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { assertCanRead, requireUser } from '../access/access-rule';
import { type AuditService, changedFields } from '../audit/audit.service';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { UnitSubmission } from './unit-submission.entity';
import type { UnitSubmissionView } from './unit-submission.types';

const ENTITY = 'UnitSubmission';
const AUDITED = ['status', 'note'] as const;

/** The unit and every unit above it: "49/510/20704" -> 49, 49/510, 49/510/20704. */
function pathsUpTo(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Submissions of units' yearly data, their approval, and the locks approval puts on writes. */
export class SubmissionService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /** Throws LOCKED when the unit's data for `year` is approved, here or above. */
  private async assertUnlocked(em: EntityManager, unit: { path: string; code: string }, year: number): Promise<void> {
    if (await this.lockedFor(em, unit.path, year)) throw AppError.locked(unit.code, year);
  }

  /** Is the unit's data of `year` approved, by its own submission or one of a unit above? */
  private async lockedFor(em: EntityManager, path: string, year: number): Promise<boolean> {
    const approved = await em.find(UnitSubmission, {
      where: { year, status: SubmissionStatus.APPROVED, unitPath: In(pathsUpTo(path)) },
      select: { unitPath: true, year: true, status: true },
    });
    return isLocked(approved, path, year);
  }

  async get(ctx: RequestContext, unitCode: string, year: number): Promise<UnitSubmissionView> {
    this.checkYear(year);
    const unit = await this.findUnit(this.db.manager, unitCode);
    assertCanRead(ctx, unit);
    const row = await this.db.manager.findOneBy(UnitSubmission, { unitId: unit.id, year });
    return this.view(ctx, this.db.manager, unit, year, row);
  }

  async act(
    ctx: RequestContext,
    action: SubmissionAction,
    unitCode: string,
    year: number,
    version: number,
    note: string | null,
  ): Promise<UnitSubmissionView> {
    this.checkYear(year);
    if (note !== null && note.length > 2000)
      throw AppError.badInput({ field: 'note', rule: 'tooLong', params: { max: 2000 } });
    if (action === SubmissionAction.RETURN && !note?.trim())
      throw AppError.badInput({ field: 'note', rule: 'required' });
    const user = requireUser(ctx);
    return this.db.transaction(async (em) => {
      const unit = await this.findUnit(em, unitCode);
      assertCanRead(ctx, unit);
      const allowed =
        action === SubmissionAction.SUBMIT
          ? canSubmitUnit(user.assignments, unit.path)
          : canApproveUnit(user.assignments, unit.path);
      if (!allowed) throw AppError.forbidden(`You may not ${action.toLowerCase()} the data of unit ${unit.code}`);

      // Data approved above cannot be sent up again until that approval is reopened.
      if (action === SubmissionAction.SUBMIT) await this.assertUnlocked(em, unit, year);
      const before = await em.findOneBy(UnitSubmission, { unitId: unit.id, year });
      const current = before?.status ?? SubmissionStatus.DRAFT;
      if ((before?.version ?? 0) !== version) throw AppError.conflict(ENTITY, `${unit.code}/${year}`, version);
      const status = nextSubmissionStatus(current, action);
      if (!status) {
        throw AppError.badInput({
          field: 'status',
          rule: 'notAllowed',
          params: { reason: `cannot ${action.toLowerCase()} from ${current}` },
        });
      }
      const now = new Date().toISOString();
      const stamp =
        action === SubmissionAction.SUBMIT
          ? { submittedBy: user.username, submittedAt: now }
          : { decidedBy: user.username, decidedAt: now };
      const after = { ...(before ?? {}), status, note, ...stamp };
      if (!before) {
        try {
          await em.insert(UnitSubmission, {
            unitId: unit.id,
            unitPath: unit.path,
            year,
            status,
            version: 1,
            note,
            submittedBy: null,
            submittedAt: null,
            decidedBy: null,
            decidedAt: null,
            ...stamp,
          });
        } catch {
          // Someone else submitted the same unit and year first.
          throw AppError.conflict(ENTITY, `${unit.code}/${year}`, version);
        }
      } else {
        const result = await em
          .createQueryBuilder()
          .update(UnitSubmission)
          .set({ status, note, ...stamp, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id: before.id, version })
          .execute();
        if (result.affected !== 1) throw AppError.conflict(ENTITY, `${unit.code}/${year}`, version);
      }
      await this.audit.record(em, ctx, {
        action,
        entity: ENTITY,
        key: `${unit.code}/${year}`,
        unitPath: unit.path,
        changes: changedFields(
          { status: current, note: before?.note ?? null },
          { status: after.status, note: after.note ?? null },
          AUDITED,
        ),
      });
      const saved = await em.findOneByOrFail(UnitSubmission, { unitId: unit.id, year });
      return this.view(ctx, em, unit, year, saved);
    });
  }

  private async view(
    ctx: RequestContext,
    em: EntityManager,
    unit: AdminUnit,
    year: number,
    row: UnitSubmission | null,
  ): Promise<UnitSubmissionView> {
    const user = requireUser(ctx);
    const status = row?.status ?? SubmissionStatus.DRAFT;
    const locked = await this.lockedFor(em, unit.path, year);
    return {
      unit,
      year,
      status,
      version: row?.version ?? 0,
      submittedBy: row?.submittedBy ?? null,
      submittedAt: row?.submittedAt ?? null,
      decidedBy: row?.decidedBy ?? null,
      decidedAt: row?.decidedAt ?? null,
      note: row?.note ?? null,
      locked,
      canSubmit:
        !locked &&
        nextSubmissionStatus(status, SubmissionAction.SUBMIT) !== null &&
        canSubmitUnit(user.assignments, unit.path),
      canDecide:
        canApproveUnit(user.assignments, unit.path) &&
        [SubmissionAction.APPROVE, SubmissionAction.RETURN, SubmissionAction.REOPEN].some(
          (a) => nextSubmissionStatus(status, a) !== null,
        ),
    };
  }

  private async findUnit(em: EntityManager, code: string): Promise<AdminUnit> {
    const unit = await em.findOneBy(AdminUnit, { code });
    if (!unit) throw AppError.badInput({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
    return unit;
  }

  private checkYear(year: number): void {
    const issue = validateYear(year);
    if (issue) throw AppError.badInput(issue);
  }
}
