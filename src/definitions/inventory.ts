import type { Definition } from '../schema/questionnaire.js';

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
export const inventoryDefinition: Definition = {
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
          options: [
            { code: 'woman', label: { sv: 'Kvinna', en: 'Woman' } },
            { code: 'man', label: { sv: 'Man', en: 'Man' } },
          ],
        },
        {
          id: 'ageBand',
          kind: 'one',
          label: { sv: 'Ålder', en: 'Age' },
          required: true,
          options: [
            { code: '18-24', label: { sv: '18–24 år', en: '18–24 years' } },
            { code: '25-34', label: { sv: '25–34 år', en: '25–34 years' } },
            { code: '35-44', label: { sv: '35–44 år', en: '35–44 years' } },
            { code: '45-54', label: { sv: '45–54 år', en: '45–54 years' } },
            { code: '55-64', label: { sv: '55–64 år', en: '55–64 years' } },
            { code: '65-plus', label: { sv: '65 år eller äldre', en: '65 years or older' } },
          ],
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
          options: [
            { code: 'alone', label: { sv: 'Bor ensam', en: 'Lives alone' }, reconstructed: true },
            {
              code: 'partner',
              label: { sv: 'Bor med make/maka/sambo', en: 'Lives with a spouse or partner' },
              reconstructed: true,
            },
            { code: 'parents', label: { sv: 'Bor med föräldrar', en: 'Lives with parents' }, reconstructed: true },
            {
              code: 'other-adults',
              label: { sv: 'Bor med andra vuxna', en: 'Lives with other adults' },
              reconstructed: true,
            },
            {
              code: 'own-children',
              label: { sv: 'Har hemmaboende egna barn', en: 'Has their own children living at home' },
            },
            {
              code: 'others-children',
              label: { sv: 'Bor tillsammans med andras barn', en: 'Lives with other people’s children' },
            },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' }, exclusive: true },
          ],
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
          options: [
            {
              code: 'social-services-and-psychiatry',
              label: {
                sv: 'Kontakt med både socialtjänst och psykiatri',
                en: 'In contact with both social services and psychiatry',
              },
            },
            {
              code: 'social-services-only',
              label: { sv: 'Endast kontakt med socialtjänsten', en: 'In contact with social services only' },
            },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
          ],
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
          options: [
            { code: 'social-services', label: { sv: 'Socialtjänst', en: 'Social services' } },
            { code: 'labour-market-unit', label: { sv: 'Arbetsmarknadsenhet', en: 'Municipal labour market unit' } },
            {
              code: 'private-for-municipality',
              label: {
                sv: 'Privat verksamhet på uppdrag av kommunen',
                en: 'Private provider commissioned by the municipality',
              },
            },
            { code: 'outpatient-psychiatry', label: { sv: 'Öppenvårdspsykiatri', en: 'Outpatient psychiatry' } },
            { code: 'inpatient-psychiatry', label: { sv: 'Slutenvårdspsykiatri', en: 'Inpatient psychiatry' } },
            { code: 'forensic-psychiatry', label: { sv: 'Rättspsykiatri', en: 'Forensic psychiatry' } },
            { code: 'primary-care', label: { sv: 'Primärvård (vårdcentral)', en: 'Primary care (health centre)' } },
            { code: 'addiction-care', label: { sv: 'Beroendevård', en: 'Addiction care' } },
            {
              code: 'private-for-region',
              label: {
                sv: 'Privat verksamhet på uppdrag av landstinget/regionen',
                en: 'Private provider commissioned by the county council or region',
              },
            },
            {
              code: 'social-insurance-agency',
              label: { sv: 'Försäkringskassa', en: 'Swedish Social Insurance Agency (Försäkringskassan)' },
            },
            {
              code: 'employment-service',
              label: { sv: 'Arbetsförmedling', en: 'Swedish Public Employment Service (Arbetsförmedlingen)' },
            },
            {
              code: 'other-agency',
              label: { sv: 'Annan myndighet/organisation', en: 'Other agency or organisation' },
            },
          ],
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
          options: [
            { code: 'established', label: { sv: 'En plan är upprättad', en: 'A plan has been drawn up' } },
            { code: 'in-progress', label: { sv: 'En plan håller på att upprättas', en: 'A plan is being drawn up' } },
            { code: 'missing', label: { sv: 'En plan saknas', en: 'There is no plan' } },
            {
              code: 'unknown',
              label: { sv: 'Det är ej känt om plan finns', en: 'It is not known whether there is a plan' },
            },
          ],
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
              options: [
                { code: 'ordinary', label: { sv: 'Ordinärt boende', en: 'Ordinary housing' } },
                {
                  code: 'ordinary-with-support',
                  label: {
                    sv: 'Ordinärt boende med praktiskt stöd i hemmet från socialtjänsten',
                    en: 'Ordinary housing with practical support at home from social services',
                  },
                },
                {
                  code: 'special-housing',
                  label: {
                    sv: 'Särskilt boende för äldre eller bostad med särskild service (SoL/LSS)',
                    en: 'Special housing for older people or housing with special services (SoL/LSS)',
                  },
                },
                {
                  code: 'with-relatives',
                  label: {
                    sv: 'Bor stadigvarande hos föräldrar eller annan nära släkting',
                    en: 'Lives permanently with parents or another close relative',
                  },
                },
                {
                  code: 'social-contract',
                  label: {
                    sv: 'Bostad där kommunen är kontraktsinnehavare (socialt kontrakt)',
                    en: 'Housing where the municipality holds the tenancy (social contract)',
                  },
                },
              ],
            },
            {
              label: { sv: 'Saknar stadigvarande boende', en: 'No permanent housing' },
              options: [
                {
                  code: 'temporary-with-friends',
                  label: {
                    sv: 'Bor tillfälligt hos vänner eller familj/släktingar',
                    en: 'Staying temporarily with friends, family or relatives',
                  },
                },
                {
                  code: 'placed-in-municipality',
                  label: {
                    sv: 'Placerad i familjehem, enskild verksamhet eller vård-/stödinrättning i kommunen',
                    en: 'Placed in a foster home, with a private provider or in a care or support facility in the municipality',
                  },
                },
                {
                  code: 'placed-elsewhere',
                  label: {
                    sv: 'Placerad i familjehem, enskild verksamhet eller vård-/stödinrättning utanför kommunen',
                    en: 'Placed in a foster home, with a private provider or in a care or support facility outside the municipality',
                  },
                },
                {
                  code: 'homeless-institution',
                  label: {
                    sv: 'Hemlös: inskriven på behandlingsenhet/stödboende/HVB, utskrivning inom 3 månader utan ordnad bostad',
                    en: 'Homeless: admitted to a treatment unit, supported housing or residential care home (HVB), due to leave within 3 months with no housing arranged',
                  },
                },
                {
                  code: 'homeless-acute',
                  label: {
                    sv: 'Hemlös: akutboende, härbärge, jourboende eller uteliggare (även hotell, camping, vandrarhem)',
                    en: 'Homeless: emergency accommodation, night shelter or temporary housing, or sleeping rough (including hotels, campsites and hostels)',
                  },
                },
              ],
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
          options: [
            {
              code: 'compulsory-incomplete',
              label: { sv: 'Förgymnasial – avbruten', en: 'Compulsory school – not completed' },
            },
            {
              code: 'compulsory-complete',
              label: { sv: 'Förgymnasial – fullgjord', en: 'Compulsory school – completed' },
            },
            {
              code: 'upper-secondary-incomplete',
              label: { sv: 'Gymnasial – avbruten', en: 'Upper secondary school – not completed' },
            },
            {
              code: 'upper-secondary-complete',
              label: { sv: 'Gymnasial – fullgjord', en: 'Upper secondary school – completed' },
            },
            {
              code: 'university-incomplete',
              label: {
                sv: 'Eftergymnasial (högskola/universitet) – avbruten',
                en: 'Higher education (university or university college) – not completed',
              },
            },
            {
              code: 'university-complete',
              label: {
                sv: 'Eftergymnasial (högskola/universitet) – fullgjord',
                en: 'Higher education (university or university college) – completed',
              },
            },
            {
              code: 'other-post-secondary-incomplete',
              label: { sv: 'Eftergymnasial (annan) – avbruten', en: 'Other post-secondary education – not completed' },
            },
            {
              code: 'other-post-secondary-complete',
              label: { sv: 'Eftergymnasial (annan) – fullgjord', en: 'Other post-secondary education – completed' },
            },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
          ],
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
          options: [
            {
              code: 'had',
              label: {
                sv: 'Har haft arbete eller sysselsättning minst en månad de senaste 12 månaderna',
                en: 'Has had work or an occupation for at least one month in the last 12 months',
              },
            },
            {
              code: 'had-not',
              label: {
                sv: 'Har inte haft arbete eller sysselsättning minst en månad de senaste 12 månaderna',
                en: 'Has not had work or an occupation for at least one month in the last 12 months',
              },
            },
            {
              code: 'not-applicable',
              label: {
                sv: 'Ej aktuellt (t.ex. vistats i sluten psykiatrisk vård större delen av perioden)',
                en: 'Not applicable (e.g. spent most of the period in inpatient psychiatric care)',
              },
            },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
          ],
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
          options: [
            { code: 'self-employed', label: { sv: 'Egen företagare', en: 'Self-employed' } },
            {
              code: 'open-labour-market',
              label: {
                sv: 'Öppna arbetsmarknaden (även lönebidrag)',
                en: 'Open labour market (including wage-subsidised employment)',
              },
            },
            {
              code: 'association',
              label: { sv: 'Förening eller intresseorganisation', en: 'Association or interest organisation' },
            },
            {
              code: 'sheltered-employment',
              label: {
                sv: 'OSA, Samhall, praktikplats eller annan arbetsmarknadspolitisk insats (t.ex. SIUS)',
                en: 'Sheltered public employment (OSA), Samhall, work placement or another labour market programme (e.g. SIUS)',
              },
            },
            {
              code: 'social-enterprise',
              label: { sv: 'Socialt företag (arbetskooperativ)', en: 'Social enterprise (work cooperative)' },
            },
            {
              code: 'municipal-day-activity',
              label: { sv: 'Kommunal dagverksamhet', en: 'Municipal day activity' },
            },
            {
              code: 'open-day-activity',
              label: {
                sv: 'Kommunens öppna dagverksamhet (träffställe)',
                en: 'Municipal open day activity (drop-in meeting place)',
              },
            },
            { code: 'studies', label: { sv: 'Studier', en: 'Studies' } },
            { code: 'other', label: { sv: 'Annan form', en: 'Other kind' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' }, exclusive: true },
          ],
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
          options: [
            { code: 'none', label: { sv: 'Ingen svårighet', en: 'No difficulty' } },
            { code: 'mild', label: { sv: 'Lätt', en: 'Mild' } },
            { code: 'moderate', label: { sv: 'Måttlig', en: 'Moderate' } },
            { code: 'severe', label: { sv: 'Stor', en: 'Severe' } },
            { code: 'complete', label: { sv: 'Total svårighet', en: 'Complete difficulty' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
          ],
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
          options: [
            {
              code: 'salary',
              label: { sv: 'Lön av arbete (inkl. lönebidrag)', en: 'Pay from work (including wage subsidy)' },
            },
            {
              code: 'activity-compensation',
              label: {
                sv: 'Sjuk- eller aktivitetsersättning (f.d. förtidspension)',
                en: 'Sickness or activity compensation (formerly early retirement pension)',
              },
            },
            { code: 'sickness-benefit', label: { sv: 'Sjukpenning', en: 'Sickness benefit' } },
            { code: 'parental-benefit', label: { sv: 'Föräldrapenning', en: 'Parental benefit' } },
            { code: 'old-age-pension', label: { sv: 'Ålderspension', en: 'Old-age pension' } },
            { code: 'study-allowance', label: { sv: 'Studiemedel', en: 'Student finance' } },
            {
              code: 'financial-assistance',
              label: { sv: 'Försörjningsstöd', en: 'Income support (social assistance)' },
              reconstructed: true,
            },
            { code: 'other', label: { sv: 'Annan', en: 'Other' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' }, exclusive: true },
          ],
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
          options: [
            { code: '0', label: { sv: 'Har ej behov', en: 'No need' } },
            { code: '1', label: { sv: 'Behov, tillgodosett', en: 'Need, met' }, reconstructed: true },
            { code: '2', label: { sv: 'Behov, delvis tillgodosett', en: 'Need, partly met' }, reconstructed: true },
            { code: '3', label: { sv: 'Behov, ej tillgodosett', en: 'Need, not met' }, reconstructed: true },
            { code: '9', label: { sv: 'Ej känt', en: 'Not known' } },
          ],
        },
        {
          id: 'healthCheck',
          kind: 'one',
          label: { sv: 'Allmän hälsoundersökning', en: 'General health check' },
          required: true,
          options: [
            {
              code: 'done',
              label: { sv: 'Har genomgått allmän hälsoundersökning', en: 'Has had a general health check' },
            },
            { code: 'not-done', label: { sv: 'Har inte genomgått', en: 'Has not had one' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
          ],
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
          options: [
            {
              code: 'yes',
              label: {
                sv: 'Har problem med hälsan (psykisk ohälsa ej medräknad)',
                en: 'Has health problems (not counting mental ill-health)',
              },
            },
            { code: 'no', label: { sv: 'Inga kända problem', en: 'No known problems' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
          ],
        },
        {
          id: 'dentalProblems',
          kind: 'one',
          label: { sv: 'Tandhälsa', en: 'Dental health' },
          required: true,
          options: [
            { code: 'yes', label: { sv: 'Har problem med tandhälsan', en: 'Has dental problems' } },
            { code: 'no', label: { sv: 'Inga kända problem', en: 'No known problems' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
          ],
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
          options: [
            {
              code: 'practical-support',
              label: { sv: 'Har praktiskt stöd av anhöriga', en: 'Gets practical support from relatives' },
            },
            { code: 'no-support', label: { sv: 'Inget stöd', en: 'No support' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
          ],
        },
      ],
    },
  ],
};
