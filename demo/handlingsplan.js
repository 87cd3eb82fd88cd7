// The action plan page. The plan and the organisations' views are edited in
// place; every valid change (samsyn-change) is stored, as a portal would
// save it on its server.
import { storePlan, storeViews, storedPlan, storedViews } from './records.js';

const year = new Date().getFullYear();
const isoDay = (offsetDays) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);

const samplePlan = () => ({
  title: 'Handlingsplan för personer med psykisk funktionsnedsättning',
  period: `${year}–${year + 2}`,
  rows: [
    {
      id: 'boende-1',
      area: 'housing',
      goal: 'Ingen ska bo på härbärge eller akutboende längre än tre månader.',
      activity: 'Inventera behovet av bostäder med särskild service och ta fram en plan för nya platser.',
      responsible: 'Socialförvaltningen, enheten för socialpsykiatri',
      deadline: isoDay(90),
      followUpDate: isoDay(150),
      status: 'ongoing',
    },
    {
      id: 'boende-2',
      area: 'housing',
      goal: 'Fler ska kunna bo kvar i ordinärt boende med stöd.',
      activity: 'Utöka boendestödet med två tjänster och erbjuda stöd även kvällstid.',
      responsible: 'Socialförvaltningen',
      deadline: isoDay(-30),
      followUpDate: isoDay(30),
      status: 'ongoing',
    },
    {
      id: 'syss-1',
      area: 'occupation',
      goal: 'Fler ska ha en sysselsättning eller ett arbete.',
      activity: 'Starta ett samarbete med Arbetsförmedlingen om individuellt stöd till arbete (IPS).',
      responsible: 'Arbetsmarknadsenheten',
      deadline: isoDay(240),
      followUpDate: isoDay(330),
      status: 'not-started',
      target: { description: 'Andel deltagare som går vidare till arbete eller studier', direction: 'at-least', value: 30, unit: 'percent' },
    },
    {
      id: 'syss-2',
      area: 'occupation',
      goal: 'Den öppna dagverksamheten ska vara öppen fler dagar.',
      activity: 'Hålla träffpunkten öppen fem dagar i veckan.',
      responsible: 'Socialförvaltningen',
      deadline: isoDay(-300),
      followUpDate: isoDay(-210),
      status: 'done',
      result: 'Träffpunkten har öppet fem dagar i veckan. Besöken har ökat.',
      target: { description: 'Antal öppetdagar per vecka', direction: 'at-least', value: 5, unit: 'count', outcome: 5 },
    },
    {
      id: 'halsa-1',
      area: 'health',
      goal: 'Alla ska erbjudas en årlig hälsoundersökning.',
      activity: 'Ta fram en rutin tillsammans med regionens primärvård.',
      responsible: 'Medicinskt ansvarig sjuksköterska',
      deadline: isoDay(120),
      status: 'ongoing',
      target: { description: 'Andel som genomgått hälsoundersökning', direction: 'at-least', value: 60, unit: 'percent', outcome: 41 },
    },
    {
      id: 'barn-1',
      area: 'children-as-relatives',
      goal: 'Barn till föräldrar med psykisk ohälsa ska få information och stöd.',
      activity: 'Utbilda personalen i att fråga om barn och erbjuda samtal enligt Beardslee.',
      responsible: 'Individ- och familjeomsorgen',
      deadline: isoDay(200),
      status: 'not-started',
    },
    {
      id: 'sip-1',
      area: 'sip',
      goal: 'Alla som behöver en SIP ska ha en.',
      activity: 'Gemensam utbildning om SIP för kommunens och regionens personal.',
      responsible: 'Samordnare för SIP, kommun och region',
      deadline: isoDay(60),
      followUpDate: isoDay(120),
      status: 'ongoing',
      target: { description: 'Täckning av det beräknade behovet', direction: 'at-least', value: 75, unit: 'percent', outcome: 57 },
    },
    {
      id: 'uppsok-1',
      area: 'outreach',
      goal: 'Nå personer som inte har kontakt med socialtjänsten.',
      activity: 'Uppsökande team två dagar i veckan tillsammans med brukarföreningen.',
      responsible: 'Socialförvaltningen och RSMH Norrvik',
      deadline: isoDay(400),
      status: 'cancelled',
      result: 'Ersätts av ett gemensamt uppdrag med regionen från nästa år.',
    },
  ],
});

const sampleViews = () => ({
  date: isoDay(-45),
  organisations: [
    { id: 'rsmh', name: 'RSMH Norrvik', representatives: 'Ordföranden och en medlem' },
    { id: 'attention', name: 'Attention Norrvik', representatives: 'Två styrelseledamöter' },
    { id: 'ifs', name: 'Schizofreniförbundet, lokalföreningen', representatives: 'Sekreteraren' },
  ],
  views: [
    {
      id: 'v1',
      organisation: 'rsmh',
      text: 'Boendestödet behövs även på kvällar och helger, när det är som svårast.',
      rows: ['boende-2'],
    },
    {
      id: 'v2',
      organisation: 'attention',
      text: 'Många med neuropsykiatriska funktionsnedsättningar vill arbeta men får inget stöd att komma ut på arbetsmarknaden.',
      rows: ['syss-1'],
    },
    {
      id: 'v3',
      organisation: 'ifs',
      text: 'Anhöriga behöver veta vem som samordnar när både kommunen och psykiatrin är inblandade.',
      rows: ['sip-1'],
    },
    { id: 'v4', text: 'Brukarorganisationerna vill vara med när planen följs upp, inte bara när den skrivs.' },
  ],
});

const plan = document.querySelector('samsyn-action-plan');
const views = document.querySelector('samsyn-participation');
const toggle = document.querySelector('[data-edit-toggle]');

function load() {
  const planValue = storedPlan() ?? samplePlan();
  const viewsValue = storedViews() ?? sampleViews();
  plan.today = isoDay(0);
  plan.value = planValue;
  plan.participation = viewsValue;
  views.value = viewsValue;
  views.plan = planValue;
}

plan.addEventListener('samsyn-change', (event) => {
  storePlan(event.detail.value);
  views.plan = event.detail.value;
});
views.addEventListener('samsyn-change', (event) => {
  storeViews(event.detail.value);
  plan.participation = event.detail.value;
});

toggle.addEventListener('click', () => {
  const editing = toggle.getAttribute('aria-pressed') !== 'true';
  toggle.setAttribute('aria-pressed', String(editing));
  plan.mode = views.mode = editing ? 'edit' : 'read';
});

document.querySelector('[data-reset]').addEventListener('click', () => {
  storePlan(null);
  storeViews(null);
  load();
});

load();
