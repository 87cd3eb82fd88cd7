/**
 * Where a page's Content Security Policy allows no Trusted Types policy for
 * Lit (`trusted-types 'none'`, or an allow-list that leaves out `lit-html`),
 * Lit cannot load, and with it no Samsyn element. This module runs before
 * Lit (every element imports it first) and uses neither Lit nor markup
 * strings. When the browser refuses Lit's policy, it defines each Samsyn
 * element that could not be defined as a stand-in that says so in plain
 * text in place (`::part(error)`, `role="alert"`) and emits `samsyn-error`
 * with the reason `blocked-by-policy`: the page is told, and the reader is
 * not left with an empty space. SECURITY.md names the policies to allow.
 */
const TAGS = [
  'samsyn-action-plan',
  'samsyn-chart',
  'samsyn-inventory-form',
  'samsyn-inventory-report',
  'samsyn-participation',
  'samsyn-questionnaire',
  'samsyn-sip-status',
];

const TEXT = {
  sv: 'Den här delen kan inte visas: sidans säkerhetsinställningar (Trusted Types) tillåter inte komponenten. Kontakta den som ansvarar för sidan.',
  en: 'This part cannot be shown: the page’s security settings (Trusted Types) do not allow the component. Contact whoever runs this page.',
};

class BlockedByPolicy extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.setAttribute('part', 'error');
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? '';
    message.textContent = /^en\b/i.test(lang) ? TEXT.en : TEXT.sv;
    root.append(message);
    queueMicrotask(() =>
      this.dispatchEvent(
        new CustomEvent('samsyn-error', { bubbles: true, composed: true, detail: { reason: 'blocked-by-policy', message: message.textContent } }),
      ),
    );
  }
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined' && 'trustedTypes' in globalThis) {
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective !== 'trusted-types' || !event.sample.startsWith('lit-html')) return;
    for (const tag of TAGS) if (!customElements.get(tag)) customElements.define(tag, class extends BlockedByPolicy {});
  });
}

export {};
