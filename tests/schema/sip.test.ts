import { expect } from '@open-wc/testing';
import {
  parseSipOverview,
  parseSipPlan,
  sipAgencies,
  sipAgencyPrincipal,
  sipCoverage,
  sipOverviewSchema,
  sipPlanSchema,
  sipPlanSchemaFor,
  sipSteps,
} from '../../src/schema/index.js';

/** A plan as a vendor's case system would send it: anonymous, named by roles. */
export function validPlan(overrides: Record<string, unknown> = {}) {
  return {
    id: 'sip-7f3a9c',
    step: 'following-up',
    needs: ['Stöd i boendet', 'Samordning av psykiatrisk vård och boendestöd'],
    goals: ['Bo kvar i egen lägenhet', 'Börja på daglig sysselsättning'],
    interventions: [
      { id: 'i1', text: 'Boendestöd två gånger i veckan', principal: 'kommun', agency: 'kommun-social-services' },
      { id: 'i2', text: 'Samtalsbehandling', principal: 'region', agency: 'region-psychiatry' },
      { id: 'i3', text: 'Arbetsträning', principal: 'other', agency: 'employment-service' },
    ],
    othersActions: [{ text: 'Anhöriga följer med till läkarbesök' }],
    overallResponsibility: { principal: 'kommun', agency: 'kommun-social-services', role: 'Handläggare socialpsykiatri' },
    followUps: [{ date: '2025-01-15', by: 'Samordnare', agency: 'kommun-social-services' }],
    nextFollowUp: { date: '2025-04-15', by: 'Samordnare på socialtjänsten' },
    consent: { status: 'given', date: '2024-11-02' },
    ...overrides,
  };
}

/** Seed 002 (Stockholm): SIP counts in 2013 and 2015, the need in 2015, plans by gender and two obstacles. */
const seed002: unknown = await (await fetch(new URL('../fixtures/sip-seed002.json', import.meta.url))).json();

const messages = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  r.error?.issues.map((i) => i.message) ?? [];
const paths = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('sipPlanSchema', () => {
  it('accepts a complete anonymous plan', () => {
    const r = parseSipPlan(validPlan());
    expect(r.success, messages(r).join('\n')).to.be.true;
  });

  it('accepts the least a plan needs: an id, a step and consent not yet given', () => {
    expect(parseSipPlan({ id: 'x', step: 'need-identified', consent: { status: 'not-given' } }).success).to.be.true;
  });

  it('knows the steps in their order', () => {
    expect(sipSteps).to.deep.equal(['need-identified', 'preparing', 'invited', 'meeting-held', 'following-up', 'closed']);
    expect(parseSipPlan(validPlan({ step: 'done' })).success).to.be.false;
  });

  it('refuses a personal identity number in any free text, with a message naming the field', () => {
    for (const overrides of [
      { id: '19121212-1212' },
      { needs: ['Behov för 121212-1212'] },
      { interventions: [{ text: 'Boendestöd för 19121212-1212', principal: 'kommun' }] },
      { nextFollowUp: { date: '2025-04-15', by: 'Tolvan 121212-1212' } },
    ]) {
      const r = parseSipPlan(validPlan(overrides));
      expect(r.success).to.be.false;
      expect(messages(r).join(' ')).to.contain('personnummer');
    }
  });

  it('says in Swedish and in English what is wrong, at the field', () => {
    const bad = validPlan({
      step: 'somewhere',
      interventions: [{ text: 'Samtal', principal: 'kommun', agency: 'region-psychiatry' }],
      consent: { status: 'withdrawn' },
      nextFollowUp: { date: '15/4/2025', by: 'Samordnare' },
    });
    const sv = parseSipPlan(bad);
    expect(paths(sv)).to.include.members(['step', 'interventions.0.agency', 'consent.date', 'nextFollowUp.date']);
    expect(messages(sv)).to.include('Ange datum för när samtycket gavs eller återkallades.');
    expect(messages(sv).join(' ')).to.contain('Regionens psykiatri hör inte till huvudmannen ”Kommunen”');
    expect(messages(sv).join(' ')).to.contain('ÅÅÅÅ-MM-DD');

    const en = parseSipPlan(bad, { locale: 'en' });
    expect(messages(en)).to.include('Enter the date when consent was given or withdrawn.');
    expect(messages(en).join(' ')).to.contain('Regional psychiatry does not belong to the principal “Municipality”');
    expect(messages(en).join(' ')).to.contain('YYYY-MM-DD');
  });

  it('refuses unknown fields, unknown principals and agencies, and twice the same intervention id', () => {
    const r = parseSipPlan(
      validPlan({
        name: 'Anna',
        interventions: [
          { id: 'a', text: 'Boendestöd', principal: 'landsting' },
          { id: 'a', text: 'Samtal', principal: 'region', agency: 'hospital' },
        ],
      }),
    );
    expect(messages(r)).to.include('Fältet name hör inte till en SIP. Ta bort det.');
    expect(paths(r)).to.include.members(['interventions.0.principal', 'interventions.1.agency', 'interventions.1.id']);
  });

  it('asks who follows up: a role or an agency', () => {
    const r = parseSipPlan(validPlan({ nextFollowUp: { date: '2025-04-15' } }));
    expect(paths(r)).to.deep.equal(['nextFollowUp.by']);
    expect(parseSipPlan(validPlan({ nextFollowUp: { date: '2025-04-15', agency: 'region-psychiatry' } })).success).to.be.true;
  });

  it('gives a plain message for something that is not a plan at all', () => {
    expect(messages(parseSipPlan('plan'))).to.deep.equal([
      'Uppgifterna är inte en SIP (ett objekt med minst "id", "step" och "consent" väntades).',
    ]);
  });

  it('keeps one schema per language, the Swedish one as default', () => {
    expect(sipPlanSchemaFor('sv')).to.equal(sipPlanSchema);
    expect(sipPlanSchemaFor('en')).to.not.equal(sipPlanSchema);
  });

  it('places every agency under its principal', () => {
    expect(sipAgencyPrincipal('region-psychiatry')).to.equal('region');
    expect(sipAgencyPrincipal('kommun-social-services')).to.equal('kommun');
    expect(sipAgencyPrincipal('social-insurance-agency')).to.equal('other');
    expect(sipAgencyPrincipal('other-agency')).to.equal(null);
    expect(sipAgencies.map((a) => a.code)).to.include.members(['social-insurance-agency', 'employment-service']);
  });
});

