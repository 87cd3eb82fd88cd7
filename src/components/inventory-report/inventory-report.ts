import { preloadAggregation } from '../shared/figures/aggregate-records.js';
import { preloadRenderer } from '../chart/chart.js';
import { ensureContextRoot } from '../shared/context.js';
import { define } from '../shared/define.js';
import { SamsynInventoryReport } from './inventory-report.component.js';

export * from './inventory-report.component.js';

ensureContextRoot();
define('samsyn-inventory-report', SamsynInventoryReport);

// A report shows charts and usually counts records: their code starts loading now, while the page
// fetches its data, rather than once the report first needs it.
if (typeof document !== 'undefined') {
  preloadRenderer();
  preloadAggregation();
}

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-inventory-report': SamsynInventoryReport;
  }
}
