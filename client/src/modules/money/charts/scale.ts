/**
 * The arithmetic of a bar chart, apart from drawing: a value axis with round ticks, the bands of
 * the categories, and reference labels kept apart. Pure functions, tested without a browser.
 */

export interface ValueAxis {
  min: number;
  max: number;
  /** The values that get a grid line and a label, from `min` up. */
  ticks: number[];
}

/** Decimals of a step such as 0.05 (2) or 250 (0): enough to print its multiples exactly. */
function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** Multiples of `step` from `from` to `to`, rounded so that 0.1 * 3 reads 0.3. */
function multiples(from: number, to: number, step: number): number[] {
  const digits = decimalsOf(step) + 1;
  const first = Math.ceil(from / step - 1e-9);
  const last = Math.floor(to / step + 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toFixed(digits)));
  return ticks;
}

/**
 * A round step (1, 2 or 5 times a power of ten) that cuts `span` into about `count` parts:
 * 443 in 5 -> 100, 26 in 5 -> 5, 0.3 in 5 -> 0.05.
 */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = Math.floor(Math.log10(raw));
  const unit = 10 ** power;
  const fraction = raw / unit;
  // Round to the nearest of 1, 2, 5 and 10 on a logarithmic scale.
  const factor = fraction >= Math.sqrt(50) ? 10 : fraction >= Math.sqrt(10) ? 5 : fraction >= Math.sqrt(2) ? 2 : 1;
  return Number((factor * unit).toPrecision(12));
}

/**
 * An axis that holds every value, stretched out to round ends: the values 0 to 443 get
 * 0, 100, … 500. Zero is always on it (bars start there); an empty or flat range gets 0 to 1.
 */
export function niceAxis(values: readonly number[], count = 5): ValueAxis {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo, count);
  lo = Math.floor(lo / step + 1e-9) * step;
  hi = Math.ceil(hi / step - 1e-9) * step;
  const ticks = multiples(lo, hi, step);
  return { min: ticks[0], max: ticks[ticks.length - 1], ticks };
}

/**
 * An axis with set ends (0 to 130, say) and round ticks inside them: 0, 20, … 120. The end
 * itself gets no label unless it falls on a tick.
 */
export function fixedAxis(min: number, max: number, count = 5): ValueAxis {
  const hi = max > min ? max : min + 1;
  return { min, max: hi, ticks: multiples(min, hi, niceStep(hi - min, count)) };
}

export interface Bands {
  /** Width given to each category, gaps included. */
  step: number;
  /** Width of what is drawn in a category (its bars). */
  width: number;
  /** Left edge of what is drawn in category `i`. */
  start(i: number): number;
  /** Middle of category `i`: where its label and tick go. */
  middle(i: number): number;
}

/**
 * `count` categories side by side from `from` to `to`, each drawing on `1 - gap` of its share,
 * centred in it.
 */
export function bands(count: number, from: number, to: number, gap = 0.3): Bands {
  const step = count > 0 ? Math.max(0, to - from) / count : 0;
  const width = step * (1 - gap);
  return {
    step,
    width,
    start: (i) => from + i * step + (step - width) / 2,
    middle: (i) => from + (i + 0.5) * step,
  };
}

/**
 * Vertical places for labels that want to sit at `wanted` (pixels, any order) at least `gap`
 * apart, moved as little as possible and kept within `top`..`bottom`. Returned in the order given.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => Math.min(bottom, Math.max(top, o.y)));
  // Downwards: each below the one above it; then upwards from the bottom edge if pushed past it.
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : placed[k + 1] - gap;
    placed[k] = Math.max(top, Math.min(placed[k], limit));
  }
  const result: number[] = new Array(wanted.length);
  order.forEach((o, k) => (result[o.i] = placed[k]));
  return result;
}
