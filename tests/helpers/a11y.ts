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
 * Runs axe-core (WCAG 2.0/2.1 A and AA, and best practices) on `el` and its
 * shadow trees, and fails with every violation listed: rule, impact, and the
 * offending nodes.
 */
export async function expectNoAxeViolations(el: Element | Document = document, options: RunOptions = {}): Promise<void> {
  await loadAxe();
  const results = await window.axe!.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
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
