// The property that makes `samsyn/sql` worth having: for random record sets
// (unanswered, exclusive and conditional answers, fractions, "vet ej", a
// kommun's own questions, a follow-up's roles), records stored with
// insertSql and counted with aggregateSql give, through fromSqlRows, a
// result that deep-equals aggregate(records) for every `by` (disclosure
// control off, so that every figure shows) and for one `by` and minCount
// drawn at random (the protection costs the most time, and runs on the very
// same finest counts), on DuckDB and on PostgreSQL.
//
// SQL_PROPERTY_RUNS=n sets the number of random record sets per definition and engine.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { aggregate, generateRecords } from '../../dist/aggregate.js';
import { followupDefinition, inventoryDefinition } from '../../dist/schema.js';
import { aggregateSql, createTableSql, fromSqlRows, insertSql } from '../../dist/sql.js';
import { postgresSkipReason } from '../helpers/postgres.mjs';
import { DIALECTS, openEngine } from '../helpers/sql-engines.mjs';

/** @typedef {import('samsyn/schema').Definition} Definition */

fc.configureGlobal({ includeErrorInReport: true });
const RUNS = Math.max(1, Number(process.env.SQL_PROPERTY_RUNS) || 25);

const text = (s) => ({ sv: s, en: s });
const opts = (...codes) => codes.map((code) => ({ code, label: text(code) }));

/**
 * Every kind of question; a required breakdown, an optional one, a condition, an exclusive option, fractions.
 * @type {Definition}
 */
const survey = {
  id: 'sql-survey',
  version: '1',
  kind: 'questionnaire',
  title: text('Enkät'),
  sections: [
    {
      id: 'main',
      title: text('Frågor'),
      questions: [
        { id: 'gender', kind: 'one', label: text('Kön'), required: true, options: opts('woman', 'man') },
        { id: 'area', kind: 'one', label: text('Område'), options: opts('north', 'south', 'east') },
        { id: 'years', kind: 'number', label: text('År'), integer: true, min: 0 },
        { id: 'hours', kind: 'number', label: text('Timmar') },
        { id: 'support', kind: 'many', label: text('Stöd'), options: [...opts('home', 'work'), { code: 'unknown', label: text('Ej känt'), exclusive: true }] },
        { id: 'plan', kind: 'one', label: text('Plan'), required: true, options: opts('yes', 'no') },
        { id: 'planKind', kind: 'one', label: text('Planens typ'), required: true, when: { question: 'plan', equals: ['yes'] }, options: opts('sip', 'other') },
        { id: 'rating', kind: 'scale', label: text('Betyg'), points: 4, dontKnow: true, anchors: { low: text('Låg'), high: text('Hög') } },
        { id: 'comment', kind: 'text', label: text('Kommentar'), maxLength: 40 },
        { id: 'since', kind: 'date', label: text('Sedan'), min: '2010-01-01' },
      ],
    },
  ],
};

const surveyRecord = fc
  .record({
    gender: fc.constantFrom('woman', 'man'),
    area: fc.option(fc.constantFrom('north', 'south', 'east'), { nil: undefined }),
    years: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    // Few distinct values, so that equal values meet in one row; and any double.
    hours: fc.option(fc.oneof(fc.constantFrom(0, 0.1, 0.2, 0.30000000000000004, 7.5, 1e-7), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })), { nil: undefined }),
    support: fc.option(fc.oneof(fc.constant(['unknown']), fc.subarray(['home', 'work'])), { nil: undefined }),
    plan: fc.constantFrom('yes', 'no'),
    planKind: fc.constantFrom('sip', 'other'),
    rating: fc.option(fc.constantFrom(1, 2, 3, 4, 'dont-know'), { nil: undefined }),
    comment: fc.option(fc.constantFrom('', 'bra', "o'hoj; --", 'stöd behövs'), { nil: undefined }),
    since: fc.option(fc.constantFrom('2010-01-01', '2016-02-29', '2026-12-06'), { nil: undefined }),
  })
  .map((a) => {
    const answers = {};
    for (const [k, v] of Object.entries(a)) if (v !== undefined && !(k === 'planKind' && a.plan !== 'yes')) answers[k] = v;
    return { definition: 'sql-survey@1', answers };
  });

