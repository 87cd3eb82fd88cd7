// @ts-check
// The demo's synthetic records: a few hundred for Norrviks kommun spread over
// its units (one unit has submitted nothing yet), a few dozen for Söderå.
import { randomUUID } from 'node:crypto';
import { generateRecords } from '../dist/aggregate.js';
import { inventoryDefinition } from '../dist/schema.js';
import { insertSql } from '../dist/sql.js';

/** Records per kommun and how they are spread over the kommun's units (weights; 0 = still due). */
export const SEED = {
  norrvik: { count: 320, seed: 2026, weights: [5, 3, 2, 2, 0] },
  sodera: { count: 36, seed: 2027, weights: [2, 1, 0] },
};

/**
 * Fills an empty store with the synthetic records of the kommuner in `access`
 * that SEED names; leaves a store that holds anything as it is.
 * @param {import('./store.mjs').Store} store
 * @param {import('./app.mjs').Access} access
 * @param {{ period?: string, table?: string }} [options]
 * @returns {Promise<number>} How many records were added.
 */
export async function seedIfEmpty(store, access, { period = String(new Date().getUTCFullYear()), table = 'samsyn_records' } = {}) {
  const [{ n }] = await store.query(`SELECT count(*) AS n FROM ${table}`);
  if (Number(n) > 0) return 0;
  let added = 0;
  await store.transaction(async (query) => {
    for (const [kommun, { count, seed, weights }] of Object.entries(SEED)) {
      const units = access.kommuner[kommun]?.units ?? [];
      if (!access.kommuner[kommun]) continue;
      const slots = units.flatMap((u, i) => Array(weights[i] ?? 1).fill(u.code));
      for (const [i, record] of generateRecords({ count, seed }).entries()) {
        const unit = slots.length ? slots[i % slots.length] : undefined;
        const { text, values } = insertSql(inventoryDefinition, unit ? { ...record, unit } : record, {
          dialect: store.dialect,
          table,
          kommun,
          period,
          id: randomUUID(),
        });
        await query(text, values);
        added++;
      }
    }
  });
  return added;
}
