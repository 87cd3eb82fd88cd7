// The SIP page. The overview gets counts, as a portal that counts in its own
// database hands them over: earlier years from the yearly case review, this
// year tallied from the inventory records. The element withholds small counts.
import { inventoryRecords } from './data.js';

const year = new Date().getFullYear();
const isoDay = (offsetDays) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
const keyOf = { established: 'established', 'in-progress': 'inProgress', missing: 'missing', unknown: 'unknown' };

/** Counts of the inventory's `sip` answers among the records that pass `filter`. */
function tally(records, filter = () => true) {
  const counts = { established: 0, inProgress: 0, missing: 0, unknown: 0 };
  for (const record of records) {
    const key = keyOf[record.answers?.sip];
    if (key && filter(record)) counts[key] += 1;
  }
  return counts;
}

const records = inventoryRecords();
const estimatedNeed = 190;

document.querySelector('[data-sip="overview"]').counts = {
  source: 'Norrviks kommun: ärendegenomgång (tidigare år) och inventeringen (i år)',
  points: [
    { period: String(year - 3), date: `${year - 3}-09-30`, established: 61, inProgress: 14, estimatedNeed },
    { period: String(year - 2), date: `${year - 2}-09-30`, established: 78, inProgress: 11, estimatedNeed },
    { period: String(year - 1), date: `${year - 1}-09-30`, established: 92, inProgress: 16, estimatedNeed },
    {
      period: String(year),
      date: isoDay(0),
      ...tally(records),
      estimatedNeed,
      byGender: {
        woman: tally(records, (r) => r.answers.gender === 'woman'),
        man: tally(records, (r) => r.answers.gender === 'man'),
      },
      obstacles: [
        { label: 'Svårt att hitta en gemensam mötestid', count: 12 },
        { label: 'Den enskilde vill inte', count: 7 },
        { label: 'Brist på rutiner mellan kommun och region', count: 9 },
      ],
    },
  ],
};

const plan = document.querySelector('[data-sip="plan"]');
plan.today = isoDay(0);
plan.plan = {
  id: `SIP-${year}-0042`,
  step: 'following-up',
  needs: ['Stöd i att behålla lägenheten', 'Samordning mellan psykiatrin och boendestödet', 'En meningsfull sysselsättning'],
  goals: ['Bo kvar i egen lägenhet', 'Börja på daglig verksamhet tre dagar i veckan'],
  interventions: [
    { id: 'boendestod', text: 'Boendestöd två gånger i veckan', principal: 'kommun', agency: 'kommun-social-services' },
    { id: 'samtal', text: 'Samtalsbehandling varannan vecka', principal: 'region', agency: 'region-psychiatry' },
    { id: 'arbetstraning', text: 'Kartläggning inför arbetsträning', principal: 'other', agency: 'employment-service' },
  ],
  othersActions: [{ text: 'En anhörig följer med till läkarbesöken' }],
  overallResponsibility: { principal: 'kommun', agency: 'kommun-social-services', role: 'Samordnare i socialpsykiatrin' },
  followUps: [{ date: isoDay(-70), by: 'Samordnare i socialpsykiatrin', note: 'Boendestödet fungerar; sysselsättningen är inte påbörjad.' }],
  nextFollowUp: { date: isoDay(21), by: 'Samordnare i socialpsykiatrin' },
  consent: { status: 'given', date: isoDay(-120) },
};
