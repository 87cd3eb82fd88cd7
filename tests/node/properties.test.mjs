// Property-based tests (fast-check) of the built `samsyn/schema` and
// `samsyn/aggregate` entries, the way a vendor's server runs them: whatever
// arrives parses to a result without throwing, whatever the definition allows
// parses, no personal identity number gets through any free-text field, and
// the aggregates add up.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import * as schema from 'samsyn/schema';
import * as aggregateModule from 'samsyn/aggregate';

const {
  inventoryDefinition,
  extendDefinition,
  recordSchemaFor,
  parseInventoryRecord,
  questionsOf,
  optionsOf,
  isQuestionShown,
  containsPersonalNumber,
  definitionRef,
  DONT_KNOW,
} = schema;

const RUNS = Number(process.env.FC_RUNS ?? 100);

// ---------------------------------------------------------------------------
// Hostile input: anything a portal or another system may send.

/** Every `parse…` function `samsyn/schema` must have (one per kind of data a vendor sends). */
const REQUIRED_PARSERS = ['parseActionPlan', 'parseAggregateResult', 'parseInventoryRecord', 'parseParticipation', 'parseSipPlan'];
const parsers = Object.entries(schema).filter(([name, fn]) => /^parse[A-Z]/.test(name) && typeof fn === 'function');

/** JSON as it arrives over the wire, and JavaScript values a portal may hand over by mistake. */
const hostileInput = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  // Prototype-pollution keys, as JSON.parse produces them from a request body.
  fc.constantFrom(
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"definition":"national-inventory@1","answers":{"__proto__":{"polluted":true}}}',
    '{"definition":"national-inventory@1","answers":{"constructor":"woman","toString":"x","hasOwnProperty":1}}',
  ).map((text) => JSON.parse(text)),
);

/** Language settings a vendor may pass: the supported ones, a full tag taken from a request, and nonsense. */
const localeOption = fc.constantFrom(undefined, {}, { locale: 'sv' }, { locale: 'en' }, { locale: 'sv-SE' }, { locale: 'EN' }, { locale: 'de' });

function assertIsResult(result, name) {
  assert.equal(typeof result, 'object', `${name} returns an object`);
  assert.equal(typeof result.success, 'boolean', `${name} returns { success }`);
  if (!result.success) {
    assert.ok(Array.isArray(result.error?.issues) && result.error.issues.length > 0, `${name} names what is wrong`);
    for (const issue of result.error.issues) {
      assert.equal(typeof issue.message, 'string');
      assert.ok(issue.message.length > 0, `${name}: every issue has a message`);
      assert.ok(Array.isArray(issue.path), `${name}: every issue has a path`);
    }
  }
}

describe('every parse function, given anything', () => {
  test('samsyn/schema has a parse function for every kind of data', () => {
    const names = parsers.map(([name]) => name);
    for (const name of REQUIRED_PARSERS) assert.ok(names.includes(name), `samsyn/schema exports ${name}`);
  });

  for (const [name, parse] of parsers) {
    test(`${name} returns a result and never throws`, () => {
      fc.assert(
        fc.property(hostileInput, (input) => assertIsResult(parse(input), name)),
        { numRuns: RUNS * 2 },
      );
    });

    test(`${name} never throws whatever language option it is given`, () => {
      fc.assert(
        fc.property(hostileInput, localeOption, (input, options) => assertIsResult(parse(input, options), name)),
        { numRuns: RUNS },
      );
    });

    test(`${name} survives huge and deeply nested input`, () => {
      let deep = [];
      for (let i = 0; i < 10_000; i++) deep = [deep];
      let deepObject = {};
      for (let i = 0; i < 10_000; i++) deepObject = { answers: deepObject, definition: deepObject };
      const huge = 'x'.repeat(5_000_000);
      const many = Array.from({ length: 200_000 }, (_, i) => ({ id: i, text: huge.slice(0, 10) }));
      for (const input of [deep, deepObject, huge, many, { definition: huge, answers: { gender: huge } }]) {
        assertIsResult(parse(input), name);
      }
    });
  }

  test('parsing leaves Object.prototype alone', () => {
    for (const [, parse] of parsers) {
      parse(JSON.parse('{"__proto__":{"polluted":true},"answers":{"__proto__":{"polluted":true}}}'));
    }
    assert.equal({}.polluted, undefined);
    assert.equal(Object.prototype.polluted, undefined);
  });
});

// ---------------------------------------------------------------------------
// Valid records, generated from the definition.

const iso = (d) => d.toISOString().slice(0, 10);

/** One answer a question allows, of any kind: the arbitrary follows the question's own rules. */
export function answerArbitrary(q) {
  switch (q.kind) {
    case 'one':
      return fc.constantFrom(...optionsOf(q).map((o) => o.code));
    case 'many': {
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.code);
      const others = q.options.filter((o) => !o.exclusive).map((o) => o.code);
      const arbs = [];
      if (others.length) arbs.push(fc.subarray(others, { minLength: 1 }));
      if (exclusive.length) arbs.push(fc.constantFrom(...exclusive).map((code) => [code]));
      return fc.oneof(...arbs);
    }
    case 'number': {
      const min = q.min ?? -1e9;
      const max = q.max ?? 1e9;
      return q.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'text':
      // An empty text counts as unanswered, so a required one needs a character. A code point
      // is one or two UTF-16 units, and the limit counts units: half the limit always fits.
      return fc
        .string({ unit: 'binary', minLength: q.required ? 1 : 0, maxLength: Math.min(Math.floor(q.maxLength / 2), 300) })
        .filter((s) => !containsPersonalNumber(s));
    case 'date':
      return fc
        .date({ min: new Date(`${q.min ?? '1900-01-01'}T00:00:00Z`), max: new Date(`${q.max ?? '2100-12-31'}T00:00:00Z`), noInvalidDate: true })
        .map(iso);
    case 'scale': {
      const point = fc.integer({ min: 1, max: q.points ?? 5 });
      return q.dontKnow ? fc.oneof(point, fc.constant(DONT_KNOW)) : point;
    }
  }
  throw new Error(`No arbitrary for question kind ${q.kind}`);
}

