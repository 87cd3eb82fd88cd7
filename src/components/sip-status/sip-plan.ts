import { html, nothing, svg, type TemplateResult } from 'lit';
import { registerMessages } from '../../i18n/catalogs.js';
import type { LocalizeController } from '../../i18n/localize.js';
import * as planMessages from '../../i18n/messages/sip-plan.js';
import { parseSipPlan, sipSteps, type SipPlan } from '../../schema/sip-plan.js';
import { followUpState, type FollowUpState } from './sip-follow-up.js';
import { planStyles } from './sip-plan.styles.js';
import type { SipHost, SipView } from './sip-view.js';

registerMessages(planMessages);

/**
 * One person's plan: its step, the next follow-up (overdue in text and
 * shape), consent, responsibility, needs, goals and interventions by
 * principal.
 *
 * The plan's own texts (needs, goals, interventions, roles, notes) are shown
 * as written and marked with the plan's language (`lang`, Swedish when not
 * given) where the page speaks another.
 */
export class SipPlanView implements SipView {
  readonly styles = planStyles;
  private readonly localize: LocalizeController;
  private parsedPlan: SipPlan | undefined;

  constructor(private readonly host: SipHost) {
    this.localize = host.localize;
  }

  prepare(): void {
    const host = this.host;
    if (host.sipPlan === undefined || host.sipPlan === null) {
      this.parsedPlan = undefined;
      return host.clearProblem();
    }
    const result = parseSipPlan(host.sipPlan, { locale: this.localize.locale });
    if (!result.success) {
      this.parsedPlan = undefined;
      return host.reportProblem({
        reason: 'invalid-value',
        property: 'plan',
        message: this.localize.term('sipInvalidPlan'),
        issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })),
      });
    }
    this.parsedPlan = result.data;
    host.clearProblem();
  }

  /** The `lang` of elements holding the plan's own texts. */
  private get written(): string | typeof nothing {
    return this.localize.textLang(this.parsedPlan?.lang);
  }

  render(): unknown {
    const plan = this.parsedPlan;
    if (!plan) return html`<p class="empty">${this.localize.term('sipNoPlan')}</p>`;
    const followUp = followUpState(plan, this.host.today);
    return html`
      <p class="muted plan-id">${this.localize.term('sipPlanId', plan.id)}</p>
      ${followUp.kind === 'overdue' ? this.renderOverdue(followUp) : nothing} ${this.renderSteps(plan)}
      <div class="facts">${this.renderFollowUp(plan, followUp)} ${this.renderConsent(plan)} ${this.renderResponsibility(plan)}</div>
      ${this.renderTexts(this.localize.term('sipNeedsHeading'), plan.needs)}
      ${this.renderTexts(this.localize.term('sipGoalsHeading'), plan.goals)} ${this.renderInterventions(plan)}
      ${plan.othersActions?.length
        ? html`<div class="block">
            ${this.host.heading(1, this.localize.term('sipOthersActionsHeading'))}
            <ul>
              ${plan.othersActions.map(
                (a) => html`<li><span lang=${this.written}>${a.text}</span>${a.agency ? html` <span class="muted">(${this.localize.term('sipAgencyName', a.agency)})</span>` : nothing}</li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${plan.followUps?.length
        ? html`<div class="block">
            ${this.host.heading(1, this.localize.term('sipFollowUpsHeading'))}
            <ul>
              ${[...plan.followUps]
                .sort((a, b) => b.date.localeCompare(a.date))
                .map(
                  (f) => html`<li>
                    <strong>${this.localize.date(f.date)}</strong>: ${this.who(f)}${f.note ? html`. <span lang=${this.written}>${f.note}</span>` : nothing}
                  </li>`,
                )}
            </ul>
          </div>`
        : nothing}
      ${plan.obstacles?.length ? this.renderTexts(this.localize.term('sipPlanObstaclesHeading'), plan.obstacles) : nothing}
    `;
  }

  /** Who follows up: a role as the plan writes it, and an agency by its name. */
  private who(f: { by?: string; agency?: string }): TemplateResult {
    const agency = f.agency ? this.localize.term('sipAgencyName', f.agency) : '';
    return html`${f.by ? html`<span lang=${this.written}>${f.by}</span>` : nothing}${f.by && agency ? ', ' : ''}${agency}`;
  }

  private renderOverdue(followUp: Extract<FollowUpState, { kind: 'overdue' }>): TemplateResult {
    return html`<p class="overdue" part="overdue">
      ${warningShape()}<span
        ><strong>${this.localize.term('sipOverdue')}:</strong>
        ${this.localize.term('sipOverdueText', this.localize.date(followUp.date), followUp.days)}</span
      >
    </p>`;
  }

  private renderSteps(plan: SipPlan): TemplateResult {
    const currentIndex = sipSteps.indexOf(plan.step);
    return html`<div class="block">
      ${this.host.heading(1, this.localize.term('sipStepsHeading'))}
      <ol class="steps" part="steps">
        ${sipSteps.map((step, i) => {
          const stepState = i < currentIndex || plan.step === 'closed' ? 'done' : i === currentIndex ? 'current' : 'upcoming';
          return html`<li class="step step--${stepState}">
            <button
              type="button"
              part="step"
              aria-current=${i === currentIndex ? 'step' : nothing}
              @click=${() => this.host.select('step', step, { plan: plan.id, state: stepState })}
            >
              ${stepShape(stepState)}
              <span class="step-text">
                <span class="step-name">${this.localize.term('sipStepName', step)}</span>
                <span class="step-state">${this.localize.term('sipStepState', stepState)}</span>
              </span>
            </button>
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private renderFollowUp(plan: SipPlan, followUp: FollowUpState): TemplateResult {
    let body: unknown;
    switch (followUp.kind) {
      case 'closed':
        body = html`<p>${this.localize.term('sipClosedText')}</p>`;
        break;
      case 'none':
        body = html`<p>${this.localize.term('sipNoNextFollowUp')}</p>`;
        break;
      case 'overdue':
        body = html`<p class="badge badge--overdue">${warningShape()}${this.localize.term('sipOverdue')}</p>
          <p>${this.localize.term('sipOverdueText', this.localize.date(followUp.date), followUp.days)}</p>`;
        break;
      case 'today':
        body = html`<p class="badge badge--today">${this.localize.term('sipDueToday')}</p>
          <p>${this.localize.term('sipDueTodayText', this.localize.date(followUp.date))}</p>`;
        break;
      case 'on-time':
        body = html`<p class="badge badge--on-time">${this.localize.term('sipOnTime')}</p>
          <p>${this.localize.term('sipOnTimeText', this.localize.date(followUp.date), followUp.days)}</p>`;
        break;
    }
    const next = plan.nextFollowUp;
    return html`<div class="fact follow-up ${followUp.kind === 'overdue' ? 'follow-up--overdue' : ''}" part="follow-up">
      ${this.host.heading(1, this.localize.term('sipNextFollowUpHeading'))} ${body}
      ${next && followUp.kind !== 'closed' ? html`<p>${this.withPart('sipFollowUpBy', this.who(next))}</p>` : nothing}
    </div>`;
  }

  /** A message of one argument with `part` in its place: the part keeps its own markup (a `lang`). */
  private withPart(key: 'sipFollowUpBy', part: TemplateResult): TemplateResult {
    const mark = '\u0000';
    const [before, after = ''] = this.localize.term(key, mark).split(mark);
    return html`${before}${part}${after}`;
  }

  private renderConsent(plan: SipPlan): TemplateResult {
    const { status, date } = plan.consent;
    const name = this.localize.term('sipConsentName', status);
    return html`<div class="fact consent consent--${status}" part="consent">
      ${this.host.heading(1, this.localize.term('sipConsentHeading'))}
      <p class="badge badge--consent-${status}">
        ${status === 'given' ? nothing : warningShape()}${date ? this.localize.term('sipConsentOn', name, this.localize.date(date)) : name}
      </p>
      ${status === 'withdrawn' ? html`<p>${this.localize.term('sipConsentWithdrawnNote')}</p>` : nothing}
      ${status === 'not-given' ? html`<p>${this.localize.term('sipConsentNotGivenNote')}</p>` : nothing}
    </div>`;
  }

  private renderResponsibility(plan: SipPlan): TemplateResult {
    const r = plan.overallResponsibility;
    const named = r
      ? [this.localize.term('sipPrincipalName', r.principal), r.agency ? this.localize.term('sipAgencyName', r.agency) : undefined].filter(Boolean).join(', ')
      : this.localize.term('sipNotDecided');
    const text = r?.role ? html`${named}, <span lang=${this.written}>${r.role}</span>` : named;
    return html`<div class="fact">
      ${this.host.heading(1, this.localize.term('sipResponsibleHeading'))}
      <p>${text}</p>
    </div>`;
  }

  private renderTexts(heading: string, items: string[] | undefined): TemplateResult {
    return html`<div class="block">
      ${this.host.heading(1, heading)}
      ${items?.length ? html`<ul>${items.map((t) => html`<li lang=${this.written}>${t}</li>`)}</ul>` : html`<p class="muted">${this.localize.term('sipNoneGiven')}</p>`}
    </div>`;
  }

  private renderInterventions(plan: SipPlan): TemplateResult {
    const items = plan.interventions ?? [];
    return html`<div class="block">
      ${this.host.heading(1, this.localize.term('sipInterventionsHeading'))}
      ${items.length
        ? html`<ul class="interventions" part="interventions">
            ${items.map(
              (item, i) => html`<li class="intervention principal--${item.principal}">
                <button
                  type="button"
                  part="intervention"
                  class="link"
                  lang=${this.written}
                  @click=${() => this.host.select('intervention', item.id ?? String(i), { plan: plan.id, intervention: item })}
                >
                  ${item.text}
                </button>
                <dl>
                  <div>
                    <dt>${this.localize.term('sipPrincipalLabel')}</dt>
                    <dd><span class="principal-tag">${this.localize.term('sipPrincipalName', item.principal)}</span></dd>
                  </div>
                  ${item.agency
                    ? html`<div>
                        <dt>${this.localize.term('sipAgencyLabel')}</dt>
                        <dd>${this.localize.term('sipAgencyName', item.agency)}</dd>
                      </div>`
                    : nothing}
                </dl>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${this.localize.term('sipNoneGiven')}</p>`}
    </div>`;
  }
}

function stepShape(state: string): TemplateResult {
  const inner =
    state === 'done'
      ? svg`<circle cx="8" cy="8" r="7" fill="currentColor"></circle
          ><path d="M4.5 8.5 L7 11 L11.5 5.5" class="knockout" fill="none" stroke-width="2"></path>`
      : state === 'current'
        ? svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2"></circle
            ><circle cx="8" cy="8" r="3.5" fill="currentColor"></circle>`
        : svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 2"></circle>`;
  return html`<svg class="shape" viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">${inner}</svg>`;
}

function warningShape(): TemplateResult {
  return html`<svg class="shape warning" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d="M8 1 L15 14.5 H1 Z" fill="currentColor"></path>
    <path class="knockout" d="M8 6 V10 M8 11.5 V13" stroke-width="1.6"></path>
  </svg>`;
}
