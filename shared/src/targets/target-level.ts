/** The standard a unit aims for or has reached (the plan's "đạt chuẩn …"). */
export enum TargetLevel {
  /** Xã / huyện đạt chuẩn nông thôn mới. */
  NTM = 'NTM',
  /** NTM nâng cao. */
  ADVANCED = 'ADVANCED',
  /** Xã NTM kiểu mẫu. */
  MODEL = 'MODEL',
  /** Thôn NTM kiểu mẫu. */
  MODEL_VILLAGE = 'MODEL_VILLAGE',
  /** Thị xã, thành phố hoàn thành nhiệm vụ xây dựng NTM. */
  TASK_COMPLETED = 'TASK_COMPLETED',
}

export const TARGET_LEVELS: readonly TargetLevel[] = Object.values(TargetLevel);

/** How a target came about: a new standard, keeping one, re-checking one, or a supported village. */
export enum TargetKind {
  /** Phấn đấu đạt chuẩn: reach the level. */
  NEW = 'NEW',
  /** Duy trì, nâng chuẩn: keep it under the new criteria. */
  MAINTAIN = 'MAINTAIN',
  /** Rà soát: recognised in 2021 or earlier, re-checked under the 2022-2025 criteria. */
  REVIEW = 'REVIEW',
  /** Thôn đã hỗ trợ nguồn lực nhưng chưa đạt chuẩn (Appendix II, column 14). */
  SUPPORTED = 'SUPPORTED',
}

/** The NTM ladder of communes and districts: a higher level is also every level below it. */
const LADDER: Partial<Record<TargetLevel, number>> = {
  [TargetLevel.NTM]: 1,
  [TargetLevel.ADVANCED]: 2,
  [TargetLevel.MODEL]: 3,
};

/**
 * Does a unit recognised at `reached` count for `wanted`? An advanced commune is an NTM commune;
 * a model commune is both. Model villages and completed tasks stand alone.
 */
export function levelSatisfies(reached: TargetLevel, wanted: TargetLevel): boolean {
  if (reached === wanted) return true;
  const a = LADDER[reached];
  const b = LADDER[wanted];
  return a !== undefined && b !== undefined && a >= b;
}

/** Vietnamese names of the levels, as the plan writes them. */
export const TARGET_LEVEL_NAMES: Record<TargetLevel, string> = {
  [TargetLevel.NTM]: 'Đạt chuẩn NTM',
  [TargetLevel.ADVANCED]: 'NTM nâng cao',
  [TargetLevel.MODEL]: 'NTM kiểu mẫu',
  [TargetLevel.MODEL_VILLAGE]: 'Thôn NTM kiểu mẫu',
  [TargetLevel.TASK_COMPLETED]: 'Hoàn thành nhiệm vụ xây dựng NTM',
};
