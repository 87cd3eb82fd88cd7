// The shipped definitions, read from the built `samsyn/schema` entry as a vendor's server would.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as schema from 'samsyn/schema';

const { followupDefinition, inventoryDefinition, definitionSchema, recordSchemaFor, isSectionShown, pruneAnswers } = schema;

const messages = (result) => (result.success ? [] : result.error.issues.map((i) => i.message));
const record = (role, answers) => ({ definition: 'placement-followup-sample@1', role, answers });

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
