import type { CSSResult, TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { Definition } from '../../schema/questionnaire.js';
import type { SamsynSelectKind } from '../shared/events.js';
import type { InputProblem } from '../shared/samsyn-element.js';

/**
 * What a mode of `<samsyn-sip-status>` sees of the element. Each mode (the
 * overview, one plan) is a module of its own, loaded when the element first
 * shows it: a page with a kommun's overview never downloads the plan view,
 * and a caseworker's page with one plan never downloads the overview.
 */
export interface SipHost {
  readonly localize: LocalizeController;
  readonly records: unknown;
  /** The definition the records follow: the element's own, or the one a surrounding `<samsyn-context>` provides. */
  readonly recordsDefinition: Definition | undefined;
  readonly counts: unknown;
  readonly estimatedNeed: number | undefined;
  readonly period: string | undefined;
  /** One person's SIP (the element's `plan`), not an action plan. */
  readonly sipPlan: unknown;
  readonly minCount: number;
  readonly today: string;
  /** A heading `depth` levels below the element's own. */
  heading(depth: number, text: string, id?: string): TemplateResult;
  select(kind: SamsynSelectKind, key: string, data?: unknown): void;
  reportProblem(problem: InputProblem): void;
  /** Tells the page (`samsyn-error`) of a problem that does not stop the content from showing. */
  warn(problem: InputProblem): void;
  clearProblem(): void;
  /** Work the element's `updateComplete` waits on (a module loaded on first use). */
  track<T>(work: Promise<T>): Promise<T>;
  requestUpdate(): void;
}

/** One mode of the element: what it derives from the inputs, and what it shows. */
export interface SipView {
  readonly styles: CSSResult;
  /** Reads the inputs again; reports a problem to the host when they cannot be used. */
  prepare(): void;
  render(): unknown;
}
