import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { AdminLevel, type DossierStep, GoalKind, TargetKind, TargetLevel, foldVietnamese } from '@ntm/shared';
import type { Database } from '../../db/database';
import { CriteriaSet } from '../criteria/criteria-set.entity';
import { Criterion } from '../criteria/criterion.entity';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Target } from '../targets/target.entity';
import { DeadlineRule } from './deadline-rule.entity';
import { PlanGoal } from './plan-goal.entity';
import { Plan } from './plan.entity';
import { UnitAlias } from './unit-alias.entity';

const SEED_FILE = path.resolve(__dirname, '..', '..', '..', 'seed-data', 'plan-quang-nam-2024-2025.json');

interface NamedTargets {
  level: TargetLevel;
  year: number;
  section: string;
  kind?: TargetKind;
  names: string[];
  note?: string;
  deadlines?: Partial<Record<DossierStep, string>>;
}

export interface PlanSeed {
  source: string;
  plan: {
    code: string;
    name: string;
    decision: string;
    provinceCode: string;
    startYear: number;
    endYear: number;
    minSatisfactionPercent: number;
    minSatisfactionNote: string;
  };
  aliases: { name: string; code: string; note: string }[];
  communeTargets: NamedTargets[];
  districtTargets: NamedTargets[];
  deadlineRules: {
    section: string;
    unitLevel: AdminLevel;
    kind: TargetKind | null;
    targetYear: number | null;
    levels: TargetLevel[];
    step: DossierStep;
    dueDate: string;
    note: string;
  }[];
  goals: {
    key: string;
    kind: GoalKind;
    unitLevel: AdminLevel;
    levels: TargetLevel[];
    threshold?: number;
    thresholdMax?: number;
    sharePercent?: number;
    denominator?: number;
    mountainousOnly?: boolean;
    section: string;
    description: string;
  }[];
  criteriaSets: {
    key: string;
    name: string;
    decision: string | null;
    unitLevel: AdminLevel;
    level: TargetLevel;
    fromYear: number;
    toYear: number | null;
    criteria: [string, string][];
    indicators?: [string, string][];
  }[];
}

export function readPlanSeed(): PlanSeed {
  return JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')) as PlanSeed;
}

/** "xã Ba" -> "Ba": the plan sometimes writes the type word before a name. */
function withoutTypeWord(name: string): string {
  return name.replace(/^(xã|phường|thị trấn|huyện|thị xã|thành phố)\s+/i, '').trim();
}

/**
 * Finds the unit a name of the plan means, among the units of a level in the province: the
 * catalogue's name exactly, else an alias the seed declares for a spelling of the plan. Anything
 * else is an error naming the candidates: the seed never guesses.
 */
export function resolvePlanName(
  name: string,
  units: readonly AdminUnit[],
  aliases: ReadonlyMap<string, string>,
): { unit: AdminUnit; alias: boolean } {
  const wanted = withoutTypeWord(name);
  const exact = units.filter((u) => u.shortName === wanted || u.name === wanted);
  if (exact.length === 1) return { unit: exact[0], alias: false };
  const aliased = aliases.get(wanted);
  if (exact.length === 0 && aliased) {
    const unit = units.find((u) => u.code === aliased);
    if (unit) return { unit, alias: true };
  }
  const folded = foldVietnamese(wanted).replace(/\s+/g, '');
  const near = units.filter((u) => foldVietnamese(u.shortName).replace(/\s+/g, '') === folded);
  const candidates = (exact.length > 1 ? exact : near).map((u) => `${u.code} ${u.name}`).join(', ') || 'none';
  throw new Error(
    `plan name "${name}" does not resolve to exactly one unit (candidates: ${candidates}); declare an alias in the seed`,
  );
}

/**
 * Enters this plan's facts (section II and IV.4) once: the plan, its criteria sets, goals,
 * deadline rules and every named target resolved to its GSO code, the plan's own spelling kept
 * as an alias. A plan already there is left as it is (staff may have edited it). Fails, writing
 * nothing, on any name that does not resolve to exactly one unit.
 */
