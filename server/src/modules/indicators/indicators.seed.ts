import type { Database } from '../../db/database';
import { readPlanSeed } from '../plan/plan.seed';
import { Indicator } from './indicator.entity';

type IndicatorSeed = Omit<Indicator, 'id' | 'version' | 'sortOrder'>;

/** The indicators of section II.7 with their targets, entered once; those there are left alone. */
export async function seedIndicators(
  db: Database,
  seed: { indicators?: Partial<IndicatorSeed>[] } = readPlanSeed() as never,
): Promise<number> {
  const rows = seed.indicators ?? [];
  return db.transaction(async (em) => {
    const there = new Set((await em.find(Indicator, { select: { key: true } })).map((i) => i.key));
    const fresh = rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => !there.has(r.key!))
      .map(({ r, i }) =>
        em.create(Indicator, {
          key: r.key!,
          name: r.name!,
          nameEn: r.nameEn!,
          unit: r.unit!,
          direction: r.direction!,
          level: r.level!,
          rollUp: r.rollUp!,
          weightKey: r.weightKey ?? null,
          targetKind: r.targetKind ?? null,
          targetValue: r.targetValue ?? null,
          targetValueMax: r.targetValueMax ?? null,
          baselineYear: r.baselineYear ?? null,
          targetYear: r.targetYear ?? null,
          derived: r.derived ?? null,
          section: r.section ?? null,
          description: r.description!,
          sortOrder: i + 1,
          version: 1,
        }),
      );
    if (fresh.length) await em.insert(Indicator, fresh);
    return fresh.length;
  });
}
