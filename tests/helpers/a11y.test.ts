import { expect, fixture, html } from '@open-wc/testing';
import { expectNoAxeViolations } from './a11y.js';

describe('expectNoAxeViolations', () => {
  it('fails on a real violation, so a green run means something', async () => {
    const el = await fixture(html`<div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><button></button></div>`);
    let error: Error | undefined;
    try {
      await expectNoAxeViolations(el);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.match(/image-alt/);
    expect(error?.message).to.match(/button-name/);
  });

  it('passes on accessible markup', async () => {
    const el = await fixture(html`<div><img alt="Logotyp" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><button>Spara</button></div>`);
    await expectNoAxeViolations(el);
  });
});
