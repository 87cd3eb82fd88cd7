// The built `samsyn/schema` entry, imported the way a vendor's server would.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as schema from 'samsyn/schema';

const {
  parseInventoryRecord,
  recordSchemaFor,
  inventoryDefinition,
  definitionSchema,
  extendDefinition,
  DefinitionExtensionError,
  findPersonalNumber,
  optionsOf,
  pruneAnswers,
  messagesByQuestion,
} = schema;

/** A complete, valid national inventory record. */
export function validRecord(overrides = {}) {
  return {
    definition: 'national-inventory@1',
    answers: {
      gender: 'woman',
      ageBand: '25-34',
      household: ['alone'],
      psychiatryContact: 'social-services-and-psychiatry',
      cooperation: ['social-services', 'outpatient-psychiatry'],
      sip: 'established',
      housing: 'ordinary-with-support',
      education: 'upper-secondary-complete',
      occupationStatus: 'had',
      occupationTypes: ['municipal-day-activity'],
      occupationDifficulty: 'moderate',
      income: ['activity-compensation'],
      needPsychiatric: '2',
      healthCheck: 'done',
      healthProblems: 'no',
      dentalProblems: 'unknown',
      relativesSupport: 'practical-support',
      ...overrides,
    },
  };
}
const messages = (result) => result.error.issues.map((i) => i.message);
const pathsOf = (result) => result.error.issues.map((i) => i.path.join('.'));

describe('the national inventory definition', () => {
  test('is a valid definition', () => {
    const r = definitionSchema.safeParse(inventoryDefinition);
    assert.equal(r.success, true, r.error?.issues.map((i) => i.message).join('\n'));
  });

  test('has exactly the question ids and option codes of the national tool, in order', () => {
    const expected = {
      gender: ['woman', 'man'],
      ageBand: ['18-24', '25-34', '35-44', '45-54', '55-64', '65-plus'],
      household: ['alone', 'partner', 'parents', 'other-adults', 'own-children', 'others-children', 'unknown'],
      psychiatryContact: ['social-services-and-psychiatry', 'social-services-only', 'unknown'],
      cooperation: ['social-services', 'labour-market-unit', 'private-for-municipality', 'outpatient-psychiatry', 'inpatient-psychiatry', 'forensic-psychiatry', 'primary-care', 'addiction-care', 'private-for-region', 'social-insurance-agency', 'employment-service', 'other-agency'],
      sip: ['established', 'in-progress', 'missing', 'unknown'],
      housing: ['ordinary', 'ordinary-with-support', 'special-housing', 'with-relatives', 'social-contract', 'temporary-with-friends', 'placed-in-municipality', 'placed-elsewhere', 'homeless-institution', 'homeless-acute'],
      education: ['compulsory-incomplete', 'compulsory-complete', 'upper-secondary-incomplete', 'upper-secondary-complete', 'university-incomplete', 'university-complete', 'other-post-secondary-incomplete', 'other-post-secondary-complete', 'unknown'],
      occupationStatus: ['had', 'had-not', 'not-applicable', 'unknown'],
      occupationTypes: ['self-employed', 'open-labour-market', 'association', 'sheltered-employment', 'social-enterprise', 'municipal-day-activity', 'open-day-activity', 'studies', 'other', 'unknown'],
      occupationDifficulty: ['none', 'mild', 'moderate', 'severe', 'complete', 'unknown'],
      income: ['salary', 'activity-compensation', 'sickness-benefit', 'parental-benefit', 'old-age-pension', 'study-allowance', 'financial-assistance', 'other', 'unknown'],
      needPsychiatric: ['0', '1', '2', '3', '9'],
      healthCheck: ['done', 'not-done', 'unknown'],
      healthProblems: ['yes', 'no', 'unknown'],
      dentalProblems: ['yes', 'no', 'unknown'],
      relativesSupport: ['practical-support', 'no-support', 'unknown'],
    };
    const actual = Object.fromEntries(
      inventoryDefinition.sections.flatMap((s) => s.questions.map((q) => [q.id, optionsOf(q).map((o) => o.code)])),
    );
    assert.deepEqual(actual, expected);
  });

  test('groups the housing options and marks exclusive and reconstructed options', () => {
    /** @type {Record<string, any>} */
    const qs = Object.fromEntries(inventoryDefinition.sections.flatMap((s) => s.questions.map((q) => [q.id, q])));
    assert.equal(qs.housing.groups.length, 2);
    assert.equal(qs.housing.groups[0].label.sv, 'Stadigvarande boende i folkbokföringskommunen');
    for (const id of ['household', 'occupationTypes', 'income']) {
      assert.deepEqual(qs[id].options.filter((o) => o.exclusive).map((o) => o.code), ['unknown'], id);
    }
    const reconstructed = inventoryDefinition.sections
      .flatMap((s) => s.questions)
      .flatMap((q) => optionsOf(q).filter((o) => o.reconstructed).map((o) => `${q.id}:${o.code}`));
    assert.deepEqual(reconstructed.sort(), [
      'household:alone', 'household:other-adults', 'household:parents', 'household:partner',
      'income:financial-assistance', 'needPsychiatric:1', 'needPsychiatric:2', 'needPsychiatric:3',
    ]);
    assert.ok(inventoryDefinition.notes.some((n) => /reconstructed/i.test(n)));
    assert.deepEqual(qs.occupationTypes.when, { question: 'occupationStatus', equals: ['had'] });
  });

  test('has every label in Swedish and English', () => {
    for (const s of inventoryDefinition.sections) {
      for (const q of s.questions) {
        assert.ok(q.label.sv && q.label.en && q.label.sv !== q.label.en, q.id);
        for (const o of optionsOf(q)) assert.ok(o.label.sv && o.label.en, `${q.id}:${o.code}`);
      }
    }
  });
});

