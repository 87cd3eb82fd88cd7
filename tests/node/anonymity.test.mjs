// The personal-number guard of the built `samsyn/schema` entry, as a
// vendor's server runs it: the tables of tests/fixtures/personal-numbers.mjs
// (the same ones the browser tests read) against free text and against the
// id fields of the action plan and the views of user organisations.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as schema from 'samsyn/schema';
import { ordinaryTexts, personalNumbers, write } from '../fixtures/personal-numbers.mjs';

const { anonymousId, anonymousText, containsPersonalNumber, findPersonalNumber, parseActionPlan, parseParticipation, parseSipPlan, recordSchema } = schema;

const freeTextMessage = { sv: /personnummer eller samordningsnummer/, en: /personal identity or coordination number/ };
const idMessage = { sv: /^Ett id får inte innehålla ett personnummer eller samordningsnummer/, en: /^An id must not contain a Swedish personal identity or coordination number/ };
const messagesAt = (result, path) => (result.error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => i.message);

const plan = (row = {}, area = {}) => ({
  title: 'Handlingsplan 2013–2017',
  areas: [{ code: 'digital', label: { sv: 'Digital delaktighet' }, ...area }],
  rows: [{ id: 'r1', area: 'housing', goal: 'Fler i eget boende', activity: 'Boendestöd', responsible: 'Socialtjänsten', status: 'ongoing', ...row }],
});
const participation = (organisation = {}, view = {}) => ({
  organisations: [{ id: 'rsmh', name: 'RSMH', ...organisation }],
  views: [{ id: 'v1', text: 'Fler boendestödjare behövs', rows: ['r1'], ...view }],
});

test('the tables hold at least 40 numbers and 40 ordinary texts', () => {
  assert.ok(personalNumbers.length >= 40, `${personalNumbers.length} numbers`);
  assert.ok(ordinaryTexts.length >= 40, `${ordinaryTexts.length} ordinary texts`);
});

describe('every written form of a personal identity number is refused', () => {
  for (const { form, text } of personalNumbers) {
    test(form, () => {
      assert.ok(findPersonalNumber(text), JSON.stringify(text));
      for (const locale of /** @type {const} */ (['sv', 'en'])) {
        const free = anonymousText({ label: 'Anteckning', maxLength: 200, locale }).safeParse(text);
        assert.equal(free.success, false, `free text (${locale}) accepted ${JSON.stringify(text)}`);
        assert.match(free.error.issues.map((i) => i.message).join('\n'), freeTextMessage[locale]);
        for (const [result, path] of /** @type {Array<[any, string]>} */ ([
          [parseActionPlan(plan({ id: text }), { locale }), 'rows.0.id'],
          [parseActionPlan(plan({}, { code: text }), { locale }), 'areas.0.code'],
          [parseParticipation(participation({ id: text }), { locale }), 'organisations.0.id'],
          [parseParticipation(participation({}, { id: text }), { locale }), 'views.0.id'],
        ])) {
          assert.equal(result.success, false, `${path} (${locale}) accepted ${JSON.stringify(text)}`);
          assert.ok(
            messagesAt(result, path).some((m) => idMessage[locale].test(m)),
            `${path} (${locale}) says an id must not be one; got ${JSON.stringify(messagesAt(result, path))}`,
          );
        }
      }
    });
  }
});

describe('ordinary text with numbers in it is accepted', () => {
  for (const text of ordinaryTexts) {
    test(text, () => {
      assert.equal(findPersonalNumber(text), null);
      assert.equal(containsPersonalNumber(text), false);
      const result = parseActionPlan(plan({ result: text, schedule: text }));
      assert.ok(result.success, JSON.stringify(result.error?.issues));
      const views = parseParticipation(participation({ representatives: text }, { text }));
      assert.ok(views.success, JSON.stringify(views.error?.issues));
    });
  }
});

describe('the helpers and the other schemas', () => {
  test('anonymousId is a check for any string schema, and ordinary ids pass', async () => {
    const { string } = await import('zod/mini');
    const id = string().check(anonymousId({ label: 'Ärende', locale: 'en' }));
    assert.equal(id.safeParse('case-2024-05-01').success, true);
    assert.match(id.safeParse('198112189876').error.issues[0].message, idMessage.en);
  });

  test('a bare run that could be a phone number or a timestamp gets the hint how to write those', () => {
    const phoneLike = write('2007-01-23', '456', 'YYMMDDNNNN');
    const message = anonymousText({ label: 'Kontakt', maxLength: 100, locale: 'sv' }).safeParse(phoneLike).error.issues[0].message;
    assert.match(message, /070-123 45 67 eller 2024-05-01 10:30/);
    const withDash = anonymousText({ label: 'Kontakt', maxLength: 100, locale: 'en' }).safeParse(write('2007-01-23', '456', 'YYMMDD-NNNN'));
    assert.doesNotMatch(withDash.error.issues[0].message, /070-123 45 67/);
  });

  test("SIP ids and the record format's role and answers", () => {
    const base = { id: 'sip-1', step: 'preparing', consent: { status: 'not-given' } };
    assert.equal(parseSipPlan(base).success, true);
    assert.match(messagesAt(parseSipPlan({ ...base, id: '811218–9876' }), 'id')[0], idMessage.sv);
    const record = { definition: 'national-inventory@1', answers: {} };
    assert.equal(recordSchema.safeParse(record).success, true);
    assert.equal(recordSchema.safeParse({ ...record, role: '811218-9876' }).success, false);
    assert.equal(recordSchema.safeParse({ ...record, answers: { note: 'Ring 8112189876' } }).success, false);
  });
});
