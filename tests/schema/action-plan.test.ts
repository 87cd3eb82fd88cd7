import { expect } from '@open-wc/testing';
import {
  actionPlanSchema,
  actionPlanSchemaFor,
  defaultPlanAreas,
  isRowOverdue,
  parseActionPlan,
  parseParticipation,
  parseSipPlan,
  participationSchema,
  planAreas,
  suggestedOrganisations,
  targetReached,
  viewsByRow,
  type ActionPlan,
  type PlanTarget,
} from '../../src/schema/index.js';

function validPlan(): ActionPlan {
  return {
    title: 'Handlingsplan 2013–2017',
    period: '2013–2017',
    areas: [{ code: 'digital', label: { sv: 'Digital delaktighet', en: 'Digital inclusion' } }],
    rows: [
      {
        id: 'r1',
        area: 'occupation',
        goal: 'Fler i arbete eller studier',
        activity: 'Individanpassad arbetsträning',
        responsible: 'Arbetsmarknadsenheten',
        deadline: '2007-12-31',
        followUpDate: '2008-03-31',
        status: 'done',
        result: '8 av 50 deltagare började arbeta eller studera.',
        target: { description: 'Andel till arbete eller studier', direction: 'at-least', value: 30, unit: 'percent', outcome: 16 },
      },
      { id: 'r2', area: 'digital', goal: 'Fler på nätet', activity: 'Datorkurser', responsible: 'Biblioteket', status: 'ongoing', schedule: 'under 2016' },
    ],
  };
}

