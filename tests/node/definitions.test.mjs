// The shipped definitions, read from the built `samsyn/schema` entry as a vendor's server would.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as schema from 'samsyn/schema';

const { followupDefinition, inventoryDefinition, definitionSchema, recordSchemaFor, isSectionShown, pruneAnswers } = schema;

const messages = (result) => (result.success ? [] : result.error.issues.map((i) => i.message));
const record = (role, answers) => ({ definition: 'placement-followup-sample@1', role, answers });

// The form, the aggregation and samsyn/sql take the package's own definitions as checked (src/schema/shipped.ts).
// This is the check they leave out, for every definition the package ships, with the English the entry installs.
test('every definition the package ships passes definitionSchema', () => {
  const shipped = Object.entries(schema).filter(([name, value]) => name.endsWith('Definition') && typeof value === 'object');
  assert.deepEqual(shipped.map(([name]) => name).sort(), ['analysisDefinition', 'followupDefinition', 'inventoryDefinition']);
  for (const [name, definition] of shipped) {
    const result = definitionSchema.safeParse(definition);
    assert.equal(result.success, true, `${name}:\n${messages(result).join('\n')}`);
  }
});

describe('the sample follow-up definition', () => {
  test('is exported by samsyn/schema and passes definitionSchema', () => {
    assert.ok(followupDefinition, 'followupDefinition is exported');
    const result = definitionSchema.safeParse(followupDefinition);
    assert.equal(result.success, true, messages(result).join('\n'));
    assert.equal(followupDefinition.kind, 'followup');
    assert.notEqual(followupDefinition.id, inventoryDefinition.id);
  });

  test('has the three respondent roles, each with sections of its own', () => {
    assert.deepEqual(
      followupDefinition.roles.map((r) => r.id),
      ['caseworker', 'young-person', 'guardian'],
    );
    for (const role of ['caseworker', 'young-person', 'guardian']) {
      const own = followupDefinition.sections.filter((s) => s.roles?.length === 1 && s.roles[0] === role);
      assert.ok(own.length > 0, `${role} has sections of its own`);
    }
  });

  test('says in its notes that the questions are not the official UBU items', () => {
    assert.ok(followupDefinition.notes.some((n) => /NOT the official UBU/.test(n)));
  });

  test('asks on five-point scales with anchors and "Vet ej" about school, health, safety, trust and influence', () => {
    const scales = followupDefinition.sections.flatMap((s) => s.questions).filter((q) => q.kind === 'scale');
    assert.ok(scales.length >= 15);
    for (const q of scales) {
      assert.equal(q.points, 5, q.id);
      assert.equal(q.dontKnow, true, q.id);
      assert.ok(q.anchors.low.sv && q.anchors.high.en, q.id);
    }
    const ids = scales.map((q) => q.id).join(' ');
    for (const area of ['School', 'Health', 'Safety', 'Trust', 'Influence']) assert.match(ids, new RegExp(area), area);
  });

  test('starts with "Genomförande", and every later section is skipped when the follow-up could not be done', () => {
    const [first, ...rest] = followupDefinition.sections;
    assert.equal(first.title.sv, 'Genomförande');
    assert.equal(first.questions[0].id, 'followupDone');
    for (const section of rest) {
      assert.deepEqual(section.when, { question: 'followupDone', equals: ['yes'] }, section.id);
      assert.equal(isSectionShown(followupDefinition, section, { followupDone: 'no' }, 'caseworker'), false);
    }
  });

  test('validates a deviation record and rejects answers the deviation skips', () => {
    const validator = recordSchemaFor(followupDefinition);
    const deviation = record('guardian', { followupDone: 'no', notDoneReason: 'declined' });
    assert.deepEqual(messages(validator.safeParse(deviation)), []);
    const missingReason = validator.safeParse(record('guardian', { followupDone: 'no' }));
    assert.deepEqual(messages(missingReason), ['Välj ett svar på frågan ”Varför kunde uppföljningen inte genomföras?”.']);
    const skipped = validator.safeParse(record('guardian', { followupDone: 'no', notDoneReason: 'declined', guardianSchool: 4 }));
    assert.equal(skipped.success, false);
    assert.deepEqual(pruneAnswers(followupDefinition, { followupDone: 'no', notDoneReason: 'declined', guardianSchool: 4 }, 'guardian'), {
      followupDone: 'no',
      notDoneReason: 'declined',
    });
  });

  test('keeps each respondent to its own sections', () => {
    const validator = recordSchemaFor(followupDefinition, { locale: 'en' });
    const wrongRole = validator.safeParse(record('young-person', { followupDone: 'yes', guardianSchool: 3 }));
    assert.equal(wrongRole.success, false);
    assert.ok(wrongRole.error.issues.some((i) => i.path.join('.') === 'answers.guardianSchool'));
    const noRole = validator.safeParse({ definition: 'placement-followup-sample@1', answers: { followupDone: 'no' } });
    assert.deepEqual(messages(noRole), ['Say which role is answering (for example caseworker, young person or guardian).']);
  });

  test('accepts a complete caseworker record with "Vet ej" and a number of months', () => {
    const result = recordSchemaFor(followupDefinition).safeParse(
      record('caseworker', {
        followupDone: 'yes',
        placementMonths: 14,
        goalsReached: 4,
        caseworkerSchool: 'dont-know',
        caseworkerHealth: 3,
        caseworkerSafety: 5,
        caseworkerTrust: 4,
        caseworkerInfluence: 2,
      }),
    );
    assert.deepEqual(messages(result), []);
    const tooLong = recordSchemaFor(followupDefinition).safeParse(
      record('caseworker', { followupDone: 'yes', placementMonths: 300, goalsReached: 6 }),
    );
    assert.ok(messages(tooLong).includes('Svaret på frågan ”Hur länge varade placeringen?” måste vara 240 eller mindre.'));
    assert.ok(messages(tooLong).includes('Svaret på frågan ”I vilken grad har målen i genomförandeplanen nåtts?” måste vara ett värde från 1 till 5.'));
  });
});

