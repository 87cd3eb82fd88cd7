// One published figure: what bench/results.json holds per key and what the
// printed table and bench/RESULTS.md show per row.
import { round } from './stats.mjs';

/**
 * A figure. `ratio` is always ours ÷ peer, so for times and sizes below 1
 * means Samsyn is smaller or faster. `spread` is the summary of repeated
 * runs ({ median, min, max, runs }) the value is the median of. Values are
 * kept to three significant digits, or to `decimals` places when given.
 *
 * @param {string} key
 * @param {{ label: string, value: number | null, unit: string, peer?: string, peerValue?: number | null,
 *   note?: string, spread?: { min: number, max: number, runs: number }, budget?: number, decimals?: number }} input
 */
export function figure(key, { label, value, unit, peer, peerValue, note, spread, budget, decimals }) {
  const keep = (v) => (decimals === undefined ? round(v) : Number(v.toFixed(decimals)));
  /** @type {Record<string, any>} */
  const f = { key, label, value: value === null ? null : keep(value), unit };
  if (spread) f.spread = { min: keep(spread.min), max: keep(spread.max), runs: spread.runs };
  if (budget !== undefined) f.budget = budget;
  if (peer) {
    f.peer = peer;
    f.peerValue = peerValue === null || peerValue === undefined ? null : keep(peerValue);
    if (typeof value === 'number' && typeof f.peerValue === 'number' && f.peerValue > 0) f.ratio = round(value / peerValue, 3);
  }
  if (note) f.note = note;
  return f;
}

/** A figure whose subject is not in the build yet: kept in the results, value null, with the reason. */
export function notBuiltYet(key, label, unit, what) {
  return figure(key, { label, value: null, unit, note: `not built yet: ${what}` });
}

const cell = (value, unit) => (value === null || value === undefined ? '–' : `${value} ${unit}`);

function spreadText(f) {
  return f.spread ? ` (${f.spread.min}–${f.spread.max}, n=${f.spread.runs})` : '';
}

/** The rows of the summary table: figure, ours (with spread), peer, ratio, note. */
export function tableRows(figures) {
  return figures.map((f) => [
    f.label,
    cell(f.value, f.unit) + (f.value === null ? '' : spreadText(f)),
    f.peer ? `${cell(f.peerValue, f.unit)} ${f.peer}` : '',
    f.ratio === undefined ? '' : `${f.ratio}×`,
    [f.budget !== undefined ? `budget ${f.budget} ${f.unit}` : '', f.note ?? ''].filter(Boolean).join('; '),
  ]);
}

/** A plain-text table with aligned columns, for the terminal. */
export function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A Markdown table; pipes in cells are escaped. */
export function markdownTable(header, rows) {
  const esc = (c) => String(c).replaceAll('|', '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