/** `path → message` of every issue. */
function issuesOf(input: unknown, locale: 'sv' | 'en' = 'sv'): Record<string, string> {
  const result = parseActionPlan(input, { locale });
  expect(result.success, 'expected the plan to be rejected').to.equal(false);
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('action plan schema', () => {
  it('accepts a complete plan and returns it unchanged', () => {
    const result = parseActionPlan(validPlan());
    expect(result.success).to.equal(true);
    expect(result.data).to.deep.equal(validPlan());
    expect(actionPlanSchema.safeParse(validPlan()).success).to.equal(true);
  });

  it('has the areas of seed 002 as its default vocabulary, in order, with English names', () => {
    expect(defaultPlanAreas.map((a) => a.label.sv)).to.deep.equal([
      'Boende',
      'Sysselsättning',
      'Hälsa',
      'Barn som anhöriga',
      'Anhöriga',
      'Neuropsykiatriska funktionsnedsättningar',
      'SIP',
      'Uppsökande arbete',
    ]);
    expect(defaultPlanAreas.every((a) => a.label.en)).to.equal(true);
    expect(planAreas(validPlan()).map((a) => a.code).slice(-2)).to.deep.equal(['outreach', 'digital']);
  });

  it('names each problem at its field, in Swedish and in English', () => {
    const plan = validPlan() as unknown as { rows: Array<Record<string, unknown>> };
    plan.rows[0] = { ...plan.rows[0], goal: '   ', deadline: '2007-02-30', status: 'finished', responsible: 42 };
    plan.rows[1] = { ...plan.rows[1], area: 'unknown-area', id: 'r1', extra: true };
    expect(issuesOf(plan)).to.deep.equal({
      'rows.0.goal': 'Fyll i ”Mål”.',
      'rows.0.deadline': '”Tidplan” måste vara ett riktigt datum i formen ÅÅÅÅ-MM-DD, till exempel 2025-12-31.',
      'rows.0.status': 'Välj ett av alternativen för ”Status”.',
      'rows.0.responsible': 'Svaret på frågan ”Huvudansvar” måste vara en text.',
      'rows.1': 'Handlingsplanen har fält som inte finns i formatet: extra.',
      'rows.1.id': 'Två rader har samma id ”r1”. Varje rad behöver ett eget id.',
      'rows.1.area': 'Området ”unknown-area” finns inte i planen. Välj ett av planens områden.',
    });
    const english = issuesOf(plan, 'en');
    expect(english['rows.0.goal']).to.equal('Enter “Goal”.');
    expect(english['rows.1.area']).to.equal('The area “unknown-area” is not in the plan. Choose one of the plan\'s areas.');
  });

  it('takes the language the texts are written in as a language tag, and nothing else', () => {
    for (const lang of ['sv', 'en', 'fi', 'se-FI', 'sv-x-lattlast']) {
      expect(parseActionPlan({ ...validPlan(), lang }).data?.lang, lang).to.equal(lang);
      expect(parseParticipation({ organisations: [], views: [], lang }).success, lang).to.equal(true);
      expect(parseSipPlan({ id: 'x', step: 'preparing', consent: { status: 'not-given' }, lang }).success, lang).to.equal(true);
    }
    for (const lang of ['', 'svenska', 'sv_SE', 'sv-', 42, 'sv-19811218-9876']) {
      expect(issuesOf({ ...validPlan(), lang })).to.deep.equal({ lang: 'Ange språket med en språkkod, till exempel sv eller en.' });
      expect(parseParticipation({ organisations: [], views: [], lang }, { locale: 'en' }).error?.issues.map((i) => [i.path.join('.'), i.message])).to.deep.equal([
        ['lang', 'Give the language as a language tag, such as sv or en.'],
      ]);
      expect(parseSipPlan({ id: 'x', step: 'preparing', consent: { status: 'not-given' }, lang }).success, String(lang)).to.equal(false);
    }
  });

  it('checks a target against its unit', () => {
    const withTarget = (target: Record<string, unknown>) => {
      const plan = validPlan();
      (plan.rows[0] as Record<string, unknown>).target = target;
      return plan;
    };
    const base = { description: 'Andel', direction: 'at-least', value: 30, unit: 'percent' };
    expect(issuesOf(withTarget({ ...base, value: 130, outcome: -1 }))).to.deep.equal({
      'rows.0.target.outcome': '”Utfall” får inte vara negativt.',
      'rows.0.target.value': '”Målvärde” måste vara mellan 0 och 100 när enheten är procent.',
    });
    expect(issuesOf(withTarget({ ...base, unit: 'count', value: 2.5 }))).to.deep.equal({
      'rows.0.target.value': '”Målvärde” måste vara ett heltal när enheten är antal eller dagar.',
    });
    expect(issuesOf(withTarget({ ...base, direction: 'more', value: '30', description: '' }))).to.deep.equal({
      'rows.0.target.description': 'Fyll i ”Vad som mäts”.',
      'rows.0.target.direction': 'Välj ett av alternativen för ”Målets riktning”.',
      'rows.0.target.value': '”Målvärde” måste vara ett tal, till exempel 30 eller 12,5.',
    });
    expect(parseActionPlan(withTarget({ ...base, unit: 'per-mille', value: 999.5 })).success).to.equal(true);
  });

  it('refuses personal identity numbers in every free-text field', () => {
    for (const field of ['goal', 'activity', 'responsible', 'schedule', 'result']) {
      const plan = validPlan();
      (plan.rows[1] as Record<string, unknown>)[field] = 'Gäller 19121212-1212';
      expect(Object.keys(issuesOf(plan)), field).to.deep.equal([`rows.1.${field}`]);
    }
    const titled = { ...validPlan(), title: 'Plan för 121212-1212' };
    expect(issuesOf(titled).title).to.contain('personnummer');
    const target = validPlan();
    target.rows[0].target!.description = 'Andel 191212121212';
    expect(Object.keys(issuesOf(target))).to.deep.equal(['rows.0.target.description']);
    // An ordinary number is not a personal identity number.
    const ordinary = validPlan();
    ordinary.rows[0].result = 'Kostnad 1 200 000 kr, telefon 0701234567';
    expect(parseActionPlan(ordinary).success).to.equal(true);
  });

  it('refuses an own area that repeats a default one, and bad codes', () => {
    const plan = { ...validPlan(), areas: [{ code: 'housing', label: { sv: 'Boende igen' } }, { code: 'Bad Code', label: { sv: 'X' } }] };
    plan.rows = plan.rows.slice(0, 1);
    const issues = issuesOf(plan);
    expect(issues['areas.0.code']).to.equal('Området ”housing” finns redan. Ge det nya området ett annat namn.');
    expect(issues['areas.1.code']).to.contain('små bokstäver a–z');
  });

  it('says what is wrong with something that is not a plan', () => {
    expect(issuesOf(null)).to.deep.equal({ '': 'Uppgifterna är inte en handlingsplan (ett objekt med ”title” och ”rows” väntades).' });
    expect(issuesOf({ title: 'x', rows: 'none' })).to.deep.equal({ rows: '”Rader” måste vara en lista.' });
    expect(actionPlanSchemaFor('en').safeParse([]).error!.issues[0].message).to.equal(
      'The data is not an action plan (an object with “title” and “rows” was expected).',
    );
  });

  describe('overdue and targets', () => {
    it('is overdue only after the deadline, and never when done or cancelled', () => {
      const row = { deadline: '2015-12-31', status: 'ongoing' as const };
      expect(isRowOverdue(row, '2015-12-30')).to.equal(false);
      expect(isRowOverdue(row, '2015-12-31')).to.equal(false);
      expect(isRowOverdue(row, '2016-01-01')).to.equal(true);
      expect(isRowOverdue({ ...row, status: 'not-started' }, '2016-01-01')).to.equal(true);
      expect(isRowOverdue({ ...row, status: 'done' }, '2016-01-01')).to.equal(false);
      expect(isRowOverdue({ ...row, status: 'cancelled' }, '2016-01-01')).to.equal(false);
      expect(isRowOverdue({ status: 'ongoing' }, '2099-01-01')).to.equal(false);
    });

    it('reaches a target at or beyond its value, in its direction (seed 001: at least 30 %, 16 % is not reached)', () => {
      const target = (t: Partial<PlanTarget>): PlanTarget => ({ description: 'd', direction: 'at-least', value: 30, unit: 'percent', ...t });
      expect(targetReached(target({ outcome: 16 }))).to.equal(false);
      expect(targetReached(target({ outcome: 30 }))).to.equal(true);
      expect(targetReached(target({ direction: 'at-most', value: 14, unit: 'days', outcome: 14 }))).to.equal(true);
      expect(targetReached(target({ direction: 'at-most', value: 14, unit: 'days', outcome: 15 }))).to.equal(false);
      expect(targetReached(target({}))).to.equal(undefined);
    });
  });
});

describe('participation schema', () => {
  const valid = () => ({
    date: '2013-10-01',
    organisations: [
      { id: 'rsmh', name: 'RSMH Tierp', representatives: 'två företrädare' },
      { id: 'attention', name: 'Attention' },
    ],
    views: [
      { id: 'v1', organisation: 'rsmh', text: 'Fler boendealternativ behövs.', rows: ['r1', 'r2'] },
      { id: 'v2', text: 'Bättre information om SIP.', rows: ['r2'] },
      { id: 'v3', organisation: 'attention', text: 'Habiliteringen saknas.' },
    ],
  });

  it('accepts views of named organisations and joint views', () => {
    const result = parseParticipation(valid());
    expect(result.success).to.equal(true);
    expect(participationSchema.safeParse({ organisations: [], views: [] }).success).to.equal(true);
  });

  it('suggests the usual user organisations', () => {
    expect(suggestedOrganisations).to.include.members(['RSMH', 'Attention', 'IFS', 'Schizofreniförbundet']);
  });

  it('lists the views each plan row answers', () => {
    const byRow = viewsByRow(valid());
    expect(byRow.get('r1')!.map((v) => v.id)).to.deep.equal(['v1']);
    expect(byRow.get('r2')!.map((v) => v.id)).to.deep.equal(['v1', 'v2']);
    expect(byRow.has('r3')).to.equal(false);
  });

  it('names each problem at its field', () => {
    const input = valid() as unknown as { date: string; organisations: Array<Record<string, unknown>>; views: Array<Record<string, unknown>> };
    input.date = '1 oktober';
    input.organisations[1].id = 'rsmh';
    input.organisations[0].representatives = 'Anna 121212-1212';
    input.views[2].organisation = 'ifs';
    input.views[1].text = '';
    input.views[0].rows = ['ok', 'not ok'];
    const result = parseParticipation(input);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(issues).to.deep.equal({
      date: '”Datum för samrådet” måste vara ett riktigt datum i formen ÅÅÅÅ-MM-DD, till exempel 2025-12-31.',
      'organisations.0.representatives':
        'Svaret på ”Företrädare” ser ut att innehålla ett personnummer eller samordningsnummer. Uppgifterna ska vara anonyma: ta bort numret.',
      'views.0.rows.1': '”Rader i handlingsplanen” får bara innehålla bokstäver a–z, siffror, bindestreck och understreck (högst 64 tecken).',
      'views.1.text': 'Fyll i ”Synpunkt”.',
      'organisations.1.id': 'Två poster har samma id ”rsmh”.',
      'views.2.organisation': 'Organisationen ”ifs” finns inte bland de organisationer som har lämnat synpunkter.',
    });
    expect(parseParticipation(input, { locale: 'en' }).error!.issues.find((i) => i.path.join('.') === 'views.1.text')!.message).to.equal('Enter “View”.');
  });
});
