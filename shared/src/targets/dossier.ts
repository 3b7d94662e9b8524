/** A step of a recognition dossier (hồ sơ đề nghị công nhận) on its way up. */
export enum DossierStep {
  /** Cấp xã trình cấp huyện. */
  COMMUNE_TO_DISTRICT = 'COMMUNE_TO_DISTRICT',
  /** Cấp huyện trình tỉnh. */
  DISTRICT_TO_PROVINCE = 'DISTRICT_TO_PROVINCE',
  /** Tỉnh trình Trung ương (district-level targets). */
  PROVINCE_TO_CENTRAL = 'PROVINCE_TO_CENTRAL',
  /** Công nhận đạt chuẩn. */
  RECOGNISED = 'RECOGNISED',
  /** Trả hồ sơ (returned, e.g. criteria not met, residents' satisfaction low). */
  RETURNED = 'RETURNED',
}

/** Where a dossier stands. */
export enum DossierStatus {
  NOT_STARTED = 'NOT_STARTED',
  AT_DISTRICT = 'AT_DISTRICT',
  AT_PROVINCE = 'AT_PROVINCE',
  AT_CENTRAL = 'AT_CENTRAL',
  RECOGNISED = 'RECOGNISED',
  RETURNED = 'RETURNED',
}

const STATUS_AFTER: Record<DossierStep, DossierStatus> = {
  [DossierStep.COMMUNE_TO_DISTRICT]: DossierStatus.AT_DISTRICT,
  [DossierStep.DISTRICT_TO_PROVINCE]: DossierStatus.AT_PROVINCE,
  [DossierStep.PROVINCE_TO_CENTRAL]: DossierStatus.AT_CENTRAL,
  [DossierStep.RECOGNISED]: DossierStatus.RECOGNISED,
  [DossierStep.RETURNED]: DossierStatus.RETURNED,
};

/** The order steps happen in, for steps recorded on the same day. */
const ORDER: Record<DossierStep, number> = {
  [DossierStep.COMMUNE_TO_DISTRICT]: 1,
  [DossierStep.DISTRICT_TO_PROVINCE]: 2,
  [DossierStep.PROVINCE_TO_CENTRAL]: 3,
  [DossierStep.RECOGNISED]: 4,
  [DossierStep.RETURNED]: 4,
};

export interface DossierStepFacts {
  step: DossierStep;
  /** ISO date the step was taken. */
  date: string;
}

/** Where the dossier stood at the end of `date`: after the last step taken by then. */
export function dossierStatusOn(steps: readonly DossierStepFacts[], date: string): DossierStatus {
  const taken = steps
    .filter((s) => s.date <= date)
    .sort((a, b) => (a.date === b.date ? ORDER[a.step] - ORDER[b.step] : a.date < b.date ? -1 : 1));
  const last = taken.at(-1);
  return last ? STATUS_AFTER[last.step] : DossierStatus.NOT_STARTED;
}

/** On its way up: sent by the commune and neither recognised nor returned. */
export function isInPipeline(status: DossierStatus): boolean {
  return (
    status === DossierStatus.AT_DISTRICT || status === DossierStatus.AT_PROVINCE || status === DossierStatus.AT_CENTRAL
  );
}

/** The day a step was first taken, or null. */
export function stepTakenOn(steps: readonly DossierStepFacts[], step: DossierStep): string | null {
  const dates = steps
    .filter((s) => s.step === step)
    .map((s) => s.date)
    .sort();
  return dates[0] ?? null;
}

/**
 * Residents' satisfaction (section IV.10: no recognition when it is low). Recognition is refused
 * below the plan's minimum; an unknown rate does not block the record, it is simply not known.
 */
export function satisfactionAllows(percent: number | null, minimumPercent: number): boolean {
  return percent === null || percent >= minimumPercent;
}
