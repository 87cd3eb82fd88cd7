import { expect } from '@open-wc/testing';
import {
  anonymousId,
  anonymousText,
  containsPersonalNumber,
  findPersonalNumber,
  optionCodeSchema,
  parseActionPlan,
  parseParticipation,
  parseSipPlan,
  questionIdSchema,
  recordSchema,
  recordSchemaFor,
  sectionIdSchema,
  type Locale,
} from '../../src/schema/index.js';
import * as z from 'zod/mini';
import { checkDigit, ordinaryTexts, personalNumbers, write } from '../fixtures/personal-numbers.mjs';
import { survey, valid as validRecords } from '../fixtures/aggregate-survey.js';

type Result = { success: boolean; error?: { issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }> } };
const messagesAt = (r: Result, path: string) => r.error?.issues.filter((i) => i.path.join('.') === path).map((i) => i.message) ?? [];
const all = (r: Result) => r.error?.issues.map((i) => i.message).join('\n') ?? '';

const freeTextMessage = { sv: /personnummer eller samordningsnummer/, en: /personal identity or coordination number/ };
const idMessage = { sv: /^Ett id får inte innehålla ett personnummer eller samordningsnummer/, en: /^An id must not contain a Swedish personal identity or coordination number/ };
const phoneHint = { sv: /Skriv det då som 070-123 45 67 eller 2024-05-01 10:30\.$/, en: /write it as 070-123 45 67 or 2024-05-01 10:30\.$/ };
const locales: Locale[] = ['sv', 'en'];

function plan(row: Record<string, unknown> = {}, area: Record<string, unknown> = {}) {
  return {
    title: 'Handlingsplan 2013–2017',
    areas: [{ code: 'digital', label: { sv: 'Digital delaktighet' }, ...area }],
    rows: [{ id: 'r1', area: 'housing', goal: 'Fler i eget boende', activity: 'Boendestöd', responsible: 'Socialtjänsten', status: 'ongoing', ...row }],
  };
}

function participation(organisation: Record<string, unknown> = {}, view: Record<string, unknown> = {}) {
  return {
    organisations: [{ id: 'rsmh', name: 'RSMH', ...organisation }],
    views: [{ id: 'v1', text: 'Fler boendestödjare behövs', rows: ['r1'], ...view }],
  };
}

describe('the tables of the personal-number guard', () => {
  it('hold at least 40 valid numbers and 40 ordinary texts, none twice', () => {
    expect(personalNumbers.length).to.be.at.least(40);
    expect(ordinaryTexts.length).to.be.at.least(40);
    expect(new Set(personalNumbers.map((p) => p.text)).size).to.equal(personalNumbers.length);
    expect(new Set(ordinaryTexts).size).to.equal(ordinaryTexts.length);
  });

  it('compute the check digit as Skatteverket does (Luhn over YYMMDDNNN)', () => {
    // 121212-1212 is Skatteverket's own example number; 811218-9876 the one in the README.
    expect(checkDigit('121212121')).to.equal(2);
    expect(checkDigit('811218987')).to.equal(6);
    expect(write('1981-12-18', '987', 'YYYYMMDD-NNNN')).to.equal('19811218-9876');
    expect(write('1970-10-03', '239', 'YYMMDD-NNNN', { coordination: true })).to.equal('701063-2391');
  });
});

describe('free text refuses a personal identity number however it is written', () => {
  const schemas = { sv: anonymousText({ label: 'Anteckning', maxLength: 200, locale: 'sv' }), en: anonymousText({ label: 'Note', maxLength: 200, locale: 'en' }) };
  for (const { form, text } of personalNumbers) {
    it(form, () => {
      expect(findPersonalNumber(text), JSON.stringify(text)).to.be.a('string');
      expect(containsPersonalNumber(text)).to.be.true;
      for (const locale of locales) {
        const r = schemas[locale].safeParse(text);
        expect(r.success, `${locale}: ${JSON.stringify(text)}`).to.be.false;
        expect(all(r)).to.match(freeTextMessage[locale]);
      }
      expect(parseActionPlan(plan({ result: `Uppföljt, se ${text}` })).success).to.be.false;
    });
  }
});

describe('id and code fields refuse a personal identity number however it is written', () => {
  for (const { form, text } of personalNumbers) {
    it(form, () => {
      for (const locale of locales) {
        const checks: Array<[Result, string]> = [
          [parseActionPlan(plan({ id: text }), { locale }), 'rows.0.id'],
          [parseActionPlan(plan({}, { code: text }), { locale }), 'areas.0.code'],
          [parseParticipation(participation({ id: text }), { locale }), 'organisations.0.id'],
          [parseParticipation(participation({}, { id: text }), { locale }), 'views.0.id'],
          [parseParticipation(participation({}, { rows: [text] }), { locale }), 'views.0.rows.0'],
        ];
        for (const [r, path] of checks) {
          expect(r.success, `${path} accepted ${JSON.stringify(text)}`).to.be.false;
          // Also when the id breaks the id pattern (an en dash, a space): the message says why it matters.
          expect(messagesAt(r, path).some((m) => idMessage[locale].test(m)), `${path} (${locale}): ${messagesAt(r, path).join(' | ')}`).to.be.true;
        }
      }
    });
  }
});