/**
 * A record the definition allows: every question asked (its section's and
 * its own condition hold, given the answers so far, for the role) is
 * answered when required and perhaps when not; no other question is.
 */
export function recordArbitrary(def) {
  const questions = questionsOf(def).map(({ question }) => question);
  const candidates = fc.record(
    Object.fromEntries(questions.map((q) => [q.id, fc.record({ answer: fc.boolean(), value: answerArbitrary(q) })])),
  );
  const role = def.roles?.length ? fc.constantFrom(...def.roles.map((r) => r.id)) : fc.constant(undefined);
  return fc.tuple(candidates, role).map(([picked, roleId]) => {
    const answers = {};
    for (const q of questions) {
      if (!isQuestionShown(def, q.id, answers, roleId)) continue;
      const { answer, value } = picked[q.id];
      if (q.required || answer) answers[q.id] = value;
    }
    return { definition: definitionRef(def), ...(roleId ? { role: roleId } : {}), answers };
  });
}

/** The national inventory with questions a kommun adds of its own (Stockholm did): every kind, conditions on each. */
export const extendedDefinition = extendDefinition(inventoryDefinition, {
  id: 'kommun-inventory',
  version: '2',
  sections: [
    {
      id: 'kommun-own',
      after: 'background',
      title: { sv: 'Kommunens egna frågor', en: "The kommun's own questions" },
      questions: [
        { id: 'ownNotes', kind: 'text', maxLength: 400, multiline: true, label: { sv: 'Anteckningar', en: 'Notes' } },
        { id: 'yearsHere', kind: 'number', integer: true, min: 0, max: 100, required: true, label: { sv: 'År i kommunen', en: 'Years in the kommun' } },
        { id: 'hoursPerWeek', kind: 'number', min: 0, max: 168, label: { sv: 'Timmar per vecka', en: 'Hours per week' } },
        { id: 'lastContact', kind: 'date', min: '2010-01-01', max: '2030-12-31', label: { sv: 'Senaste kontakt', en: 'Last contact' } },
        {
          id: 'satisfaction',
          kind: 'scale',
          dontKnow: true,
          required: true,
          anchors: { low: { sv: 'Inte alls', en: 'Not at all' }, high: { sv: 'Helt', en: 'Fully' } },
          label: { sv: 'Nöjd med stödet', en: 'Satisfied with the support' },
        },
        {
          id: 'supportKinds',
          kind: 'many',
          options: [
            { code: 'home', label: { sv: 'Boendestöd', en: 'Housing support' } },
            { code: 'day', label: { sv: 'Dagverksamhet', en: 'Day activity' } },
            { code: 'none', label: { sv: 'Inget', en: 'None' }, exclusive: true },
          ],
          label: { sv: 'Stöd', en: 'Support' },
        },
        {
          id: 'homeSupportHours',
          kind: 'number',
          required: true,
          min: 0,
          when: { question: 'supportKinds', includes: ['home'] },
          label: { sv: 'Timmar boendestöd', en: 'Hours of housing support' },
        },
        {
          id: 'whyUnhappy',
          kind: 'text',
          maxLength: 200,
          required: true,
          when: { question: 'satisfaction', equals: [1, 2] },
          label: { sv: 'Varför inte nöjd?', en: 'Why not satisfied?' },
        },
      ],
    },
    {
      id: 'kommun-followup',
      when: { question: 'gender', equals: ['woman'] },
      title: { sv: 'Uppföljning', en: 'Follow-up' },
      questions: [{ id: 'followupNote', kind: 'text', maxLength: 100, label: { sv: 'Uppföljning', en: 'Follow-up' } }],
    },
  ],
  options: [{ question: 'housing', options: [{ code: 'kommun-housing', label: { sv: 'Kommunens boende', en: 'Kommun housing' } }] }],
});

