import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unzipSync, strFromU8 } from 'fflate';
import '../../src/components/report-document/report-document.js';
import type { SamsynReportDocument } from '../../src/components/report-document/report-document.js';
import { generateRecords } from '../../src/aggregate/index.js';
import { analysisDefinition } from '../../src/definitions/analysis.js';
import type { Definition } from '../../src/schema/questionnaire.js';
import type { ActionPlan } from '../../src/schema/action-plan.js';
import type { Participation } from '../../src/schema/participation.js';
import { deepFocus, expectNoAxeViolations } from '../helpers/a11y.js';

const records = generateRecords({ count: 120, seed: 21 }).map((r, i) => ({ ...r, formType: i % 4 === 0 ? 'interview' : 'staff' }));

/** A kommun's own analysis: the national four questions and one of its own. */
const ownAnalysis: Definition = {
  ...analysisDefinition,
  id: 'norrvik-analysis',
  sections: [
    ...analysisDefinition.sections,
    {
      id: 'norrvik',
      title: { sv: 'Norrviks egna frågor', en: "Norrvik's own questions" },
      questions: [{ id: 'housingQueue', kind: 'text', maxLength: 2000, label: { sv: 'Hur ser bostadskön ut?', en: 'What does the housing queue look like?' } }],
    },
  ],
};

const plan: ActionPlan = {
  title: 'Handlingsplan 2027',
  period: '2027',
  rows: [
    {
      id: 'sip-1',
      area: 'sip',
      goal: 'Alla med behov av SIP erbjuds SIP',
      activity: 'Följ upp att fler SIP erbjuds',
      responsible: 'Verksamhetschefer',
      deadline: '2027-06-30',
      status: 'ongoing',
    },
  ],
};

const participation: Participation = {
  date: '2026-10-01',
  organisations: [{ id: 'rsmh', name: 'RSMH', representatives: 'Ordförande' }],
  views: [{ id: 'v1', organisation: 'rsmh', text: 'Fler boendealternativ behövs inom kommunen.' }],
};

const root = (el: Element) => el.shadowRoot!;
const headingsOf = (el: Element) =>
  [...root(el).querySelectorAll('h2, h3, h4, h5, h6')].map((h) => `${h.tagName.toLowerCase()} ${h.textContent.trim()}`);

async function documentOf(template: ReturnType<typeof html>): Promise<SamsynReportDocument> {
  const el = await fixture<SamsynReportDocument>(template);
  await el.settled();
  return el;
}

function full(lang = 'sv') {
  return html`<samsyn-report-document
    lang=${lang}
    kommun="Norrviks kommun"
    period="2026"
    responsible="Närvårdskoordinator"
    date="2026-10-30"
    background="Regeringen beslutade om riktade insatser.\n\nInventeringen gjordes under våren."
    heading-level="3"
    .records=${records}
    .meta=${{
      target: 100,
      units: [
        { unit: 'Socialpsykiatri', records: 70 },
        { unit: 'Boendestöd', records: 47 },
        { unit: 'Personligt ombud', records: 3 },
      ],
    }}
    .analysisDefinition=${ownAnalysis}
    .analysis=${{ definition: 'norrvik-analysis@1', answers: { matchesPicture: 'Bilden av boende är representativ.', housingQueue: 'Kön är lång.' } }}
    .plan=${plan}
    .participation=${participation}
    .statement=${{ signatory: 'Anna Andersson, närvårdskoordinator', date: '2026-10-30' }}
  ></samsyn-report-document>`;
}

