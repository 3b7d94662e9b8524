import { In, type EntityManager } from 'typeorm';
import {
  AdminLevel,
  GoalKind,
  TargetKind,
  TargetLevel,
  type ValidationIssue,
  YEAR_MAX,
  isIsoDate,
  todayInVietnam,
  validateYear,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import type { Database } from '../../db/database';
import { byIds } from '../../db/lookups';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { DeadlineRule } from './deadline-rule.entity';
import { PlanGoal } from './plan-goal.entity';
import { Plan } from './plan.entity';
import type { DeadlineRuleRowInput, PlanGoalRowInput, PlanInput } from './plan.types';

const PLAN_SPEC = {
  entity: Plan,
  name: 'Plan',
  table: 'plan',
  columns: ['name', 'decision', 'startYear', 'endYear', 'minSatisfactionPermille', 'minSatisfactionNote'] as const,
  audited: [
    'code',
    'name',
    'decision',
    'provinceCode',
    'startYear',
    'endYear',
    'minSatisfactionPermille',
    'minSatisfactionNote',
  ] as const,
};
const GOAL_SPEC = {
  entity: PlanGoal,
  name: 'PlanGoal',
  table: 'plan_goal',
  columns: [
    'key',
    'kind',
    'unitLevel',
    'levelList',
    'threshold',
    'thresholdMax',
    'sharePercent',
    'denominator',
    'mountainousOnly',
    'section',
    'description',
  ] as const,
  audited: [
    'key',
    'kind',
    'unitLevel',
    'levelList',
    'threshold',
    'thresholdMax',
    'sharePercent',
    'denominator',
    'mountainousOnly',
    'section',
    'description',
  ] as const,
};
const RULE_SPEC = {
  entity: DeadlineRule,
  name: 'DeadlineRule',
  table: 'deadline_rule',
  columns: ['step', 'unitLevel', 'targetYear', 'kind', 'levelList', 'unitId', 'dueDate', 'section', 'note'] as const,
  audited: ['step', 'unitLevel', 'targetYear', 'kind', 'levelList', 'unitId', 'dueDate', 'section', 'note'] as const,
};

const within = (n: number | null | undefined, min: number, max: number) =>
  n === null || n === undefined || (Number.isInteger(n) && n >= min && n <= max);

/** Plans and their goals and deadline rules, as data. */
export class PlanService {
  constructor(
    private readonly db: Database,
    private readonly batch: BatchWriter,
  ) {}

  list(): Promise<Plan[]> {
    return this.db.manager.find(Plan, { order: { startYear: 'DESC' } });
  }

  /**
   * The plan named, or the one in force: the plan whose years hold today; else the latest one
   * already begun (its figures still count after its end); else the next to begin.
   */
  async resolve(code?: string | null, em: EntityManager = this.db.manager): Promise<Plan> {
    if (code) {
      const plan = await em.findOneBy(Plan, { code });
      if (!plan)
        throw AppError.badInput({ field: 'planCode', rule: 'notAllowed', params: { reason: `no plan ${code}` } });
      return plan;
    }
    const plans = await em.find(Plan, { order: { endYear: 'DESC', startYear: 'DESC' } });
    const year = Number(todayInVietnam().slice(0, 4));
    const plan =
      plans.find((p) => p.startYear <= year && year <= p.endYear) ??
      plans.find((p) => p.startYear <= year) ??
      plans.at(-1);
    if (!plan) throw AppError.notFound('Plan', 'in force');
    return plan;
  }

  async resolveById(id: number, em: EntityManager = this.db.manager): Promise<Plan> {
    const plan = await em.findOneBy(Plan, { id });
    if (!plan) throw AppError.notFound('Plan', String(id));
    return plan;
  }

  goals(planId: number): Promise<PlanGoal[]> {
    return this.db.manager.find(PlanGoal, { where: { planId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  deadlineRules(planId: number): Promise<DeadlineRule[]> {
    return this.db.manager.find(DeadlineRule, { where: { planId }, order: { dueDate: 'ASC', id: 'ASC' } });
  }

  /** Adds a plan or changes one (ADMIN): the next plan is entered here, not written as code. */
  async savePlan(ctx: RequestContext, input: PlanInput): Promise<Plan> {
    const issues: ValidationIssue[] = [];
    if (!/^[A-Z0-9-]{3,40}$/.test(input.code))
      issues.push({ field: 'input.code', rule: 'invalidFormat', params: { format: 'A-Z, 0-9 and -' } });
    if (!input.name.trim()) issues.push({ field: 'input.name', rule: 'required' });
    if (input.name.length > 300) issues.push({ field: 'input.name', rule: 'tooLong', params: { max: 300 } });
    const startIssue = validateYear(input.startYear, 'input.startYear');
    if (startIssue) issues.push(startIssue);
    if (!within(input.endYear, input.startYear, YEAR_MAX))
      issues.push({ field: 'input.endYear', rule: 'outOfRange', params: { min: input.startYear, max: YEAR_MAX } });
    if (!(input.minSatisfactionPercent >= 0 && input.minSatisfactionPercent <= 100))
      issues.push({ field: 'input.minSatisfactionPercent', rule: 'outOfRange', params: { min: 0, max: 100 } });
    if (issues.length) throw AppError.badInput(issues);
    return this.batch.run(async (em) => {
      const province = await em.findOneBy(AdminUnit, { code: input.provinceCode, level: AdminLevel.PROVINCE });
      if (!province)
        throw AppError.badInput({
          field: 'input.provinceCode',
          rule: 'notAllowed',
          params: { reason: 'not a province' },
        });
      const before = await em.findOneBy(Plan, { code: input.code });
      if (before && before.provinceCode !== input.provinceCode)
        throw AppError.badInput({
          field: 'input.provinceCode',
          rule: 'notAllowed',
          params: { reason: "a plan's province does not change" },
        });
      const after = em.create(Plan, {
        ...(before ?? { code: input.code, provinceCode: input.provinceCode, version: 1 }),
        name: input.name.trim(),
        decision: input.decision ?? null,
        startYear: input.startYear,
        endYear: input.endYear,
        minSatisfactionPermille: Math.round(input.minSatisfactionPercent * 10),
        minSatisfactionNote: input.minSatisfactionNote ?? before?.minSatisfactionNote ?? null,
      });
      const out = await this.batch.write(em, ctx, PLAN_SPEC, [
        {
          index: 0,
          key: input.code,
          before,
          after,
          unitPath: province.path,
          year: null,
          expectedVersion: before ? (input.version ?? null) : null,
        },
      ]);
      return out.rows[0]!;
    });
  }

  /** Adds, changes or removes goals of plans (ADMIN), all or nothing. */
  async saveGoals(ctx: RequestContext, rows: PlanGoalRowInput[]): Promise<PlanGoal[]> {
    return this.batch.run(async (em) => {
      const plans = await this.plansByCode(
        em,
        rows.map((r) => r.planCode),
      );
      const existing = await byIds(
        em,
        PlanGoal,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const planned: PlannedRow<PlanGoal>[] = rows.map((row, index) => {
        const plan = plans.get(row.planCode);
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `G${row.id}`, error: AppError.notFound('PlanGoal', String(row.id)) };
        const issues: ValidationIssue[] = [];
        if (!plan) issues.push({ field: 'planCode', rule: 'notAllowed', params: { reason: 'no such plan' } });
        if (!/^[A-Z0-9_]{3,60}$/.test(row.key))
          issues.push({ field: 'key', rule: 'invalidFormat', params: { format: 'A-Z, 0-9 and _' } });
        if (row.levels.length === 0) issues.push({ field: 'levels', rule: 'required' });
        if (!within(row.threshold, 0, 1_000_000))
          issues.push({ field: 'threshold', rule: 'outOfRange', params: { min: 0, max: 1_000_000 } });
        if (!within(row.sharePercent, 0, 100))
          issues.push({ field: 'sharePercent', rule: 'outOfRange', params: { min: 0, max: 100 } });
        if (!within(row.denominator, 1, 10_000_000))
          issues.push({ field: 'denominator', rule: 'outOfRange', params: { min: 1, max: 10_000_000 } });
        if (row.kind === GoalKind.UNITS_AT_LEVEL && row.threshold == null && row.sharePercent == null)
          issues.push({ field: 'threshold', rule: 'required' });
        if (!row.description.trim()) issues.push({ field: 'description', rule: 'required' });
        if (issues.length || !plan) return { index, key: row.key, error: AppError.badInput(issues) };
        const after = row.delete
          ? null
          : em.create(PlanGoal, {
              ...(before ?? { planId: plan.id, sortOrder: 1000 + index, version: 1 }),
              key: row.key,
              kind: row.kind,
              unitLevel: row.unitLevel,
              levelList: row.levels.join(','),
              threshold: row.threshold ?? null,
              thresholdMax: row.thresholdMax ?? null,
              sharePercent: row.sharePercent ?? null,
              denominator: row.denominator ?? null,
              mountainousOnly: row.mountainousOnly,
              section: row.section ?? null,
              description: row.description.trim(),
            });
        return {
          index,
          key: row.key,
          before,
          after,
          unitPath: plan.provinceCode,
          year: null,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      const out = await this.batch.write(em, ctx, GOAL_SPEC, planned);
      return out.rows.filter((g): g is PlanGoal => g !== null);
    });
  }

  /** Adds, changes or removes deadline rules (ADMIN): the province sets new dates every year. */
  async saveDeadlineRules(ctx: RequestContext, rows: DeadlineRuleRowInput[]): Promise<DeadlineRule[]> {
    return this.batch.run(async (em) => {
      const plans = await this.plansByCode(
        em,
        rows.map((r) => r.planCode),
      );
      const existing = await byIds(
        em,
        DeadlineRule,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const codes = rows.flatMap((r) => (r.unitCode ? [r.unitCode] : []));
      const units = new Map(
        (codes.length ? await em.find(AdminUnit, { where: { code: In(codes) } }) : []).map((u) => [u.code, u]),
      );
      const planned: PlannedRow<DeadlineRule>[] = rows.map((row, index) => {
        const plan = plans.get(row.planCode);
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `D${row.id}`, error: AppError.notFound('DeadlineRule', String(row.id)) };
        const issues: ValidationIssue[] = [];
        if (!plan) issues.push({ field: 'planCode', rule: 'notAllowed', params: { reason: 'no such plan' } });
        if (!isIsoDate(row.dueDate))
          issues.push({ field: 'dueDate', rule: 'invalidFormat', params: { format: 'date' } });
        const yearIssue = row.targetYear == null ? null : validateYear(row.targetYear, 'targetYear');
        if (yearIssue) issues.push(yearIssue);
        const unit = row.unitCode ? units.get(row.unitCode) : undefined;
        if (row.unitCode && (!unit || unit.level !== row.unitLevel))
          issues.push({
            field: 'unitCode',
            rule: 'notAllowed',
            params: { reason: `no ${row.unitLevel.toLowerCase()} unit ${row.unitCode}` },
          });
        if (row.kind && !Object.values(TargetKind).includes(row.kind))
          issues.push({ field: 'kind', rule: 'notAllowed' });
        if (row.levels.some((l) => !Object.values(TargetLevel).includes(l)))
          issues.push({ field: 'levels', rule: 'notAllowed' });
        if (row.note && row.note.length > 500) issues.push({ field: 'note', rule: 'tooLong', params: { max: 500 } });
        if (issues.length || !plan) return { index, key: `D${row.id ?? index}`, error: AppError.badInput(issues) };
        const after = row.delete
          ? null
          : em.create(DeadlineRule, {
              ...(before ?? { planId: plan.id, version: 1 }),
              step: row.step,
              unitLevel: row.unitLevel,
              targetYear: row.targetYear ?? null,
              kind: row.kind ?? null,
              levelList: row.levels.join(','),
              unitId: unit?.id ?? null,
              dueDate: row.dueDate,
              section: row.section ?? null,
              note: row.note ?? null,
            });
        return {
          index,
          key: `${row.step}/${row.unitLevel}/${row.targetYear ?? '*'}/${row.dueDate}`,
          before,
          after,
          unitPath: plan.provinceCode,
          year: null,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      const out = await this.batch.write(em, ctx, RULE_SPEC, planned);
      return out.rows.filter((r): r is DeadlineRule => r !== null);
    });
  }

  private async plansByCode(em: EntityManager, codes: string[]): Promise<Map<string, Plan>> {
    const rows = codes.length ? await em.find(Plan, { where: { code: In([...new Set(codes)]) } }) : [];
    return new Map(rows.map((p) => [p.code, p]));
  }
}
