import { define } from '../shared/define.js';
import { SamsynActionPlan } from './action-plan.component.js';

export * from './action-plan.component.js';

define('samsyn-action-plan', SamsynActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-action-plan': SamsynActionPlan;
  }
}
