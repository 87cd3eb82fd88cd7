import * as aggregate from './messages/aggregate.js';
import * as common from './messages/common.js';
import * as form from './messages/form.js';
import * as inventoryReport from './messages/inventory-report.js';
import * as plan from './messages/plan.js';
import * as planEdit from './messages/plan-edit.js';
import * as planView from './messages/plan-view.js';
import * as participation from './messages/participation.js';
import * as report from './messages/report.js';
import * as reportDocument from './messages/report-document.js';
import * as schema from './messages/schema.js';
import * as sip from './messages/sip.js';
import * as sipOverview from './messages/sip-overview.js';
import * as sipPlan from './messages/sip-plan.js';
import { registerMessages } from './catalogs.js';

/** Every area of texts: what the all-in-one entry registers. */
export const allMessageAreas = [common, schema, form, aggregate, report, inventoryReport, sip, sipOverview, sipPlan, plan, planView, planEdit, participation, reportDocument];
registerMessages(...allMessageAreas);
