import { css } from 'lit';

/*
 * The rules of one plan, loaded with plan mode. Notes, kept out of the
 * stylesheet a page downloads:
 * - `.knockout`: the lines drawn across a filled shape (a tick, an
 *   exclamation mark) take the background's colour.
 * - `.principal--*`: the principal is named in text; the edge pattern only
 *   helps scanning.
 * - An intervention's facts ("Verksamhet: Arbetsförmedlingen") put the value
 *   under its label when the line is too short for both, and the list's
 *   column may be narrower than its longest fact: on a 320 px screen they
 *   stayed on one line and pushed past the element's edge.
 */
export const planStyles = css`
  .plan-id {
    margin: 0;
  }
  .knockout {
    stroke: var(--_bg);
  }
  .overdue {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_bg);
  }
  .overdue .shape,
  .badge .shape {
    color: var(--_warning);
  }
  .steps {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    counter-reset: step;
  }
  .step button {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    width: 100%;
    height: 100%;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
  }
  .step button:hover {
    border-color: var(--_border);
  }
  .step .shape {
    margin-top: 0.1em;
  }
  .step-text {
    display: flex;
    flex-direction: column;
  }
  .step-state {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .step--done .shape {
    color: var(--_success);
  }
  .step--current button {
    border: 2px solid var(--_primary);
    background: var(--_surface);
  }
  .step--current .shape {
    color: var(--_primary);
  }
  .step--current .step-name {
    font-weight: 700;
  }
  .step--current .step-state {
    color: var(--_text);
    font-weight: 700;
  }
  .step--upcoming .shape {
    color: var(--_muted);
  }
  .facts {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  .fact,
  .intervention {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .overdue,
  .follow-up--overdue,
  .consent--withdrawn {
    border: 2px solid var(--_warning);
    border-left-width: 8px;
  }
  .badge {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 700;
  }
  .badge--overdue {
    padding: 0 0.375rem;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    color: var(--_warning);
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .badge--on-time {
    color: var(--_success);
  }
  .interventions {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .intervention {
    border-left-width: 6px;
  }
  .principal--kommun {
    border-left-style: solid;
  }
  .principal--region {
    border-left-style: double;
  }
  .principal--other {
    border-left-style: dashed;
  }
  dl {
    margin: calc(var(--_space) / 2) 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25rem;
  }
  dt {
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .principal-tag {
    font-weight: 700;
  }
  @container sip-status (min-width: 40rem) {
    .facts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .interventions {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .steps {
      flex-direction: row;
    }
    .steps li {
      flex: 1 1 0;
      min-width: 0;
    }
    .step button {
      flex-direction: column;
      align-items: flex-start;
    }
  }
`;