describe('inventory records', () => {
  test('a complete record parses', () => {
    const r = parseInventoryRecord(validRecord());
    assert.equal(r.success, true, r.error && messages(r).join('\n'));
  });

  test('a record may carry its unit as a code, never a personal number nor an overlong text', () => {
    assert.equal(parseInventoryRecord({ ...validRecord(), unit: 'nv-boendestod' }).success, true);
    const person = parseInventoryRecord({ ...validRecord(), unit: '811218-9876' }, { locale: 'en' });
    assert.equal(person.success, false);
    assert.deepEqual(pathsOf(person), ['unit']);
    assert.match(messages(person)[0], /unit/);
    const long = parseInventoryRecord({ ...validRecord(), unit: 'x'.repeat(65) });
    assert.deepEqual(pathsOf(long), ['unit']);
    assert.deepEqual(pathsOf(parseInventoryRecord({ ...validRecord(), unit: '' })), ['unit']);
    assert.equal(schema.recordSchema.safeParse({ ...validRecord(), unit: '811218-9876' }).success, false);
    assert.equal(schema.recordShapeSchema.safeParse({ ...validRecord(), unit: 'nv-boendestod' }).success, true);
  });

  test('unknown question ids are rejected', () => {
    const r = parseInventoryRecord(validRecord({ shoeSize: 42 }));
    assert.equal(r.success, false);
    assert.match(messages(r).join('\n'), /shoeSize/);
  });

  test('unknown codes are rejected, naming the question by its label', () => {
    const r = parseInventoryRecord(validRecord({ housing: 'castle' }));
    assert.equal(r.success, false);
    assert.deepEqual(pathsOf(r), ['answers.housing']);
    assert.match(messages(r)[0], /Boendesituation|boende/i);
    assert.doesNotMatch(messages(r)[0], /housing/);
  });

  test('an exclusive code combined with others is rejected', () => {
    const r = parseInventoryRecord(validRecord({ household: ['alone', 'unknown'] }));
    assert.equal(r.success, false);
    assert.deepEqual(pathsOf(r), ['answers.household']);
    assert.match(messages(r)[0], /Ej känt/);
  });

  test('an exclusive code alone is accepted', () => {
    assert.equal(parseInventoryRecord(validRecord({ income: ['unknown'] })).success, true);
  });

  test('answers to questions whose condition is not met are rejected', () => {
    const r = parseInventoryRecord(validRecord({ occupationStatus: 'had-not' }));
    assert.equal(r.success, false);
    assert.deepEqual(pathsOf(r), ['answers.occupationTypes']);
    const pruned = parseInventoryRecord(validRecord({ occupationStatus: 'had-not', occupationTypes: null }));
    assert.equal(pruned.success, true);
  });

  test('missing required answers are rejected, and a hidden question is not required', () => {
    const { occupationTypes: _dropped, sip: _sip, ...rest } = validRecord().answers;
    const r = parseInventoryRecord({ definition: 'national-inventory@1', answers: { ...rest, occupationStatus: 'had' } });
    assert.deepEqual(pathsOf(r).sort(), ['answers.occupationTypes', 'answers.sip']);
    const hidden = parseInventoryRecord({ definition: 'national-inventory@1', answers: { ...validRecord().answers, occupationStatus: 'unknown', occupationTypes: undefined } });
    assert.equal(hidden.success, true);
  });

  test('an empty array for a required many question counts as unanswered', () => {
    const r = parseInventoryRecord(validRecord({ cooperation: [] }));
    assert.deepEqual(pathsOf(r), ['answers.cooperation']);
  });

  test('another definition or version is rejected', () => {
    const r = parseInventoryRecord({ ...validRecord(), definition: 'national-inventory@2' });
    assert.equal(r.success, false);
    assert.match(messages(r)[0], /national-inventory@2/);
  });

  test('anything that is not a record gets a result, not an exception', () => {
    for (const input of [null, undefined, 42, 'x', [], { answers: null }, { definition: 'national-inventory@1' }]) {
      const r = parseInventoryRecord(input);
      assert.equal(r.success, false);
      assert.ok(messages(r).length > 0);
    }
  });

  test('messages exist in Swedish and English', () => {
    const sv = parseInventoryRecord(validRecord({ gender: null }));
    const en = parseInventoryRecord(validRecord({ gender: null }), { locale: 'en' });
    assert.equal(messages(sv)[0], 'Välj ett svar på frågan ”Kön”.');
    assert.equal(messages(en)[0], 'Choose an answer to the question “Gender”.');
  });

  test('messagesByQuestion keys the first message by question id', () => {
    const r = parseInventoryRecord(validRecord({ gender: null, housing: 'castle' }));
    const byQ = messagesByQuestion(r.error.issues);
    assert.deepEqual([...byQ.keys()].sort(), ['gender', 'housing']);
  });

  test('pruneAnswers removes answers to questions no longer asked', () => {
    const pruned = pruneAnswers(inventoryDefinition, { ...validRecord().answers, occupationStatus: 'had-not' });
    assert.equal('occupationTypes' in pruned, false);
    assert.equal(pruned.occupationStatus, 'had-not');
  });
});

