import { In } from 'typeorm';
import {
  AdminLevel,
  DeadlineState,
  DossierStep,
  GoalKind,
  type TargetLevel,
  UnitType,
  achievedOn,
  canReadUnit,
  daysBetween,
  deadlineState,
  dossierStatusOn,
  goalGap,
  goalTarget,
  isInPipeline,
  levelSatisfies,
  stepTakenOn,
  todayInVietnam,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { byIds, groupBy, ofUnits } from '../../db/lookups';
import { requireUser } from '../access/access-rule';
import type { CriteriaService } from '../criteria/criteria.service';
import type { EvaluationService } from '../criteria/evaluation.service';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { topCodeOf } from '../hierarchy/hierarchy-on';
import type { DeadlineRule } from '../plan/deadline-rule.entity';
import type { PlanGoal } from '../plan/plan-goal.entity';
import type { PlanService } from '../plan/plan.service';
import { Recognition } from './recognition.entity';
import type { TargetReadService } from './target-read.service';
import type {
  DeadlineItem,
  DeadlinesArgs,
  DistrictGoalProgress,
  GoalProgress,
  PlanProgress,
  TargetView,
} from './targets.types';

/** Steps a rule can ask for, in the order they are checked. */
const STEPS: readonly DossierStep[] = [
  DossierStep.COMMUNE_TO_DISTRICT,
  DossierStep.DISTRICT_TO_PROVINCE,
  DossierStep.PROVINCE_TO_CENTRAL,
  DossierStep.RECOGNISED,
];

function ruleApplies(rule: DeadlineRule, target: TargetView, unitLevel: AdminLevel): boolean {
  return (
    rule.unitLevel === unitLevel &&
    (rule.targetYear === null || rule.targetYear === target.year) &&
    (rule.kind === null || rule.kind === target.kind) &&
    (rule.levels.length === 0 || rule.levels.includes(target.level)) &&
    (rule.unitId === null || rule.unitId === target.unitId)
  );
}

/**
 * The rules in force for a target, one per step: a unit's own rule (the district targets of
 * II.5) wins over the general one.
 */
export function rulesFor(rules: readonly DeadlineRule[], target: TargetView, unitLevel: AdminLevel): DeadlineRule[] {
  return STEPS.flatMap((step) => {
    const matching = rules.filter((r) => r.step === step && ruleApplies(r, target, unitLevel));
    const own = matching.find((r) => r.unitId !== null);
    return own ? [own] : matching.slice(0, 1);
  });
}

/** The plan's goals and deadlines, computed live as of any date. */
export class ProgressService {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
    private readonly targets: TargetReadService,
    private readonly criteria: CriteriaService,
    private readonly evaluations: EvaluationService,
  ) {}

  /**
   * Every goal of the plan as of `asOf`: units counted, achieved (recognised and not lapsed that
   * day), in the pipeline (a dossier on its way up), the gap, and a breakdown by district.
   * Figures cover the whole province: goals are the province's.
   */
  async planProgress(ctx: RequestContext, asOf: string, planCode?: string, only?: GoalKind): Promise<PlanProgress> {
    requireUser(ctx);
    const em = this.db.manager;
    const plan = await this.plans.resolve(planCode);
    const goals = (await this.plans.goals(plan.id)).filter((g) => !only || g.kind === only);
    const provinceRow = await em.findOneBy(AdminUnit, { code: plan.provinceCode });
    if (!provinceRow) throw AppError.notFound('AdminUnit', plan.provinceCode);
    // The hierarchy of the day: units merged later still count, units created later do not.
    const on = await ctx.loaders.hierarchyOn(asOf, topCodeOf(provinceRow.path));
    const province = on.carrierOf(provinceRow.id);
    if (!province) throw AppError.notFound('AdminUnit', plan.provinceCode);
    const units = on.within(province.id).filter((u) => u.id !== province.id);
    const districts = units.filter((u) => u.level === AdminLevel.DISTRICT);
    // Each unit's district of the day, once: every goal's breakdown groups by it.
    const districtIdOf = new Map(units.map((u) => [u.id, on.ancestorAt(u.id, AdminLevel.DISTRICT)?.id]));
    const districtOf = (u: AdminUnit) => districtIdOf.get(u.id);
    // Recognitions and targets at once: each waits on the database, not on the other.
    const [recognitions, planTargets] = await Promise.all([
      ofUnits(
        em,
        Recognition,
        units.map((u) => u.id),
      ),
      this.targets.allOfPlan(em, plan.id, on.idsWithin(province.id)),
    ]);
    const recognitionsOf = groupBy(recognitions, (r) => r.unitId);
    // A target counts while its unit exists: two merged communes' targets become the successor's one.
    const targets = planTargets.filter(
      (t) => on.unit(t.unitId) !== undefined && (t.validFrom === null || t.validFrom <= asOf),
    );
    const year = Number(asOf.slice(0, 4));
    /** Units by district, in the order given (those under no district left out). */
    const byDistrictOf = (list: AdminUnit[]) =>
      groupBy(
        list.filter((u) => districtOf(u) !== undefined),
        (u) => districtOf(u)!,
      );

    const out: GoalProgress[] = [];
    for (const goal of goals) {
      const levels = goal.levels;
      const counted = units.filter(
        (u) =>
          u.level === goal.unitLevel &&
          (!goal.mountainousOnly || u.mountainous) &&
          (goal.unitLevel !== AdminLevel.COMMUNE || u.type === UnitType.COMMUNE),
      );
      const reached = (u: AdminUnit, levels: readonly TargetLevel[]) =>
        levels.some((l) => achievedOn(recognitionsOf.get(u.id) ?? [], l, asOf));
      // Targets of the units the goal counts (a district goal counts district targets, not its communes').
      const goalTargets = targets.filter(
        (t) => on.unit(t.unitId)?.level === goal.unitLevel && levels.some((l) => levelSatisfies(t.level, l)),
      );
      const pipedIds = new Set(
        goalTargets.filter((t) => isInPipeline(dossierStatusOn(t.steps, asOf))).map((t) => t.unitId),
      );
      const piped = (u: AdminUnit) => pipedIds.has(u.id);
      const targetsByDistrict = new Map<number, number>();
      for (const t of goalTargets) {
        const d = districtIdOf.get(t.unitId) ?? on.ancestorAt(t.unitId, AdminLevel.DISTRICT)?.id;
        if (d !== undefined) targetsByDistrict.set(d, (targetsByDistrict.get(d) ?? 0) + 1);
      }
      const byDistrict = (
        achievedOf: (u: AdminUnit) => boolean,
        unitsOf: AdminUnit[] = counted,
      ): DistrictGoalProgress[] => {
        const groups = byDistrictOf(unitsOf);
        return districts.map((d) => {
          const inside = groups.get(d.id) ?? [];
          return {
            districtId: d.id,
            unitsCounted: inside.length,
            achieved: inside.filter(achievedOf).length,
            inPipeline: inside.filter((u) => !achievedOf(u) && piped(u)).length,
            targets: targetsByDistrict.get(d.id) ?? 0,
          };
        });
      };
      const base = {
        key: goal.key,
        kind: goal.kind,
        levels,
        unitLevel: goal.unitLevel,
        description: goal.description,
        section: goal.section,
        goalMax: goal.thresholdMax,
        denominator: goal.denominator,
      };

      if (goal.kind === GoalKind.MIN_CRITERIA) {
        out.push(await this.minCriteria(goal, base, counted, year, districts, byDistrictOf(counted)));
        continue;
      }
      if (goal.kind === GoalKind.EVERY_DISTRICT_HAS) {
        const communesOf = byDistrictOf(units.filter((u) => u.level === AdminLevel.COMMUNE));
        const withCommunes = districts.filter((d) =>
          (communesOf.get(d.id) ?? []).some((u) => u.type === UnitType.COMMUNE),
        );
        const has = (d: AdminUnit) => (communesOf.get(d.id) ?? []).some((c) => reached(c, levels));
        const achieved = withCommunes.filter(has).length;
        out.push({
          ...base,
          goal: withCommunes.length,
          unitsCounted: withCommunes.length,
          achieved,
          inPipeline: withCommunes.filter((d) => !has(d) && (communesOf.get(d.id) ?? []).some(piped)).length,
          gap: goalGap(withCommunes.length, achieved),
          met: achieved >= withCommunes.length,
          byDistrict: byDistrict(has, withCommunes),
        });
        continue;
      }
      const achievedIds = new Set(counted.filter((u) => reached(u, levels)).map((u) => u.id));
      const achievedOf = (u: AdminUnit) => achievedIds.has(u.id);
      const achieved = achievedIds.size;
      const wanted = goalTarget(goal, goal.denominator ?? counted.length);
      out.push({
        ...base,
        goal: wanted,
        unitsCounted: counted.length,
        achieved,
        inPipeline: counted.filter((u) => !achievedOf(u) && piped(u)).length,
        gap: goalGap(wanted, achieved),
        met: achieved >= wanted,
        byDistrict: byDistrict(achievedOf),
      });
    }
    return { asOf, planId: plan.id, goals: out };
  }

  /** No commune under `threshold` criteria: judged on the evaluations of the date's year. */
  private async minCriteria(
    goal: PlanGoal,
    base: Omit<GoalProgress, 'goal' | 'unitsCounted' | 'achieved' | 'inPipeline' | 'gap' | 'met' | 'byDistrict'>,
    counted: AdminUnit[],
    year: number,
    districts: AdminUnit[],
    countedByDistrict: Map<number, AdminUnit[]>,
  ): Promise<GoalProgress> {
    const set = await this.criteria.setFor(AdminLevel.COMMUNE, goal.levels[0], year);
    const criteria = set ? await this.criteria.criteriaOf(set.id) : [];
    const counts = new Map(
      (
        await this.evaluations.metCounts(
          null,
          this.db.manager,
          criteria,
          year,
          counted.map((u) => u.id),
        )
      ).map((c) => [c.unit.id, c.metCount]),
    );
    const threshold = goal.threshold ?? 0;
    const evaluated = counted.filter((u) => counts.has(u.id));
    const below = evaluated.filter((u) => counts.get(u.id)! < threshold);
    return {
      ...base,
      goal: counted.length,
      unitsCounted: counted.length,
      achieved: evaluated.length - below.length,
      inPipeline: 0,
      gap: below.length,
      met: below.length === 0 && evaluated.length === counted.length,
      byDistrict: districts.map((d) => {
        const inside = countedByDistrict.get(d.id) ?? [];
        const ok = inside.filter((u) => counts.has(u.id) && counts.get(u.id)! >= threshold);
        return { districtId: d.id, unitsCounted: inside.length, achieved: ok.length, inPipeline: 0, targets: 0 };
      }),
    };
  }

  /**
   * Dossier steps due, as of a date: overdue ones (from the day after their date) and those due
   * within `within` days; with `all`, every step of every target, done or not.
   */
  async deadlines(ctx: RequestContext, args: DeadlinesArgs): Promise<DeadlineItem[]> {
    const { assignments } = requireUser(ctx);
    const em = this.db.manager;
    const plan = await this.plans.resolve();
    const rules = await this.plans.deadlineRules(plan.id);
    let scope: string | null = null;
    if (args.unitCode) {
      const unit = await ctx.loaders.unitByCode.load(args.unitCode);
      if (!unit) throw AppError.badInput({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
      scope = unit.path;
    }
    const targets = (await this.targets.allOfPlan(em, plan.id)).filter(
      (t) =>
        canReadUnit(assignments, t.unitPath) && (!scope || t.unitPath === scope || t.unitPath.startsWith(`${scope}/`)),
    );
    const recognitions = targets.length
      ? await em.find(Recognition, { where: { unitId: In([...new Set(targets.map((t) => t.unitId))]) } })
      : [];
    // Levels from the units, not from path lengths: a level may cease (districts, 2025).
    const units = await byIds(em, AdminUnit, [...new Set(targets.map((t) => t.unitId))]);
    const items: DeadlineItem[] = [];
    for (const target of targets) {
      const unitLevel = units.get(target.unitId)?.level ?? AdminLevel.COMMUNE;
      for (const rule of rulesFor(rules, target, unitLevel)) {
        let doneOn = stepTakenOn(target.steps, rule.step);
        if (rule.step === DossierStep.RECOGNISED && doneOn === null) {
          // A recognition entered on its own settles the deadline too.
          const r = recognitions
            .filter((x) => x.unitId === target.unitId && levelSatisfies(x.level, target.level))
            .map((x) => x.recognisedOn)
            .sort()[0];
          doneOn = r ?? null;
        }
        const state = deadlineState(rule.dueDate, doneOn, args.asOf, args.within);
        if (!args.all && state !== DeadlineState.OVERDUE && state !== DeadlineState.DUE_SOON) continue;
        items.push({
          target,
          step: rule.step,
          dueDate: rule.dueDate,
          doneOn: doneOn && doneOn <= args.asOf ? doneOn : null,
          state,
          daysLeft: daysBetween(args.asOf, rule.dueDate),
          note: rule.note,
        });
      }
    }
    return items.sort((a, b) =>
      a.dueDate === b.dueDate ? a.target.unitPath.localeCompare(b.target.unitPath) : a.dueDate < b.dueDate ? -1 : 1,
    );
  }

  /** Districts (with communes) none of whose communes holds an NTM recognition on the date. */
  async districtsWithoutNtmCommune(ctx: RequestContext, asOf: string = todayInVietnam()): Promise<AdminUnit[]> {
    const progress = await this.planProgress(ctx, asOf, undefined, GoalKind.EVERY_DISTRICT_HAS);
    const goal = progress.goals.find((g) => g.kind === GoalKind.EVERY_DISTRICT_HAS);
    if (!goal) return [];
    const { assignments } = requireUser(ctx);
    const ids = goal.byDistrict.filter((d) => d.unitsCounted > 0 && d.achieved === 0).map((d) => d.districtId);
    if (ids.length === 0) return [];
    const units = await this.db.manager.find(AdminUnit, { where: { id: In(ids) }, order: { code: 'ASC' } });
    return units.filter((u) => canReadUnit(assignments, u.path));
  }
}
