/** What an indicator measures in. */
export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  KM = 'KM',
  COUNT = 'COUNT',
  /** Million đồng (income per head): a measure, not money the plan moves. */
  MILLION_VND = 'MILLION_VND',
  /** 1 (yes) or 0 (no), per unit: rolled up as the share of units that say yes. */
  YES_NO = 'YES_NO',
}

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

/** How the figures of the units below add up to a unit's. */
export enum RollUp {
  /** Kilometres, counts: added up. */
  SUM = 'SUM',
  /** Shares: the mean weighted by another indicator (population, households); never summed. */
  WEIGHTED_MEAN = 'WEIGHTED_MEAN',
  /** Plain mean of the units below. */
  MEAN = 'MEAN',
  /** Yes/no per unit: the percentage of units saying yes. */
  SHARE_OF_UNITS = 'SHARE_OF_UNITS',
}

/** What the plan asks of an indicator. */
export enum IndicatorTargetKind {
  /** At least the value (≥ 96%). */
  AT_LEAST = 'AT_LEAST',
  /** At most the value (no temporary houses: ≤ 0). */
  AT_MOST = 'AT_MOST',
  /** At least the value times the baseline year's figure (income ≥ 1.5 × 2020). */
  RATIO_TO_BASELINE = 'RATIO_TO_BASELINE',
  /** Down by at least the value each year (poor households: −0.3 points a year). */
  YEARLY_DECREASE = 'YEARLY_DECREASE',
}

export interface ValueFact {
  value: number;
  /** The weight for a weighted mean (the unit's population, households…); absent: 1. */
  weight?: number | null;
}

/**
 * A unit's figure from those of the units below it, by the indicator's rule; null when none of
 * them has one. A weighted mean without weights falls back to the plain mean, saying nothing false.
 */
export function rollUp(rule: RollUp, values: readonly ValueFact[]): number | null {
  if (values.length === 0) return null;
  switch (rule) {
    case RollUp.SUM:
      return values.reduce((s, v) => s + v.value, 0);
    case RollUp.MEAN:
      return values.reduce((s, v) => s + v.value, 0) / values.length;
    case RollUp.SHARE_OF_UNITS:
      return (100 * values.filter((v) => v.value > 0).length) / values.length;
    case RollUp.WEIGHTED_MEAN: {
      const weighted = values.filter((v) => v.weight !== null && v.weight !== undefined && v.weight > 0);
      if (weighted.length !== values.length) return rollUp(RollUp.MEAN, values);
      const total = weighted.reduce((s, v) => s + v.weight!, 0);
      return weighted.reduce((s, v) => s + v.value * v.weight!, 0) / total;
    }
  }
}

export interface IndicatorTargetFacts {
  kind: IndicatorTargetKind;
  value: number;
}

export interface TargetJudgement {
  /** The figure the target asks for in the year (for a ratio: value × baseline). */
  required: number | null;
  met: boolean | null;
  /** How far from it (in the indicator's unit, ≥ 0); null when it cannot be judged. */
  gap: number | null;
}

/** Rounds away the float noise of a computed figure (0.1 + 0.2). */
const clean = (n: number) => Math.round(n * 1e9) / 1e9;

/**
 * Judges a figure against the plan's target. A ratio needs the baseline's figure; a yearly
 * decrease needs the previous year's. Without them the target cannot be judged (null).
 */
export function judgeIndicator(
  target: IndicatorTargetFacts,
  value: number | null,
  baseline: number | null,
  previous: number | null,
): TargetJudgement {
  if (value === null) return { required: null, met: null, gap: null };
  switch (target.kind) {
    case IndicatorTargetKind.AT_LEAST:
      return { required: target.value, met: value >= target.value, gap: clean(Math.max(0, target.value - value)) };
    case IndicatorTargetKind.AT_MOST:
      return { required: target.value, met: value <= target.value, gap: clean(Math.max(0, value - target.value)) };
    case IndicatorTargetKind.RATIO_TO_BASELINE: {
      if (baseline === null) return { required: null, met: null, gap: null };
      const required = clean(target.value * baseline);
      return { required, met: value >= required, gap: clean(Math.max(0, required - value)) };
    }
    case IndicatorTargetKind.YEARLY_DECREASE: {
      if (previous === null) return { required: null, met: null, gap: null };
      const required = clean(previous - target.value);
      return { required, met: value <= required, gap: clean(Math.max(0, value - required)) };
    }
  }
}
