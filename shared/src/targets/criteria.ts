/** A criterion ("2") or one of its indicators ("17.4") of a criteria set. */
export interface CriterionFacts {
  code: string;
  /** The criterion an indicator belongs to; null for a criterion. */
  parentCode: string | null;
}

/** A unit's evaluation of one criterion or indicator in a year. */
export interface EvaluationFacts {
  code: string;
  met: boolean;
}

/**
 * The criteria (not indicators) a unit meets: a criterion evaluated as a whole counts as it was
 * evaluated; one evaluated only through its indicators is met when every indicator of it is,
 * and at least one was evaluated.
 */
export function criteriaMet(criteria: readonly CriterionFacts[], evaluations: readonly EvaluationFacts[]): string[] {
  const byCode = new Map(evaluations.map((e) => [e.code, e.met]));
  const met: string[] = [];
  for (const c of criteria.filter((x) => x.parentCode === null)) {
    const own = byCode.get(c.code);
    if (own !== undefined) {
      if (own) met.push(c.code);
      continue;
    }
    const indicators = criteria.filter((x) => x.parentCode === c.code);
    const evaluated = indicators.filter((i) => byCode.has(i.code));
    if (evaluated.length > 0 && indicators.every((i) => byCode.get(i.code) === true)) met.push(c.code);
  }
  return met;
}

/** The criteria of a set not met (those evaluated as not met and those not evaluated). */
export function criteriaMissing(
  criteria: readonly CriterionFacts[],
  evaluations: readonly EvaluationFacts[],
): string[] {
  const met = new Set(criteriaMet(criteria, evaluations));
  return criteria.filter((c) => c.parentCode === null && !met.has(c.code)).map((c) => c.code);
}

/** Codes in reading order: "2" before "10", "17.4" before "17.11". */
export function compareCriterionCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