/** A small definition with every kind of question, for the rules the national one has no question for. */
const allKinds = {
  id: 'all-kinds',
  version: '1',
  kind: 'questionnaire',
  title: { sv: 'Alla sorter', en: 'All kinds' },
  sections: [
    {
      id: 'only',
      title: { sv: 'Frågor', en: 'Questions' },
      questions: [
        { id: 'months', kind: 'number', integer: true, min: 0, max: 120, label: { sv: 'Månader i insats', en: 'Months in intervention' }, unit: { sv: 'månader', en: 'months' } },
        { id: 'comment', kind: 'text', maxLength: 20, label: { sv: 'Kommentar', en: 'Comment' } },
        { id: 'started', kind: 'date', min: '2010-01-01', max: '2030-12-31', label: { sv: 'Startdatum', en: 'Start date' } },
        { id: 'trust', kind: 'scale', dontKnow: true, anchors: { low: { sv: 'Inte alls', en: 'Not at all' }, high: { sv: 'Helt', en: 'Completely' } }, label: { sv: 'Förtroende', en: 'Trust' } },
      ],
    },
  ],
};

describe('every kind of answer', () => {
  const schemaAll = recordSchemaFor(definitionSchema.parse(allKinds));
  const parse = (answers) => schemaAll.safeParse({ definition: 'all-kinds@1', answers });

  test('numbers: integers in range pass, decimals and out-of-range values fail', () => {
    assert.equal(parse({ months: 12 }).success, true);
    assert.match(messages(parse({ months: 1.5 }))[0], /heltal/);
    assert.match(messages(parse({ months: -1 }))[0], /0 eller mer/);
    assert.match(messages(parse({ months: 121 }))[0], /120 eller mindre/);
    assert.equal(parse({ months: '12' }).success, false);
  });

  test('texts: over-long texts fail', () => {
    assert.equal(parse({ comment: 'kort' }).success, true);
    assert.match(messages(parse({ comment: 'x'.repeat(21) }))[0], /högst 20 tecken/);
  });

  test('dates: real ISO dates in range pass', () => {
    assert.equal(parse({ started: '2014-05-31' }).success, true);
    assert.equal(parse({ started: '2014-02-30' }).success, false);
    assert.equal(parse({ started: '31/5/2014' }).success, false);
    assert.match(messages(parse({ started: '2009-12-31' }))[0], /före 2010-01-01/);
  });

  test('scales: 1 to 5 and "vet ej"', () => {
    assert.equal(parse({ trust: 5 }).success, true);
    assert.equal(parse({ trust: 'dont-know' }).success, true);
    assert.equal(parse({ trust: 6 }).success, false);
    assert.equal(parse({ trust: 0 }).success, false);
  });

  test('a text with a personal identity number is rejected and says why', () => {
    const r = parse({ comment: '850709-9805' });
    assert.equal(r.success, false);
    assert.match(messages(r)[0], /personnummer/);
  });
});

