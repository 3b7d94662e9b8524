import { Brackets, In } from 'typeorm';
import {
  DEBT_AFTER_YEARS,
  addYears,
  nextDay,
  type Dong,
  FundingSource,
  TargetLevel,
  achievedOn,
  canReadUnit,
  isLocalDebt,
  localDebtAmount,
  localDebtFrom,
  zeroDisbursedAmount,
} from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { byIds, chunked, groupBy, withIdsIn } from '../../db/lookups';
import { requireUser } from '../access/access-rule';
import { whereReadable } from '../access/scope-sql';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import type { PlanService } from '../plan/plan.service';
import { Recognition } from '../targets/recognition.entity';
import { Target } from '../targets/target.entity';
import { Allocation } from './allocation.entity';
import { Disbursement } from './disbursement.entity';
import { Project } from './project.entity';
import { Reallocation } from './reallocation.entity';
import { SupportNorm } from './support-norm.entity';
import type { LocalDebtProject, ReallocationCandidate, ReallocationView, SupportShortfall } from './money.types';
import { str, projectView, reallocationView, facts } from './money-views';

/** Subtrees per statement when summing what units hold: 2 parameters each. */
const SUBTREES_PER_QUERY = 300;

/** The lists to act on: capital to reallocate, local debt, support shortfalls, and reallocations. */
export class MoneyWatchService {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
  ) {}

  /** Projects with capital of `year` and nothing of it paid by the plan's check day (30/06). */
  async reallocationCandidates(ctx: RequestContext, year: number): Promise<ReallocationCandidate[]> {
    const plan = await this.plans.resolve();
    const checkDay = `${year}-${plan.reallocationCheckDay}`;
    const qb = this.db.manager
      .createQueryBuilder(Allocation, 'a')
      .where('a.year = :year AND a.projectId <> 0', { year });
    whereReadable(qb, ctx, 'a.unitPath');
    const allocations = await qb.getMany();
    const projectIds = [...new Set(allocations.map((a) => a.projectId))];
    if (projectIds.length === 0) return [];
    const projects = [...(await byIds(this.db.manager, Project, projectIds)).values()].sort((a, b) =>
      a.code.localeCompare(b.code),
    );
    const paid = groupBy(
      await withIdsIn(this.db.manager, Disbursement, 'projectId', projectIds, (qb) =>
        qb.andWhere('r.capitalYear = :year', { year }),
      ),
      (d) => d.projectId,
    );
    const allocated = groupBy(allocations, (a) => a.projectId);
    return projects.flatMap((p) => {
      const amount = zeroDisbursedAmount(
        (allocated.get(p.id) ?? []).map(facts.allocation),
        (paid.get(p.id) ?? []).map(facts.disbursement),
        year,
        checkDay,
      );
      return amount === null ? [] : [{ project: projectView(p), amount: str(amount) }];
    });
  }

  /** Projects whose central/provincial share is local debt on `asOf` (over 3 years unsettled). */
  async localDebtProjects(ctx: RequestContext, asOf: string): Promise<LocalDebtProject[]> {
    // Allocated three years before the day or earlier, and not settled by it: the rule itself is
    // applied to what the database returns (a day's margin covers 29 February).
    const qb = this.db.manager
      .createQueryBuilder(Project, 'p')
      .where('p.capitalAllocatedOn IS NOT NULL AND p.capitalAllocatedOn <= :latest', {
        latest: nextDay(addYears(asOf, -DEBT_AFTER_YEARS)),
      })
      .andWhere('(p.settlementApprovedOn IS NULL OR p.settlementApprovedOn > :asOf)', { asOf });
    whereReadable(qb, ctx, 'p.unitPath');
    const projects = (await qb.orderBy('p.code').getMany()).filter((p) =>
      isLocalDebt(p.capitalAllocatedOn, p.settlementApprovedOn, asOf),
    );
    if (projects.length === 0) return [];
    const ids = projects.map((p) => p.id);
    const allocations = groupBy(await withIdsIn(this.db.manager, Allocation, 'projectId', ids), (a) => a.projectId);
    const paid = groupBy(
      await withIdsIn(this.db.manager, Disbursement, 'projectId', ids, (qb) =>
        qb.andWhere('r.date <= :asOf', { asOf }),
      ),
      (d) => d.projectId,
    );
    return projects.map((p) => ({
      project: projectView(p),
      debtFrom: localDebtFrom(p.capitalAllocatedOn!),
      amount: str(
        localDebtAmount(
          (allocations.get(p.id) ?? []).map(facts.allocation),
          (paid.get(p.id) ?? []).map(facts.disbursement),
        ),
      ),
    }));
  }

  /** Units whose allocations fall short of the plan's support norms in a year. */
  async supportShortfalls(ctx: RequestContext, year: number): Promise<SupportShortfall[]> {
    const plan = await this.plans.resolve();
    const em = this.db.manager;
    const norms = await em.find(SupportNorm, { where: { planId: plan.id }, order: { id: 'ASC' } });
    const out: SupportShortfall[] = [];
    // Units existing at the year's end, by level (not by path length: a level may cease).
    const yearEnd = `${year}-12-31`;
    const levelsOf = async (ids: number[]) => {
      const units = ids.length
        ? await em.find(AdminUnit, {
            where: { id: In([...new Set(ids)]) },
            select: { id: true, level: true, validTo: true },
          })
        : [];
      return new Map(units.filter((u) => u.validTo === null || u.validTo > yearEnd).map((u) => [u.id, u.level]));
    };
    for (const norm of norms) {
      let units: { id: number; path: string }[];
      if (norm.basis === 'TARGET') {
        const targets = await em.find(Target, { where: { planId: plan.id, level: norm.level } });
        const levels = await levelsOf(targets.map((t) => t.unitId));
        units = [
          ...new Map(
            targets
              .filter((t) => levels.get(t.unitId) === norm.unitLevel)
              .map((t) => [t.unitId, { id: t.unitId, path: t.unitPath }]),
          ).values(),
        ];
      } else {
        const recognitions = await em.find(Recognition, {
          where: {
            level: In(
              norm.level === TargetLevel.NTM
                ? [TargetLevel.NTM, TargetLevel.ADVANCED, TargetLevel.MODEL]
                : [norm.level],
            ),
          },
        });
        const levels = await levelsOf(recognitions.map((r) => r.unitId));
        const holding = recognitions.filter(
          (r) => levels.get(r.unitId) === norm.unitLevel && achievedOn([r], norm.level, `${year}-12-31`),
        );
        units = [...new Map(holding.map((r) => [r.unitId, { id: r.unitId, path: r.unitPath }])).values()];
      }
      units = units.filter((u) => this.readable(ctx, u.path));
      if (units.length === 0) continue;
      const sources = norm.sourceList.split(',') as FundingSource[];
      const years = norm.perYear ? [year, year] : [plan.startYear, plan.endYear];
      // What each unit holds: its own rows and those below it, read a few hundred subtrees a
      // statement and summed by walking each row's path up to the unit it falls under.
      const byPath = new Map(units.map((u) => [u.path, u]));
      const held = new Map<number, Dong>();
      for (const chunk of chunked(units, SUBTREES_PER_QUERY)) {
        const qb = em
          .createQueryBuilder(Allocation, 'a')
          .where('a.source IN (:...sources)', { sources })
          .andWhere('a.year BETWEEN :from AND :to', { from: years[0], to: years[1] });
        if (norm.capitalType) qb.andWhere('a.capitalType = :type', { type: norm.capitalType });
        qb.andWhere(
          new Brackets((w) => {
            chunk.forEach((u, i) =>
              w.orWhere(`(a.unitPath = :u${i} OR a.unitPath LIKE :b${i})`, {
                [`u${i}`]: u.path,
                [`b${i}`]: `${u.path}/%`,
              }),
            );
          }),
        );
        for (const a of await qb.getMany()) {
          const parts = a.unitPath.split('/');
          for (let n = parts.length; n > 0; n--) {
            const unit = byPath.get(parts.slice(0, n).join('/'));
            if (unit) held.set(unit.id, (held.get(unit.id) ?? 0n) + BigInt(a.amount));
          }
        }
      }
      const required = BigInt(norm.amount);
      for (const u of units.sort((a, b) => a.path.localeCompare(b.path))) {
        // Only what the unit and its projects and villages hold, not what it passed further down twice.
        const allocated = held.get(u.id) ?? 0n;
        if (allocated < required)
          out.push({
            normKey: norm.key,
            description: norm.description,
            unitId: u.id,
            required: str(required),
            allocated: str(allocated),
            shortBy: str(required - allocated),
          });
      }
    }
    return out;
  }

  async reallocations(ctx: RequestContext, year?: number): Promise<ReallocationView[]> {
    const qb = this.db.manager.createQueryBuilder(Reallocation, 'r');
    whereReadable(qb, ctx, 'r.fromUnitPath');
    if (year) qb.andWhere('r.capitalYear = :year', { year });
    return (await qb.orderBy('r.id').getMany()).map(reallocationView);
  }

  private readable(ctx: RequestContext, path: string): boolean {
    return canReadUnit(requireUser(ctx).assignments, path);
  }
}
