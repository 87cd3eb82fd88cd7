import type { LocalizeController } from '../../i18n/localize.js';

/**
 * The numbers a report's figures and tables carry when a document refers to
 * them ("Figur 3.", "Tabell 5."): counted in the order they are rendered,
 * tables after those the document numbered before the report (its method
 * section's). Without `numbered` every label is undefined and nothing is
 * numbered, as on a page of its own.
 */
export class Numbering {
  private figures = 0;
  private tables: number;

  constructor(
    private readonly l: Pick<LocalizeController, 'term'>,
    private readonly numbered: boolean,
    tablesBefore = 0,
  ) {
    this.tables = Number.isSafeInteger(tablesBefore) && tablesBefore > 0 ? tablesBefore : 0;
  }

  /** The next figure's label, "Figur n.". */
  figure(): string | undefined {
    return this.numbered ? this.l.term('reportFigure', ++this.figures) : undefined;
  }

  /** The next table's label, "Tabell n.". */
  table(): string | undefined {
    return this.numbered ? this.l.term('reportTable', ++this.tables) : undefined;
  }
}

/** A caption with its number in front, where it has one. */
export const numbered = (label: string | undefined, caption: string): string => (label ? `${label} ${caption}` : caption);
