import * as z from 'zod/mini';
import type { util } from 'zod/v4/core';
import { localizedTextSchema } from './text.js';

/**
 * Figures of other kommuner, the region or the nation in Kolada's shape
 * (the `values` of Kolada's API v2: one KPI, one municipality — `0000` is
 * the whole country — one period, and a value per gender: `T` everyone,
 * `K` women, `M` men). Kolada marks a figure it does not publish with a
 * `status` and a null `value`; such a figure is shown as `..`, never as 0.
 * `label` is Samsyn's addition, the name shown ("Riket", "Grannby kommun").
 */
export const koladaValueSchema = z.object({
  kpi: z.string().check(z.minLength(1)),
  municipality: z.string().check(z.minLength(1)),
  period: z.union([z.string(), z.number()]),
  label: z.optional(z.union([z.string(), localizedTextSchema])),
  values: z.array(
    z.object({
      gender: z.enum(['T', 'K', 'M']),
      count: z.optional(z.nullable(z.number())),
      status: z.optional(z.nullable(z.string())),
      value: z.nullable(z.number()),
    }),
  ),
});
export type KoladaValue = z.infer<typeof koladaValueSchema>;

export const koladaValuesSchema = z.array(koladaValueSchema);

/** Checks a list of Kolada values (as the API returns under `values`). Never throws. */
export function parseKoladaValues(input: unknown): util.SafeParseResult<KoladaValue[]> {
  return koladaValuesSchema.safeParse(input);
}

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