describe('sipOverviewSchema', () => {
  it('accepts seed 002 (Stockholm): counts per year, need, gender split and obstacles', () => {
    const r = sipOverviewSchema.safeParse(seed002);
    expect(r.success, messages(r).join('\n')).to.be.true;
  });

  it('gives the coverage of seed 002: (941 + 160) / 1,663 = 66 %', () => {
    expect(Math.round(sipCoverage(941, 160, 1663)! * 100)).to.equal(66);
    expect(sipCoverage(941, null, 1663)).to.equal(null);
    expect(sipCoverage(941, 160, undefined)).to.equal(null);
  });

  it('accepts counts already withheld at the source as null', () => {
    expect(parseSipOverview({ points: [{ period: '2015', established: 941, inProgress: null }] }).success).to.be.true;
  });

  it('needs a date or a period on each point, each once', () => {
    const r = parseSipOverview({
      points: [{ established: 1, inProgress: 2 }, { period: '2015', established: 1, inProgress: 2 }, { period: '2015', established: 3, inProgress: 4 }],
    });
    expect(messages(r)).to.deep.equal([
      'Ange ett datum (ÅÅÅÅ-MM-DD) eller en period (till exempel ”2015”) för varje tidpunkt.',
      'Tidpunkten ”2015” finns två gånger. Slå ihop dem eller ändra den ena.',
    ]);
  });

  it('refuses women and men adding up to more than the total', () => {
    const r = parseSipOverview(
      { points: [{ period: '2015', established: 900, inProgress: 160, byGender: { woman: { established: 435 }, man: { established: 506 } } }] },
      { locale: 'en' },
    );
    expect(messages(r)).to.deep.equal(['Women and men with “Plan drawn up” add up to more than the total for 2015.']);
  });

  it('refuses negative and fractional counts and a need of 0, naming the figure', () => {
    const r = parseSipOverview({ points: [{ period: '2015', established: -1, inProgress: 1.5, estimatedNeed: 0 }] });
    expect(paths(r)).to.deep.equal(['points.0.established', 'points.0.inProgress', 'points.0.estimatedNeed']);
    expect(messages(r)[0]).to.contain('”Plan upprättad” ska vara ett heltal');
  });

  it('needs at least one point', () => {
    expect(messages(parseSipOverview({ points: [] }))).to.deep.equal(['Ange minst en tidpunkt med antal.']);
  });
});
