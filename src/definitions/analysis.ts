import type { Definition, TextQuestion } from '../schema/questionnaire.js';
import type { LocalizedText as Text } from '../schema/locale.js';
import { shippedDefinition } from '../schema/shipped.js';

function text(id: string, label: Text, help?: Text): TextQuestion {
  return { id, kind: 'text', label, ...(help ? { help } : {}), maxLength: 8000, multiline: true };
}

/**
 * The analysis the units that took part write after the inventory, as a
 * questionnaire definition: the four questions of the reports kommuner
 * handed in (seed 000, Tierp 2013: does the inventory match the units'
 * picture, does it need completing, collaboration inside the organisation,
 * collaboration with other agencies), the units taking part, and the
 * priorities that become the action plan.
 *
 * A kommun adds its own questions by extending it (a section or questions
 * of its own, a new id or version), fills it in with
 * `<samsyn-questionnaire>` and hands the record to
 * `<samsyn-report-document>` (`analysis`), which prints every answer under
 * its question.
 */
export const analysisDefinition: Definition = /* @__PURE__ */ shippedDefinition({
  id: 'inventory-analysis',
  version: '1',
  kind: 'questionnaire',
  title: { sv: 'Analys av inventeringen', en: 'Analysis of the inventory' },
  description: {
    sv: 'Verksamheterna som deltog bedömer resultatet: om det stämmer med bilden de har, om inventeringen behöver kompletteras och vilken samverkan som behövs.',
    en: 'The units that took part assess the results: whether they match the picture the units have, whether the inventory needs completing and what collaboration is needed.',
  },
  notes: ['The four questions follow the analysis section of the reports kommuner handed in (seed 000, Tierp 2013).'],
  sections: [
    {
      id: 'participants',
      title: { sv: 'Deltagande verksamheter', en: 'Units taking part' },
      questions: [
        text(
          'units',
          { sv: 'Verksamheter och befattningar som deltog i analysen', en: 'Units and positions that took part in the analysis' },
          { sv: 'En verksamhet per rad, med befattning (inga namn behövs).', en: 'One unit a line, with the position (no names needed).' },
        ),
      ],
    },
    {
      id: 'conclusions',
      title: { sv: 'Slutsatser', en: 'Conclusions' },
      questions: [
        text('matchesPicture', {
          sv: 'Motsvarar inventeringen den bild som verksamheterna har idag av situationen?',
          en: 'Does the inventory match the picture the units have of the situation today?',
        }),
        text('needsCompleting', {
          sv: 'Behöver inventeringen kompletteras?',
          en: 'Does the inventory need to be completed?',
        }),
        text('internalCollaboration', {
          sv: 'Finns behov av samarbete internt i organisationen?',
          en: 'Is collaboration needed inside the organisation?',
        }),
        text('externalCollaboration', {
          sv: 'Finns behov av samverkan med annan organisation/myndighet?',
          en: 'Is collaboration with other organisations or agencies needed?',
        }),
      ],
    },
    {
      id: 'priorities',
      title: { sv: 'Prioriteringar', en: 'Priorities' },
      questions: [
        text('priorities', {
          sv: 'Vilka förbättringsområden prioriteras inför handlingsplanen?',
          en: 'Which areas for improvement are given priority in the action plan?',
        }),
      ],
    },
  ],
});
