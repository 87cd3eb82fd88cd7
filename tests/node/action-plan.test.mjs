// The action plan and participation schemas from the built `samsyn/schema`
// entry, as a vendor's server uses them, and their JSON Schemas.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as schema from 'samsyn/schema';

const {
  actionPlanSchema,
  actionPlanSchemaFor,
  parseActionPlan,
  participationSchema,
  parseParticipation,
  defaultPlanAreas,
  planStatuses,
  targetUnits,
  targetDirections,
  isRowOverdue,
  targetReached,
  planAreas,
  viewsByRow,
  suggestedOrganisations,
} = schema;

function plan() {
  return {
    title: 'Handlingsplan för socialpsykiatrin 2013–2017',
    period: '2013–2017',
    rows: [
      {
        id: 'work-1',
        area: 'occupation',
        goal: 'Fler i arbete eller studier',
        activity: 'Arbetsträning med IPS-metoden',
        responsible: 'Arbetsmarknadsenheten',
        deadline: '2015-12-31',
        schedule: 'senast december 2015',
        followUpDate: '2016-03-31',
        status: 'ongoing',
        result: 'Åtta av femtio deltagare började arbeta eller studera.',
        target: { description: 'Andel till arbete eller studier', direction: 'at-least', value: 30, unit: 'percent', outcome: 16 },
      },
    ],
  };
}

function participation() {
  return {
    date: '2013-10-01',
    organisations: [{ id: 'rsmh', name: 'RSMH Tierp', representatives: 'två företrädare' }],
    views: [{ id: 'v1', organisation: 'rsmh', text: 'Fler sysselsättningsalternativ behövs.', rows: ['work-1'] }],
  };
}

describe('action plan schema in Node', () => {
  test('exports the vocabularies', () => {
    assert.deepEqual(planStatuses, ['not-started', 'ongoing', 'done', 'cancelled']);
    assert.deepEqual(targetDirections, ['at-least', 'at-most']);
    assert.deepEqual(targetUnits, ['percent', 'count', 'per-mille', 'days']);
    assert.deepEqual(
      defaultPlanAreas.map((a) => a.code),
      ['housing', 'occupation', 'health', 'children-as-relatives', 'relatives', 'neurodevelopmental', 'sip', 'outreach'],
    );
    assert.ok(suggestedOrganisations.includes('Schizofreniförbundet'));
  });

  test('accepts a valid plan and works out overdue rows and targets', () => {
    const result = parseActionPlan(plan());
    assert.equal(result.success, true, result.error?.issues.map((i) => i.message).join('\n'));
    const [row] = result.data.rows;
    assert.equal(isRowOverdue(row, '2015-12-31'), false);
    assert.equal(isRowOverdue(row, '2016-01-01'), true);
    assert.equal(targetReached(row.target), false);
    assert.equal(planAreas(result.data).length, 8);
  });

  test('rejects with messages at the field, Swedish by default, English on request', () => {
    const bad = plan();
    bad.rows[0].activity = 'Kontakt med 19121212-1212';
    bad.rows[0].followUpDate = '2016-02-30';
    const sv = parseActionPlan(bad);
    assert.equal(sv.success, false);
    assert.deepEqual(
      sv.error.issues.map((i) => i.path.join('.')),
      ['rows.0.activity', 'rows.0.followUpDate'],
    );
    assert.match(sv.error.issues[1].message, /”Uppföljningsdatum” måste vara ett riktigt datum/);
    const en = parseActionPlan(bad, { locale: 'en' });
    assert.match(en.error.issues[1].message, /“Follow-up date” must be a real date/);
    assert.equal(actionPlanSchemaFor('en').safeParse(bad).error.issues[1].message, en.error.issues[1].message);
    assert.equal(actionPlanSchema.safeParse(plan()).success, true);
  });

  test('participation parses, and lists views by row', () => {
    const result = parseParticipation(participation());
    assert.equal(result.success, true);
    assert.deepEqual(
      viewsByRow(result.data).get('work-1').map((v) => v.id),
      ['v1'],
    );
    const bad = participation();
    bad.views[0].organisation = 'ifs';
    assert.match(parseParticipation(bad, { locale: 'en' }).error.issues[0].message, /The organisation “ifs” is not among/);
    assert.equal(participationSchema.safeParse(participation()).success, true);
  });
});

describe('JSON Schemas of the plan and participation', () => {
  async function validatorFor(name) {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: addFormats } = await import('ajv-formats');
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const json = JSON.parse(readFileSync(new URL(`../../dist/json-schema/${name}.json`, import.meta.url), 'utf8'));
    assert.equal(json.$id, `urn:samsyn:schema:${name}`);
    return ajv.compile(json);
  }

  test('action-plan.json accepts a plan and rejects wrong statuses, dates and unknown fields', async () => {
    const validate = await validatorFor('action-plan');
    assert.equal(validate(plan()), true, JSON.stringify(validate.errors));
    const withStatus = plan();
    withStatus.rows[0].status = 'halfway';
    assert.equal(validate(withStatus), false);
    const withDate = plan();
    withDate.rows[0].deadline = '31/12/2015';
    assert.equal(validate(withDate), false);
    assert.equal(validate({ ...plan(), owner: 'x' }), false);
    assert.equal(validate({ title: 'Utan rader' }), false);
  });

  test('participation.json accepts views and rejects a view without text', async () => {
    const validate = await validatorFor('participation');
    assert.equal(validate(participation()), true, JSON.stringify(validate.errors));
    const bad = participation();
    delete bad.views[0].text;
    assert.equal(validate(bad), false);
  });
});
