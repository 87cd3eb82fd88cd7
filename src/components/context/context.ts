import { ensureContextRoot } from '../shared/context.js';
import { define } from '../shared/define.js';
import { SamsynContext } from './context.component.js';

export * from './context.component.js';

ensureContextRoot();
define('samsyn-context', SamsynContext);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-context': SamsynContext;
  }
}
