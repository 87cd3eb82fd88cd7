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

export const decorators: Preview['decorators'] = [
  (story, context) => html`<div lang=${context.globals['locale'] === 'en' ? 'en' : 'sv'}>${story()}</div>`,
];
