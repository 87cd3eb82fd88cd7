/**
 * `samsyn/aggregate`: records in, aggregated results out. Pure functions, no DOM.
 */
export {};
