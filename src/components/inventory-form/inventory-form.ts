import { define } from '../shared/define.js';
import { SamsynInventoryForm } from './inventory-form.component.js';

export * from './inventory-form.component.js';

define('samsyn-inventory-form', SamsynInventoryForm);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-inventory-form': SamsynInventoryForm;
  }
}
