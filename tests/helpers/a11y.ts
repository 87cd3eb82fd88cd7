import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe?: { run(context: Element | Document, options?: RunOptions): Promise<AxeResults> };
  }
}

let loading: Promise<void> | undefined;

/** Loads axe-core once into the test page (it is a UMD script that sets `window.axe`). */
function loadAxe(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    if (window.axe) return resolve();
    const script = document.createElement('script');
    script.src = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA, and best practices) on `el` and its
 * shadow trees, and fails with every violation listed: rule, impact, and the
 * offending nodes.
 */
export async function expectNoAxeViolations(el: Element | Document = document, options: RunOptions = {}): Promise<void> {
  await loadAxe();
  const results = await window.axe!.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // A fixture is a fragment of a page: page-level landmark rules do not apply to it.
    rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
    ...options,
  });
  if (results.violations.length) {
    const report = results.violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
      .join('\n');
    throw new Error(`axe-core found ${results.violations.length} violation(s):\n${report}`);
  }
}

/** The element that has focus, looking inside shadow roots. */
export function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

type Rgba = [number, number, number, number];

/** A computed CSS colour as RGBA (computed colours are rgb()/rgba(), or color(srgb …) for some system colours). */
function rgba(color: string): Rgba | undefined {
  // The first colour in the value (a box-shadow lists its colour before its lengths).
  const found = /(rgba?|color)\(([^)]*)\)/.exec(color);
  if (!found) return undefined;
  const numbers = found[2].match(/[\d.]+/g)?.map(Number) ?? [];
  if (numbers.length < 3) return undefined;
  if (found[1] === 'color') return [numbers[0] * 255, numbers[1] * 255, numbers[2] * 255, numbers[3] ?? 1];
  return [numbers[0], numbers[1], numbers[2], numbers[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The colour behind an element: the first ancestor (through shadow hosts) with an opaque background, else the page's white. */
function backgroundOf(el: Element): Rgba {
  for (let node: Element | null = el; node; ) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color && color[3] >= 0.99) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host) ?? null;
  }
  return [255, 255, 255, 1];
}

/** The focus rings an element draws for itself: an outline and a box-shadow ring (GOV.UK draws both: yellow and a dark inner ring). */
function ringsOf(el: Element, pseudo?: string): Array<{ color: Rgba; how: string }> {
  const style = getComputedStyle(el, pseudo);
  const rings: Array<{ color: Rgba; how: string }> = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) {
    const color = rgba(style.outlineColor);
    if (color && color[3] > 0) rings.push({ color, how: `outline ${style.outlineWidth} ${style.outlineStyle}` });
  }
  if (style.boxShadow && style.boxShadow !== 'none') {
    const color = rgba(style.boxShadow);
    if (color && color[3] > 0) rings.push({ color, how: `box-shadow ${style.boxShadow}` });
  }
  return rings;
}

/**
 * The focused element draws a visible focus indicator: an outline or a
 * box-shadow ring, on itself or on the control that stands for it (the
 * label or styled box beside a visually hidden radio or checkbox), one of
 * whose rings has a contrast of at least 3:1 against the background behind
 * it (WCAG 1.4.11 for focus indicators, as 2.4.13 measures them).
 */
export function focusIndicatorOf(el: Element): { ratio: number; how: string } | undefined {
  const candidates: Array<[Element, string | undefined]> = [[el, undefined], [el, '::before'], [el, '::after']];
  const label = (el as HTMLInputElement).labels?.[0];
  if (label) candidates.push([label, undefined], [label, '::before'], [label, '::after']);
  if (el.nextElementSibling) candidates.push([el.nextElementSibling, undefined], [el.nextElementSibling, '::before']);
  let best: { ratio: number; how: string } | undefined;
  for (const [candidate, pseudo] of candidates) {
    for (const ring of ringsOf(candidate, pseudo)) {
      const ratio = contrast(ring.color, backgroundOf(candidate));
      if (!best || ratio > best.ratio) best = { ratio, how: `${ring.how} on ${candidate.localName}${pseudo ?? ''}` };
    }
  }
  return best;
}
