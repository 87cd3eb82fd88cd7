import { ensureContextRoot } from '../shared/context.js';
import { define } from '../shared/define.js';
import { SamsynInventoryReport } from './inventory-report.component.js';

export * from './inventory-report.component.js';

ensureContextRoot();
define('samsyn-inventory-report', SamsynInventoryReport);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-inventory-report': SamsynInventoryReport;
  }
}
