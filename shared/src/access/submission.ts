import { isWithin } from './scope';

/**
 * A unit's data for a year climbs to the unit above: an editor submits it, an approver above
 * approves it (which locks it) or returns it for correction; an approver may reopen approved data.
 */
export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

export enum SubmissionAction {
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  REOPEN = 'REOPEN',
}

const TRANSITIONS: Record<SubmissionAction, { from: SubmissionStatus[]; to: SubmissionStatus }> = {
  [SubmissionAction.SUBMIT]: {
    from: [SubmissionStatus.DRAFT, SubmissionStatus.RETURNED],
    to: SubmissionStatus.SUBMITTED,
  },
  [SubmissionAction.APPROVE]: { from: [SubmissionStatus.SUBMITTED], to: SubmissionStatus.APPROVED },
  [SubmissionAction.RETURN]: { from: [SubmissionStatus.SUBMITTED], to: SubmissionStatus.RETURNED },
  [SubmissionAction.REOPEN]: { from: [SubmissionStatus.APPROVED], to: SubmissionStatus.RETURNED },
};

/** The status an action leads to, or null when the action is not possible from `current`. */
export function nextSubmissionStatus(current: SubmissionStatus, action: SubmissionAction): SubmissionStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(current) ? t.to : null;
}

export interface SubmissionState {
  unitPath: string;
  year: number;
  status: SubmissionStatus;
}

/**
 * Is the data of `unitPath` for `year` locked? It is when that unit's submission, or the one of a
 * unit above it, is approved: approving a district's report locks its communes' figures too.
 */
export function isLocked(submissions: readonly SubmissionState[], unitPath: string, year: number): boolean {
  return submissions.some(
    (s) => s.year === year && s.status === SubmissionStatus.APPROVED && isWithin(unitPath, s.unitPath),
  );
}
