/**
 * Money is whole đồng. It travels as a decimal string ("726276000000") and is added up as a
 * BigInt, never as a float: national totals pass 2^53 đồng.
 */
export type Dong = bigint;

const DIGITS = /^-?\d{1,20}$/;

/** Whole đồng from a decimal string or a safe integer; null for anything else. */
export function toDong(value: unknown): Dong | null {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : null;
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  return null;
}

export function sumDong(values: Iterable<Dong>): Dong {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** part / whole as a number (0.5 for half), for display and comparisons; null when whole is 0. */
export function ratio(part: Dong, whole: Dong): number | null {
  if (whole === 0n) return null;
  // Six digits of precision without going through a float of the amounts themselves.
  return Number((part * 1_000_000n) / whole) / 1_000_000;
}

/** The least amount reaching `permille`/1000 of `whole`, rounded up to the đồng. */
export function shareOf(whole: Dong, permille: number): Dong {
  const p = BigInt(Math.round(permille));
  return (whole * p + 999n) / 1000n;
}

/** Adds whole years to an ISO date; 29/02 becomes 28/02 in a year without it. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = y + years;
  const last = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${target}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
