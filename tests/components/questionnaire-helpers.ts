import { sendKeys } from '@web/test-runner-commands';
import type { SamsynQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import type { Definition } from '../../src/schema/questionnaire.js';

/** The element that has focus, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (or Shift+Tab) until `matches` holds for the focused element; fails after `max` presses. */
export async function tabTo(matches: (el: Element) => boolean, what: string, max = 80, key = 'Tab'): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: key });
    const active = deepActive();
    if (active && matches(active)) return active;
  }
  throw new Error(`${key} never reached ${what}; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
}

export const isInput = (name: string, value?: string) => (el: Element) =>
  el instanceof HTMLInputElement && el.name === `q-${name}` && (value === undefined || el.value === value);

export const isButton = (text: string) => (el: Element) => el instanceof HTMLButtonElement && el.textContent.trim() === text;

export const root = (el: SamsynQuestionnaire) => el.shadowRoot!;

export function stepHeading(el: SamsynQuestionnaire): string {
  return root(el).getElementById('step-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function input(el: SamsynQuestionnaire, question: string, value?: string): HTMLInputElement {
  const found = root(el).querySelector<HTMLInputElement>(
    value === undefined ? `[name="q-${question}"], #q-${question}-input` : `[name="q-${question}"][value="${value}"]`,
  );
  if (!found) throw new Error(`No control for ${question}${value ? `=${value}` : ''} on this step`);
  return found;
}

/** Clicks the option `value` of `question`, as a mouse user would. */
export async function choose(el: SamsynQuestionnaire, question: string, ...values: string[]): Promise<void> {
  for (const value of values) {
    input(el, question, value).click();
    await el.updateComplete;
  }
}

/** Types `text` into the field of `question`, replacing what was there. */
export async function type(el: SamsynQuestionnaire, question: string, text: string): Promise<void> {
  const field = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#q-${question}-input`)!;
  field.focus();
  field.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await el.updateComplete;
}

export function button(el: SamsynQuestionnaire, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

/** Clicks a button and waits for the element and the focus move after it. */
export async function press(el: SamsynQuestionnaire, text: string): Promise<void> {
  button(el, text).click();
  await settle(el);
}

export async function settle(el: SamsynQuestionnaire): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

export function errorSummary(el: SamsynQuestionnaire): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[part~="error-summary"]');
}

export function errorLinks(el: SamsynQuestionnaire): HTMLAnchorElement[] {
  return [...(errorSummary(el)?.querySelectorAll('a') ?? [])];
}

export function fieldError(el: SamsynQuestionnaire, question: string): string | undefined {
  return root(el).querySelector(`#q-${question}-error`)?.textContent?.replace(/\s+/g, ' ').trim();
}

/** A small definition with every kind of question, a conditional section and a conditional question. */
export const testDefinition: Definition = {
  id: 'test-form',
  version: '1',
  kind: 'questionnaire',
  title: { sv: 'Testformulär', en: 'Test form' },
  sections: [
    {
      id: 'about',
      title: { sv: 'Om personen', en: 'About the person' },
      questions: [
        {
          id: 'consent',
          kind: 'one',
          label: { sv: 'Vill du svara på fler frågor?', en: 'Do you want to answer more questions?' },
          required: true,
          options: [
            { code: 'yes', label: { sv: 'Ja', en: 'Yes' } },
            { code: 'no', label: { sv: 'Nej', en: 'No' } },
          ],
        },
        {
          id: 'pets',
          kind: 'many',
          label: { sv: 'Husdjur', en: 'Pets' },
          help: { sv: 'Välj alla som stämmer.', en: 'Select all that apply.' },
          required: true,
          options: [
            { code: 'cat', label: { sv: 'Katt', en: 'Cat' } },
            { code: 'dog', label: { sv: 'Hund', en: 'Dog' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' }, exclusive: true },
          ],
        },
        {
          id: 'rooms',
          kind: 'number',
          label: { sv: 'Antal rum', en: 'Number of rooms' },
          integer: true,
          min: 1,
          max: 10,
          unit: { sv: 'rum', en: 'rooms' },
          required: true,
        },
      ],
    },
    {
      id: 'more',
      title: { sv: 'Fler frågor', en: 'More questions' },
      when: { question: 'consent', equals: ['yes'] },
      questions: [
        {
          id: 'mood',
          kind: 'scale',
          label: { sv: 'Hur mår du?', en: 'How are you?' },
          anchors: { low: { sv: 'Mycket dåligt', en: 'Very bad' }, high: { sv: 'Mycket bra', en: 'Very good' } },
          dontKnow: true,
          required: true,
        },
        {
          id: 'why',
          kind: 'text',
          label: { sv: 'Vad gör dig glad?', en: 'What makes you happy?' },
          maxLength: 40,
          when: { question: 'mood', equals: [5] },
        },
        {
          id: 'since',
          kind: 'date',
          label: { sv: 'Sedan när?', en: 'Since when?' },
          min: '2000-01-01',
          max: '2030-12-31',
        },
      ],
    },
  ],
};
