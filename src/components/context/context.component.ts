import '../shared/policy-guard.js';
import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Population } from '../../schema/aggregate-result.js';
import type { Definition } from '../../schema/questionnaire.js';
import { configContext, definitionContext } from '../shared/context.js';
import { SamsynElement } from '../shared/samsyn-element.js';

/**
 * Gives every Samsyn element inside it the page's definition and settings,
 * so that a kommun that added questions of its own to the national
 * inventory sets its extended definition, its disclosure limit, its
 * population and the period once per page, not on every chart, report and
 * SIP overview. An element's own property or attribute still wins over what
 * is provided; an element outside any `<samsyn-context>` works alone with
 * its own properties.
 *
 * Provided through `@lit/context` (`definitionContext`, `configContext`,
 * exported for elements of a portal's own). It renders nothing itself
 * (`display: contents`) and checks nothing itself: each element checks what
 * it receives as it checks its own properties, and says what is wrong.
 *
 * @summary Provides a kommun's definition, `min-count`, population and period to every Samsyn element inside it.
 *
 * @slot - The elements that use what it provides, at any depth (shadow roots included).
 */
export class SamsynContext extends SamsynElement {
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** The questionnaire definition the records of the page follow (a kommun's extended inventory). */
  @property({ attribute: false }) definition: Definition | undefined;

  /** Disclosure control for every element inside: counts from 1 to `minCount` − 1 are withheld. */
  @property({ type: Number, attribute: 'min-count' }) minCount: number | undefined;

  /** How many live in the kommun, for per-mille figures. */
  @property({ attribute: false }) population: Population | undefined;

  /** What the records describe ("2025"). */
  @property() period: string | undefined;

  /** The day overdue is measured against, ISO `YYYY-MM-DD` (today's date unless set). */
  @property() today: string | undefined;

  private readonly definitionProvider = new ContextProvider(this, { context: definitionContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext });

  protected override prepare(changed: PropertyValues<this>): void {
    if (changed.has('definition')) this.definitionProvider.setValue(this.definition);
    if (changed.has('minCount') || changed.has('population') || changed.has('period') || changed.has('today')) {
      const { minCount, population, period, today } = this;
      this.configProvider.setValue({ minCount, population, period, today });
    }
  }

  protected renderContent() {
    return html`<slot></slot>`;
  }
}