describe('samsyn-report-document', () => {
  it('shows only the cover when nothing else is given, and each part once its data is', async () => {
    const el = await documentOf(html`<samsyn-report-document kommun="Norrviks kommun" period="2026" responsible="Socialchef" date="2026-10-30"></samsyn-report-document>`);
    const cover = root(el).querySelector('[part~="cover"]')!;
    expect(cover.textContent).to.contain('Norrviks kommun');
    expect(cover.textContent).to.contain('Inventering av behov hos personer med psykisk funktionsnedsättning');
    expect(cover.textContent).to.contain('2026');
    expect(cover.textContent).to.contain('Socialchef');
    expect(cover.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-30');
    expect(root(el).querySelector('[part~="contents"]'), 'no contents for a cover alone').to.equal(null);
    expect(root(el).querySelectorAll('section.part')).to.have.length(0);

    el.statement = { signatory: 'Anna Andersson' };
    await el.updateComplete;
    expect(root(el).querySelector('#statement')!.textContent).to.contain('kan härledas till någon enskild person');
    expect(root(el).querySelector('[part~="statement"]')!.textContent).to.contain('Anna Andersson');
  });

  it('lists every part in the contents, in order, with links that move focus to the part', async () => {
    const el = await documentOf(full());
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="contents"] a')];
    expect(links.map((a) => a.textContent.trim())).to.deep.equal([
      'Bakgrund',
      'Så gjordes inventeringen',
      'Resultat',
      'Analys',
      'Handlingsplan',
      'Brukarorganisationernas synpunkter',
      'Intygande om anonymitet',
    ]);
    for (const a of links) expect(root(el).querySelector(a.getAttribute('href')!), a.getAttribute('href')!).to.not.equal(null);
    links[3].click();
    expect(deepFocus()).to.equal(root(el).querySelector('#analysis'));
  });

  it('keeps one outline under heading-level: title, parts one level below, what they contain below that', async () => {
    const el = await documentOf(full());
    await waitUntil(() => el.report?.shownResult, 'the results are counted', { timeout: 60_000 });
    await el.report!.settled();
    const headings = headingsOf(el);
    expect(headings[0]).to.equal('h3 Inventering av behov hos personer med psykisk funktionsnedsättning');
    expect(headings).to.include('h4 Innehåll');
    expect(headings).to.include('h4 Så gjordes inventeringen');
    expect(headings).to.include('h5 Slutsatser');
    expect(headings).to.include('h6 Hur ser bostadskön ut?');
    const report = el.report!;
    expect(report.getAttribute('heading-level')).to.equal('4');
    expect(report.shadowRoot!.querySelector('h4')!.textContent.trim()).to.equal('Resultat');
    // Figures are numbered in order, in their titles and their text alternatives.
    const charts = [...report.shadowRoot!.querySelectorAll('samsyn-chart')];
    await Promise.all(charts.map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    charts.slice(0, 3).forEach((chart, i) => {
      expect(chart.shadowRoot!.querySelector('.title')!.textContent.trim()).to.match(new RegExp(`^Figur ${i + 1}\\. `));
      const canvas = chart.shadowRoot!.querySelector('canvas');
      if (canvas) expect(canvas.getAttribute('aria-label')).to.match(new RegExp(`^Figur ${i + 1}\\. `));
    });
  });

  it('numbers the report’s tables on from the method’s, and the text alternatives refer to them by number', async () => {
    const el = await documentOf(full());
    await waitUntil(() => el.report?.shownResult, 'the results are counted', { timeout: 60_000 });
    await el.report!.settled();
    const charts = [...el.report!.shadowRoot!.querySelectorAll<HTMLElement & { settled(): Promise<void> }>('samsyn-chart')];
    // A chart makes its hidden table when the page is idle; settled() waits for it.
    await Promise.all(charts.map((c) => c.settled()));
    // The method section has Tabell 1 and 2; the report's tables go on from 3, in order.
    const captions = charts.slice(0, 3).map((c) => c.shadowRoot!.querySelector('caption')!.textContent.trim());
    captions.forEach((caption, i) => expect(caption).to.match(new RegExp(`^Tabell ${i + 3}\\. `)));
    const canvas = charts[0].shadowRoot!.querySelector('canvas');
    if (canvas) expect(canvas.getAttribute('aria-label')).to.match(/^Figur 1\. .*Siffrorna står i Tabell 3\.$/);
    // Every table of the report, its own and its charts', in the order read: numbered without a gap.
    const numbers = [...el.report!.shadowRoot!.querySelectorAll('caption, samsyn-chart')]
      .map((e) => (e.localName === 'caption' ? e : e.shadowRoot!.querySelector('caption'))?.textContent.trim().match(/^Tabell (\d+)\./)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(numbers.length).to.be.greaterThan(10);
    expect(numbers).to.deep.equal(numbers.map((_, i) => i + 3));
  });

  it('states the method: period, persons against the target, units and form types, small counts hidden with their total', async () => {
    const el = await documentOf(full());
    const method = root(el).querySelector('#method')!;
    expect(method.textContent).to.contain('Inventeringen avser perioden 2026.');
    expect(method.textContent).to.match(/120 personer ingår i inventeringen, mot målet 100 personer som kommunen har satt \(120\s?% av målet\)/);
    const captions = [...method.querySelectorAll('caption')].map((c) => c.textContent.trim());
    expect(captions).to.deep.equal(['Tabell 1. Deltagande verksamheter och antal inventerade personer', 'Tabell 2. Inventerade personer efter formulär']);
    const rows = [...method.querySelectorAll('table')[0].querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim()));
    // 3 is below 5 and hidden; one more is hidden so that it cannot be worked out from the total.
    expect(rows.find((r) => r[0] === 'Personligt ombud')![1]).to.equal('..');
    expect(rows.filter((r) => r[1] === '..').length).to.equal(2);
    const forms = [...method.querySelectorAll('table')[1].querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim()));
    expect(forms).to.deep.equal([
      ['Personalformulär', '90'],
      ['Intervjuformulär', '30'],
      ['Samtliga', '120'],
    ]);
  });

  it('prints the analysis from its definition, a kommun’s own questions too, and says what is unanswered', async () => {
    const el = await documentOf(full());
    const analysis = root(el).querySelector('#analysis')!;
    expect(analysis.textContent).to.contain('Motsvarar inventeringen den bild som verksamheterna har idag av situationen?');
    expect(analysis.textContent).to.contain('Bilden av boende är representativ.');
    expect(analysis.textContent).to.contain('Hur ser bostadskön ut?');
    expect(analysis.textContent).to.contain('Kön är lång.');
    expect(analysis.textContent).to.contain('Inte besvarad.');
    expect(root(el).querySelector('#plan samsyn-action-plan')).to.not.equal(null);
    expect(root(el).querySelector('#views samsyn-participation')).to.not.equal(null);
  });

  it('shows only the parts picked with `parts`', async () => {
    const el = await documentOf(full());
    el.parts = 'cover method statement';
    await el.updateComplete;
    expect([...root(el).querySelectorAll('section.part')].map((s) => s.id)).to.deep.equal(['method', 'statement']);
  });

  it('speaks English on an English page', async () => {
    const el = await documentOf(full('en'));
    const text = root(el).textContent;
    expect(text).to.contain('Contents');
    expect(text).to.contain('How the inventory was done');
    expect(text).to.contain('Table 1. Units that took part');
    expect(text).to.contain('Statement of anonymity');
    expect(text).to.contain('Does the inventory match the picture the units have');
    // What the kommun wrote in Swedish keeps its language on the English page, when it says which it is.
    el.setAttribute('written-lang', 'sv');
    await el.updateComplete;
    const answer = [...root(el).querySelectorAll('#analysis p')].find((p) => p.textContent === 'Kön är lång.')!;
    expect(answer.getAttribute('lang')).to.equal('sv');
    expect(root(el).querySelector('#background p')!.getAttribute('lang')).to.equal('sv');
    expect(root(el).querySelector('#contents-title')!.hasAttribute('lang')).to.equal(false);
  });

  it('passes the accessibility checks', async () => {
    const el = await documentOf(full());
    await el.report!.settled();
    await expectNoAxeViolations(el);
  });

  it('exports a Word file with heading styles, real tables and the charts as images with their text alternatives', async () => {
    const el = await documentOf(full());
    const blob = await el.exportDocx({ download: false });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).to.contain('<w:pStyle w:val="Heading1"/>');
    expect(xml).to.contain('<w:pStyle w:val="Heading3"/>');
    expect(xml).to.contain('Så gjordes inventeringen');
    expect((xml.match(/<w:tbl>/g) ?? []).length, 'tables').to.be.greaterThan(10);
    expect(xml).to.contain('Personligt ombud');
    const images = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(images.length, 'a picture per chart').to.be.greaterThan(10);
    expect(images[0]).to.match(/^Figur 1\. /);
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/')).length).to.equal(images.length);
    const header = Object.keys(files).filter((f) => /word\/header\d+\.xml/.test(f)).map((f) => strFromU8(files[f])).join('');
    expect(header).to.contain('Norrviks kommun');
    expect(root(el).querySelector('[role="status"].export-status')!.textContent).to.contain('Word-filen är sparad');
  });
});
