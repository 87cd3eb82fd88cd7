// The SIP schemas of the built `samsyn/schema` entry and their JSON Schemas,
// used the way a vendor's server would: validate in Node, or take the JSON
// Schema into another stack.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as schema from 'samsyn/schema';

const { parseSipPlan, parseSipOverview, sipPlanSchema, sipOverviewSchema, sipCoverage, sipSteps, sipAgencies } = schema;

const plan = (overrides = {}) => ({
  id: 'SIP-2025-0142',
  step: 'following-up',
  needs: ['Stöd i att behålla lägenheten'],
  goals: ['Bo kvar i egen lägenhet'],
  interventions: [
    { id: 'boendestod', text: 'Boendestöd två gånger i veckan', principal: 'kommun', agency: 'kommun-social-services' },
    { id: 'samtal', text: 'Samtalsbehandling', principal: 'region', agency: 'region-psychiatry' },
  ],
  othersActions: [{ text: 'Arbetsträning', agency: 'employment-service' }],
  overallResponsibility: { principal: 'kommun', role: 'Samordnare i socialpsykiatrin' },
  followUps: [{ date: '2025-03-11', by: 'Samordnare i socialpsykiatrin', note: 'Boendestödet fungerar.' }],
  nextFollowUp: { date: '2025-06-10', agency: 'kommun-social-services' },
  consent: { status: 'given', date: '2024-10-02' },
  obstacles: ['Svårt att hitta en gemensam mötestid'],
  ...overrides,
});

/** Seed 002 (Stockholm): SIP counts in 2013 and 2015, the need in 2015, plans by gender and two obstacles. */
const seed002 = JSON.parse(readFileSync(new URL('../fixtures/sip-seed002.json', import.meta.url), 'utf8'));

const messages = (r) => r.error.issues.map((i) => i.message);

describe('SIP plan in Node', () => {
  test('a complete plan parses', () => {
    const r = parseSipPlan(plan());
    assert.equal(r.success, true, r.error?.issues.map((i) => i.message).join('\n'));
    assert.deepEqual(r.data.interventions.map((i) => i.principal), ['kommun', 'region']);
  });

  test('the steps and the agencies are the public vocabularies', () => {
    assert.deepEqual([...sipSteps], ['need-identified', 'preparing', 'invited', 'meeting-held', 'following-up', 'closed']);
    assert.ok(sipAgencies.some((a) => a.code === 'social-insurance-agency' && a.principal === 'other'));
    assert.ok(sipAgencies.some((a) => a.code === 'region-psychiatry' && a.principal === 'region'));
  });

  test('a personal identity number in free text is refused, in the language asked for', () => {
    const input = plan({ followUps: [{ date: '2025-03-11', by: 'Handläggare', note: 'Gäller 19121212-1212' }] });
    assert.match(messages(parseSipPlan(input)).join(' '), /personnummer/);
    assert.match(messages(parseSipPlan(input, { locale: 'en' })).join(' '), /personal identity/);
  });

  test('parsing never throws, whatever comes in', () => {
    for (const input of [undefined, null, 42, 'plan', [], { id: 7 }, plan({ interventions: 'many' })]) {
      const r = parseSipPlan(input, { locale: 'en' });
      assert.equal(r.success, false);
      assert.ok(messages(r).length > 0);
    }
  });
});

describe('SIP overview in Node', () => {
  test("seed 002's counts parse, and their coverage is 66 %", () => {
    const r = parseSipOverview(seed002);
    assert.equal(r.success, true, r.error?.issues.map((i) => i.message).join('\n'));
    const p = r.data.points[1];
    assert.equal(Math.round(sipCoverage(p.established, p.inProgress, p.estimatedNeed) * 100), 66);
  });

  test('a gender split larger than the total is refused', () => {
    const r = parseSipOverview({ points: [{ period: '2015', established: 900, inProgress: 1, byGender: { woman: { established: 435 }, man: { established: 506 } } }] });
    assert.deepEqual(messages(r), ['Kvinnor och män med ”Plan upprättad” är sammanlagt fler än totalt för 2015.']);
  });
});

describe('SIP JSON Schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const load = (name) => JSON.parse(readFileSync(new URL(`../../dist/json-schema/${name}.json`, import.meta.url), 'utf8'));

  test('dist/json-schema/sip-plan.json accepts a valid plan and refuses what the shape forbids', () => {
    const json = load('sip-plan');
    assert.equal(json.$id, 'urn:samsyn:schema:sip-plan');
    const validate = ajv.compile(json);
    assert.equal(validate(plan()), true, JSON.stringify(validate.errors));
    assert.equal(validate(plan({ step: 'done' })), false);
    assert.equal(validate(plan({ name: 'Anna' })), false);
    assert.equal(validate(plan({ interventions: [{ text: 'Samtal', principal: 'landsting' }] })), false);
    assert.equal(validate(plan({ nextFollowUp: { date: '10/6/2025', by: 'Samordnare' } })), false);
    assert.ok(sipPlanSchema.safeParse(plan()).success);
  });

  test('dist/json-schema/sip-overview.json accepts seed 002 and refuses negative counts', () => {
    const json = load('sip-overview');
    assert.equal(json.$id, 'urn:samsyn:schema:sip-overview');
    const validate = ajv.compile(json);
    assert.equal(validate(seed002), true, JSON.stringify(validate.errors));
    assert.equal(validate({ points: [{ period: '2015', established: -1, inProgress: 3 }] }), false);
    assert.equal(validate({ points: [] }), false);
    assert.ok(sipOverviewSchema.safeParse(seed002).success);
  });
});