export async function seedPlan(db: Database, seed: PlanSeed = readPlanSeed()): Promise<number> {
  return db.transaction(async (em) => {
    if (await em.findOneBy(Plan, { code: seed.plan.code })) return 0;
    const province = await em.findOneBy(AdminUnit, { code: seed.plan.provinceCode });
    if (!province)
      throw new Error(`plan ${seed.plan.code}: province ${seed.plan.provinceCode} is not in the hierarchy`);

    const plan = await em.save(
      em.create(Plan, {
        code: seed.plan.code,
        name: seed.plan.name,
        decision: seed.plan.decision,
        provinceCode: seed.plan.provinceCode,
        startYear: seed.plan.startYear,
        endYear: seed.plan.endYear,
        minSatisfactionPermille: Math.round(seed.plan.minSatisfactionPercent * 10),
        minSatisfactionNote: seed.plan.minSatisfactionNote,
        version: 1,
      }),
    );
    await seedCriteria(em, seed);

    const inProvince = async (level: AdminLevel) =>
      (await em.find(AdminUnit, { where: { level } })).filter(
        (u) => u.path.startsWith(`${province.path}/`) && u.validTo === null,
      );
    const aliases = new Map(seed.aliases.map((a) => [a.name, a.code]));
    const units = {
      [AdminLevel.COMMUNE]: await inProvince(AdminLevel.COMMUNE),
      [AdminLevel.DISTRICT]: await inProvince(AdminLevel.DISTRICT),
    };

    const targets: Target[] = [];
    const unitRules: DeadlineRule[] = [];
    const aliasRows = new Map<string, UnitAlias>();
    for (const [unitLevel, lists] of [
      [AdminLevel.COMMUNE, seed.communeTargets],
      [AdminLevel.DISTRICT, seed.districtTargets],
    ] as const) {
      for (const list of lists) {
        for (const name of list.names) {
          const { unit, alias } = resolvePlanName(name, units[unitLevel], aliases);
          if (alias) {
            const folded = foldVietnamese(withoutTypeWord(name));
            aliasRows.set(
              `${unit.id}|${folded}`,
              em.create(UnitAlias, {
                unitId: unit.id,
                alias: withoutTypeWord(name),
                foldedAlias: folded,
                source: seed.plan.code,
              }),
            );
          }
          targets.push(
            em.create(Target, {
              planId: plan.id,
              unitId: unit.id,
              unitPath: unit.path,
              level: list.level,
              year: list.year,
              kind: list.kind ?? TargetKind.NEW,
              section: list.section,
              planName: withoutTypeWord(name) === unit.shortName ? null : withoutTypeWord(name),
              note: list.note ?? null,
              satisfactionPermille: null,
              version: 1,
            }),
          );
          for (const [step, dueDate] of Object.entries(list.deadlines ?? {})) {
            unitRules.push(
              em.create(DeadlineRule, {
                planId: plan.id,
                step: step as DossierStep,
                unitLevel,
                targetYear: list.year,
                kind: list.kind ?? TargetKind.NEW,
                levelList: list.level,
                unitId: unit.id,
                dueDate,
                section: list.section,
                note: list.note ?? null,
                version: 1,
              }),
            );
          }
        }
      }
    }
    await em.insert(Target, targets);
    if (aliasRows.size > 0) await em.insert(UnitAlias, [...aliasRows.values()]);
    await em.insert(DeadlineRule, [
      ...seed.deadlineRules.map((r) =>
        em.create(DeadlineRule, {
          planId: plan.id,
          step: r.step,
          unitLevel: r.unitLevel,
          targetYear: r.targetYear,
          kind: r.kind,
          levelList: r.levels.join(','),
          unitId: null,
          dueDate: r.dueDate,
          section: r.section,
          note: r.note,
          version: 1,
        }),
      ),
      ...unitRules,
    ]);
    await em.insert(
      PlanGoal,
      seed.goals.map((g, i) =>
        em.create(PlanGoal, {
          planId: plan.id,
          key: g.key,
          kind: g.kind,
          unitLevel: g.unitLevel,
          levelList: g.levels.join(','),
          threshold: g.threshold ?? null,
          thresholdMax: g.thresholdMax ?? null,
          sharePercent: g.sharePercent ?? null,
          denominator: g.denominator ?? null,
          mountainousOnly: g.mountainousOnly ?? false,
          section: g.section,
          description: g.description,
          sortOrder: i + 1,
          version: 1,
        }),
      ),
    );
    return targets.length;
  });
}

async function seedCriteria(em: EntityManager, seed: PlanSeed): Promise<void> {
  for (const s of seed.criteriaSets) {
    if (await em.findOneBy(CriteriaSet, { key: s.key })) continue;
    const set = await em.save(
      em.create(CriteriaSet, {
        key: s.key,
        name: s.name,
        decision: s.decision,
        unitLevel: s.unitLevel,
        level: s.level,
        fromYear: s.fromYear,
        toYear: s.toYear,
        version: 1,
      }),
    );
    const rows = [
      ...s.criteria.map(([code, name]) => ({ code, name, parentCode: null })),
      ...(s.indicators ?? []).map(([code, name]) => ({ code, name, parentCode: code.split('.')[0] })),
    ];
    if (rows.length > 0)
      await em.insert(
        Criterion,
        rows.map((r) => em.create(Criterion, { setId: set.id, ...r, version: 1 })),
      );
  }
}
