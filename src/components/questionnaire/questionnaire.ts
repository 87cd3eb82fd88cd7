import { define } from '../shared/define.js';
import { SamsynQuestionnaire } from './questionnaire.component.js';

export * from './questionnaire.component.js';

define('samsyn-questionnaire', SamsynQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-questionnaire': SamsynQuestionnaire;
  }
}
