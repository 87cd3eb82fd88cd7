import type { Translation } from '../types.js';

/**
 * Texts of `samsyn/aggregate`: the reasons a record was not counted, the
 * names of the figures, the disclosure-control footnote and the CSV headers.
 * Signs follow Kolada: `..` for a figure hidden by disclosure control.
 */
export const sv = {
  /** Why records were not counted; `reason` is one of REJECTION_REASONS, `question` the question's label. */
  aggregateRejectionReason: (reason: string, question?: string) => {
    const at = question ? ` (frågan ”${question}”)` : '';
    switch (reason) {
      case 'not-a-record':
        return 'Inte en inventeringspost';
      case 'wrong-definition':
        return 'Hör till ett annat formulär eller en annan version av formuläret';
      case 'invalid-role':
        return 'Svarsrollen saknas eller är okänd';
      case 'unknown-question':
        return 'Innehåller en fråga som formuläret inte har';
      case 'missing-answer':
        return `Ett obligatoriskt svar saknas${at}`;
      case 'not-asked':
        return `Svar på en fråga som inte skulle ställas${at}`;
      case 'personal-number':
        return `Fritext med personnummer eller samordningsnummer${at}`;
      default:
        return `Ogiltigt svar${at}`;
    }
  },
  aggregateAll: 'Samtliga',
  aggregateTotal: 'Antal personer',
  aggregateAnswered: 'Besvarade',
  aggregateUnanswered: 'Ej besvarade',
  aggregateMean: 'Medelvärde',
  aggregateMedian: 'Median',
  aggregateMin: 'Lägsta värde',
  aggregateMax: 'Högsta värde',
  aggregateDontKnow: 'Vet ej',
  aggregateSuppressedFootnote: (minCount: number) =>
    `.. = Uppgiften visas inte (röjandekontroll): den avser färre än ${minCount} personer, eller ett sådant litet antal skulle kunna räknas fram ur den.`,
  aggregateCsvQuestionId: 'Fråga-id',
  aggregateCsvQuestion: 'Fråga',
  aggregateCsvRowType: 'Radtyp',
  aggregateCsvCode: 'Kod',
  aggregateCsvOption: 'Svarsalternativ',
  aggregateCsvGroupCode: 'Grupp-kod',
  aggregateCsvGroup: 'Grupp',
  aggregateCsvCount: 'Antal',
  aggregateCsvShareOfAnswered: 'Andel av dem som svarat (%)',
  aggregateCsvShareOfAll: 'Andel av samtliga (%)',
  aggregateCsvPerMille: 'Promille av befolkningen',
  aggregateCsvValue: 'Värde',
};

export const en: Translation<typeof sv> = {
  aggregateRejectionReason: (reason: string, question?: string) => {
    const at = question ? ` (question “${question}”)` : '';
    switch (reason) {
      case 'not-a-record':
        return 'Not an inventory record';
      case 'wrong-definition':
        return 'Belongs to another form or another version of the form';
      case 'invalid-role':
        return 'The respondent role is missing or unknown';
      case 'unknown-question':
        return 'Contains a question the form does not have';
      case 'missing-answer':
        return `A required answer is missing${at}`;
      case 'not-asked':
        return `An answer to a question that should not have been asked${at}`;
      case 'personal-number':
        return `Free text with a personal identity or coordination number${at}`;
      default:
        return `Invalid answer${at}`;
    }
  },
  aggregateAll: 'All',
  aggregateTotal: 'Number of persons',
  aggregateAnswered: 'Answered',
  aggregateUnanswered: 'Not answered',
  aggregateMean: 'Mean',
  aggregateMedian: 'Median',
  aggregateMin: 'Lowest value',
  aggregateMax: 'Highest value',
  aggregateDontKnow: 'Don’t know',
  aggregateSuppressedFootnote: (minCount: number) =>
    `.. = Not shown (disclosure control): it concerns fewer than ${minCount} persons, or such a small number could be worked out from it.`,
  aggregateCsvQuestionId: 'Question id',
  aggregateCsvQuestion: 'Question',
  aggregateCsvRowType: 'Row type',
  aggregateCsvCode: 'Code',
  aggregateCsvOption: 'Answer',
  aggregateCsvGroupCode: 'Group code',
  aggregateCsvGroup: 'Group',
  aggregateCsvCount: 'Count',
  aggregateCsvShareOfAnswered: 'Share of those who answered (%)',
  aggregateCsvShareOfAll: 'Share of all (%)',
  aggregateCsvPerMille: 'Per 1,000 of the population',
  aggregateCsvValue: 'Value',
};
