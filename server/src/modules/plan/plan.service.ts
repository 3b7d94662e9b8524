import type { EntityManager } from 'typeorm';
import { todayInVietnam } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { Database } from '../../db/database';
import { DeadlineRule } from './deadline-rule.entity';
import { PlanGoal } from './plan-goal.entity';
import { Plan } from './plan.entity';

/** Plans and their goals and deadline rules, as data. */
export class PlanService {
  constructor(private readonly db: Database) {}

  list(): Promise<Plan[]> {
    return this.db.manager.find(Plan, { order: { startYear: 'DESC' } });
  }

  /**
   * The plan named, or the one in force: the plan whose years hold today, else the latest one
   * (its figures still count after its end).
   */
  async resolve(code?: string | null, em: EntityManager = this.db.manager): Promise<Plan> {
    if (code) {
      const plan = await em.findOneBy(Plan, { code });
      if (!plan) throw AppError.badInput({ field: 'planCode', rule: 'notAllowed', params: { reason: `no plan ${code}` } });
      return plan;
    }
    const plans = await em.find(Plan, { order: { endYear: 'DESC', startYear: 'DESC' } });
    const year = Number(todayInVietnam().slice(0, 4));
    const plan = plans.find((p) => p.startYear <= year && year <= p.endYear) ?? plans[0];
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
}
