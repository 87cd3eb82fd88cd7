import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Controls and the docs tables (attributes, properties, events, slots, CSS
// parts, custom properties) come from the same manifest vendors read.
setCustomElementsManifest(manifest);

export const tags: Preview['tags'] = ['autodocs'];

export const parameters: Preview['parameters'] = {
  controls: { expanded: true, sort: 'requiredFirst' },
  docs: { toc: true },
  layout: 'padded',
};

// A toolbar switch for the language: sets `lang` on a wrapper, as a portal
// sets it on <html>. Stories that set their own `lang` keep it (the nearest wins).
export const globalTypes: Preview['globalTypes'] = {
  locale: {
    description: 'Språk / Language',
    toolbar: {
      title: 'Språk',
      icon: 'globe',
      items: [
        { value: 'sv', title: 'Svenska' },
        { value: 'en', title: 'English' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals: Preview['initialGlobals'] = { locale: 'sv' };

// Each story is a page of its own, as in a portal: a main landmark headed by the element's name and the
// story's (visually hidden), so that axe's page, landmark and heading-order rules hold for every story of the
// built Storybook; the elements' own headings (level 2 or 3 by default) follow them.
export const decorators: Preview['decorators'] = [
  (story, context) => html`<main lang=${context.globals['locale'] === 'en' ? 'en' : 'sv'}>
    <h1 class="story-title">${context.title.split('/').at(-1)}</h1>
    <h2 class="story-title">${context.name}</h2>
    ${story()}
  </main>`,
];
