// Bad data from the portal for the elements that take input: wrong types,
// nothing, unknown definitions, records of another version, huge or odd
// values. See bad-input-table.ts for what each row must show.
import '../../src/components/questionnaire/questionnaire.js';
import '../../src/components/inventory-form/inventory-form.js';
import '../../src/components/action-plan/action-plan.js';
import '../../src/components/participation/participation.js';
import { inventoryDefinition } from '../../src/schema/index.js';
import { badInputTable, type Values } from './bad-input-table.js';
import { hostileValues } from './harness.js';
import { minimalParticipation, minimalPlan } from '../fixtures/elements/action-plan.js';
import { begun } from '../fixtures/elements/inventory-form.js';

const data = (...extra: Values): Values => [...hostileValues().filter((v) => v.name !== 'null'), ...extra];

const plan = minimalPlan;
const participation = minimalParticipation;

badInputTable([
  {
    tag: 'samsyn-questionnaire',
    good: (el) => Object.assign(el, { definition: inventoryDefinition }),
    shows: 'Kön',
    properties: {
      definition: data(
        { name: 'a definition without sections', value: { ...inventoryDefinition, sections: [] } },
        { name: 'a definition with a question twice', value: { ...inventoryDefinition, sections: [inventoryDefinition.sections[0], inventoryDefinition.sections[0]] } },
      ),
      value: data(
        { name: 'a record of another version', value: { definition: 'national-inventory@2', answers: { gender: 'woman' } } },
        { name: 'answers that are not answers', value: { definition: 'national-inventory@1', answers: { gender: 42, household: 'alone', nowhere: 'x' } } },
      ),
    },
  },
  {
    tag: 'samsyn-inventory-form',
    // A record just begun: what a portal hands over to resume one.
    good: (el) => Object.assign(el, { value: begun }),
    shows: 'Kön',
    properties: {
      value: data(
        { name: 'a record of another version', value: { definition: 'national-inventory@2', answers: { gender: 'woman' } } },
        { name: 'a record with a personal identity number', value: { definition: 'national-inventory@1', answers: { gender: '811218-9876' } } },
      ),
    },
  },
  {
    tag: 'samsyn-action-plan',
    good: (el) => Object.assign(el, { value: plan, participation, today: '2016-01-31' }),
    shows: 'Fler i eget boende',
    properties: {
      value: data(
        { name: 'a plan with a personal identity number', value: { ...plan, title: 'Plan för 811218-9876' } },
        { name: 'a row in an unknown area', value: { ...plan, rows: [{ ...plan.rows[0], area: 'nowhere' }] } },
      ),
      participation: data({ name: 'a view of an unknown organisation', value: { ...participation, views: [{ id: 'v', organisation: 'x', text: 't' }] } }),
      today: [{ name: 'not a date', value: 'igår' }],
    },
  },
  {
    tag: 'samsyn-participation',
    good: (el) => Object.assign(el, { value: participation, plan }),
    shows: 'RSMH',
    properties: {
      value: data({ name: 'an organisation name with a personal identity number', value: { ...participation, organisations: [{ id: 'o1', name: '811218-9876' }] } }),
      plan: data({ name: 'a plan of another shape', value: { rows: 'none' } }),
    },
  },
]);
