/** How a goal of the plan is measured. */
export enum GoalKind {
  /** At least `threshold` units at the level (or `sharePercent` of the denominator). */
  UNITS_AT_LEVEL = 'UNITS_AT_LEVEL',
  /** No commune meets fewer than `threshold` criteria. */
  MIN_CRITERIA = 'MIN_CRITERIA',
  /** Every district-level unit has at least one commune at the level. */
  EVERY_DISTRICT_HAS = 'EVERY_DISTRICT_HAS',
}

export interface GoalFacts {
  /** A stated count ("154 xã"); null when the goal is a share only. */
  threshold: number | null;
  /** A share of the denominator ("60% số thôn"); null when the goal is a count. */
  sharePercent: number | null;
}

/**
 * The number of units the goal asks for, given its denominator: the stated count when there is
 * one (the plan's own figure wins), else the share of the denominator, rounded up.
 */
export function goalTarget(goal: GoalFacts, denominator: number): number {
  if (goal.threshold !== null) return goal.threshold;
  if (goal.sharePercent === null) return 0;
  return Math.ceil((goal.sharePercent * denominator) / 100 - 1e-9);
}

/** How many more units are needed (never negative). */
export function goalGap(target: number, achieved: number): number {
  return Math.max(0, target - achieved);
}
