import { inventoryDefinition } from '../definitions/inventory.js';
import { recordSchemaFor, type RecordParseResult, type RecordSchemaOptions } from './record.js';

/**
 * The safe-parse result of `input` as a record of the national inventory:
 * `{ success: true, data }` or `{ success: false, error }` with messages in
 * `options.locale` (Swedish by default). Never throws.
 */
export function parseInventoryRecord(input: unknown, options: RecordSchemaOptions = {}): RecordParseResult {
  return recordSchemaFor(inventoryDefinition, options).safeParse(input);
}
