import type { Population } from './aggregate-result.js';
import { toLocale, type Locale } from './text.js';

/** The age bands of the national inventory: what SCB's ages are summed into. */
export const INVENTORY_AGE_BANDS: ReadonlyArray<{ code: string; from: number; to: number }> = [
  { code: '18-24', from: 18, to: 24 },
  { code: '25-34', from: 25, to: 34 },
  { code: '35-44', from: 35, to: 44 },
  { code: '45-54', from: 45, to: 54 },
  { code: '55-64', from: 55, to: 64 },
  { code: '65-plus', from: 65, to: Infinity },
];

export interface ScbPopulationOptions {
  /** The region code to read (`2584`); required when the table has several regions. */
  region?: string;
  /** The period to read (`2025`); the latest in the table when absent. */
  period?: string;
  /** Language of the messages. Swedish by default. */
  locale?: Locale;
}

export type ScbPopulationResult =
  | { success: true; data: Population }
  | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };

const messages = {
  sv: {
    notTable: 'Filen är inte en tabell från SCB:s statistikdatabas (JSON med "columns" och "data" väntades).',
    column: (what: string) => `Tabellen saknar en kolumn för ${what}.`,
    regions: (list: string) => `Tabellen har flera regioner (${list}): ange vilken som ska läsas.`,
    noRegion: (region: string) => `Tabellen har inga uppgifter för region ${region}.`,
    age: (age: string) => `Åldern ”${age}” går inte att fördela på inventeringens åldersgrupper: hämta ettårsklasser från SCB.`,
    value: (value: string) => `Värdet ”${value}” är inte ett antal invånare.`,
    empty: 'Tabellen har inga invånare från 18 år för kvinnor och män.',
  },
  en: {
    notTable: 'The file is not a table from Statistics Sweden\'s database (JSON with "columns" and "data" expected).',
    column: (what: string) => `The table has no column for ${what}.`,
    regions: (list: string) => `The table has several regions (${list}): say which one to read.`,
    noRegion: (region: string) => `The table has no figures for region ${region}.`,
    age: (age: string) => `The age "${age}" cannot be split into the inventory's age bands: fetch single years of age from Statistics Sweden.`,
    value: (value: string) => `The value "${value}" is not a number of inhabitants.`,
    empty: 'The table has no inhabitants aged 18 or over for women and men.',
  },
};

interface ScbColumn {
  code: string;
  text?: string;
  type?: string;
}

/** The ages a label stands for: "34", "34 år", "100+", "20-24", "totalt". */
function agesOf(label: string): { from: number; to: number } | 'total' | undefined {
  const s = label.trim().toLowerCase();
  if (s === 'tot' || s.startsWith('totalt') || s === 'total') return 'total';
  let m = /^(\d+)\s*\+/.exec(s) ?? /^(\d+)\s*(?:år|years?)?\s*(?:och äldre|or older|-)$/.exec(s);
  if (m) return { from: Number(m[1]), to: Infinity };
  m = /^(\d+)\s*[-–]\s*(\d+)/.exec(s);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  m = /^(\d+)/.exec(s);
  if (m) return { from: Number(m[1]), to: Number(m[1]) };
  return undefined;
}

/** SCB's gender codes and labels: 1 men, 2 women (the `Kon` variable). */
function genderOf(code: string): 'woman' | 'man' | 'total' | undefined {
  const s = code.trim().toLowerCase();
  if (s === '2' || s === 'k' || s.startsWith('kvinn') || s.startsWith('wom')) return 'woman';
  if (s === '1' || s === 'm' || s.startsWith('män') || s === 'man' || s === 'men') return 'man';
  if (s === '1+2' || s.startsWith('tot')) return 'total';
  return undefined;
}

/**
 * Reads a population table from Statistics Sweden (SCB's statistical
 * database, PxWebApi's JSON: `columns` and `data` rows of `key` and
 * `values`), kommun × age × gender, into the `Population` the report's
 * per-mille figures use: inhabitants aged 18 and over summed into the
 * inventory's age bands, for women, men and everyone. Nobody types
 * population figures by hand. Never throws: a table it cannot read gives
 * `{ success: false, error: { issues } }` with a message saying what to
 * fetch instead.
 */
