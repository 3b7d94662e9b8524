import { TargetLevel, levelSatisfies } from './target-level';

/** What became of a recognition: kept, lapsed (criteria no longer met) or withdrawn. */
export enum RecognitionEnd {
  LAPSED = 'LAPSED',
  WITHDRAWN = 'WITHDRAWN',
}

export interface RecognitionFacts {
  level: TargetLevel;
  /** The date of the recognition decision. */
  recognisedOn: string;
  /** The first day it no longer holds (lapsed or withdrawn); null while it holds. */
  endedOn: string | null;
}

/** Does the recognition hold on `date` (ISO)? From its decision's day until the day it ended. */
export function recognitionHoldsOn(r: RecognitionFacts, date: string): boolean {
  return r.recognisedOn <= date && (r.endedOn === null || r.endedOn > date);
}

/**
 * Is the unit counted as having reached `level` on `date`: one of its recognitions at that level,
 * or a higher one of the same ladder, holds on that day.
 */
export function achievedOn(recognitions: readonly RecognitionFacts[], level: TargetLevel, date: string): boolean {
  return recognitions.some((r) => levelSatisfies(r.level, level) && recognitionHoldsOn(r, date));
}

/** The highest level of the NTM ladder that holds on `date`, or null. */
export function highestLevelOn(recognitions: readonly RecognitionFacts[], date: string): TargetLevel | null {
  for (const level of [TargetLevel.MODEL, TargetLevel.ADVANCED, TargetLevel.NTM]) {
    if (achievedOn(recognitions, level, date)) return level;
  }
  return null;
}