describe('personal identity numbers', () => {
  test('all the usual formats with a valid check digit are found', () => {
    for (const text of ['811218-9876', 'född 811218+9876', '198112189876', '19811218-9876', 'samordningsnr 701063-2391']) {
      assert.ok(findPersonalNumber(text), text);
    }
  });
  test('a wrong check digit, impossible dates and ordinary numbers pass', () => {
    for (const text of ['811218-9875', '811318-9876', 'tel 0701234567', 'belopp 12 500 kr', '2015-06-30', '1663']) {
      assert.equal(findPersonalNumber(text), null, text);
    }
  });
});

describe('definitions', () => {
  test('duplicate ids, dangling conditions and bad codes are rejected', () => {
    const bad = structuredClone(allKinds);
    bad.sections[0].questions.push({ ...bad.sections[0].questions[0] });
    bad.sections[0].questions[1] = { ...bad.sections[0].questions[1], when: { question: 'nowhere', equals: ['x'] } };
    const r = definitionSchema.safeParse(bad);
    assert.equal(r.success, false);
    const text = messages(r).join('\n');
    assert.match(text, /"months" is used twice/);
    assert.match(text, /depends on "nowhere"/);
    assert.equal(definitionSchema.safeParse({ ...allKinds, id: 'Not Kebab' }).success, false);
  });

  test('a question needs labels in both languages', () => {
    /** @type {any} */
    const bad = structuredClone(allKinds);
    bad.sections[0].questions[0].label = { sv: 'Bara svenska' };
    assert.equal(definitionSchema.safeParse(bad).success, false);
  });
});

