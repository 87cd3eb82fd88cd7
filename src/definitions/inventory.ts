import type { Definition } from '../schema/questionnaire.js';
import { options } from './options.js';
import { shippedDefinition } from '../schema/shipped.js';

/**
 * The national inventory of needs of people with psychiatric disabilities, as
 * data.
 *
 * Socialstyrelsen and SKL (now SKR) gave the kommuner this tool in 2012–2016.
 * It came as two forms with the same structure: a staff form
 * (personalformulär), filled in by the caseworker, and an interview form
 * (intervjuformulär), filled in with the person. Each form is one anonymous
 * record per person.
 *
 * The sections, questions and most answer options are taken word for word
 * from reports that kommuner published from the tool's own diagrams (Tierp
 * 2013 for most options, Stockholm for the age bands, health and relatives).
 * Options the sources do not show word for word are kept, marked
 * `reconstructed: true`, and explained in `notes`.
 *
 * Question ids and option codes are public API: records, JSON Schema, CSV
 * columns and vendors' integrations use them. Never rename them; add
 * questions instead.
 */
export const inventoryDefinition: Definition = /* @__PURE__ */ shippedDefinition({
  id: 'national-inventory',
  version: '1',
  kind: 'inventory',
  title: {
    sv: 'Inventering av behov hos personer med psykisk funktionsnedsättning',
    en: 'Inventory of needs of people with psychiatric disabilities',
  },
  description: {
    sv: 'Socialstyrelsens och SKL:s nationella inventeringsverktyg: en anonym uppgift per person om livssituation och behov, ifylld av handläggaren eller tillsammans med personen.',
    en: 'The national inventory tool of Socialstyrelsen and SKL: one anonymous record per person on their life situation and needs, filled in by the caseworker or together with the person.',
  },
  notes: [
    'Household: the options "alone", "partner", "parents" and "other-adults" are reconstructed. The published diagrams show only "Har hemmaboende egna barn", "Bor tillsammans med andras barn" and "Ej känt"; the household options of the original form are not shown word for word in any source.',
    'Income: "financial-assistance" (Försörjningsstöd) is reconstructed. The published diagrams do not show it, and Tierp\'s analysis notes that many in the target group receive försörjningsstöd without the inventory showing it, so it is added as an option.',
    'Need for psychiatric interventions: codes 1, 2 and 3 (need met, partly met, not met) are reconstructed. The sources report only Socialstyrelsen\'s codes 0 (no need), "1–" (has a need) and 9 (not known); the split of 1–3 follows Socialstyrelsen\'s need scale.',
    'Housing: the tool said "mantalsskrivningskommun"; the group heading uses the current term "folkbokföringskommun".',
  ],
  sections: [
    {
      id: 'background',
      title: { sv: 'Bakgrund', en: 'Background' },
      description: {
        sv: 'Grundläggande uppgifter om personen och vilka hen bor tillsammans med.',
        en: 'Basic facts about the person and who they live with.',
      },
      questions: [
        {
          id: 'gender',
          kind: 'one',
          label: { sv: 'Kön', en: 'Gender' },
          required: true,
          options: options(
            ['woman', 'Kvinna', 'Woman'],
            ['man', 'Man', 'Man'],
          ),
        },
        {
          id: 'ageBand',
          kind: 'one',
          label: { sv: 'Ålder', en: 'Age' },
          required: true,
          options: options(
            ['18-24', '18–24 år', '18–24 years'],
            ['25-34', '25–34 år', '25–34 years'],
            ['35-44', '35–44 år', '35–44 years'],
            ['45-54', '45–54 år', '45–54 years'],
            ['55-64', '55–64 år', '55–64 years'],
            ['65-plus', '65 år eller äldre', '65 years or older'],
          ),
        },
        {
          id: 'household',
          kind: 'many',
          label: { sv: 'Hushållssammansättning', en: 'Household composition' },
          help: {
            sv: 'Personer i boendet. Välj alla som stämmer.',
            en: 'The people in the home. Select all that apply.',
          },
          required: true,
          notes: 'The first four options are reconstructed; the sources show only the last three word for word.',
          options: options(
            ['alone', 'Bor ensam', 'Lives alone', 'reconstructed'],
            ['partner', 'Bor med make/maka/sambo', 'Lives with a spouse or partner', 'reconstructed'],
            ['parents', 'Bor med föräldrar', 'Lives with parents', 'reconstructed'],
            ['other-adults', 'Bor med andra vuxna', 'Lives with other adults', 'reconstructed'],
            ['own-children', 'Har hemmaboende egna barn', 'Has their own children living at home'],
            ['others-children', 'Bor tillsammans med andras barn', 'Lives with other people’s children'],
            ['unknown', 'Ej känt', 'Not known', 'exclusive'],
          ),
        },
      ],
    },
    {
      id: 'cooperation',
      title: { sv: 'Samverkan', en: 'Cooperation' },
      description: {
        sv: 'Vilka verksamheter och myndigheter som samarbetar kring personen, och om det finns en samordnad individuell plan.',
        en: 'Which services and agencies work together around the person, and whether there is a coordinated individual plan.',
      },
      questions: [
        {
          id: 'psychiatryContact',
          kind: 'one',
          label: { sv: 'Kontakt med socialtjänst och psykiatri', en: 'Contact with social services and psychiatry' },
          required: true,
          options: options(
            ['social-services-and-psychiatry', 'Kontakt med både socialtjänst och psykiatri', 'In contact with both social services and psychiatry'],
            ['social-services-only', 'Endast kontakt med socialtjänsten', 'In contact with social services only'],
            ['unknown', 'Ej känt', 'Not known'],
          ),
        },
        {
          id: 'cooperation',
          kind: 'many',
          label: {
            sv: 'Samarbete med andra myndigheter/organisationer',
            en: 'Cooperation with other agencies and organisations',
          },
          help: {
            sv: 'Verksamheter som samarbetar kring personen. Välj alla som stämmer.',
            en: 'Services that work together around the person. Select all that apply.',
          },
          required: true,
          options: options(
            ['social-services', 'Socialtjänst', 'Social services'],
            ['labour-market-unit', 'Arbetsmarknadsenhet', 'Municipal labour market unit'],
            ['private-for-municipality', 'Privat verksamhet på uppdrag av kommunen', 'Private provider commissioned by the municipality'],
            ['outpatient-psychiatry', 'Öppenvårdspsykiatri', 'Outpatient psychiatry'],
            ['inpatient-psychiatry', 'Slutenvårdspsykiatri', 'Inpatient psychiatry'],
            ['forensic-psychiatry', 'Rättspsykiatri', 'Forensic psychiatry'],
            ['primary-care', 'Primärvård (vårdcentral)', 'Primary care (health centre)'],
            ['addiction-care', 'Beroendevård', 'Addiction care'],
            ['private-for-region', 'Privat verksamhet på uppdrag av landstinget/regionen', 'Private provider commissioned by the county council or region'],
            ['social-insurance-agency', 'Försäkringskassa', 'Swedish Social Insurance Agency (Försäkringskassan)'],
            ['employment-service', 'Arbetsförmedling', 'Swedish Public Employment Service (Arbetsförmedlingen)'],
            ['other-agency', 'Annan myndighet/organisation', 'Other agency or organisation'],
          ),
        },
        {
          id: 'sip',
          kind: 'one',
          label: { sv: 'Samordnad individuell plan (SIP)', en: 'Coordinated individual plan (SIP)' },
          help: {
            sv: 'Samarbete med andra organisationer kan leda till en samordnad individuell plan (SIP) enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL.',
            en: 'Cooperation with other organisations can lead to a coordinated individual plan (SIP) under chapter 2, section 7 of the Social Services Act and chapter 16, section 4 of the Health and Medical Services Act.',
          },
          required: true,
          options: options(
            ['established', 'En plan är upprättad', 'A plan has been drawn up'],
            ['in-progress', 'En plan håller på att upprättas', 'A plan is being drawn up'],
            ['missing', 'En plan saknas', 'There is no plan'],
            ['unknown', 'Det är ej känt om plan finns', 'It is not known whether there is a plan'],
          ),
        },
      ],
    },
    {
      id: 'housing',
      title: { sv: 'Boende', en: 'Housing' },
      description: {
        sv: 'Personens boendesituation just nu, inklusive om hen saknar stadigvarande boende.',
        en: 'The person’s current housing situation, including whether they lack permanent housing.',
      },
      questions: [
        {
          id: 'housing',
          kind: 'one',
          label: { sv: 'Boendesituation', en: 'Housing situation' },
          help: {
            sv: 'Välj det alternativ som bäst beskriver situationen just nu. Folkbokföringskommunen är den kommun där personen är folkbokförd.',
            en: 'Choose the option that best describes the current situation. The municipality of registration is the municipality where the person is registered as resident.',
          },
          required: true,
          groups: [
            {
              label: {
                sv: 'Stadigvarande boende i folkbokföringskommunen',
                en: 'Permanent housing in the municipality of registration',
              },
              options: options(
                ['ordinary', 'Ordinärt boende', 'Ordinary housing'],
                ['ordinary-with-support', 'Ordinärt boende med praktiskt stöd i hemmet från socialtjänsten', 'Ordinary housing with practical support at home from social services'],
                ['special-housing', 'Särskilt boende för äldre eller bostad med särskild service (SoL/LSS)', 'Special housing for older people or housing with special services (SoL/LSS)'],
                ['with-relatives', 'Bor stadigvarande hos föräldrar eller annan nära släkting', 'Lives permanently with parents or another close relative'],
                ['social-contract', 'Bostad där kommunen är kontraktsinnehavare (socialt kontrakt)', 'Housing where the municipality holds the tenancy (social contract)'],
              ),
            },
            {
              label: { sv: 'Saknar stadigvarande boende', en: 'No permanent housing' },
              options: options(
                ['temporary-with-friends', 'Bor tillfälligt hos vänner eller familj/släktingar', 'Staying temporarily with friends, family or relatives'],
                ['placed-in-municipality', 'Placerad i familjehem, enskild verksamhet eller vård-/stödinrättning i kommunen', 'Placed in a foster home, with a private provider or in a care or support facility in the municipality'],
                ['placed-elsewhere', 'Placerad i familjehem, enskild verksamhet eller vård-/stödinrättning utanför kommunen', 'Placed in a foster home, with a private provider or in a care or support facility outside the municipality'],
                ['homeless-institution', 'Hemlös: inskriven på behandlingsenhet/stödboende/HVB, utskrivning inom 3 månader utan ordnad bostad', 'Homeless: admitted to a treatment unit, supported housing or residential care home (HVB), due to leave within 3 months with no housing arranged'],
                ['homeless-acute', 'Hemlös: akutboende, härbärge, jourboende eller uteliggare (även hotell, camping, vandrarhem)', 'Homeless: emergency accommodation, night shelter or temporary housing, or sleeping rough (including hotels, campsites and hostels)'],
              ),
            },
          ],
        },
      ],
    },
    {
      id: 'education',
      title: { sv: 'Utbildning', en: 'Education' },
      description: {
        sv: 'Personens högsta utbildningsnivå och om den är fullgjord eller avbruten.',
        en: 'The person’s highest level of education and whether it was completed or not.',
      },
      questions: [
        {
          id: 'education',
          kind: 'one',
          label: { sv: 'Utbildningsnivå', en: 'Level of education' },
          help: {
            sv: 'Ange den högsta utbildningsnivå som personen har påbörjat.',
            en: 'Give the highest level of education the person has started.',
          },
          required: true,
          options: options(
            ['compulsory-incomplete', 'Förgymnasial – avbruten', 'Compulsory school – not completed'],
            ['compulsory-complete', 'Förgymnasial – fullgjord', 'Compulsory school – completed'],
            ['upper-secondary-incomplete', 'Gymnasial – avbruten', 'Upper secondary school – not completed'],
            ['upper-secondary-complete', 'Gymnasial – fullgjord', 'Upper secondary school – completed'],
            ['university-incomplete', 'Eftergymnasial (högskola/universitet) – avbruten', 'Higher education (university or university college) – not completed'],
            ['university-complete', 'Eftergymnasial (högskola/universitet) – fullgjord', 'Higher education (university or university college) – completed'],
            ['other-post-secondary-incomplete', 'Eftergymnasial (annan) – avbruten', 'Other post-secondary education – not completed'],
            ['other-post-secondary-complete', 'Eftergymnasial (annan) – fullgjord', 'Other post-secondary education – completed'],
            ['unknown', 'Ej känt', 'Not known'],
          ),
        },
      ],
    },
    {
      id: 'occupation',
      title: { sv: 'Sysselsättning', en: 'Occupation' },
      description: {
        sv: 'Arbete och sysselsättning under de senaste 12 månaderna och hur svårt det är för personen.',
        en: 'Work and daily occupation during the last 12 months, and how difficult it is for the person.',
      },
      questions: [
        {
          id: 'occupationStatus',
          kind: 'one',
          label: {
            sv: 'Arbete eller sysselsättning de senaste 12 månaderna',
            en: 'Work or occupation in the last 12 months',
          },
          help: {
            sv: 'Räkna arbete eller sysselsättning som pågått minst en månad de senaste 12 månaderna.',
            en: 'Count work or occupation that lasted at least one month in the last 12 months.',
          },
          required: true,
          options: options(
            ['had', 'Har haft arbete eller sysselsättning minst en månad de senaste 12 månaderna', 'Has had work or an occupation for at least one month in the last 12 months'],
            ['had-not', 'Har inte haft arbete eller sysselsättning minst en månad de senaste 12 månaderna', 'Has not had work or an occupation for at least one month in the last 12 months'],
            ['not-applicable', 'Ej aktuellt (t.ex. vistats i sluten psykiatrisk vård större delen av perioden)', 'Not applicable (e.g. spent most of the period in inpatient psychiatric care)'],
            ['unknown', 'Ej känt', 'Not known'],
          ),
        },
        {
          id: 'occupationTypes',
          kind: 'many',
          label: { sv: 'Typ av arbete eller sysselsättning', en: 'Type of work or occupation' },
          help: {
            sv: 'På hel- eller deltid. Välj alla som stämmer.',
            en: 'Full-time or part-time. Select all that apply.',
          },
          required: true,
          when: { question: 'occupationStatus', equals: ['had'] },
          options: options(
            ['self-employed', 'Egen företagare', 'Self-employed'],
            ['open-labour-market', 'Öppna arbetsmarknaden (även lönebidrag)', 'Open labour market (including wage-subsidised employment)'],
            ['association', 'Förening eller intresseorganisation', 'Association or interest organisation'],
            ['sheltered-employment', 'OSA, Samhall, praktikplats eller annan arbetsmarknadspolitisk insats (t.ex. SIUS)', 'Sheltered public employment (OSA), Samhall, work placement or another labour market programme (e.g. SIUS)'],
            ['social-enterprise', 'Socialt företag (arbetskooperativ)', 'Social enterprise (work cooperative)'],
            ['municipal-day-activity', 'Kommunal dagverksamhet', 'Municipal day activity'],
            ['open-day-activity', 'Kommunens öppna dagverksamhet (träffställe)', 'Municipal open day activity (drop-in meeting place)'],
            ['studies', 'Studier', 'Studies'],
            ['other', 'Annan form', 'Other kind'],
            ['unknown', 'Ej känt', 'Not known', 'exclusive'],
          ),
        },
        {
          id: 'occupationDifficulty',
          kind: 'one',
          label: {
            sv: 'Svårighet att delta i arbete eller sysselsättning',
            en: 'Difficulty taking part in work or occupation',
          },
          help: {
            sv: 'Bedöm svårigheten på skalan ingen, lätt, måttlig, stor eller total svårighet.',
            en: 'Rate the difficulty on the scale none, mild, moderate, severe or complete difficulty.',
          },
          required: true,
          options: options(
            ['none', 'Ingen svårighet', 'No difficulty'],
            ['mild', 'Lätt', 'Mild'],
            ['moderate', 'Måttlig', 'Moderate'],
            ['severe', 'Stor', 'Severe'],
            ['complete', 'Total svårighet', 'Complete difficulty'],
            ['unknown', 'Ej känt', 'Not known'],
          ),
        },
      ],
    },
    {
      id: 'income',
      title: { sv: 'Försörjning', en: 'Income' },
      description: {
        sv: 'Vad personen försörjer sig på.',
        en: 'What the person lives on.',
      },
      questions: [
        {
          id: 'income',
          kind: 'many',
          label: { sv: 'Typ av försörjning', en: 'Source of income' },
          help: { sv: 'Välj alla som stämmer.', en: 'Select all that apply.' },
          required: true,
          notes: '"financial-assistance" is reconstructed: the published diagrams do not show it.',
          options: options(
            ['salary', 'Lön av arbete (inkl. lönebidrag)', 'Pay from work (including wage subsidy)'],
            ['activity-compensation', 'Sjuk- eller aktivitetsersättning (f.d. förtidspension)', 'Sickness or activity compensation (formerly early retirement pension)'],
            ['sickness-benefit', 'Sjukpenning', 'Sickness benefit'],
            ['parental-benefit', 'Föräldrapenning', 'Parental benefit'],
            ['old-age-pension', 'Ålderspension', 'Old-age pension'],
            ['study-allowance', 'Studiemedel', 'Student finance'],
            ['financial-assistance', 'Försörjningsstöd', 'Income support (social assistance)', 'reconstructed'],
            ['other', 'Annan', 'Other'],
            ['unknown', 'Ej känt', 'Not known', 'exclusive'],
          ),
        },
      ],
    },
    {
      id: 'health',
      title: { sv: 'Hälsa och behov', en: 'Health and needs' },
      description: {
        sv: 'Behov av psykiatriska insatser och vad som är känt om personens fysiska hälsa och tandhälsa.',
        en: 'The need for psychiatric interventions and what is known about the person’s physical and dental health.',
      },
      questions: [
        {
          id: 'needPsychiatric',
          kind: 'one',
          label: { sv: 'Behov av psykiatriska insatser', en: 'Need for psychiatric interventions' },
          help: {
            sv: 'Socialstyrelsens skala: 0 = har ej behov, 1–3 = har behov (tillgodosett, delvis tillgodosett eller ej tillgodosett), 9 = ej känt.',
            en: 'Socialstyrelsen’s scale: 0 = no need, 1–3 = has a need (met, partly met or not met), 9 = not known.',
          },
          required: true,
          notes: 'Codes 1–3 are reconstructed: the sources report only "1–" (has a need).',
          options: options(
            ['0', 'Har ej behov', 'No need'],
            ['1', 'Behov, tillgodosett', 'Need, met', 'reconstructed'],
            ['2', 'Behov, delvis tillgodosett', 'Need, partly met', 'reconstructed'],
            ['3', 'Behov, ej tillgodosett', 'Need, not met', 'reconstructed'],
            ['9', 'Ej känt', 'Not known'],
          ),
        },
        {
          id: 'healthCheck',
          kind: 'one',
          label: { sv: 'Allmän hälsoundersökning', en: 'General health check' },
          required: true,
          options: options(
            ['done', 'Har genomgått allmän hälsoundersökning', 'Has had a general health check'],
            ['not-done', 'Har inte genomgått', 'Has not had one'],
            ['unknown', 'Ej känt', 'Not known'],
          ),
        },
        {
          id: 'healthProblems',
          kind: 'one',
          label: { sv: 'Hälsoproblem', en: 'Health problems' },
          help: {
            sv: 'Psykisk ohälsa räknas inte med här.',
            en: 'Do not count mental ill-health here.',
          },
          required: true,
          options: options(
            ['yes', 'Har problem med hälsan (psykisk ohälsa ej medräknad)', 'Has health problems (not counting mental ill-health)'],
            ['no', 'Inga kända problem', 'No known problems'],
            ['unknown', 'Ej känt', 'Not known'],
          ),
        },
        {
          id: 'dentalProblems',
          kind: 'one',
          label: { sv: 'Tandhälsa', en: 'Dental health' },
          required: true,
          options: options(
            ['yes', 'Har problem med tandhälsan', 'Has dental problems'],
            ['no', 'Inga kända problem', 'No known problems'],
            ['unknown', 'Ej känt', 'Not known'],
          ),
        },
      ],
    },
    {
      id: 'relatives',
      title: { sv: 'Anhöriga', en: 'Relatives' },
      description: {
        sv: 'Om personen får praktiskt stöd av sina anhöriga.',
        en: 'Whether the person gets practical support from their relatives.',
      },
      questions: [
        {
          id: 'relativesSupport',
          kind: 'one',
          label: { sv: 'Stöd från anhöriga', en: 'Support from relatives' },
          required: true,
          options: options(
            ['practical-support', 'Har praktiskt stöd av anhöriga', 'Gets practical support from relatives'],
            ['no-support', 'Inget stöd', 'No support'],
            ['unknown', 'Ej känt', 'Not known'],
          ),
        },
      ],
    },
  ],
});
