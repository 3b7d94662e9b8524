import { GoalKind } from '@ntm/shared';
import type { GoalProgress, PlanGoalFacts } from './api';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type FormatNumber = (value: number) => string;

/** The goal's figure as the plan states it: "154 xã/193 xã (80%)", "08–09 …/18 …", "60% số thôn…". */
export function planFigure(
  goal: GoalProgress,
  facts: PlanGoalFacts | undefined,
  t: Translate,
  n: FormatNumber,
): string {
  const unit = t(`unitWords.${goal.unitLevel}`);
  if (goal.kind === GoalKind.MIN_CRITERIA || goal.kind === GoalKind.EVERY_DISTRICT_HAS) {
    return t('progress.figureEvery', { goal: n(goal.goal), unit });
  }
  const share = facts?.sharePercent ?? null;
  const threshold = facts?.threshold ?? null;
  if (threshold === null && share !== null) {
    return t('progress.figureShare', {
      share: n(share),
      goal: n(goal.goal),
      counted: n(goal.unitsCounted),
      unit,
    });
  }
  const denominator = n(goal.denominator ?? goal.unitsCounted);
  if (goal.goalMax !== null) {
    return t('progress.figureRange', {
      goal: String(goal.goal).padStart(2, '0'),
      max: String(goal.goalMax).padStart(2, '0'),
      denominator,
      unit,
    });
  }
  return share !== null
    ? t('progress.figure', { goal: n(goal.goal), denominator, share: n(share), unit })
    : t('progress.figureCount', { goal: n(goal.goal), denominator, unit });
}

/** A short name for a goal, for the district table's headers. */
export function shortLabel(goal: GoalProgress, facts: PlanGoalFacts | undefined, t: Translate): string {
  const level = goal.levels.map((l) => t(`targetLevels.${l}`)).join(' / ');
  if (goal.kind === GoalKind.MIN_CRITERIA) {
    return t('progress.short.minCriteria', { threshold: facts?.threshold ?? '' });
  }
  if (goal.kind === GoalKind.EVERY_DISTRICT_HAS) return t('progress.short.everyDistrict', { level });
  const unit = t(`unitWords.${goal.unitLevel}`);
  return facts?.mountainousOnly
    ? t('progress.short.mountainous', { level, unit })
    : t('progress.short.units', { level, unit });
}

/** The number a district's cell is out of: the plan's targets there, or the units it counts. */
export function districtOutOf(goal: GoalProgress, row: GoalProgress['byDistrict'][number]): number {
  // A district-level goal counts the district itself (one unit), not the targets inside it.
  return goal.kind === GoalKind.UNITS_AT_LEVEL && goal.unitLevel !== 'DISTRICT' ? row.targets : row.unitsCounted;
}
