/** Where a deadline stands on a date. */
export enum DeadlineState {
  DONE = 'DONE',
  DONE_LATE = 'DONE_LATE',
  OVERDUE = 'OVERDUE',
  DUE_SOON = 'DUE_SOON',
  UPCOMING = 'UPCOMING',
}

/** Whole days from `a` to `b` (ISO dates); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * A step due by `due` ("trước ngày 30/10/2024": on that day at the latest), done on `doneOn` or
 * not yet, seen on `asOf`: overdue from the day after its date, and not before; due soon within
 * `withinDays` days.
 */
export function deadlineState(due: string, doneOn: string | null, asOf: string, withinDays: number): DeadlineState {
  if (doneOn !== null && doneOn <= asOf) return doneOn <= due ? DeadlineState.DONE : DeadlineState.DONE_LATE;
  if (asOf > due) return DeadlineState.OVERDUE;
  return daysBetween(asOf, due) <= withinDays ? DeadlineState.DUE_SOON : DeadlineState.UPCOMING;
}