describe('valid records generated from the definition', () => {
  test('every record the national inventory allows parses', () => {
    fc.assert(
      fc.property(recordArbitrary(inventoryDefinition), (record) => {
        const result = parseInventoryRecord(record);
        assert.ok(result.success, JSON.stringify(result.error?.issues));
      }),
      { numRuns: RUNS },
    );
  });

  test("every record a kommun's extended definition allows parses, in both languages", () => {
    const sv = recordSchemaFor(extendedDefinition);
    const en = recordSchemaFor(extendedDefinition, { locale: 'en' });
    fc.assert(
      fc.property(recordArbitrary(extendedDefinition), (record) => {
        const result = sv.safeParse(record);
        assert.ok(result.success, JSON.stringify(result.error?.issues));
        assert.ok(en.safeParse(record).success);
      }),
      { numRuns: RUNS },
    );
  });

  test('the generator reaches the conditional questions and exclusive options', () => {
    const seen = new Set();
    fc.assert(
      fc.property(recordArbitrary(extendedDefinition), (record) => {
        for (const [id, value] of Object.entries(record.answers)) {
          seen.add(id);
          if (Array.isArray(value) && value.length === 1) seen.add(`${id}=${value[0]}`);
        }
      }),
      { numRuns: RUNS },
    );
    for (const key of ['homeSupportHours', 'whyUnhappy', 'followupNote', 'occupationTypes', 'household=unknown', 'supportKinds=none']) {
      assert.ok(seen.has(key), `generated records include ${key}`);
    }
  });

  test('a record given to the wrong version of its definition does not parse', () => {
    fc.assert(
      fc.property(recordArbitrary(inventoryDefinition), fc.stringMatching(/^[2-9]$/), (record, version) => {
        assert.equal(parseInventoryRecord({ ...record, definition: `national-inventory@${version}` }).success, false);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});

// ---------------------------------------------------------------------------
// The anonymity guard: no personal identity or coordination number gets
// through any free-text field of any schema.

/** The check digit that makes YYMMDDNNN a valid personal identity number (Luhn). */
function checkDigit(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Valid personal identity numbers and coordination numbers (day + 60), in the four ways people write them. */
export const personalNumber = fc
  .record({
    date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
    serial: fc.integer({ min: 0, max: 999 }),
    coordination: fc.boolean(),
    format: fc.constantFrom('YYMMDD-NNNN', 'YYMMDD+NNNN', 'YYYYMMDDNNNN', 'YYYYMMDD-NNNN'),
  })
  .map(({ date, serial, coordination, format }) => {
    const [yyyy, mm, dd] = iso(date).split('-');
    const day = String(Number(dd) + (coordination ? 60 : 0)).padStart(2, '0');
    const nine = `${yyyy.slice(2)}${mm}${day}${String(serial).padStart(3, '0')}`;
    const last4 = `${nine.slice(6)}${checkDigit(nine)}`;
    const short = `${yyyy.slice(2)}${mm}${day}`;
    switch (format) {
      case 'YYMMDD-NNNN':
        return `${short}-${last4}`;
      case 'YYMMDD+NNNN':
        return `${short}+${last4}`;
      case 'YYYYMMDDNNNN':
        return `${yyyy}${mm}${day}${last4}`;
      default:
        return `${yyyy}${mm}${day}-${last4}`;
    }
  });

const notDigit = (s, at) => s.length === 0 || !/\d/.test(at(s));
/** A personal number inside ordinary text, as a caseworker would type it into a note. */
export const textWithPersonalNumber = fc
  .tuple(
    fc.string({ maxLength: 12 }).filter((s) => notDigit(s, (x) => x.at(-1))),
    personalNumber,
    fc.string({ maxLength: 12 }).filter((s) => notDigit(s, (x) => x[0])),
  )
  .map(([before, number, after]) => `${before}${number}${after}`);

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch', 'success']);

/** A string schema with no format and no pattern: text a person types. */
function isFreeText(s) {
  const def = s._zod.def;
  return (
    def.type === 'string' &&
    !def.format &&
    !(def.checks ?? []).some((c) => c._zod.def.check === 'string_format')
  );
}

/**
 * Every free-text field of `s`, walked together with an example value so
 * that arrays and unions are entered where the example has data: `covered`
 * lists paths to poke, `uncovered` the places the example gives no way into.
 */
export function freeTextFields(s, value, path = [], found = { covered: [], uncovered: [] }) {
  const def = s._zod.def;
  if (wrappers.has(def.type)) return freeTextFields(def.innerType, value, path, found);
  switch (def.type) {
    case 'pipe':
      return freeTextFields(def.in, value, path, found);
    case 'lazy':
      return freeTextFields(def.getter(), value, path, found);
    case 'string':
      if (isFreeText(s)) found.covered.push(path);
      return found;
    case 'object':
      for (const [key, sub] of Object.entries(def.shape)) freeTextFields(sub, value?.[key], [...path, key], found);
      return found;
    case 'array':
      if (Array.isArray(value) && value.length) value.forEach((v, i) => freeTextFields(def.element, v, [...path, i], found));
      else if (containsFreeText(def.element)) found.uncovered.push(path.join('.'));
      return found;
    case 'record':
      if (value && typeof value === 'object' && Object.keys(value).length) {
        for (const key of Object.keys(value)) freeTextFields(def.valueType, value[key], [...path, key], found);
      } else if (containsFreeText(def.valueType)) found.uncovered.push(`${path.join('.')}.*`);
      return found;
    case 'union': {
      if (value === undefined) {
        if (def.options.some(containsFreeText)) found.uncovered.push(path.join('.'));
        return found;
      }
      const option = def.options.find((o) => o.safeParse(value).success) ?? def.options[0];
      // A union with a free-text member takes a string wherever the example has another member's value.
      if (typeof value !== 'string' && def.options.some(isFreeText)) found.covered.push(path);
      return freeTextFields(option, value, path, found);
    }
    case 'intersection':
      freeTextFields(def.left, value, path, found);
      return freeTextFields(def.right, value, path, found);
    default:
      return found;
  }
}

function containsFreeText(s, depth = 0) {
  if (depth > 20) return false;
  const def = s._zod.def;
  if (wrappers.has(def.type)) return containsFreeText(def.innerType, depth + 1);
  switch (def.type) {
    case 'string':
      return isFreeText(s);
    case 'pipe':
      return containsFreeText(def.in, depth + 1);
    case 'lazy':
      return containsFreeText(def.getter(), depth + 1);
    case 'object':
      return Object.values(def.shape).some((sub) => containsFreeText(sub, depth + 1));
    case 'array':
      return containsFreeText(def.element, depth + 1);
    case 'record':
      return containsFreeText(def.valueType, depth + 1);
    case 'union':
      return def.options.some((o) => containsFreeText(o, depth + 1));
    case 'intersection':
      return containsFreeText(def.left, depth + 1) || containsFreeText(def.right, depth + 1);
    default:
      return false;
  }
}

function setAt(target, path, value) {
  const copy = structuredClone(target);
  let node = copy;
  for (let i = 0; i < path.length - 1; i++) {
    node[path[i]] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[path[i]];
  }
  node[path.at(-1)] = value;
  return copy;
}

const personalNumberMessage = { sv: /personnummer eller samordningsnummer/, en: /personal identity or coordination number/ };

/**
 * The schemas whose free-text fields a person fills in, each with a valid
 * example that has at least one entry in every list (so that every field is
 * reached) and the parse function a vendor calls.
 */
function guardedSchemas() {
  const withText = recordSchemaFor(extendedDefinition);
  const cases = [
    {
      name: "an inventory record of a kommun's definition with its own text questions",
      schema: withText,
      parse: (input, options) => recordSchemaFor(extendedDefinition, options).safeParse(input),
      example: {
        definition: definitionRef(extendedDefinition),
        answers: {
          gender: 'woman',
          ageBand: '25-34',
          household: ['alone'],
          yearsHere: 3,
          satisfaction: 1,
          whyUnhappy: 'Väntan',
          ownNotes: 'Ok',
          followupNote: 'Ok',
          psychiatryContact: 'unknown',
          cooperation: ['social-services'],
          sip: 'missing',
          housing: 'ordinary',
          education: 'unknown',
          occupationStatus: 'unknown',
          occupationDifficulty: 'unknown',
          income: ['unknown'],
          needPsychiatric: '9',
          healthCheck: 'unknown',
          healthProblems: 'unknown',
          dentalProblems: 'unknown',
          relativesSupport: 'unknown',
        },
      },
    },
    {
      name: 'a SIP plan',
      schema: schema.sipPlanSchema,
      parse: schema.parseSipPlan,
      example: {
        id: 'SIP-2015-17',
        step: 'following-up',
        needs: ['Eget boende'],
        goals: ['Bo i egen lägenhet'],
        interventions: [{ id: 'i1', text: 'Boendestöd', principal: 'kommun', agency: 'kommun-social-services' }],
        othersActions: [{ text: 'Arbetsträning', agency: 'employment-service' }],
        overallResponsibility: { principal: 'kommun', agency: 'kommun-social-services', role: 'Samordnare' },
        followUps: [{ date: '2015-03-01', by: 'Samordnare', note: 'Går enligt plan' }],
        nextFollowUp: { date: '2015-09-01', by: 'Samordnare' },
        consent: { status: 'given', date: '2015-01-10' },
        obstacles: ['Väntetid'],
      },
    },
    {
      name: 'SIP counts over time',
      schema: schema.sipOverviewSchema,
      parse: schema.parseSipOverview,
      example: {
        points: [
          {
            date: '2015-09-01',
            period: '2015',
            established: 941,
            inProgress: 160,
            missing: 10,
            unknown: 5,
            estimatedNeed: 1663,
            byGender: { woman: { established: 500 }, man: { established: 441 } },
            obstacles: [{ label: 'Samtycke saknas', count: 12 }],
          },
        ],
        source: 'Stadsdelsförvaltningarnas uppgifter',
      },
    },
    {
      name: 'an action plan',
      schema: schema.actionPlanSchema,
      parse: schema.parseActionPlan,
      example: {
        title: 'Handlingsplan 2015–2017',
        period: '2015–2017',
        areas: [{ code: 'own-area', label: { sv: 'Eget område', en: 'Own area' } }],
        rows: [
          {
            id: 'r1',
            area: 'housing',
            goal: 'Fler i eget boende',
            activity: 'Boendestöd',
            responsible: 'Enhetschef',
            deadline: '2016-12-31',
            schedule: 'Hösten 2016',
            followUpDate: '2017-01-15',
            status: 'ongoing',
            result: 'Påbörjat',
            target: { description: 'Minst 30 % i arbete', direction: 'at-least', value: 30, unit: 'percent', outcome: 16 },
          },
        ],
      },
    },
    {
      name: 'the views of user organisations',
      schema: schema.participationSchema,
      parse: schema.parseParticipation,
      example: {
        date: '2015-05-01',
        organisations: [{ id: 'o1', name: 'RSMH', representatives: 'Två företrädare' }],
        views: [{ id: 'v1', organisation: 'o1', text: 'Fler boendestödjare behövs', rows: ['r1'] }],
      },
    },
  ];
  return cases;
}

describe('the personal-number guard covers every free-text field of every schema', () => {
  test('every definition-independent schema a person fills in is checked here', () => {
    for (const name of ['sipPlanSchema', 'sipOverviewSchema', 'actionPlanSchema', 'participationSchema']) {
      assert.ok(schema[name]?._zod, `samsyn/schema exports ${name}`);
    }
  });

  for (const { name, schema: s, parse, example } of guardedSchemas()) {
    describe(name, () => {
      test('the example is valid and reaches every free-text field', () => {
        const result = parse(example);
        assert.ok(result.success, JSON.stringify(result.error?.issues));
        const { covered, uncovered } = freeTextFields(s, example);
        assert.deepEqual(uncovered, [], 'the example has an entry in every list that holds text');
        assert.ok(covered.length > 0, 'the schema has free-text fields');
      });

      for (const path of freeTextFields(s, example).covered) {
        test(`${path.join('.')} rejects a personal identity number, saying why`, (t) => {
          // A string the schema constrains otherwise (a role id, a code) is not free text.
          if (!parse(setAt(example, path, 'Anteckning om stödet')).success) {
            t.skip('not free text: ordinary prose is rejected here too');
            return;
          }
          for (const locale of ['sv', 'en']) {
            const result = parse(setAt(example, path, 'Anteckning 811218-9876'), { locale });
            assert.equal(result.success, false, `${path.join('.')} accepted 811218-9876`);
            const here = result.error.issues.filter((i) => i.path.join('.') === path.join('.'));
            assert.ok(
              here.some((i) => personalNumberMessage[locale].test(i.message)),
              `${path.join('.')} says it holds a personal number (${locale}); got: ${JSON.stringify(here.map((i) => i.message))}`,
            );
          }
          fc.assert(
            fc.property(textWithPersonalNumber, (text) => {
              assert.equal(parse(setAt(example, path, text)).success, false, `${path.join('.')} accepted ${JSON.stringify(text)}`);
            }),
            { numRuns: Math.ceil(RUNS / 4) },
          );
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------
// Aggregation, beyond what tests/node/aggregate-properties.test.mjs checks
// (primary suppression, shares, the CSV's counts, one relation solved at a
// time, a list cut in two): lists with broken records cut anywhere, and a
// reader who solves every published relation together.

const { aggregate, toCsv } = aggregateModule;

/** RFC 4180 with `;`: what a spreadsheet reads. */
export function readCsv(text, separator = ';') {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length) records.push([...record, field]);
  return records;
}

/** Records as a portal collects them: valid ones of either kind, and the odd broken one. */
const recordList = (def) =>
  fc.array(fc.oneof({ weight: 8, arbitrary: recordArbitrary(def) }, { weight: 1, arbitrary: hostileInput }), { maxLength: 60 });

/** Every count of a result, by a key naming the figure and its column. */
function countsOf(result) {
  const counts = new Map([['rejected', result.rejected.count]]);
  const put = (key, split) => {
    counts.set(`${key}|all`, split.all.count);
    for (const [g, figure] of Object.entries(split.groups)) counts.set(`${key}|${g}`, figure.count);
  };
  put('total', result.total);
  for (const r of result.rejected.reasons) counts.set(`rejected|${r.reason}|${r.question ?? ''}`, r.count);
  for (const q of result.questions) {
    put(`${q.id}|answered`, q.answered);
    put(`${q.id}|unanswered`, q.unanswered);
    for (const o of q.options ?? []) put(`${q.id}|${o.code}`, o.cells);
  }
  return counts;
}

function addCounts(maps) {
  const sum = new Map();
  for (const map of maps) for (const [key, n] of map) sum.set(key, (sum.get(key) ?? 0) + n);
  return sum;
}

/** Cuts `list` at the given fractions of its length into consecutive parts. */
function cut(list, fractions) {
  const at = [...new Set(fractions.map((f) => Math.floor(f * list.length)))].sort((a, b) => a - b);
  const parts = [];
  let from = 0;
  for (const to of [...at, list.length]) {
    parts.push(list.slice(from, to));
    from = to;
  }
  return parts;
}

describe('aggregating a list equals aggregating its parts and adding them up, broken records and their reasons included', () => {
  for (const [name, def, by] of [
    ['the national inventory', inventoryDefinition, undefined],
    ['the national inventory by gender', inventoryDefinition, 'gender'],
    ["a kommun's extended definition by age band", extendedDefinition, 'ageBand'],
  ]) {
    test(name, () => {
      fc.assert(
        fc.property(recordList(def), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), (records, fractions) => {
          const options = { definition: def, minCount: 1, ...(by ? { by } : {}) };
          const whole = countsOf(aggregate(records, options));
          const summed = addCounts(cut(records, fractions).map((part) => countsOf(aggregate(part, options))));
          for (const [key, n] of whole) assert.equal(summed.get(key) ?? 0, n, key);
          for (const [key, n] of summed) assert.equal(whole.get(key) ?? 0, n, key);
        }),
        { numRuns: Math.ceil(RUNS / 4) },
      );
    });
  }
});

/**
 * What a reader of a result can know for sure: the published counts and
 * the additive relations a table implies (a column's total is its rows; the
 * everyone column is the groups plus those without a group; those who
 * answered a single-choice question are its options; a required conditional
 * question is answered by those who chose its condition). Returns the
 * relations as lists of [figure, coefficient] that sum to zero.
 */
function publishedRelations(result, def) {
  const relations = [];
  const columns = ['all', ...result.groups.map((g) => g.code)];
  const withGroups = (key) => {
    // Everyone = the groups + those whose `by` answer is missing (never published).
    if (result.by) relations.push([[`${key}|all`, 1], ...result.groups.map((g) => [`${key}|${g.code}`, -1]), [`${key}|no-group`, -1]]);
  };
  withGroups('total');
  const byId = new Map(questionsOf(def).map(({ question }) => [question.id, question]));
  for (const q of result.questions) {
    const question = byId.get(q.id);
    for (const c of columns) relations.push([[`total|${c}`, 1], [`${q.id}|answered|${c}`, -1], [`${q.id}|unanswered|${c}`, -1]]);
    withGroups(`${q.id}|answered`);
    withGroups(`${q.id}|unanswered`);
    for (const o of q.options ?? []) withGroups(`${q.id}|${o.code}`);
    if (q.kind === 'one' || q.kind === 'scale') {
      for (const c of columns) relations.push([[`${q.id}|answered|${c}`, 1], ...q.options.map((o) => [`${q.id}|${o.code}|${c}`, -1])]);
    }
    if (q.histogram?.length) {
      q.histogram.forEach((_, i) => withGroups(`${q.id}|bin${i}`));
      for (const c of columns) relations.push([[`${q.id}|answered|${c}`, 1], ...q.histogram.map((_, i) => [`${q.id}|bin${i}|${c}`, -1])]);
    }
    const cond = question.when;
    const target = cond && byId.get(cond.question);
    const section = questionsOf(def).find(({ question: x }) => x.id === q.id).section;
    if (question.required && cond && !section.when && cond.equals && (target.kind === 'one' || target.kind === 'scale')) {
      for (const c of columns) relations.push([[`${q.id}|answered|${c}`, 1], ...cond.equals.map((code) => [`${cond.question}|${code}|${c}`, -1])]);
    }
  }
  if (result.by) {
    for (const g of result.groups) relations.push([[`total|${g.code}`, 1], [`${result.by}|${g.code}|all`, -1]]);
    relations.push([['total|no-group', 1], [`${result.by}|unanswered|all`, -1]]);
  }
  return relations;
}

/** Every figure of a result: its count, or undefined where it is hidden. */
function publishedFigures(result) {
  const figures = new Map();
  const put = (key, split) => {
    figures.set(`${key}|all`, split.all.suppressed ? undefined : split.all.count);
    for (const [g, f] of Object.entries(split.groups)) figures.set(`${key}|${g}`, f.suppressed ? undefined : f.count);
  };
  put('total', result.total);
  for (const q of result.questions) {
    put(`${q.id}|answered`, q.answered);
    put(`${q.id}|unanswered`, q.unanswered);
    for (const o of q.options ?? []) put(`${q.id}|${o.code}`, o.cells);
    (q.histogram ?? []).forEach((b, i) => put(`${q.id}|bin${i}`, b.cells));
  }
  return figures;
}

/**
 * The hidden figures a reader can work out exactly: reduces the relations
 * (known figures moved to the constant side) to row echelon form over the
 * hidden ones; a hidden figure is determined when a reduced relation holds
 * it alone.
 */
function determinedHidden(relations, figures) {
  const hidden = [...new Set(relations.flat().map(([key]) => key).filter((key) => figures.get(key) === undefined))];
  const column = new Map(hidden.map((key, i) => [key, i]));
  const rows = relations
    .map((terms) => {
      const row = new Array(hidden.length).fill(0);
      for (const [key, coefficient] of terms) if (column.has(key)) row[column.get(key)] += coefficient;
      return row;
    })
    .filter((row) => row.some((x) => x !== 0));
  let pivotRow = 0;
  const pivots = [];
  for (let col = 0; col < hidden.length && pivotRow < rows.length; col++) {
    const found = rows.findIndex((row, i) => i >= pivotRow && Math.abs(row[col]) > 1e-9);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found], rows[pivotRow]];
    const p = rows[pivotRow][col];
    rows[pivotRow] = rows[pivotRow].map((x) => x / p);
    for (let i = 0; i < rows.length; i++) {
      if (i === pivotRow || Math.abs(rows[i][col]) < 1e-9) continue;
      const f = rows[i][col];
      rows[i] = rows[i].map((x, j) => x - f * rows[pivotRow][j]);
    }
    pivots.push([pivotRow, col]);
    pivotRow++;
  }
  return pivots
    .filter(([r]) => rows[r].filter((x) => Math.abs(x) > 1e-9).length === 1)
    .map(([, col]) => hidden[col]);
}

/** Fails when a reader can work out a hidden count of 1 to minCount − 1 from `records` aggregated with these options. */
export function checkNothingRecoverable(records, def, by, minCount) {
  const options = { definition: def, ...(by ? { by } : {}) };
  const truth = publishedFigures(aggregate(records, { ...options, minCount: 1 }));
  const result = aggregate(records, { ...options, minCount });
  const figures = publishedFigures(result);
  const relations = publishedRelations(result, def);
  // The relations hold for the true figures, so the model of what a reader knows is right.
  const known = new Map(truth);
  // The never-published columns (records without a `by` answer) follow from the true figures.
  for (let changed = true; changed; ) {
    changed = false;
    for (const terms of relations) {
      const missing = terms.filter(([key]) => !known.has(key));
      if (missing.length !== 1) continue;
      const [key, c] = missing[0];
      known.set(key, -terms.filter(([k]) => k !== key).reduce((sum, [k, d]) => sum + d * known.get(k), 0) / c);
      changed = true;
    }
  }
  for (const terms of relations) {
    if (terms.every(([key]) => known.has(key))) assert.equal(terms.reduce((s, [key, c]) => s + c * known.get(key), 0), 0, JSON.stringify(terms));
  }
  for (const key of determinedHidden(relations, figures)) {
    const n = known.get(key);
    assert.ok(n === undefined || n === 0 || n >= minCount, `the hidden ${key} = ${n} follows from the published figures`);
  }
}

describe('no hidden count follows from the published figures, even solving every relation together', () => {
  test('a conditional question answered by two of three hidden options does not give the third away', () => {
    // Seven records: "Nöjd med stödet" 1, 1, 2, 3 and three "vet ej"; "Varför inte nöjd?" is required after 1 or 2.
    // Published: 7 answered, 3 "vet ej", 4 and 5 none, 3 answered the follow-up: so 3 = 7 − 3 − 3 = 1 person.
    const answers = {
      gender: 'woman',
      ageBand: '18-24',
      household: ['alone'],
      yearsHere: 1,
      psychiatryContact: 'unknown',
      cooperation: ['social-services'],
      sip: 'missing',
      housing: 'ordinary',
      education: 'unknown',
      occupationStatus: 'unknown',
      occupationDifficulty: 'unknown',
      income: ['unknown'],
      needPsychiatric: '9',
      healthCheck: 'unknown',
      healthProblems: 'unknown',
      dentalProblems: 'unknown',
      relativesSupport: 'unknown',
    };
    const records = [1, 1, 2, 3, DONT_KNOW, DONT_KNOW, DONT_KNOW].map((satisfaction) => ({
      definition: definitionRef(extendedDefinition),
      answers: { ...answers, satisfaction, ...(satisfaction === 1 || satisfaction === 2 ? { whyUnhappy: 'Väntan' } : {}) },
    }));
    checkNothingRecoverable(records, extendedDefinition, undefined, 3);
  });

  test('the reader model works out a count hidden alone beside its published total, and not two', () => {
    const relations = [[['t', 1], ['a', -1], ['b', -1], ['c', -1]]];
    assert.deepEqual(determinedHidden(relations, new Map([['t', 10], ['a', 7], ['b', undefined], ['c', 0]])), ['b']);
    assert.deepEqual(determinedHidden(relations, new Map([['t', 10], ['a', 7], ['b', undefined], ['c', undefined]])), []);
    // Two relations together pin a cell that neither pins alone.
    const crossed = [...relations, [['b', 1], ['c', -1], ['d', -1]]];
    assert.deepEqual(determinedHidden(crossed, new Map([['t', 10], ['a', 5], ['b', undefined], ['c', undefined], ['d', 3]])).sort(), ['b', 'c']);
  });

  for (const [name, def, by, minCount] of [
    ['the national inventory, minCount 5', inventoryDefinition, undefined, 5],
    ['the national inventory by gender, minCount 5', inventoryDefinition, 'gender', 5],
    ["a kommun's extended definition by age band, minCount 3", extendedDefinition, 'ageBand', 3],
  ]) {
    test(name, () => {
      fc.assert(
        fc.property(recordList(def), (records) => {
          checkNothingRecoverable(records, def, by, minCount);
        }),
        // Shrinking a list of records takes minutes; the first counterexample is reported as found.
        { numRuns: Math.ceil(RUNS / 4), endOnFailure: true },
      );
    });
  }
});

// ---------------------------------------------------------------------------
// CSV: what a spreadsheet gets.

/** Texts that a spreadsheet would run, or that break a naive CSV writer. */
const trickyText = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'=", "''+", '"', ';', ',', '=HYPERLINK("http://x","y")', '=cmd|\' /C calc\'!A0', ' '),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom('', ';', ',', '"', '\n', '\r\n', ' ', 'å'),
  )
  .map((parts) => parts.join(''))
  .filter((s) => !containsPersonalNumber(s));

describe('a CSV export never hands a spreadsheet a formula', () => {
  test("labels of a kommun's own questions and options reach the CSV as text", () => {
    fc.assert(
      fc.property(trickyText.filter((s) => s.trim() !== ''), trickyText.filter((s) => s.trim() !== ''), fc.constantFrom(';', ','), (label, optionLabel, separator) => {
        const def = extendDefinition(inventoryDefinition, {
          id: 'kommun-csv',
          version: '1',
          sections: [
            {
              id: 'own',
              title: { sv: label, en: label },
              questions: [
                {
                  id: 'ownChoice',
                  kind: 'one',
                  label: { sv: label, en: label },
                  options: [
                    { code: 'a', label: { sv: optionLabel, en: optionLabel } },
                    { code: 'b', label: { sv: label, en: label } },
                  ],
                },
              ],
            },
          ],
        });
        const records = [{ definition: 'kommun-csv@1', answers: { gender: 'woman', ageBand: '25-34', ownChoice: 'a' } }];
        const csv = toCsv(aggregate(records, { definition: def, minCount: 1 }), { separator, decimal: separator === ';' ? ',' : '.', bom: false });
        const [header, ...lines] = readCsv(csv, separator);
        assert.equal(header.length, 12);
        for (const line of lines) {
          assert.equal(line.length, header.length, `every line has every column: ${JSON.stringify(line)}`);
          for (const j of [0, 1, 3, 4, 5, 6]) assert.doesNotMatch(line[j], /^[=+\-@\t\r]/, `column ${j}: ${JSON.stringify(line[j])}`);
        }
        assert.ok(lines.some((line) => line[4].endsWith(optionLabel)), 'the label is there, as text');
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * The action plan's CSV functions live with its element (the package does
 * not export them on their own), so they are bundled from the source here.
 */
async function loadPlanCsv() {
  const { build } = await import('esbuild');
  const folder = 'src/components/action-plan';
  const modules = readdirSync(folder).filter((f) => /^csv.*\.ts$/.test(f));
  const out = await build({
    stdin: {
      // The element registers the texts the CSV's headers and values come from; so does this bundle.
      contents: [
        "import { registerMessages } from '../../i18n/catalogs.ts';",
        "import * as common from '../../i18n/messages/common.ts';",
        "import * as plan from '../../i18n/messages/plan.ts';",
        "import * as planView from '../../i18n/messages/plan-view.ts';",
        'registerMessages(common, plan, planView);',
        ...modules.map((f) => `export * from './${f}';`),
      ].join('\n'),
      resolveDir: folder,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    tsconfig: 'tsconfig.json',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** A text a kommun writes into its plan: ordinary, odd or hostile, never a personal number. */
const planText = (maxLength, required = false) =>
  fc
    .oneof(trickyText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
    .filter((s) => s.length <= maxLength && (!required || s.trim() !== '') && !containsPersonalNumber(s));
/** An optional text is either absent or has something in it (an empty cell reads back as absent). */
const optionalText = (maxLength) => planText(maxLength).filter((s) => s !== '');
const isoDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map(iso);
/** A target figure as people write them: whole numbers, or up to three decimals for shares. */
const amount = (unit) =>
  unit === 'percent'
    ? fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000)
    : unit === 'per-mille'
      ? fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000)
      : fc.nat();

export const planArbitrary = fc
  .uniqueArray(
    fc.record({
      code: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/).filter((c) => !schema.defaultPlanAreas.some((a) => a.code === c)),
      label: fc.record({ sv: planText(100, true), en: planText(100, true) }, { requiredKeys: ['sv'] }),
    }),
    { selector: (a) => a.code, maxLength: 2 },
  )
  .chain((areas) => {
    const areaCodes = [...schema.defaultPlanAreas.map((a) => a.code), ...areas.map((a) => a.code)];
    const target = fc.constantFrom('percent', 'count', 'per-mille', 'days').chain((unit) =>
      fc.record(
        {
          description: planText(500, true),
          direction: fc.constantFrom('at-least', 'at-most'),
          value: amount(unit),
          unit: fc.constant(unit),
          outcome: amount(unit),
        },
        { requiredKeys: ['description', 'direction', 'value', 'unit'] },
      ),
    );
    const row = fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
        area: fc.constantFrom(...areaCodes),
        goal: planText(1000, true),
        activity: planText(2000, true),
        responsible: planText(200, true),
        deadline: isoDay,
        schedule: optionalText(200),
        followUpDate: isoDay,
        status: fc.constantFrom('not-started', 'ongoing', 'done', 'cancelled'),
        result: optionalText(4000),
        target,
      },
      { requiredKeys: ['id', 'area', 'goal', 'activity', 'responsible', 'status'] },
    );
    return fc.record(
      {
        title: planText(200, true),
        period: optionalText(100),
        rows: fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 6 }),
      },
      { requiredKeys: ['title', 'rows'] },
    ).map((plan) => (areas.length ? { ...plan, areas } : plan));
  });

describe('an action plan exported as CSV and read back in is the same plan', () => {
  test('in Swedish and English, with either separator', async () => {
    const csv = await loadPlanCsv();
    const read = csv.importPlan
      ? (text, options) => csv.importPlan('plan.csv', text, options)
      : (text, options) => csv.parsePlanCsv(text, options);
    assert.equal(typeof csv.planToCsv, 'function', 'the action plan has a CSV export');
    fc.assert(
      fc.property(planArbitrary, fc.constantFrom('sv', 'en'), fc.constantFrom(';', ','), (plan, locale, separator) => {
        assert.ok(schema.parseActionPlan(plan).success, JSON.stringify(schema.parseActionPlan(plan).error?.issues));
        const text = csv.planToCsv(plan, { locale, separator });
        const back = read(text, { locale, base: plan });
        assert.deepEqual(back.errors, []);
        // Compared as data: the generated objects have no prototype, the read ones do.
        assert.deepEqual(back.plan, JSON.parse(JSON.stringify(plan)));
      }),
      { numRuns: RUNS },
    );
  });

  test('a target figure JavaScript writes with an exponent (0.0000001 %) comes back too', async () => {
    const csv = await loadPlanCsv();
    for (const value of [1e-7, 5e-324]) {
      const plan = {
        title: 'Plan',
        rows: [{ id: 'r1', area: 'housing', goal: 'Mål', activity: 'Aktivitet', responsible: 'Chef', status: 'ongoing', target: { description: 'Andel', direction: 'at-least', value, unit: 'percent' } }],
      };
      const back = csv.importPlan('plan.csv', csv.planToCsv(plan, { locale: 'sv' }), { locale: 'sv', base: plan });
      assert.deepEqual(back.errors, [], `value ${value}`);
      assert.deepEqual(back.plan, plan);
    }
  });
});
