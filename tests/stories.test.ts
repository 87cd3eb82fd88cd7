/**
 * Every story of every stories file, rendered as Storybook renders it (the
 * meta's and the story's args, the story's or the meta's render function,
 * their decorators), must render without a console error or an uncaught
 * error and pass axe-core. Each story must also reflow (WCAG 1.4.10) at a
 * 320 × 640 CSS px viewport, in Swedish and in English, in Storybook's padded
 * layout: the page does not scroll sideways, and what is wider than its box
 * scrolls in a focusable, named region of its own. And the catalogue must be
 * complete: every element in custom-elements.json has stories and docs
 * examples (the contract test renders those) and is registered by the
 * all-in-one entry.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Args, StoryContext } from '@storybook/web-components-vite';
import * as entry from '../src/index.js';
import { deepFocus, expectNoAxeViolations, focusIndicatorOf } from './helpers/a11y.js';
import { reflowProblems } from './helpers/reflow.mjs';
import { withErrorsCaught } from './helpers/errors.js';
import { examplesModules } from './fixtures/elements/index.js';
// One line per stories file: keep this list complete (a test below fails when an element has none).
import * as actionPlanStories from '../stories/action-plan.stories.js';
import * as chartStories from '../stories/chart.stories.js';
import * as contextStories from '../stories/context.stories.js';
import * as inventoryFormStories from '../stories/inventory-form.stories.js';
import * as inventoryReportStories from '../stories/inventory-report.stories.js';
import * as participationStories from '../stories/participation.stories.js';
import * as questionnaireStories from '../stories/questionnaire.stories.js';
import * as reportDocumentStories from '../stories/report-document.stories.js';
import * as sipStatusStories from '../stories/sip-status.stories.js';

type StoryResult = unknown;
type Render = (args: Args, context: StoryContext) => StoryResult;
type Decorator = (story: () => StoryResult, context: StoryContext) => StoryResult;
type Loader = (context: StoryContext) => Record<string, unknown> | void | Promise<Record<string, unknown> | void>;

interface CsfMeta {
  title?: string;
  component?: string;
  args?: Args;
  render?: Render;
  decorators?: Decorator | Decorator[];
  loaders?: Loader | Loader[];
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}
interface CsfStory {
  name?: string;
  args?: Args;
  render?: Render;
  decorators?: Decorator | Decorator[];
  loaders?: Loader | Loader[];
}

const modules = {
  'action-plan.stories.ts': actionPlanStories,
  'chart.stories.ts': chartStories,
  'context.stories.ts': contextStories,
  'inventory-form.stories.ts': inventoryFormStories,
  'inventory-report.stories.ts': inventoryReportStories,
  'participation.stories.ts': participationStories,
  'questionnaire.stories.ts': questionnaireStories,
  'report-document.stories.ts': reportDocumentStories,
  'sip-status.stories.ts': sipStatusStories,
} as unknown as Record<string, { default: CsfMeta } & Record<string, unknown>>;

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function matches(pattern: string[] | RegExp, name: string): boolean {
  return Array.isArray(pattern) ? pattern.includes(name) : pattern.test(name);
}

/** The stories of a CSF module, as Storybook's indexer picks them. */
function storiesOf(module: { default: CsfMeta } & Record<string, unknown>): Array<[string, CsfStory]> {
  const meta = module.default;
  return Object.entries(module)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder')
    .filter(([name]) => (meta.includeStories ? matches(meta.includeStories, name) : true))
    .filter(([name]) => (meta.excludeStories ? !matches(meta.excludeStories, name) : true))
    .map(([name, value]): [string, CsfStory] => [name, typeof value === 'function' ? { render: value as Render } : (value as CsfStory)]);
}

