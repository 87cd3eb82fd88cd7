// Bad data from the portal for the elements that show figures: wrong types,
// nothing, unknown definitions, records of another version, huge or odd
// values. See bad-input-table.ts for what each row must show.
import '../../src/components/chart/chart.js';
import '../../src/components/inventory-report/inventory-report.js';
import '../../src/components/sip-status/sip-status.js';
import { inventoryDefinition } from '../../src/schema/index.js';
import { genderResult } from '../fixtures/aggregate-results.js';
import { badInputTable, type Values } from './bad-input-table.js';
import { hostileValues } from './harness.js';
import { smallKommun } from '../fixtures/elements/inventory-report.js';
import { oneYear } from '../fixtures/elements/sip-status.js';

const records = smallKommun;
const anotherVersion = { definition: 'national-inventory@2', answers: { gender: 'woman' } };
const unknownDefinition = { definition: 'no-such-form@1', answers: {} };

/** The generic bad values, and the ones that fit what a property holds. */
const data = (...extra: Values): Values => [...hostileValues().filter((v) => v.name !== 'null'), ...extra];
const recordLists: Values = [
  { name: 'records of another version', value: [anotherVersion, anotherVersion] },
  { name: 'records of an unknown definition', value: [unknownDefinition] },
];
const definitions: Values = [
  ...hostileValues().filter((v) => v.name !== 'null'),
  { name: 'a definition without sections', value: { ...inventoryDefinition, sections: [] } },
  { name: 'a definition with a broken condition', value: { ...inventoryDefinition, sections: [{ ...inventoryDefinition.sections[0], questions: [{ id: 'x', kind: 'one', label: { sv: 'x', en: 'x' }, options: [], when: { question: 'nowhere', equals: ['a'] } }] }] } },
];

badInputTable([
  {
    tag: 'samsyn-chart',
    good: (el) => Object.assign(el, { result: genderResult, question: 'gender' }),
    shows: 'Kön',
    properties: {
      result: data(
        { name: 'a list of records instead of a result', value: [anotherVersion] },
        { name: 'a result of another shape', value: { ...genderResult, questions: 'none' } },
        { name: 'negative counts', value: { ...genderResult, total: { all: { count: -1 }, groups: {} } } },
      ),
      question: [
        { name: 'an unknown question', value: 'noSuchQuestion' },
        { name: 'a huge string', value: 'q'.repeat(1_000_000) },
      ],
    },
  },
  {
    tag: 'samsyn-chart',
    good: (el) => Object.assign(el, { records, question: 'gender', minCount: 1 }),
    shows: 'Kön',
    properties: { records: data(...recordLists), definition: definitions },
  },
  {
    tag: 'samsyn-inventory-report',
    good: (el) => Object.assign(el, { records, minCount: 1 }),
    shows: 'Kön',
    properties: {
      records: data(...recordLists),
      result: data({ name: 'a result of another shape', value: { ...genderResult, questions: 'none' } }),
      previous: data({ name: 'a result of another shape', value: { ...genderResult, questions: 'none' } }),
      definition: definitions,
      // An object with no figures is a valid, empty population; anything else is not.
      population: data({ name: 'a negative population', value: { total: -5 } }).filter(
        (v) => !['an empty object', 'a Date', 'a Map', 'an object without a prototype'].includes(v.name),
      ),
    },
  },
  {
    tag: 'samsyn-sip-status',
    good: (el) => Object.assign(el, { counts: oneYear }),
    shows: '941',
    properties: {
      counts: data(
        { name: 'no points', value: { points: [] } },
        { name: 'negative counts', value: { points: [{ period: '2015', established: -1, inProgress: 1 }] } },
      ),
      records: data(...recordLists),
      plan: data({ name: 'a plan without consent', value: { id: 'x', step: 'preparing' } }),
      today: [{ name: 'not a date', value: 'igår' }],
      mode: [{ name: 'an unknown mode', value: 'everything' }],
    },
  },
]);