describe('ordinary text with numbers in it is accepted', () => {
  const schema = anonymousText({ label: 'Anteckning', maxLength: 200, locale: 'sv' });
  for (const text of ordinaryTexts) {
    it(text, () => {
      expect(findPersonalNumber(text)).to.equal(null);
      const r = schema.safeParse(text);
      expect(r.success, all(r)).to.be.true;
      const p = parseActionPlan(plan({ result: text }));
      expect(p.success, all(p)).to.be.true;
      const v = parseParticipation(participation({ representatives: text }, { text }));
      expect(v.success, all(v)).to.be.true;
    });
  }
});

describe('findPersonalNumber', () => {
  it('gives the number as it is written in the text, with whatever was between its digits', () => {
    expect(findPersonalNumber('Klienten 811218–9876 har fått stöd')).to.equal('811218–9876');
    expect(findPersonalNumber('nr 8112\u200B189876.')).to.equal('8112\u200B189876');
    expect(findPersonalNumber('８１１２１８－９８７６')).to.equal('８１１２１８－９８７６');
    expect(findPersonalNumber('född 1981-12-18-9876')).to.equal('1981-12-18-9876');
  });

  it('lets a wrong check digit, an impossible date and an unknown century through', () => {
    for (const text of [
      '811218-9875',
      '811218 9877',
      '8112189870',
      write('1981-13-18', '987', 'YYMMDD-NNNN'),
      write('1981-02-29', '987', 'YYMMDDNNNN'),
      write('1981-04-31', '987', 'YYYYMMDD-NNNN'),
      write('1900-02-29', '987', 'YYYYMMDDNNNN'),
      write('1981-12-32', '987', 'YYMMDD-NNNN'),
      write('1981-12-00', '987', 'YYMMDD-NNNN'),
      write('1781-12-18', '987', 'YYYYMMDDNNNN'),
      write('2181-12-18', '987', 'YYYYMMDD-NNNN'),
    ]) {
      expect(findPersonalNumber(text), text).to.equal(null);
    }
  });

  it('reads 29 February as a date of a leap year only', () => {
    expect(findPersonalNumber(write('2000-02-29', '224', 'YYYYMMDDNNNN'))).to.be.a('string');
    expect(findPersonalNumber(write('1984-02-29', '224', 'YYMMDD-NNNN'))).to.be.a('string');
    expect(findPersonalNumber(write('1983-02-29', '224', 'YYMMDD-NNNN'))).to.equal(null);
  });

  it('needs the whole digit run to be the number: 11 or 13 digits are something else', () => {
    expect(findPersonalNumber(`4${write('1981-12-18', '987', 'YYMMDDNNNN')}`)).to.equal(null);
    expect(findPersonalNumber(`${write('1981-12-18', '987', 'YYYYMMDDNNNN')}1`)).to.equal(null);
  });
});

describe('the trade-offs with phone numbers and timestamps', () => {
  // 070-123 45 6X is also the number of someone born on 23 January 2007.
  const phoneLike = write('2007-01-23', '456', 'YYMMDDNNNN');
  const phoneWritten = `${phoneLike.slice(0, 3)}-${phoneLike.slice(3, 6)} ${phoneLike.slice(6, 8)} ${phoneLike.slice(8)}`;

  it('refuses ten bare digits that make a valid number, even starting with 0, and says how to write a phone number', () => {
    expect(phoneLike.startsWith('070')).to.be.true;
    for (const locale of locales) {
      const r = anonymousText({ label: 'Kontakt', maxLength: 100, locale }).safeParse(`Ring ${phoneLike}`);
      expect(r.success).to.be.false;
      expect(all(r)).to.match(freeTextMessage[locale]).and.to.match(phoneHint[locale]);
    }
  });

  it('accepts the same phone number written the usual way', () => {
    for (const text of [phoneWritten, `+46 ${phoneWritten.slice(1)}`, phoneWritten.replace('-', ' ')]) {
      expect(findPersonalNumber(text), text).to.equal(null);
    }
  });

  it('refuses a compact timestamp that makes a valid number, and says to write the time with a colon', () => {
    const stamp = write('2024-05-01', '103', 'YYYYMMDDNNNN');
    expect(stamp.startsWith('2024050110')).to.be.true;
    const r = anonymousText({ label: 'Tid', maxLength: 100, locale: 'sv' }).safeParse(stamp);
    expect(r.success).to.be.false;
    expect(all(r)).to.contain('2024-05-01 10:30');
    expect(findPersonalNumber(`2024-05-01 10:${stamp.slice(-2)}`)).to.equal(null);
  });

  it('gives the hint only for bare digits: a number written with a dash is no phone number', () => {
    const r = anonymousText({ label: 'Företrädare', maxLength: 100, locale: 'sv' }).safeParse('Anna 121212-1212');
    expect(all(r)).to.equal(
      'Svaret på ”Företrädare” ser ut att innehålla ett personnummer eller samordningsnummer. Uppgifterna ska vara anonyma: ta bort numret.',
    );
  });
});

