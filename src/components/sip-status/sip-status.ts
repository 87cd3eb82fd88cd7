import { ensureContextRoot } from '../shared/context.js';
import { define } from '../shared/define.js';
import { SamsynSipStatus } from './sip-status.component.js';

export * from './sip-status.component.js';

ensureContextRoot();
define('samsyn-sip-status', SamsynSipStatus);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-sip-status': SamsynSipStatus;
  }
}
