import { Brackets, In } from 'typeorm';
import {
  type ValidationIssue,
  isIsoDate,
  isLocalDebt,
  isUpperBudget,
  treasuryAllows,
  validateYear,
  sumDong,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import { forUpdate } from '../../db/locks';
import { byIds } from '../../db/lookups';
import { Allocation } from './allocation.entity';
import { Disbursement } from './disbursement.entity';
import { Project } from './project.entity';
import type { DisbursementBatchResult, DisbursementRowInput } from './money.types';
import { DISBURSEMENT_SPEC, disbursementView, facts, counts } from './money-views';

/** Saving disbursements under the plan's payment rules. */
export class DisbursementService {
  constructor(private readonly batch: BatchWriter) {}

  /**
   * Saves disbursements, all or nothing, under the plan's rules: no more paid than allocated to
   * the project per source and capital year; nothing paid once the Treasury stopped it; no
   * central or provincial money to a project that is local debt; and central or provincial money
   * not ahead of the counterpart in proportion to the agreed shares (the Treasury rule).
   */
  async saveDisbursements(ctx: RequestContext, rows: DisbursementRowInput[]): Promise<DisbursementBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Disbursement,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const codes = rows.flatMap((r) => (r.projectCode ? [r.projectCode] : []));
      // The projects paid are locked (MySQL): two batches for one project check their rules in turn.
      const projectIds = [...new Set([...existing.values()].map((d) => d.projectId))];
      const lockQb = em.createQueryBuilder(Project, 'p').where(
        new Brackets((w) => {
          w.where('1 = 0');
          if (codes.length) w.orWhere('p.code IN (:...codes)', { codes });
          if (projectIds.length) w.orWhere('p.id IN (:...ids)', { ids: projectIds });
        }),
      );
      forUpdate(lockQb);
      const projects = await lockQb.getMany();
      const byCode = new Map(projects.map((p) => [p.code, p]));
      const byId = new Map(projects.map((p) => [p.id, p]));
      const ids = projects.map((p) => p.id);
      const allocations = ids.length ? await em.find(Allocation, { where: { projectId: In(ids) } }) : [];
      const paid = ids.length ? await em.find(Disbursement, { where: { projectId: In(ids) } }) : [];

      const planned: PlannedRow<Disbursement>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `D${row.id}`, error: AppError.notFound('Disbursement', String(row.id)) };
        const project = before ? byId.get(before.projectId) : row.projectCode ? byCode.get(row.projectCode) : undefined;
        const issues: ValidationIssue[] = [];
        if (!project)
          issues.push(
            row.projectCode || before
              ? { field: 'projectCode', rule: 'notAllowed', params: { reason: 'no such project' } }
              : { field: 'projectCode', rule: 'required' },
          );
        const source = row.source ?? before?.source;
        const capitalYear = row.capitalYear ?? before?.capitalYear;
        const date = row.date ?? before?.date;
        const amount = row.amount ?? before?.amount;
        if (!source) issues.push({ field: 'source', rule: 'required' });
        const yearIssue = validateYear(capitalYear, 'capitalYear');
        if (yearIssue) issues.push(yearIssue);
        if (!date) issues.push({ field: 'date', rule: 'required' });
        else if (!isIsoDate(date)) issues.push({ field: 'date', rule: 'invalidFormat', params: { format: 'date' } });
        if (amount === undefined) issues.push({ field: 'amount', rule: 'required' });
        else if (BigInt(amount) <= 0n)
          issues.push({ field: 'amount', rule: 'outOfRange', params: { min: 1, max: '9223372036854775807' } });
        if (row.note && row.note.length > 1000) issues.push({ field: 'note', rule: 'tooLong', params: { max: 1000 } });
        if (issues.length || !project || !source || !capitalYear || !date || amount === undefined)
          return { index, key: before ? `D${before.id}` : null, error: AppError.badInput(issues) };
        if (row.delete) {
          if (!before) return { index, key: null, error: AppError.badInput({ field: 'id', rule: 'required' }) };
          return {
            index,
            key: `D${before.id}`,
            before,
            after: null,
            unitPath: before.unitPath,
            year: Number(before.date.slice(0, 4)),
            expectedVersion: row.version ?? null,
          };
        }
        const after = em.create(Disbursement, {
          ...(before ?? { projectId: project.id, unitPath: project.unitPath, version: 1 }),
          source,
          capitalYear,
          date,
          amount,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
        });
        return {
          index,
          key: before ? `D${before.id}` : `${project.code}/${date}/${source}`,
          before,
          after,
          unitPath: project.unitPath,
          year: Number(date.slice(0, 4)),
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });

      // The rules, per project, on the payments as the batch would leave them.
      type Ready = Extract<PlannedRow<Disbursement>, { after: Disbursement | null }>;
      const ready = planned.filter((p): p is Ready => 'after' in p);
      for (const project of projects) {
        const mine = ready.filter((p) => (p.after ?? p.before)!.projectId === project.id);
        if (!mine.length) continue;
        const removed = new Set(mine.flatMap((p) => (p.before ? [p.before.id] : [])));
        const next = [
          ...paid.filter((d) => d.projectId === project.id && !removed.has(d.id)),
          ...mine.flatMap((p) => (p.after ? [p.after] : [])),
        ].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
        const agreed = allocations.filter((a) => a.projectId === project.id);
        const refuse = (p: Ready, field: string, reason: string) => {
          planned[planned.indexOf(p)] = {
            index: p.index,
            key: p.before ? p.key : null,
            error: AppError.badInput({ field, rule: 'notAllowed', params: { reason } }),
          };
        };
        for (const p of mine) {
          const d = p.after;
          if (!d) continue;
          if (project.stoppedOn && d.date >= project.stoppedOn)
            refuse(p, 'date', `the Treasury stopped payments to ${project.code} on ${project.stoppedOn}`);
          else if (
            isUpperBudget(d.source) &&
            isLocalDebt(project.capitalAllocatedOn, project.settlementApprovedOn, d.date)
          ) {
            refuse(
              p,
              'source',
              `${project.code} is local debt (over 3 years without a final settlement): no more central or provincial money`,
            );
          }
        }
        // Not more than allocated, per source and capital year.
        for (const key of new Set(next.map((d) => `${d.source}|${d.capitalYear}`))) {
          const [source, year] = key.split('|');
          const allocated = sumDong(
            agreed.filter((a) => a.source === source && a.year === Number(year)).map((a) => BigInt(a.amount)),
          );
          const spent = sumDong(
            next.filter((d) => d.source === source && d.capitalYear === Number(year)).map((d) => BigInt(d.amount)),
          );
          if (spent > allocated) {
            for (const p of mine.filter(
              (x) => x.after && x.after.source === source && x.after.capitalYear === Number(year),
            )) {
              refuse(
                p,
                'amount',
                `paid ${spent} of ${source} ${year} capital to ${project.code} would exceed its allocation of ${allocated}`,
              );
            }
          }
        }
        // The Treasury rule, at every day an upper-budget payment is made.
        const upperDays = [...new Set(next.filter((d) => isUpperBudget(d.source)).map((d) => d.date))];
        const broken = upperDays.find(
          (day) =>
            !treasuryAllows(agreed.map(facts.allocation), next.filter((d) => d.date <= day).map(facts.disbursement)),
        );
        if (broken) {
          const culprits = mine.filter(
            (p) =>
              (p.after && isUpperBudget(p.after.source) && p.after.date >= broken) ||
              (p.before && !isUpperBudget(p.before.source)),
          );
          for (const p of culprits.length ? culprits : mine) {
            refuse(
              p,
              'amount',
              `the Treasury pays central and provincial money only in proportion to the counterpart paid by the district and commune (${broken})`,
            );
          }
        }
      }
      const out = await this.batch.write(em, ctx, DISBURSEMENT_SPEC, planned);
      return {
        disbursements: out.rows.filter((d): d is Disbursement => d !== null).map(disbursementView),
        ...counts(out),
      };
    });
  }
}
