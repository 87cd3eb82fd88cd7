/**
 * The breakdowns a kommun publishes side by side (the report, the charts,
 * the SIP figures, the per-mille tables), which disclosure control protects
 * together whichever one a call asks for. Kept apart from the aggregation
 * code so that an element can check a `by` without loading it.
 */
export const LINKED_BREAKDOWNS: readonly string[] = ['gender', 'ageBand'];