describe('every id and code field of every schema', () => {
  const number = '811218-9876';
  const bare = '198112189876';

  it('anonymousId is a check that any string schema ends with', () => {
    const schema = z.string().check(anonymousId({ label: 'Ärende-id', locale: 'sv' }));
    expect(schema.safeParse('a-17').success).to.be.true;
    expect(all(schema.safeParse(bare))).to.equal(
      'Ett id får inte innehålla ett personnummer eller samordningsnummer, men ”Ärende-id” ser ut att göra det. Uppgifterna ska vara anonyma: använd ett löpnummer, till exempel r1.',
    );
  });

  it('action plan: a row, its area and an area code', () => {
    expect(messagesAt(parseActionPlan(plan({ id: bare })), 'rows.0.id')).to.have.length(1);
    expect(all(parseActionPlan(plan({ area: number })))).to.match(idMessage.sv);
    expect(messagesAt(parseActionPlan(plan({}, { code: number }), { locale: 'en' }), 'areas.0.code')[0]).to.match(idMessage.en);
    expect(parseActionPlan(plan({ id: 'r-2024-05-01' })).success).to.be.true;
  });

  it("participation: an organisation's id, a view's id, its organisation and its rows", () => {
    expect(messagesAt(parseParticipation(participation({ id: bare })), 'organisations.0.id')[0]).to.match(idMessage.sv);
    expect(messagesAt(parseParticipation(participation({}, { organisation: number })), 'views.0.organisation')[0]).to.match(idMessage.sv);
    expect(messagesAt(parseParticipation(participation({}, { rows: ['r1', bare] })), 'views.0.rows.1')[0]).to.match(idMessage.sv);
  });

  it("SIP: the plan's id and an intervention's id, saying that an id must not be one", () => {
    const base = { id: 'sip-7f3a9c', step: 'preparing', consent: { status: 'not-given' } };
    expect(parseSipPlan(base).success).to.be.true;
    for (const locale of locales) {
      expect(messagesAt(parseSipPlan({ ...base, id: '811218–9876' }, { locale }), 'id')[0]).to.match(idMessage[locale]);
      const withIntervention = { ...base, interventions: [{ id: bare, text: 'Boendestöd', principal: 'kommun' }] };
      expect(messagesAt(parseSipPlan(withIntervention, { locale }), 'interventions.0.id')[0]).to.match(idMessage[locale]);
    }
  });

  it('the record format: the role, the question ids and every answer', () => {
    const record = { definition: 'test-survey@1', answers: { gender: 'woman' } };
    expect(recordSchema.safeParse(record).success).to.be.true;
    expect(recordSchema.safeParse({ ...record, role: number }).success).to.be.false;
    expect(recordSchema.safeParse({ ...record, answers: { [bare]: 'woman' } }).success).to.be.false;
    const answer = recordSchema.safeParse({ ...record, answers: { note: `Ring ${bare}` } });
    expect(messagesAt(answer, 'answers.note')[0]).to.match(freeTextMessage.sv);
    expect(recordSchema.safeParse({ ...record, answers: { tags: ['a', number] } }).success).to.be.false;
  });

  it("a definition's question ids, section ids and option codes", () => {
    expect(optionCodeSchema.safeParse('811218-9876').success).to.be.false;
    expect(optionCodeSchema.safeParse('25-34').success).to.be.true;
    expect(questionIdSchema.safeParse('p8112189876').success).to.be.false;
    expect(sectionIdSchema.safeParse('s-811218-9876').success).to.be.false;
  });

  it("a text answer of a definition's record, in the new forms", () => {
    const schema = recordSchemaFor(survey);
    const text = survey.sections.flatMap((s) => s.questions).find((q) => q.kind === 'text');
    expect(text, 'the survey has a text question').to.exist;
    const r = schema.safeParse({ ...validRecords[0], answers: { ...validRecords[0].answers, [text!.id]: 'Ring 811218 9876' } });
    expect(messagesAt(r, `answers.${text!.id}`).join(' ')).to.match(freeTextMessage.sv);
  });
});