export function parseScbPopulation(input: unknown, options: ScbPopulationOptions = {}): ScbPopulationResult {
  const m = messages[toLocale(options.locale)];
  const fail = (message: string, path: PropertyKey[] = []): ScbPopulationResult => ({ success: false, error: { issues: [{ path, message }] } });
  const table = input as { columns?: unknown; data?: unknown } | null;
  if (typeof table !== 'object' || table === null || !Array.isArray(table.columns) || !Array.isArray(table.data)) return fail(m.notTable);
  const columns = table.columns as ScbColumn[];
  const find = (test: (c: ScbColumn) => boolean) => columns.findIndex((c) => typeof c?.code === 'string' && test(c));
  const regionAt = find((c) => /region/i.test(c.code) || /region/i.test(c.text ?? ''));
  const ageAt = find((c) => /^(alder|ålder|age)/i.test(c.code) || /^(ålder|age)/i.test(c.text ?? ''));
  const genderAt = find((c) => /^(kon|kön|sex)/i.test(c.code) || /^(kön|sex)/i.test(c.text ?? ''));
  const timeAt = find((c) => c.type === 't' || /^(tid|år|year|time)/i.test(c.code));
  if (ageAt < 0) return fail(m.column(toLocale(options.locale) === 'en' ? 'age' : 'ålder'), ['columns']);
  if (genderAt < 0) return fail(m.column(toLocale(options.locale) === 'en' ? 'sex' : 'kön'), ['columns']);

  const rows = (table.data as Array<{ key?: unknown; values?: unknown }>).filter((r) => Array.isArray(r?.key) && Array.isArray(r?.values));
  const keyOf = (r: { key?: unknown }, at: number) => String((r.key as unknown[])[at]);
  let region = options.region;
  if (regionAt >= 0) {
    const regions = [...new Set(rows.map((r) => keyOf(r, regionAt)))];
    if (region === undefined) {
      if (regions.length > 1) return fail(m.regions(regions.slice(0, 5).join(', ')), ['region']);
      region = regions[0];
    } else if (!regions.includes(region)) return fail(m.noRegion(region), ['region']);
  }
  let period = options.period;
  if (timeAt >= 0 && period === undefined) period = rows.map((r) => keyOf(r, timeAt)).sort().pop();

  const sums = { woman: new Map<string, number>(), man: new Map<string, number>() };
  for (const [i, r] of rows.entries()) {
    if (regionAt >= 0 && keyOf(r, regionAt) !== region) continue;
    if (timeAt >= 0 && keyOf(r, timeAt) !== period) continue;
    const gender = genderOf(keyOf(r, genderAt));
    if (gender !== 'woman' && gender !== 'man') continue;
    const ageLabel = keyOf(r, ageAt);
    const ages = agesOf(ageLabel);
    if (ages === 'total') continue;
    if (!ages) return fail(m.age(ageLabel), ['data', i, 'key']);
    if (ages.to < 18) continue;
    const band = INVENTORY_AGE_BANDS.find((b) => ages.from >= b.from && ages.to <= b.to);
    if (!band) return fail(m.age(ageLabel), ['data', i, 'key']);
    const raw = String((r.values as unknown[])[0]).replace(/\s/g, '');
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) {
      if (raw === '..' || raw === '-') continue;
      return fail(m.value(raw), ['data', i, 'values']);
    }
    sums[gender].set(band.code, (sums[gender].get(band.code) ?? 0) + n);
  }
  const positive = (map: Map<string, number>) => Object.fromEntries([...map].filter(([, n]) => n > 0));
  const women = positive(sums.woman);
  const men = positive(sums.man);
  const all = new Map<string, number>();
  for (const map of [sums.woman, sums.man]) for (const [k, n] of map) all.set(k, (all.get(k) ?? 0) + n);
  const total = [...all.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return fail(m.empty, ['data']);
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const side = (o: Record<string, number>) => (sum(o) > 0 ? { total: sum(o), groups: o } : {});
  return {
    success: true,
    data: {
      total,
      groups: positive(all),
      byOption: { gender: { woman: side(women), man: side(men) } },
    },
  };
}