/**
 * A kommun's inventory: the national questions and its own.
 * @type {Definition}
 */
const extension = {
  ...inventoryDefinition,
  id: 'inventering-egen',
  version: '3',
  sections: [
    ...inventoryDefinition.sections,
    {
      id: 'egna',
      title: text('Egna frågor'),
      questions: [
        { id: 'egenSkala', kind: 'scale', label: text('Nöjdhet'), dontKnow: true, anchors: { low: text('Låg'), high: text('Hög') } },
        { id: 'egenVal', kind: 'many', label: text('Insatser'), options: [...opts('a', 'b', 'c'), { code: 'ingen', label: text('Ingen'), exclusive: true }] },
        { id: 'egenTid', kind: 'number', label: text('Månader'), min: 0, max: 24 },
        { id: 'egenFraga', kind: 'one', label: text('Egen fråga'), when: { question: 'sip', equals: ['missing'] }, options: opts('x', 'y') },
      ],
    },
  ],
};

const bysOf = (definition) => [
  undefined,
  ...definition.sections.flatMap((s) => s.questions.filter((q) => q.kind === 'one' || q.kind === 'scale').map((q) => q.id)),
];

const cases = [
  { name: 'a survey of every kind of question', definition: survey, records: fc.array(surveyRecord, { maxLength: 40 }), runs: 2 * RUNS },
  {
    name: "a kommun's inventory with its own questions",
    definition: extension,
    records: fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 1e6 })).map(([count, seed]) => generateRecords({ count, seed, definition: extension })),
    runs: Math.ceil(RUNS / 2),
  },
  {
    name: 'the follow-up, with roles',
    definition: followupDefinition,
    records: fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer()).map(([count, seed]) => generateRecords({ count, seed, definition: followupDefinition })),
    runs: Math.ceil(RUNS / 2),
  },
];

for (const dialect of DIALECTS) {
  describe(`fromSqlRows deep-equals aggregate() on ${dialect}`, { skip: dialect === 'postgres' ? postgresSkipReason() : false }, () => {
    let engine;
    before(async () => {
      engine = await openEngine(dialect);
    });
    after(async () => {
      await engine?.close();
    });

    for (const [n, c] of cases.entries()) {
      test(c.name, async () => {
        const table = `p${n}`;
        await engine.exec(createTableSql(c.definition, { dialect, table }));
        const bys = bysOf(c.definition);
        await fc.assert(
          fc.asyncProperty(c.records, fc.constantFrom(...bys), fc.integer({ min: 2, max: 6 }), async (records, protectedBy, minCount) => {
            await engine.exec(`DELETE FROM ${table}`);
            await engine.exec('BEGIN');
            for (const record of records) {
              const q = insertSql(c.definition, record, { dialect, table, kommun: '0331', period: '2026' });
              await engine.query(q.text, q.values);
            }
            await engine.exec('COMMIT');
            const check = async (by, minCount) => {
              const q = aggregateSql(c.definition, { dialect, table, kommun: '0331', period: '2026', by });
              const rows = await engine.query(q.text, q.values);
              const expected = aggregate(records, { definition: c.definition, by, minCount });
              assert.deepEqual(fromSqlRows(c.definition, rows, { by, minCount }), expected, `by ${by}, minCount ${minCount}`);
            };
            // Every by counted alike (disclosure control off, every figure shown)…
            for (const by of bys) await check(by, 1);
            // …and protected alike: the same finest counts go through the same protection.
            await check(protectedBy, minCount);
          }),
          { numRuns: c.runs },
        );
      });
    }
  });
}
