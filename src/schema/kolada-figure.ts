import type { KoladaValue } from './kolada.js';

// Reading a Kolada value without its schema: what a chart needs of it, and nothing of zod.

/** Kolada's municipality code of the whole country. */
export const KOLADA_NATION = '0000';

/**
 * One gender's figure of a Kolada value: the number, or null with `hidden`
 * when Kolada gave a status instead of a value (or no row for that gender).
 */
export function koladaFigure(value: KoladaValue, gender: 'T' | 'K' | 'M'): { value: number | null; hidden: boolean; status?: string } {
  const row = value.values.find((v) => v.gender === gender);
  if (!row || row.value === null || !Number.isFinite(row.value)) return { value: null, hidden: true, ...(row?.status ? { status: row.status } : {}) };
  return { value: row.value, hidden: false };
}
