/**
 * Statistics and histogram bins of number questions ("tid i insats" with
 * means per age band, seed 003).
 */

/** Mean, median, min and max of values sorted ascending; null for none. */
export function describe(sorted: Float64Array): { mean: number | null; median: number | null; min: number | null; max: number | null } {
  const n = sorted.length;
  if (n === 0) return { mean: null, median: null, min: null, max: null };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const mid = n >> 1;
  const median = n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { mean: zeroSigned(sum / n), median: zeroSigned(median), min: zeroSigned(sorted[0]), max: zeroSigned(sorted[n - 1]) };
}

/** -0 as 0: an answer of -0 is 0, and a database stores it so; the figures are the same whichever counted them. */
const zeroSigned = (x: number): number => x + 0;

/**
 * `describe()` of values given once each with how many answers they stand
 * for (a database's counts): the same figures, the sum taken in the same
 * order as `describe()` takes it over every answer, so equal to the last bit.
 */
export function describeCounted(values: Float64Array, counts: Float64Array): ReturnType<typeof describe> {
  const order = Array.from(values.keys())
    .filter((i) => counts[i] > 0)
    .sort((a, b) => values[a] - values[b]);
  let n = 0;
  for (const i of order) n += counts[i];
  if (n === 0) return { mean: null, median: null, min: null, max: null };
  let sum = 0;
  for (const i of order) for (let k = counts[i], v = values[i]; k > 0; k--) sum += v;
  const at = (position: number) => {
    let seen = 0;
    for (const i of order) if ((seen += counts[i]) > position) return values[i];
    return NaN;
  };
  const mid = n >> 1;
  const median = n % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return { mean: zeroSigned(sum / n), median: zeroSigned(median), min: zeroSigned(values[order[0]]), max: zeroSigned(values[order[order.length - 1]]) };
}

export interface Bins {
  start: number;
  step: number;
  count: number;
  integer: boolean;
}

/** Rounds away the floating-point noise of `start + i × step` (0.30000000000000004). */
const tidy = (x: number) => Number(x.toPrecision(12));

/** The "nice" step at least `raw`: 1, 2 or 5 times a power of ten. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return tidy(m * power);
  return tidy(10 * power);
}

/**
 * Bins for values from `low` to `high`: one per value for whole numbers
 * spanning at most 15 values, otherwise about ten of a nice width (whole
 * widths for whole numbers), starting at a multiple of the width. Bins are
 * [from, to), the last one also holding its upper bound.
 */
export function chooseBins(low: number, high: number, integer: boolean): Bins {
  const range = high - low;
  if (integer && range < 15) return { start: low, step: 1, count: range + 1, integer };
  if (range === 0) return { start: low, step: 1, count: 1, integer };
  let step = niceStep(range / 10);
  if (integer) step = Math.max(1, Math.round(step));
  const start = tidy(Math.floor(low / step) * step);
  const count = integer ? Math.floor((high - start) / step) + 1 : Math.max(1, Math.ceil(tidy((high - start) / step)));
  return { start, step, count, integer };
}

/** The bin a value falls in. */
export function binOf(bins: Bins, value: number): number {
  const i = Math.floor(tidy((value - bins.start) / bins.step));
  return i < 0 ? 0 : i >= bins.count ? bins.count - 1 : i;
}

export function binBounds(bins: Bins, i: number): { from: number; to: number } {
  return { from: tidy(bins.start + i * bins.step), to: tidy(bins.start + (i + 1) * bins.step) };
}

const formats = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** "5" for a one-value bin, "0–4" for whole numbers, "0–<5" otherwise. */
export function binLabel(bins: Bins, i: number): { sv: string; en: string } {
  const { from, to } = binBounds(bins, i);
  const label = (f: Intl.NumberFormat) => {
    if (bins.integer) return bins.step === 1 ? f.format(from) : `${f.format(from)}–${f.format(to - 1)}`;
    return i === bins.count - 1 ? `${f.format(from)}–${f.format(to)}` : `${f.format(from)}–<${f.format(to)}`;
  };
  return { sv: label(formats.sv), en: label(formats.en) };
}
