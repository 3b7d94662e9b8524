import { FundingSource, isCounterpart, isUpperBudget } from './funding';
import { nextDay } from '../dates/iso-date';
import { type Dong, addYears, ratio, shareOf, sumDong } from './money';

export interface DisbursementFacts {
  source: FundingSource;
  /** ISO date the money was paid. */
  date: string;
  amount: Dong;
  /** The year of the capital it spends (2024 capital, 2023 carry-over…). */
  capitalYear: number;
}

export interface AllocationFacts {
  source: FundingSource;
  year: number;
  amount: Dong;
}

/** Paid by the end of `asOf`. */
export function disbursedBy(
  disbursements: readonly DisbursementFacts[],
  asOf: string,
  filter: (d: DisbursementFacts) => boolean = () => true,
): Dong {
  return sumDong(disbursements.filter((d) => d.date <= asOf && filter(d)).map((d) => d.amount));
}

/** The disbursement rate: paid / allocated, or null when nothing is allocated. */
export function disbursementRate(allocated: Dong, disbursed: Dong): number | null {
  return ratio(disbursed, allocated);
}

/** A checkpoint of the plan: capital of some years must be paid to a share by a date. */
export interface CheckpointFacts {
  capitalYearFrom: number;
  capitalYearTo: number;
  dueDate: string;
  /** The share to reach, in thousandths (500 = 50%). */
  minSharePermille: number;
}

export enum CheckpointState {
  /** Reached (on or before the date). */
  MET = 'MET',
  /** Not reached yet, and the date has not passed. */
  PENDING = 'PENDING',
  /** The date has passed without reaching it. */
  MISSED = 'MISSED',
  /** No capital of those years is allocated. */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export interface CheckpointResult {
  state: CheckpointState;
  /** The amount the share asks for. */
  required: Dong;
  /** Paid by the checkpoint's date, or by asOf if that is earlier. */
  disbursed: Dong;
  /** How much is missing (0 when met). */
  shortBy: Dong;
}

const coveredBy = (c: CheckpointFacts) => (year: number) => year >= c.capitalYearFrom && year <= c.capitalYearTo;

/**
 * Where capital stands against a checkpoint on `asOf`: money paid on the checkpoint's date counts;
 * it is missed from the day after, and not before.
 */
export function checkpointStatus(
  checkpoint: CheckpointFacts,
  allocations: readonly AllocationFacts[],
  disbursements: readonly DisbursementFacts[],
  asOf: string,
): CheckpointResult {
  const covers = coveredBy(checkpoint);
  const allocated = sumDong(allocations.filter((a) => covers(a.year)).map((a) => a.amount));
  const upTo = asOf < checkpoint.dueDate ? asOf : checkpoint.dueDate;
  const disbursed = disbursedBy(disbursements, upTo, (d) => covers(d.capitalYear));
  const required = shareOf(allocated, checkpoint.minSharePermille);
  const shortBy = required > disbursed ? required - disbursed : 0n;
  if (allocated === 0n) return { state: CheckpointState.NOT_APPLICABLE, required, disbursed, shortBy: 0n };
  if (shortBy === 0n) return { state: CheckpointState.MET, required, disbursed, shortBy };
  return {
    state: asOf > checkpoint.dueDate ? CheckpointState.MISSED : CheckpointState.PENDING,
    required,
    disbursed,
    shortBy,
  };
}

/**
 * A reallocation candidate (section IV.7): capital of `year` with nothing paid by 30/06 of that
 * year is stopped by the Treasury and considered for moving elsewhere. Returns the amount, or
 * null when it is no candidate.
 */
export function zeroDisbursedAmount(
  allocations: readonly AllocationFacts[],
  disbursements: readonly DisbursementFacts[],
  year: number,
  checkDate = `${year}-06-30`,
): Dong | null {
  const allocated = sumDong(allocations.filter((a) => a.year === year).map((a) => a.amount));
  if (allocated === 0n) return null;
  return disbursedBy(disbursements, checkDate, (d) => d.capitalYear === year) === 0n ? allocated : null;
}

/**
 * The Treasury rule (section IV.9): central and provincial money paid to a project may not run
 * ahead of the counterpart put in by district and commune, in proportion to the agreed shares:
 *   upperPaid / upperAgreed <= counterpartPaid / counterpartAgreed.
 * Checked in whole numbers. A project with no counterpart agreed is not held back.
 */
export function treasuryAllows(
  allocations: readonly AllocationFacts[],
  disbursements: readonly DisbursementFacts[],
): boolean {
  const upperAgreed = sumDong(allocations.filter((a) => isUpperBudget(a.source)).map((a) => a.amount));
  const counterAgreed = sumDong(allocations.filter((a) => isCounterpart(a.source)).map((a) => a.amount));
  if (counterAgreed === 0n || upperAgreed === 0n) return true;
  const upperPaid = sumDong(disbursements.filter((d) => isUpperBudget(d.source)).map((d) => d.amount));
  const counterPaid = sumDong(disbursements.filter((d) => isCounterpart(d.source)).map((d) => d.amount));
  return upperPaid * counterAgreed <= counterPaid * upperAgreed;
}

/** The most upper-budget money the Treasury would pay now, given the counterpart paid. */
export function treasuryRoom(
  allocations: readonly AllocationFacts[],
  disbursements: readonly DisbursementFacts[],
): Dong | null {
  const upperAgreed = sumDong(allocations.filter((a) => isUpperBudget(a.source)).map((a) => a.amount));
  const counterAgreed = sumDong(allocations.filter((a) => isCounterpart(a.source)).map((a) => a.amount));
  if (counterAgreed === 0n || upperAgreed === 0n) return null;
  const upperPaid = sumDong(disbursements.filter((d) => isUpperBudget(d.source)).map((d) => d.amount));
  const counterPaid = sumDong(disbursements.filter((d) => isCounterpart(d.source)).map((d) => d.amount));
  const room = (counterPaid * upperAgreed) / counterAgreed - upperPaid;
  return room > 0n ? room : 0n;
}

/** How many years after its capital's allocation an unsettled project's upper share turns to local debt. */
export const DEBT_AFTER_YEARS = 3;

/**
 * Is the project local debt on `asOf` (section IV.9): more than three years past the allocation
 * of its capital without an approved final settlement. Three years to the day is not yet debt.
 */
export function isLocalDebt(
  capitalAllocatedOn: string | null,
  settlementApprovedOn: string | null,
  asOf: string,
): boolean {
  if (!capitalAllocatedOn) return false;
  if (settlementApprovedOn && settlementApprovedOn <= asOf) return false;
  return asOf >= localDebtFrom(capitalAllocatedOn);
}

/** The first day an unsettled project is local debt: the day after three years to the day. */
export function localDebtFrom(capitalAllocatedOn: string): string {
  return nextDay(addYears(capitalAllocatedOn, DEBT_AFTER_YEARS));
}

/** The upper-budget share that becomes the local budget's: agreed but not paid. */
export function localDebtAmount(
  allocations: readonly AllocationFacts[],
  disbursements: readonly DisbursementFacts[],
): Dong {
  const agreed = sumDong(allocations.filter((a) => isUpperBudget(a.source)).map((a) => a.amount));
  const paid = sumDong(disbursements.filter((d) => isUpperBudget(d.source)).map((d) => d.amount));
  return agreed > paid ? agreed - paid : 0n;
}
