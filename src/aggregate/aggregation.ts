/**
 * What the elements fetch of `samsyn/aggregate` when they first count,
 * compare or export figures: the functions alone. The API's entry
 * (`index.ts`) also brings every language and the synthetic records, which
 * a page in Swedish showing figures never needs; one module here keeps the
 * four in one part of the build (`chunks/aggregation-*.js`).
 */
export { aggregate } from './aggregate.js';
export { compare } from './compare.js';
export { trend } from './trend.js';
export { toCsv } from './csv.js';