/** Every element under `root`, shadow trees included. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);
}

/** Waits until every Samsyn element in the story has rendered, including those that render others. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = deepElements(root).filter((el) => el.localName.startsWith('samsyn-'));
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(elements.map((el) => Promise.resolve((el as Element & { updateComplete?: Promise<unknown> }).updateComplete)));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

async function renderStory(meta: CsfMeta, story: CsfStory, name: string): Promise<StoryResult> {
  const args: Args = { ...meta.args, ...story.args };
  const context = { args, argTypes: {}, globals: {}, parameters: {}, name: story.name ?? name, title: meta.title, id: name } as unknown as StoryContext;
  // The loaders first, the meta's then the story's, all at once; what they return is the context's `loaded`, later ones winning.
  const loaded = await Promise.all([...asList(meta.loaders), ...asList(story.loaders)].map(async (loader) => loader(context)));
  Object.assign(context, { loaded: Object.assign({}, ...loaded) });
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${meta.title ?? ''}/${name} has no render function (neither the story nor the meta has one)`);
  // Story decorators are innermost, then the meta's, as in Storybook.
  let fn = (): StoryResult => render(args, context);
  for (const decorator of [...asList(story.decorators), ...asList(meta.decorators)]) {
    const inner = fn;
    fn = () => decorator(inner, context);
  }
  return fn();
}

/** Whether `node` is `root` or inside it, across shadow boundaries. */
function within(root: Element, node: Element | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === root) return true;
  return false;
}

/** Presses Tab from just before the story until focus leaves it; every stop must show a focus ring of 3:1 or more. */
async function everyTabStop(root: Element): Promise<string[]> {
  const before = document.createElement('button');
  before.textContent = 'before';
  root.before(before);
  before.focus();
  const problems: string[] = [];
  try {
    for (let stop = 0; stop < 300; stop++) {
      await sendKeys({ press: 'Tab' });
      const focused = deepFocus();
      if (!focused || !within(root, focused)) break;
      // The calendar button inside a native date field is the browser's own control, with the browser's own focus ring:
      // focus is then on the field's picker, not on the field, and the field is not :focus-visible.
      if (focused instanceof HTMLInputElement && focused.type === 'date' && !focused.matches(':focus-visible')) continue;
      const indicator = focusIndicatorOf(focused);
      const what = `${focused.localName}${focused.id ? `#${focused.id}` : ''} "${(focused.textContent ?? '').trim().slice(0, 40) || focused.getAttribute('aria-label') || ''}"`;
      if (!indicator) problems.push(`${what}: no focus indicator`);
      else if (indicator.ratio < 3) problems.push(`${what}: ${indicator.how} has a contrast of ${indicator.ratio.toFixed(2)}:1`);
    }
  } finally {
    before.remove();
  }
  return problems;
}

