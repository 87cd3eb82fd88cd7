// Summaries of repeated measurements, as they are published: the median, and
// the spread as min–max over the runs (few runs, so no percentiles).

/** The median, min, max and number of runs of `samples`. */
export function summarize(samples) {
  if (samples.length === 0) throw new Error('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Rounds to `digits` significant digits, keeping integers above that whole. */
export function round(value, digits = 3) {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** Math.max(0, digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}

