// Every element keeps the shared contract (element-contract.ts). A new
// element is one line: its examples' `contract` from tests/fixtures/elements/.
import '../../src/index.js';
import { runElementContract } from './element-contract.js';
import { contract as actionPlan } from '../fixtures/elements/action-plan.js';
import { contract as chart } from '../fixtures/elements/chart.js';
import { contract as inventoryForm } from '../fixtures/elements/inventory-form.js';
import { contract as inventoryReport } from '../fixtures/elements/inventory-report.js';
import { contract as participation } from '../fixtures/elements/participation.js';
import { contract as questionnaire } from '../fixtures/elements/questionnaire.js';
import { contract as sipStatus } from '../fixtures/elements/sip-status.js';

for (const fixtures of [inventoryForm, questionnaire, chart, inventoryReport, sipStatus, actionPlan, participation]) runElementContract(fixtures);