describe('extendDefinition', () => {
  /** @type {Parameters<typeof extendDefinition>[1]} */
  const extension = {
    id: 'stockholm-inventory',
    version: '1',
    sections: [
      {
        id: 'stockholm',
        title: { sv: 'Stockholms frågor', en: 'Stockholm questions' },
        questions: [
          { id: 'districtContact', kind: 'one', label: { sv: 'Kontakt med stadsdelen', en: 'Contact with the district' }, options: [{ code: 'yes', label: { sv: 'Ja', en: 'Yes' } }, { code: 'no', label: { sv: 'Nej', en: 'No' } }] },
        ],
      },
    ],
    questions: [{ section: 'background', after: 'ageBand', question: { id: 'yearsInMunicipality', kind: 'number', integer: true, min: 0, max: 100, label: { sv: 'År i kommunen', en: 'Years in the municipality' } } }],
    options: [{ question: 'housing', group: 0, options: [{ code: 'training-flat', label: { sv: 'Träningslägenhet', en: 'Training flat' } }] }],
  };

  test('adds sections, questions and options without changing the base', () => {
    const before = JSON.stringify(inventoryDefinition);
    const ext = extendDefinition(inventoryDefinition, extension);
    assert.equal(JSON.stringify(inventoryDefinition), before);
    assert.equal(ext.id, 'stockholm-inventory');
    assert.equal(ext.sections.at(-1).id, 'stockholm');
    assert.deepEqual(ext.sections[0].questions.map((q) => q.id).slice(0, 3), ['gender', 'ageBand', 'yearsInMunicipality']);
    const housing = /** @type {any} */ (ext.sections.flatMap((s) => s.questions).find((q) => q.id === 'housing'));
    assert.ok(housing.groups[0].options.some((o) => o.code === 'training-flat'));
    const record = validRecord({ yearsInMunicipality: 4, districtContact: 'yes', housing: 'training-flat' });
    const r = recordSchemaFor(ext).safeParse({ ...record, definition: 'stockholm-inventory@1' });
    assert.equal(r.success, true, r.error && messages(r).join('\n'));
  });

  test('colliding ids are rejected with a clear error naming each', () => {
    assert.throws(
      () => extendDefinition(inventoryDefinition, {
        id: 'x',
        version: '1',
        questions: [{ section: 'background', question: { id: 'gender', kind: 'text', maxLength: 10, label: { sv: 'Kön', en: 'Gender' } } }],
        options: [{ question: 'sip', options: [{ code: 'missing', label: { sv: 'Saknas', en: 'Missing' } }] }],
        sections: [{ id: 'housing', title: { sv: 'B', en: 'H' }, questions: [] }],
      }),
      (error) => {
        assert.ok(error instanceof DefinitionExtensionError);
        assert.match(error.message, /Question id "gender" already exists/);
        assert.match(error.message, /Option "missing" already exists in "sip"/);
        assert.match(error.message, /Section id "housing" already exists/);
        return true;
      },
    );
  });
});

/** Ajv for JSON Schema draft 2020-12, with the standard formats (date) checked. */
async function validator() {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: addFormats } = await import('ajv-formats');
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  return ajv;
}

describe('JSON Schema output', () => {
  test('a standard validator accepts a good record and rejects a bad one', async () => {
    const ajv = await validator();
    const json = JSON.parse(readFileSync(new URL('../../dist/json-schema/inventory-record.json', import.meta.url), 'utf8'));
    const validate = ajv.compile(json);
    assert.equal(validate(validRecord()), true, JSON.stringify(validate.errors));
    assert.equal(validate(validRecord({ housing: 'castle' })), false);
    assert.equal(validate(validRecord({ shoeSize: 42 })), false);
    assert.equal(validate({ ...validRecord(), definition: 'other@1' }), false);
    assert.equal(validate({ ...validRecord(), unit: 'nv-boendestod' }), true, JSON.stringify(validate.errors));
    assert.equal(validate({ ...validRecord(), unit: 'x'.repeat(65) }), false);
  });

  test('the definition format has a JSON Schema that accepts the national definition', async () => {
    const ajv = await validator();
    const json = JSON.parse(readFileSync(new URL('../../dist/json-schema/definition.json', import.meta.url), 'utf8'));
    const validate = ajv.compile(json);
    assert.equal(validate(inventoryDefinition), true, JSON.stringify(validate.errors));
    assert.equal(validate({ ...inventoryDefinition, sections: 'none' }), false);
  });
});
