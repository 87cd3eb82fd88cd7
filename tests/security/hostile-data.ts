/**
 * Data for the injection tests: every text a page, a vendor or a file can
 * put on screen, set to one payload. Each passes its schema, so that the
 * elements render it rather than reject it.
 */
import { expect } from '@open-wc/testing';
import { extendDefinition, inventoryDefinition, type Definition } from '../../src/schema/index.js';
import type { AggregateResult } from '../../src/schema/aggregate-result.js';
import type { ActionPlan } from '../../src/schema/action-plan.js';
import type { Participation } from '../../src/schema/participation.js';
import { genderResult } from '../fixtures/aggregate-results.js';
import { deepAttributeText, deepElements, deepText, type Payload } from './harness.js';

export type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The payload is on screen or in an accessible name as the very text it is, not as markup. */
export function expectShownAsText(el: Element, payload: Payload): void {
  const seen = collapse(`${deepText(el)} ${deepAttributeText(el)}`);
  expect(seen, `${payload.name} is shown as text`).to.contain(collapse(payload.text));
}

/** Waits until `check()` holds, frame by frame: on a busy machine as long as it takes (the runner's timeout is the limit). */
export async function until(check: () => unknown): Promise<void> {
  while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Waits until `el` and every Samsyn element inside it has rendered. */
export async function rendered(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const hosts = deepElements(el).filter((e): e is Updatable => e.localName.startsWith('samsyn-'));
    await Promise.all(hosts.map((h) => h.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const text = (t: string) => ({ sv: t, en: t });

/** A kommun's definition whose every label, help text and heading is the payload. */
export function hostileDefinition(p: Payload): Definition {
  return extendDefinition(inventoryDefinition, {
    id: 'kommun-hostile',
    version: '1',
    title: text(p.text),
    description: text(p.text),
    sections: [
      {
        id: 'own',
        after: 'background',
        title: text(p.text),
        description: text(p.text),
        questions: [
          { id: 'ownNotes', kind: 'text', maxLength: 2000, multiline: true, label: text(p.text), help: text(p.text) },
          { id: 'ownLine', kind: 'text', maxLength: 2000, label: text(`${p.text} (rad)`) },
          {
            id: 'ownChoice',
            kind: 'one',
            label: text(`${p.text} (val)`),
            options: [
              { code: 'a', label: text(p.text) },
              { code: 'b', label: text('Annat') },
            ],
          },
          { id: 'ownCount', kind: 'number', label: text(`${p.text} (antal)`), unit: text(p.text) },
        ],
      },
    ],
    options: [{ question: 'housing', options: [{ code: 'own-housing', label: text(p.text) }] }],
  });
}

/** An aggregated result as a vendor's database might send it, every label the payload. */
export function hostileResult(p: Payload): AggregateResult {
  return {
    ...genderResult,
    period: p.text,
    groups: genderResult.groups.map((g) => ({ ...g, label: text(p.text) })),
    rejected: { count: 1, reasons: [{ reason: p.text, count: 1 }] },
    questions: genderResult.questions.map((q) => ({
      ...q,
      label: text(p.text),
      options: q.options?.map((o) => ({ ...o, label: text(p.text) })),
    })),
  };
}

export function hostilePlan(p: Payload): ActionPlan {
  return {
    title: p.text,
    period: p.text.slice(0, 100),
    areas: [{ code: 'own-area', label: { sv: p.text.slice(0, 100), en: p.text.slice(0, 100) } }],
    rows: [
      {
        id: 'r1',
        area: 'own-area',
        goal: p.text,
        activity: p.text,
        responsible: p.text,
        schedule: p.text,
        status: 'ongoing',
        deadline: '2015-12-31',
        result: p.text,
        target: { description: p.text, direction: 'at-least', value: 30, unit: 'percent', outcome: 16 },
      },
    ],
  };
}

export function hostileParticipation(p: Payload): Participation {
  return {
    date: '2015-05-01',
    organisations: [{ id: 'o1', name: p.text, representatives: p.text }],
    views: [{ id: 'v1', organisation: 'o1', text: p.text, rows: ['r1'] }],
  };
}

export function hostileSipPlan(p: Payload) {
  return {
    id: 'SIP-1',
    step: 'following-up',
    needs: [p.text],
    goals: [p.text],
    interventions: [{ id: 'i1', text: p.text, principal: 'kommun', agency: 'kommun-social-services' }],
    othersActions: [{ text: p.text, agency: 'employment-service' }],
    overallResponsibility: { principal: 'kommun', role: p.text },
    followUps: [{ date: '2015-03-01', by: p.text, note: p.text }],
    nextFollowUp: { date: '2015-09-01', by: p.text },
    consent: { status: 'given', date: '2015-01-10' },
    obstacles: [p.text],
  };
}

export function hostileCounts(p: Payload, short: Payload) {
  return {
    points: [
      { period: short.text, established: 941, inProgress: 160, estimatedNeed: 1663, obstacles: [{ label: p.text, count: 12 }] },
    ],
    source: p.text,
  };
}

/** Presses every button of a plain kind in `el`'s shadow root that opens more text (tables, details), not ones that remove or submit. */
export async function openEverything(el: HTMLElement): Promise<void> {
  for (const button of Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'))) {
    button.click();
  }
  await rendered(el);
}

