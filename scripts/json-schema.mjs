// Writes the JSON Schemas of Samsyn's data to dist/json-schema/, from the
// same zod schemas the built package uses, so a vendor's stack validates
// exactly as Samsyn does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { registry, toJSONSchema } from 'zod/mini';

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

/*
 * The descriptions the JSON Schemas carry for vendors, in English like their
 * code. They are added here, when the JSON Schemas are written, and not in
 * the zod schemas of the package: a page validates with those and never
 * shows these texts, so it does not download them.
 */
const count = 'A number of persons; null when the source already withholds it for confidentiality (shown as "..").';
const descriptions = {
  'sip-plan': (plan) => {
    const intervention = plan.shape.interventions._zod.def.innerType._zod.def.element;
    return [
      [
        plan,
        {
          title: 'SIP plan',
          description:
            'A coordinated individual plan (samordnad individuell plan, 2 kap. 7 § SoL, 16 kap. 4 § HSL) for one anonymous person.',
        },
      ],
      [plan.shape.id, { description: "The vendor's opaque reference to the plan; never a personal identity number." }],
      [
        plan.shape.lang._zod.def.innerType,
        { description: "The language the plan's texts are written in, as a language tag (sv, en, fi); Swedish when absent." },
      ],
      [
        plan.shape.step,
        { description: 'Where the plan is: need-identified, preparing, invited, meeting-held, following-up (repeated) or closed.' },
      ],
      // One principal and one agency schema serve every field that names one.
      [
        intervention.shape.principal,
        { description: 'The responsible principal: kommun (municipality), region, or other (an agency that is not a SIP principal).' },
      ],
      [
        intervention.shape.agency._zod.def.innerType,
        {
          description:
            'The organisation, from a fixed vocabulary; kommun-* agencies belong to the kommun, region-* to the region, other-agency to any.',
        },
      ],
      [
        plan.shape.nextFollowUp._zod.def.innerType,
        { description: 'When the plan is followed up next, and by whom (a role or an agency, never a name).' },
      ],
      [
        plan.shape.consent,
        { description: "The person's consent to the plan; it can be withdrawn. A date is required when given or withdrawn." },
      ],
    ];
  },
  'sip-overview': (overview) => {
    const point = overview.shape.points._zod.def.element;
    // The counts of a gender are the same schemas for both genders.
    const gender = point.shape.byGender._zod.def.innerType.shape.woman._zod.def.innerType;
    return [
      [
        overview,
        {
          title: 'SIP overview',
          description:
            "A kommun's SIP counts over time: plans drawn up, being drawn up, missing, unknown; the estimated need; by gender; obstacles.",
        },
      ],
      [overview.shape.points, { description: 'The counts per date or period, each with an ISO date, a period label, or both.' }],
      ...[point.shape.established, point.shape.inProgress, ...Object.values(gender.shape).map((s) => s._zod.def.innerType)].map(
        (schema) => [schema, { description: count }],
      ),
    ];
  },
};

export async function writeJsonSchemas(outDir = 'dist/json-schema') {
  const schema = await import(pathToFileURL(resolve('dist/schema.js')).href);
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [name, get] of Object.entries(targets)) {
    const zodSchema = get(schema);
    if (!zodSchema) continue;
    const metadata = registry();
    for (const [schema, meta] of descriptions[name]?.(zodSchema) ?? []) metadata.add(schema, meta);
    const json = toJSONSchema(zodSchema, { unrepresentable: 'any', io: 'input', metadata });
    json.$id = `urn:samsyn:schema:${name}`;
    json.title ??= name;
    writeFileSync(`${outDir}/${name}.json`, JSON.stringify(json, null, 2) + '\n');
    written.push(name);
  }
  return written;
}
