import type { Population } from '../schema/aggregate-result.js';

const sum = (groups: Record<string, number>) => Object.values(groups).reduce((a, b) => a + b, 0);

/**
 * One denominator for every per-mille figure of a report: where the
 * population is given by age band, the total of everyone (and of women and
 * of men) is the sum of those bands. A total typed beside the bands (all
 * ages, or another year) would otherwise make the "all" row of one table
 * and the bands of another divide by different people.
 */
export function oneDenominator(population: Population): Population {
  const byOption = population.byOption
    ? Object.fromEntries(
        Object.entries(population.byOption).map(([question, options]) => [
          question,
          Object.fromEntries(
            Object.entries(options).map(([code, p]) => [code, p.groups && Object.keys(p.groups).length ? { ...p, total: sum(p.groups) } : p]),
          ),
        ]),
      )
    : undefined;
  const groups = population.groups;
  return {
    ...population,
    ...(groups && Object.keys(groups).length ? { total: sum(groups) } : {}),
    ...(byOption ? { byOption } : {}),
  };
}
