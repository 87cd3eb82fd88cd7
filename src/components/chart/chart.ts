import { ensureContextRoot } from '../shared/context.js';
import { define } from '../shared/define.js';
import { SamsynChart } from './chart.component.js';

export * from './chart.component.js';

ensureContextRoot();
define('samsyn-chart', SamsynChart);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-chart': SamsynChart;
  }
}
