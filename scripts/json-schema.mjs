// Writes the JSON Schemas of Samsyn's data to dist/json-schema/, from the
// same zod schemas the built package uses, so a vendor's stack validates
// exactly as Samsyn does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { toJSONSchema } from 'zod/mini';

/** File name → how to get the schema from the built `samsyn/schema` module. */
const targets = {
  definition: (s) => s.definitionSchema,
  record: (s) => s.recordSchema,
  'inventory-record': (s) => s.recordSchemaFor(s.inventoryDefinition),
  'sip-plan': (s) => s.sipPlanSchema,
  'sip-overview': (s) => s.sipOverviewSchema,
  'action-plan': (s) => s.actionPlanSchema,
  participation: (s) => s.participationSchema,
  'aggregate-result': (s) => s.aggregateResultSchema,
};

export async function writeJsonSchemas(outDir = 'dist/json-schema') {
  const schema = await import(pathToFileURL(resolve('dist/schema.js')).href);
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [name, get] of Object.entries(targets)) {
    const zodSchema = get(schema);
    if (!zodSchema) continue;
    const json = toJSONSchema(zodSchema, { unrepresentable: 'any', io: 'input' });
    json.$id = `urn:samsyn:schema:${name}`;
    json.title ??= name;
    writeFileSync(`${outDir}/${name}.json`, JSON.stringify(json, null, 2) + '\n');
    written.push(name);
  }
  return written;
}
