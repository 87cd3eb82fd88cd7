import { containsPersonalNumber } from '../schema/anonymity.js';

/** The longest unit code the record schema accepts (`unit` in `recordSchema`). */
const UNIT_MAX = 64;

/**
 * How many of a record's optional top-level keys `unit` and `formType` it
 * carries, each checked as the record schema checks it: `formType` is
 * `staff` or `interview`, `unit` a string of 1 to 64 characters that is no
 * personal identity number. -1 when one is present but the schema may refuse
 * it; the reader then declines and the schema says why. A key whose value is
 * `undefined` is not counted here, so the readers' key count no longer adds
 * up and the schema decides that record too.
 */
export function optionalKeys(record: { unit?: unknown; formType?: unknown }): number {
  let n = 0;
  const unit = record.unit;
  if (unit !== undefined) {
    if (typeof unit !== 'string' || unit.length < 1 || unit.length > UNIT_MAX || containsPersonalNumber(unit)) return -1;
    n++;
  }
  const formType = record.formType;
  if (formType !== undefined) {
    if (formType !== 'staff' && formType !== 'interview') return -1;
    n++;
  }
  return n;
}
