import type { AggregateResult } from '../../schema/aggregate-result.js';

/** Results that passed the schema: a report hands the same result to every chart, checked once. */
const valid = new WeakSet<object>();

/**
 * Marks a result as checked against the schema (or made by `aggregate()`), so that charts show it at once.
 * For the report, which has checked or computed the result it hands its charts.
 */
export function markValid(result: AggregateResult): void {
  valid.add(result);
}

export function isMarkedValid(result: object): boolean {
  return valid.has(result);
}

/** The main reason records were not counted, in the words the aggregation gave it. */
export function rejectionReason(rejected: AggregateResult['rejected']): string {
  const main = rejected.reasons[0];
  return main ? (main.message ?? main.reason) : '';
}
