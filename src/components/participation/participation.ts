import { define } from '../shared/define.js';
import { SamsynParticipation } from './participation.component.js';

export * from './participation.component.js';

define('samsyn-participation', SamsynParticipation);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-participation': SamsynParticipation;
  }
}
