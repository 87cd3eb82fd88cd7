import '../shared/policy-guard.js';
import { adoptStyles, html, type LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '../../schema/locale.js';
import type { Definition } from '../../schema/questionnaire.js';
import { emit } from '../shared/events.js';
import { heading, headingLevel } from '../shared/heading.js';
import { LazyPart } from '../shared/lazy-part.js';
import { localDate } from '../shared/local-date.js';
import { Provided, providedInput } from '../shared/provided.js';
import { SamsynElement, type InputProblem } from '../shared/samsyn-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './sip-status.styles.js';
import type { SipHost, SipView } from './sip-view.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as sipMessages from '../../i18n/messages/sip.js';

registerMessages(sipMessages);

export type SipStatusMode = 'overview' | 'plan';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The inputs the mode views read, by the name they read each under, and the element's property it is. */
const viewInputs = {
  records: 'records',
  recordsDefinition: 'definition',
  counts: 'counts',
  estimatedNeed: 'estimatedNeed',
  period: 'period',
  sipPlan: 'plan',
  minCount: 'minCount',
  today: 'today',
} as const;

/** An object whose every field reads, when it is read, the property of `source` that `names` gives for it. */
function liveFields<S, N extends Record<string, keyof S>>(source: S, names: N): { readonly [K in keyof N]: S[N[K]] } {
  const fields = {} as { [K in keyof N]: S[N[K]] };
  for (const [name, property] of Object.entries(names)) Object.defineProperty(fields, name, { get: () => source[property as N[keyof N]], enumerable: true });
  return fields;
}

/**
 * @summary How coordinated individual plans (SIP) are going: a kommun's
 * overview (how many have a plan, are getting one, lack one; coverage of the
 * estimated need; by gender; over time; obstacles) or one person's plan (its
 * step, next follow-up, interventions by principal, consent).
 *
 * The overview takes inventory `records` (counted with `aggregate` on the
 * `sip` question by gender) or reported `counts` (the `sipOverviewSchema`
 * shape). Counts from 1 to `minCount` − 1 are never shown: they read `..`
 * with a footnote, and so does any count that could be worked out from a
 * shown total. The plan view takes a `plan` (the `sipPlanSchema` shape); a
 * follow-up date before `today` reads "Försenad" (overdue) in text and shape.
 *
 * Each mode's view is a module of its own, fetched from the package's
 * `chunks/` folder the first time the element shows that mode: a page with a
 * kommun's overview never downloads the plan view, nor the other way round.
 *
 * Every figure is in text as well as in colour or shape. The layout follows
 * the width of the element (container queries), from a 280px sidebar to a
 * wide page.
 *
 * @event samsyn-select - A part was activated with a click, Enter or Space.
 *   `detail.kind` is `status`, `gender`, `date`, `obstacle`, `step` or
 *   `intervention`; `detail.key` its code, date or id; `detail.data` the figures or the intervention.
 * @event samsyn-error - `records`, `counts`, `plan`, `today` or `mode` could not be used; a localized message is shown instead.
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart heading - The element's heading.
 * @csspart statuses - The list of counts by status.
 * @csspart status - One status count (a button).
 * @csspart coverage - The coverage of the estimated need: meter and text.
 * @csspart meter - The coverage bar.
 * @csspart table - Each table (by gender, over time).
 * @csspart obstacles - The list of obstacles.
 * @csspart notes - The footnotes (signs, source).
 * @csspart steps - The plan's steps (an ordered list).
 * @csspart step - One step (a button); the current one has `aria-current="step"`.
 * @csspart follow-up - The next follow-up.
 * @csspart overdue - The overdue notice, when the next follow-up is late.
 * @csspart consent - The consent status.
 * @csspart interventions - The list of interventions.
 * @csspart intervention - One intervention (a button).
 * @csspart error - The message shown instead of the content when the data cannot be used.
 *
 * @cssprop --samsyn-color-primary - Bars and buttons.
 * @cssprop --samsyn-color-success - Plans drawn up; steps done.
 * @cssprop --samsyn-color-warning - Overdue follow-ups; withdrawn consent.
 * @cssprop --samsyn-color-surface - Cards and table stripes.
 * @cssprop --samsyn-sip-bar-height - Height of the coverage bar (default 1.25rem).
 */
export class SamsynSipStatus extends Provided(SamsynElement, ['definition', 'minCount', 'today', 'period']) {
  static override styles = [tokens, styles];

  /** `overview` or `plan`. When not set: `plan` if `plan` is set, else `overview`. */
  @property({ reflect: true }) mode?: SipStatusMode;

  /**
   * Inventory records (the national inventory, or a kommun's extension of
   * it), or an aggregated result computed elsewhere (`type: 'samsyn-aggregate'`, broken down by gender).
   */
  @property({ attribute: false }) records?: unknown;

  /**
   * The definition the `records` follow, when a kommun extended the national
   * inventory. Taken from a surrounding `<samsyn-context>` when not set here.
   */
  @property({ attribute: false }) definition?: Definition;

  /** Reported counts, one point per date or period (`sipOverviewSchema`). Used when `records` is not set. */
  @property({ attribute: false }) counts?: unknown;

  /** With `records`: how many should have a SIP, for the coverage. (`counts` carry their own.) */
  @property({ type: Number, attribute: 'estimated-need' }) estimatedNeed?: number;

  /** With `records`: a label for when the records describe ("2015"). */
  @property() period?: string;

  /** One person's plan (`sipPlanSchema`). */
  @property({ attribute: false }) plan?: unknown;

  /** The heading level of the element's heading (2–5); its sections get the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private explicitMinCount: number | undefined;
  private explicitToday: string | undefined;

  /**
   * Disclosure control: counts from 1 to `minCount` − 1 are withheld. 5
   * unless set here or by a surrounding `<samsyn-context>`; 1 turns it off.
   */
  @property({ type: Number, attribute: 'min-count' })
  get minCount(): number {
    return this.explicitMinCount ?? providedInput(this, 'minCount') ?? 5;
  }
  set minCount(value: number | undefined) {
    this.explicitMinCount = value ?? undefined;
  }

  /** The day overdue is measured against, ISO `YYYY-MM-DD`. Today's date unless set here or by a surrounding `<samsyn-context>`. */
  @property()
  get today(): string {
    return this.explicitToday ?? providedInput(this, 'today') ?? localDate();
  }
  set today(value: string | undefined) {
    this.explicitToday = value ?? undefined;
  }

  private parsedIn: Locale | undefined;

  private get effectiveMode(): SipStatusMode {
    return this.mode ?? (this.plan !== undefined ? 'plan' : 'overview');
  }

  /** Each mode's view, fetched when the mode is first shown. */
  private readonly views: Record<SipStatusMode, LazyPart<SipView>> = {
    overview: this.viewPart(() => import('./sip-overview.js').then((m) => new m.SipOverviewView(this.viewHost()))),
    plan: this.viewPart(() => import('./sip-plan.js').then((m) => new m.SipPlanView(this.viewHost()))),
  };
  /** A view arrived or failed to since the last prepare: the inputs must be read even though none changed. */
  private viewSettled = false;
  /** The mode shown at the last prepare: a view that failed to arrive is fetched anew when its mode is chosen anew. */
  private shownMode: SipStatusMode | undefined;

  private viewPart(load: () => Promise<SipView>): LazyPart<SipView> {
    return new LazyPart<SipView>(this, {
      load,
      failure: () => {
        this.viewSettled = true;
        return { reason: 'load-failed', property: 'mode', message: this.localize.term('loadFailed') };
      },
      track: (work) => this.track(work),
      arrived: () => {
        this.viewSettled = true;
        // Lit adopts the element's static styles once; a mode's own rules join them when the mode arrives.
        const base = (this.constructor as typeof LitElement).elementStyles;
        const arrived = Object.values(this.views).flatMap((v) => (v.part ? [v.part.styles] : []));
        adoptStyles(this.renderRoot as ShadowRoot, [...base, ...arrived]);
      },
    });
  }

  protected override prepare(changed: PropertyValues): void {
    const locale = this.localize.locale;
    const relocalized = this.parsedIn !== locale;
    this.parsedIn = locale;
    const inputs = ['mode', 'records', 'counts', 'plan', 'minCount', 'today', 'estimatedNeed', 'period', 'definition'];
    if (!relocalized && !this.viewSettled && !inputs.some((k) => changed.has(k))) return;
    this.viewSettled = false;

    if (this.mode !== undefined && this.mode !== 'overview' && this.mode !== 'plan') {
      return this.reportProblem({ reason: 'invalid-value', property: 'mode', message: this.localize.term('sipInvalidMode', String(this.mode)) });
    }
    if (!isoDate.test(this.today) || Number.isNaN(Date.parse(this.today))) {
      return this.reportProblem({ reason: 'invalid-value', property: 'today', message: this.localize.term('sipInvalidToday', String(this.today)) });
    }
    const minCount = this.minCount;
    if (!Number.isInteger(minCount) || minCount < 1) {
      return this.reportProblem({ reason: 'invalid-value', property: 'minCount', message: this.localize.term('sipInvalidMinCount', String(minCount)) });
    }
    const mode = this.effectiveMode;
    if (mode !== this.shownMode) for (const part of Object.values(this.views)) part.reset();
    this.shownMode = mode;
    const part = this.views[mode];
    if (part.part) part.part.prepare();
    else if (part.problem) this.reportProblem(part.problem);
    else part.request();
  }

  /** What the mode views see of the element. */
  private viewHost(): SipHost {
    // The inputs are read when the view reads them: the element's current ones.
    return Object.assign(liveFields<SamsynSipStatus, typeof viewInputs>(this, viewInputs), {
      localize: this.localize,
      heading: (depth, text, id) => heading(this.level() + depth, text, { id }),
      select: (kind, key, data) => emit(this, 'samsyn-select', { kind, key, data }),
      reportProblem: (problem) => this.reportProblem(problem),
      warn: (problem: InputProblem) => emit(this, 'samsyn-error', { ...problem }),
      clearProblem: () => this.clearProblem(),
      track: (work) => this.track(work),
      requestUpdate: () => this.requestUpdate(),
    } satisfies Omit<SipHost, keyof typeof viewInputs>);
  }

  /** The level of the element's own heading; its sections are one below. */
  private level(): number {
    return headingLevel(this.headingLevel);
  }

  protected renderContent(): unknown {
    const mode = this.effectiveMode;
    return html`<div class="base" part="base">
      ${heading(this.level(), this.localize.term(mode === 'plan' ? 'sipPlanHeading' : 'sipOverviewHeading'), { part: 'heading' })}
      ${this.views[mode]?.part?.render()}
    </div>`;
  }
}
