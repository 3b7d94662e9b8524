import type { Database } from '../../db/database';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Plan } from '../plan/plan.entity';
import { type PlanSeed, readPlanSeed } from '../plan/plan.seed';
import { Allocation } from './allocation.entity';
import { Checkpoint } from './checkpoint.entity';
import { SupportNorm } from './support-norm.entity';

interface MoneySeed {
  allocations: {
    unitCode: string;
    note: string;
    rows: { source: Allocation['source']; year: number; amount: string }[];
  };
  checkpoints: {
    capitalYearFrom: number;
    capitalYearTo: number;
    dueDate: string;
    minSharePercent: number;
    note: string;
  }[];
  supportNorms: {
    key: string;
    basis: string;
    level: SupportNorm['level'];
    unitLevel: SupportNorm['unitLevel'];
    amount: string;
    perYear: boolean;
    sources: string[];
    capitalType?: string;
    description: string;
  }[];
}

/**
 * Section III's figures as the province's allocations, the disbursement checkpoints and the
 * support norms of the plan, each entered once (what is there already is left as it is). No
 * projects: those are the districts' and communes' to enter. Returns how many rows it added.
 */
export async function seedPlanMoney(
  db: Database,
  seed: PlanSeed & Partial<MoneySeed> = readPlanSeed(),
): Promise<number> {
  if (!seed.allocations || !seed.checkpoints || !seed.supportNorms) return 0;
  const money = seed as PlanSeed & MoneySeed;
  return db.transaction(async (em) => {
    const plan = await em.findOneBy(Plan, { code: money.plan.code });
    if (!plan) return 0;
    let added = 0;
    if ((await em.countBy(Checkpoint, { planId: plan.id })) === 0) {
      await em.insert(
        Checkpoint,
        money.checkpoints.map((c) => ({
          planId: plan.id,
          capitalYearFrom: c.capitalYearFrom,
          capitalYearTo: c.capitalYearTo,
          dueDate: c.dueDate,
          minSharePermille: Math.round(c.minSharePercent * 10),
          note: c.note,
          version: 1,
        })),
      );
      added += money.checkpoints.length;
    }
    if ((await em.countBy(SupportNorm, { planId: plan.id })) === 0) {
      await em.insert(
        SupportNorm,
        money.supportNorms.map((n) => ({
          planId: plan.id,
          key: n.key,
          basis: n.basis,
          level: n.level,
          unitLevel: n.unitLevel,
          amount: n.amount,
          perYear: n.perYear,
          sourceList: n.sources.join(','),
          capitalType: n.capitalType ?? null,
          description: n.description,
          version: 1,
        })),
      );
      added += money.supportNorms.length;
    }
    const unit = await em.findOneBy(AdminUnit, { code: money.allocations.unitCode });
    if (unit) {
      for (const row of money.allocations.rows) {
        const there = await em.findOneBy(Allocation, {
          unitId: unit.id,
          projectId: 0,
          year: row.year,
          source: row.source,
          capitalType: '',
        });
        if (there) continue;
        await em.insert(Allocation, {
          unitId: unit.id,
          unitPath: unit.path,
          projectId: 0,
          year: row.year,
          source: row.source,
          capitalType: '',
          amount: row.amount,
          note: money.allocations.note,
          version: 1,
        });
        added++;
      }
    }
    return added;
  });
}