// Question ids and option codes are public API (docs/inventory.md): records, JSON Schema, CSV columns and
// integrations use them. Each shipped definition's ids, kinds, roles and codes, pinned as they are published.
describe('the ids and codes of the shipped definitions', () => {
  /** Per section: its id, its roles where it has any, and per question its id, kind and codes (scale: points). */
  const publicApi = (definition) =>
    definition.sections.map((s) => [
      s.id,
      ...(s.roles ? [s.roles] : []),
      s.questions.map((q) => {
        const codes = q.options ?? q.groups?.flatMap((g) => g.options);
        return [q.id, q.kind, ...(codes ? [codes.map((o) => o.code).join(' ')] : []), ...(q.kind === 'scale' ? [`${q.points}${q.dontKnow ? ' dont-know' : ''}`] : [])];
      }),
    ]);
  const marked = (definition, mark) =>
    definition.sections.flatMap((s) => s.questions.flatMap((q) => (q.options ?? q.groups?.flatMap((g) => g.options) ?? []).filter((o) => o[mark]).map((o) => `${q.id}.${o.code}`)));

  const pinned = {
    'national-inventory@1': [
      ['background', [
        ['gender', 'one', 'woman man'],
        ['ageBand', 'one', '18-24 25-34 35-44 45-54 55-64 65-plus'],
        ['household', 'many', 'alone partner parents other-adults own-children others-children unknown'],
      ]],
      ['cooperation', [
        ['psychiatryContact', 'one', 'social-services-and-psychiatry social-services-only unknown'],
        ['cooperation', 'many', 'social-services labour-market-unit private-for-municipality outpatient-psychiatry inpatient-psychiatry forensic-psychiatry primary-care addiction-care private-for-region social-insurance-agency employment-service other-agency'],
        ['sip', 'one', 'established in-progress missing unknown'],
      ]],
      ['housing', [
        ['housing', 'one', 'ordinary ordinary-with-support special-housing with-relatives social-contract temporary-with-friends placed-in-municipality placed-elsewhere homeless-institution homeless-acute'],
      ]],
      ['education', [
        ['education', 'one', 'compulsory-incomplete compulsory-complete upper-secondary-incomplete upper-secondary-complete university-incomplete university-complete other-post-secondary-incomplete other-post-secondary-complete unknown'],
      ]],
      ['occupation', [
        ['occupationStatus', 'one', 'had had-not not-applicable unknown'],
        ['occupationTypes', 'many', 'self-employed open-labour-market association sheltered-employment social-enterprise municipal-day-activity open-day-activity studies other unknown'],
        ['occupationDifficulty', 'one', 'none mild moderate severe complete unknown'],
      ]],
      ['income', [['income', 'many', 'salary activity-compensation sickness-benefit parental-benefit old-age-pension study-allowance financial-assistance other unknown']]],
      ['health', [
        ['needPsychiatric', 'one', '0 1 2 3 9'],
        ['healthCheck', 'one', 'done not-done unknown'],
        ['healthProblems', 'one', 'yes no unknown'],
        ['dentalProblems', 'one', 'yes no unknown'],
      ]],
      ['relatives', [['relativesSupport', 'one', 'practical-support no-support unknown']]],
    ],
    'placement-followup-sample@1': [
      ['conduct', [
        ['followupDone', 'one', 'yes no'],
        ['notDoneReason', 'one', 'declined not-reached not-appropriate other'],
        ['notDoneComment', 'text'],
      ]],
      ['caseworker-assessment', ['caseworker'], [
        ['placementMonths', 'number'],
        ['goalsReached', 'scale', '5 dont-know'],
        ['caseworkerSchool', 'scale', '5 dont-know'],
        ['caseworkerHealth', 'scale', '5 dont-know'],
        ['caseworkerSafety', 'scale', '5 dont-know'],
        ['caseworkerTrust', 'scale', '5 dont-know'],
        ['caseworkerInfluence', 'scale', '5 dont-know'],
      ]],
      ['young-person-school-health', ['young-person'], [['youngSchool', 'scale', '5 dont-know'], ['youngHealth', 'scale', '5 dont-know']]],
      ['young-person-safety-trust', ['young-person'], [['youngSafety', 'scale', '5 dont-know'], ['youngTrust', 'scale', '5 dont-know']]],
      ['young-person-influence', ['young-person'], [['youngInfluence', 'scale', '5 dont-know'], ['youngListened', 'scale', '5 dont-know']]],
      ['guardian-view', ['guardian'], [
        ['guardianSchool', 'scale', '5 dont-know'],
        ['guardianHealth', 'scale', '5 dont-know'],
        ['guardianSafety', 'scale', '5 dont-know'],
        ['guardianTrust', 'scale', '5 dont-know'],
        ['guardianInfluence', 'scale', '5 dont-know'],
      ]],
      ['closing', [['comments', 'text']]],
    ],
    'inventory-analysis@1': [
      ['participants', [['units', 'text']]],
      ['conclusions', [['matchesPicture', 'text'], ['needsCompleting', 'text'], ['internalCollaboration', 'text'], ['externalCollaboration', 'text']]],
      ['priorities', [['priorities', 'text']]],
    ],
  };
  for (const definition of [inventoryDefinition, followupDefinition, schema.analysisDefinition]) {
    const ref = `${definition.id}@${definition.version}`;
    test(ref, () => assert.deepEqual(publicApi(definition), pinned[ref]));
  }

  test('the options of the national inventory that exclude the others, and those reconstructed; its one condition', () => {
    assert.deepEqual(marked(inventoryDefinition, 'exclusive'), ['household.unknown', 'occupationTypes.unknown', 'income.unknown']);
    assert.deepEqual(marked(inventoryDefinition, 'reconstructed'), [
      'household.alone',
      'household.partner',
      'household.parents',
      'household.other-adults',
      'income.financial-assistance',
      'needPsychiatric.1',
      'needPsychiatric.2',
      'needPsychiatric.3',
    ]);
    assert.deepEqual(inventoryDefinition.sections.flatMap((s) => s.questions.filter((q) => q.when).map((q) => [q.id, q.when])), [
      ['occupationTypes', { question: 'occupationStatus', equals: ['had'] }],
    ]);
  });
});
