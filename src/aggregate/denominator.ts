import type { Population } from '../schema/aggregate-result.js';
import { isObject } from '../schema/locale.js';

/** The sum of a population's groups, or undefined where there are none or they are not all numbers. */
function sum(groups: unknown): number | undefined {
  if (!isObject(groups)) return undefined;
  const figures = Object.values(groups);
  return figures.length && figures.every((x) => typeof x === 'number') ? figures.reduce((a, b) => a + b, 0) : undefined;
}

/** A population (or one option's) with its total the sum of its groups, where it has groups. */
function summed<T>(population: T): T {
  const total = isObject(population) ? sum(population.groups) : undefined;
  return total === undefined ? population : { ...population, total };
}

/**
 * One denominator for every per-mille figure of a report: where the
 * population is given by age band, the total of everyone (and of women and
 * of men) is the sum of those bands. A total typed beside the bands (all
 * ages, or another year) would otherwise make the "all" row of one table
 * and the bands of another divide by different people.
 *
 * Anything that is not a population's shape goes on as it came (a value
 * that is not an object, groups that are not all numbers), for
 * `aggregate()` to refuse with its message.
 */
export function oneDenominator(population: Population): Population;
export function oneDenominator(population: Population | undefined): Population | undefined;
export function oneDenominator(population: Population | undefined): Population | undefined {
  if (!isObject(population)) return population;
  const byOption = population.byOption;
  return summed({
    ...population,
    ...(isObject(byOption)
      ? {
          byOption: Object.fromEntries(
            Object.entries(byOption).map(([question, options]) => [
              question,
              isObject(options) ? Object.fromEntries(Object.entries(options).map(([code, p]) => [code, summed(p)])) : options,
            ]),
          ),
        }
      : {}),
  });
}
