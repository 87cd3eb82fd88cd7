import type { TemplateResult } from 'lit';
import type { Loader, StoryContext } from '@storybook/web-components-vite';

/**
 * A story whose records or result take long to make: made when the story is opened (Storybook's loaders),
 * not when its stories' module loads. Each story of a module opened alone (a link to it, the published
 * Storybook, the Storybook test) loads the module again, and 20,000 generated records with their
 * aggregation took about half a second of every chart story's opening.
 *
 * `make` returns the args it makes; they take the place of the story's own when it renders.
 */
export function madeWhenOpened<A>(
  render: (args: A) => TemplateResult,
  make: () => Partial<A>,
): { loaders: Loader<A>[]; render: (args: A, context: StoryContext<A>) => TemplateResult } {
  return {
    loaders: [() => make()],
    render: (args, { loaded }) => render({ ...args, ...(loaded as Partial<A>) }),
  };
}