for (const [file, module] of Object.entries(modules)) {
  const meta = module.default;
  describe(`stories: ${meta.title ?? file}`, () => {
    for (const [name, story] of storiesOf(module)) {
      it(`${story.name ?? name} renders without errors and passes axe`, async () => {
        let root: Element | undefined;
        const errors = await withErrorsCaught(async () => {
          const result = await renderStory(meta, story, name);
          const content = typeof result === 'string' ? unsafeHTML(result) : result;
          root = await fixture(html`<div data-story=${`${file}#${name}`}>${content}</div>`);
          await settle(root);
        });
        expect(errors, 'console errors').to.deep.equal([]);
        expect(root!.childElementCount, 'the story rendered something').to.be.greaterThan(0);
        await expectNoAxeViolations(root);
      });

      it(`${story.name ?? name}: every Tab stop shows a focus indicator of at least 3:1`, async () => {
        const result = await renderStory(meta, story, name);
        const content = typeof result === 'string' ? unsafeHTML(result) : result;
        const root = await fixture(html`<div data-story=${`${file}#${name}`}>${content}</div>`);
        await settle(root);
        expect(await everyTabStop(root)).to.deep.equal([]);
      });
    }
  });
}

describe('stories at 320 × 640 CSS px (reflow)', () => {
  // As Storybook's preview shows a story: the styles of preview-head.html (its font, which decides how
  // wide words are), the padded layout (no body margin, 1rem around the story) and the language set on
  // a wrapper by the toolbar's switch.
  let previewHead: HTMLStyleElement | undefined;
  before(async () => {
    const head = await (await fetch('/.storybook/preview-head.html')).text();
    previewHead = document.createElement('style');
    previewHead.textContent = [...head.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    expect(previewHead.textContent, '.storybook/preview-head.html has styles').to.match(/font-family/);
    document.head.append(previewHead);
    document.body.style.cssText = 'margin: 0; padding: 1rem';
    await setViewport({ width: 320, height: 640 });
  });
  after(async () => {
    previewHead?.remove();
    document.body.style.cssText = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const [file, module] of Object.entries(modules)) {
    const meta = module.default;
    for (const [name, story] of storiesOf(module)) {
      for (const lang of ['sv', 'en']) {
        it(`${meta.title ?? file} / ${story.name ?? name} (${lang}): no sideways scroll, wider boxes are named focusable regions`, async () => {
          const result = await renderStory(meta, story, name);
          const content = typeof result === 'string' ? unsafeHTML(result) : result;
          const root = await fixture(html`<div lang=${lang} data-story=${`${file}#${name}`}>${content}</div>`);
          await settle(root);
          expect(innerWidth, 'the viewport').to.equal(320);
          expect(reflowProblems(document)).to.deep.equal([]);
        });
      }
    }
  }
});

describe('stories whose data is made when they are opened (their loaders)', () => {
  const text = async (file: string, name: string): Promise<string> => {
    const module = modules[file];
    const root = await fixture(html`<div>${await renderStory(module.default, module[name] as CsfStory, name)}</div>`);
    await settle(root);
    return deepElements(root)
      .map((el) => (el.shadowRoot ? el.shadowRoot.textContent : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
  };

  it('the chart of 20,000 records counts them all', async () => {
    expect(await text('chart.stories.ts', 'LargeData')).to.match(/Antal svarande: 20 000 av 20 000/);
  });

  it('the inventory report of 20,000 records, and the one from a precomputed result, count theirs', async () => {
    expect(await text('inventory-report.stories.ts', 'LargeData')).to.match(/Antal personer i inventeringen 20 000/);
    expect(await text('inventory-report.stories.ts', 'Precomputed')).to.match(/Antal personer i inventeringen 3 596/);
  });
});

describe('the catalogue', () => {
  let elements: Array<{ tagName: string; name: string }> = [];

  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; name: string; customElement?: boolean }> }>;
    };
    elements = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d): d is { tagName: string; name: string } => Boolean(d.customElement && d.tagName));
  });

  it('custom-elements.json lists the elements (run the build if it is empty)', () => {
    expect(elements.map((e) => e.tagName)).to.include.members(['samsyn-inventory-form', 'samsyn-chart']);
  });

  it('every element has a stories file in this test', () => {
    const withStories = new Set(Object.values(modules).map((m) => m.default.component));
    expect(elements.map((e) => e.tagName).filter((tag) => !withStories.has(tag))).to.deep.equal([]);
  });

  it('every element has an examples module with docs examples of it (tests/fixtures/elements/index.ts)', () => {
    for (const { tagName } of elements) {
      const docs = examplesModules[tagName]?.docs ?? [];
      expect(docs.length, `docs examples of ${tagName}`).to.be.greaterThan(0);
      for (const example of docs) {
        expect(`samsyn-${example.id.split('/')[0]}`, example.id).to.equal(tagName);
        expect(example.html, example.id).to.contain(`<${tagName}`);
      }
    }
  });

  it('the all-in-one entry exports and registers every element class', () => {
    const exported = entry as unknown as Record<string, unknown>;
    for (const { tagName, name } of elements) {
      expect(exported[name], `${name} exported from src/index.ts`).to.be.a('function');
      expect(customElements.get(tagName), tagName).to.equal(exported[name]);
    }
  });
});
