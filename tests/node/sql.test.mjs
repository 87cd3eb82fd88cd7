// The built `samsyn/sql` entry against real databases: DuckDB in process and
// a PostgreSQL server of its own (tests/helpers/postgres.mjs). Tables made
// from the national inventory, a kommun's extension with its own questions
// and a follow-up; records inserted through insertSql and counted through
// aggregateSql must give, through fromSqlRows, the very result aggregate()
// gives for the same records. Values are parameters, never SQL.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate, generateRecords } from '../../dist/aggregate.js';
import { followupDefinition, inventoryDefinition } from '../../dist/schema.js';
import { aggregateSql, columnName, createTableSql, fromSqlRows, insertSql } from '../../dist/sql.js';
import { postgresSkipReason } from '../helpers/postgres.mjs';
import { DIALECTS, openEngine } from '../helpers/sql-engines.mjs';

/** @typedef {import('samsyn/schema').Definition} Definition */

const text = (s) => ({ sv: s, en: s });
const opts = (...codes) => codes.map((code) => ({ code, label: text(code) }));

/**
 * Tierp's inventory: the national questions and a section of its own, every kind of question.
 * @type {Definition}
 */
export const extension = {
  ...inventoryDefinition,
  id: 'inventering-tierp',
  version: '1',
  sections: [
    ...inventoryDefinition.sections,
    {
      id: 'tierp',
      title: { sv: 'Tierps egna frågor', en: "Tierp's own questions" },
      questions: [
        {
          id: 'dagligVerksamhet',
          kind: 'many',
          label: text('Daglig verksamhet'),
          options: [...opts('tradgard', 'kafe', 'verkstad'), { code: 'ej-kant', label: text('Ej känt'), exclusive: true }],
        },
        { id: 'timmarPerVecka', kind: 'number', label: text('Timmar per vecka'), min: 0, max: 60 },
        { id: 'antalAr', kind: 'number', label: text('Antal år'), integer: true, min: 0, max: 40 },
        {
          id: 'nojdhet',
          kind: 'scale',
          label: text('Nöjdhet'),
          dontKnow: true,
          anchors: { low: text('Missnöjd'), high: text('Nöjd') },
        },
        { id: 'kommentar', kind: 'text', label: text('Kommentar'), maxLength: 200 },
        { id: 'startdatum', kind: 'date', label: text('Startdatum'), min: '2010-01-01', max: '2026-12-31' },
        {
          id: 'boendestodNiva',
          kind: 'one',
          label: text('Boendestödets nivå'),
          when: { question: 'housing', equals: ['ordinary-with-support'] },
          options: opts('lag', 'mellan', 'hog'),
        },
      ],
    },
  ],
};

/** Every `by` aggregate accepts for a definition: none, and each single-choice question. */
const bysOf = (definition) => [
  undefined,
  ...definition.sections.flatMap((s) => s.questions.filter((q) => q.kind === 'one' || q.kind === 'scale').map((q) => q.id)),
];

let tables = 0;
const newTable = () => `t${++tables}`;

/**
 * @param {Awaited<ReturnType<typeof openEngine>>} engine
 * @param {Definition} definition
 * @param {readonly unknown[]} records
 * @param {{ table?: string, kommun?: string, period?: string }} [options]
 */
async function load(engine, definition, records, { table, kommun = '0360', period = '2026' } = {}) {
  await engine.exec(createTableSql(definition, { dialect: engine.dialect, table }));
  for (const record of records) {
    const q = insertSql(definition, record, { dialect: engine.dialect, table, kommun, period });
    await engine.query(q.text, q.values);
  }
}

async function counted(engine, definition, options) {
  const { table, kommun = '0360', period, by, ...rest } = options;
  const q = aggregateSql(definition, { dialect: engine.dialect, table, kommun, period, by });
  return fromSqlRows(definition, await engine.query(q.text, q.values), { by, period, ...rest });
}

for (const dialect of DIALECTS) {
  const skip = dialect === 'postgres' ? postgresSkipReason() : false;
  describe(`samsyn/sql on ${dialect}`, { skip }, () => {
    let engine;
    before(async () => {
      engine = await openEngine(dialect);
    });
    after(async () => {
      await engine?.close();
    });

    test('the national inventory: every by gives what aggregate() gives, with and without disclosure control', async () => {
      const table = newTable();
      const records = generateRecords({ count: 400, seed: 7 });
      await load(engine, inventoryDefinition, records, { table });
      const population = { total: 2000, groups: { woman: 1100, man: 900 } };
      // Every by with every figure shown; a few with disclosure control (the same protection runs on the same counts).
      for (const by of bysOf(inventoryDefinition)) {
        for (const minCount of [undefined, 'gender', 'sip'].includes(by) ? [1, 5] : [1]) {
          const expected = aggregate(records, { by, minCount, period: '2026' });
          assert.deepEqual(await counted(engine, inventoryDefinition, { table, by, minCount, period: '2026' }), expected, `by ${by}, minCount ${minCount}`);
        }
      }
      const withPopulation = await counted(engine, inventoryDefinition, { table, by: 'gender', population });
      assert.deepEqual(withPopulation, aggregate(records, { by: 'gender', population }));
      assert.equal(withPopulation.total.all.count, 400);
      assert.equal(withPopulation.rejected.count, 0);
    });

    test("a kommun's extension: its own questions of every kind, counted and broken down by", async () => {
      const table = newTable();
      const records = generateRecords({ count: 300, seed: 11, definition: extension });
      // Hand-made answers the generator may not make: a fraction, the exclusive option, every scale point.
      const base = { gender: 'woman', ageBand: '25-34', ...records[0].answers };
      const own = [
        { timmarPerVecka: 12.5, dagligVerksamhet: ['ej-kant'], nojdhet: 'dont-know', kommentar: 'Bra stöd', startdatum: '2024-02-29' },
        { timmarPerVecka: 0.1, dagligVerksamhet: ['kafe', 'verkstad', 'tradgard'], nojdhet: 5, antalAr: 40 },
        { timmarPerVecka: 60, dagligVerksamhet: [], nojdhet: 1, antalAr: 0, kommentar: '' },
      ];
      for (const answers of own) records.push({ definition: 'inventering-tierp@1', answers: { ...base, ...answers } });
      await load(engine, extension, records, { table });
      const cols = await engine.query(`SELECT "${columnName('timmarPerVecka')}" AS t, "${columnName('dagligVerksamhet')}" AS d FROM ${table} WHERE "${columnName('kommentar')}" = $1`, ['Bra stöd']);
      assert.deepEqual(cols.map((r) => [Number(r.t), Number(r.d)]), [[12.5, 8]], 'a fraction stays exact; the exclusive fourth option is bit 3');
      for (const by of bysOf(extension)) {
        for (const minCount of ['nojdhet', 'boendestodNiva'].includes(by) ? [1, 3] : [1]) {
          const result = await counted(engine, extension, { table, by, minCount });
          assert.deepEqual(result, aggregate(records, { definition: extension, by, minCount }), `by ${by}, minCount ${minCount}`);
        }
      }
      const open = await counted(engine, extension, { table, by: 'nojdhet', minCount: 1 });
      const hours = open.questions.find((q) => q.id === 'timmarPerVecka');
      assert.equal(hours.stats.all.max, 60);
      assert.equal(hours.stats.all.min, 0.1);
      const daily = open.questions.find((q) => q.id === 'dagligVerksamhet');
      assert.ok(daily.options.find((o) => o.code === 'ej-kant').cells.all.count >= 1);
    });

    test('a follow-up with roles: every by', async () => {
      const table = newTable();
      const records = generateRecords({ count: 250, seed: 5, definition: followupDefinition });
      await load(engine, followupDefinition, records, { table });
      const stored = await engine.query(`SELECT role, count(*) AS n FROM ${table} GROUP BY role ORDER BY role`);
      assert.deepEqual(
        stored.map((r) => r.role),
        [...new Set(records.map((r) => r.role))].sort(),
        'the role is stored',
      );
      for (const by of bysOf(followupDefinition)) {
        assert.deepEqual(await counted(engine, followupDefinition, { table, by, minCount: 2 }), aggregate(records, { definition: followupDefinition, by, minCount: 2 }), `by ${by}`);
      }
    });

    test('counts only the kommun asked for, and only the period asked for', async () => {
      const table = newTable();
      const sets = {
        '0360 2025': generateRecords({ count: 60, seed: 1 }),
        '0360 2026': generateRecords({ count: 70, seed: 2 }),
        '0180 2026': generateRecords({ count: 80, seed: 3 }),
      };
      await engine.exec(createTableSql(inventoryDefinition, { dialect, table }));
      for (const [key, records] of Object.entries(sets)) {
        const [kommun, period] = key.split(' ');
        for (const record of records) {
          const q = insertSql(inventoryDefinition, record, { dialect, table, kommun, period });
          await engine.query(q.text, q.values);
        }
      }
      // Another definition's records in the same table are not counted either.
      const other = { ...inventoryDefinition, version: '99' };
      const foreign = generateRecords({ count: 20, seed: 4, definition: other });
      for (const record of foreign) {
        const q = insertSql(other, record, { dialect, table, kommun: '0360', period: '2026' });
        await engine.query(q.text, q.values);
      }
      const check = async (kommun, period, records) =>
        assert.deepEqual(await counted(engine, inventoryDefinition, { table, kommun, period, by: 'gender' }), aggregate(records, { by: 'gender', period }), `${kommun} ${period}`);
      await check('0360', '2026', sets['0360 2026']);
      await check('0360', '2025', sets['0360 2025']);
      await check('0180', '2026', sets['0180 2026']);
      await check('0360', undefined, [...sets['0360 2025'], ...sets['0360 2026']]);
      await check('1234', undefined, []);
    });

    test('hostile strings are values, never SQL, and come back exactly', async () => {
      const table = newTable();
      await engine.exec(createTableSql(extension, { dialect, table }));
      const hostile = {
        kommun: `0360'); DROP TABLE ${table}; --`,
        period: `2026" OR 1=1; DELETE FROM ${table}; --`,
        id: `x'); DELETE FROM ${table} WHERE ('a'='a`,
      };
      const comment = `'); DROP TABLE ${table}; -- \\ $1 ?  "q" ÅÄÖ 😀`;
      const record = { definition: 'inventering-tierp@1', answers: { ...generateRecords({ count: 1, seed: 3, definition: extension })[0].answers, kommentar: comment } };
      const q = insertSql(extension, record, { dialect, table, ...hostile });
      for (const value of Object.values(hostile)) assert.ok(!q.text.includes(value), 'the value is not in the SQL text');
      await engine.query(q.text, q.values);
      const rows = await engine.query(`SELECT id, kommun, period, "${columnName('kommentar')}" AS c FROM ${table}`);
      assert.deepEqual(rows, [{ id: hostile.id, kommun: hostile.kommun, period: hostile.period, c: comment }]);
      const a = aggregateSql(extension, { dialect, table, kommun: hostile.kommun, period: hostile.period });
      assert.ok(!a.text.includes(hostile.kommun));
      const result = fromSqlRows(extension, await engine.query(a.text, a.values), { minCount: 1 });
      assert.equal(result.total.all.count, 1);
    });

    test('a multiple-choice question of 63 options: the highest bits survive the engine and the driver', async () => {
      const table = newTable();
      /** @type {Definition} */
      const wide = {
        id: 'bred-enkat',
        version: '1',
        kind: 'questionnaire',
        title: text('Bred'),
        sections: [
          {
            id: 'main',
            title: text('Frågor'),
            questions: [
              { id: 'gender', kind: 'one', label: text('Kön'), options: opts('woman', 'man') },
              { id: 'manga', kind: 'many', label: text('Många'), options: opts(...Array.from({ length: 63 }, (_, i) => `o${i}`)) },
            ],
          },
        ],
      };
      const records = [['o62'], ['o0', 'o52', 'o53', 'o62'], ['o61'], ['o62'], []].map((manga, i) => ({
        definition: 'bred-enkat@1',
        answers: { gender: i % 2 ? 'man' : 'woman', manga },
      }));
      await load(engine, wide, records, { table });
      for (const by of [undefined, 'gender']) {
        assert.deepEqual(await counted(engine, wide, { table, by, minCount: 1 }), aggregate(records, { definition: wide, by, minCount: 1 }));
      }
      const result = await counted(engine, wide, { table, minCount: 1 });
      const chosen = Object.fromEntries(result.questions[1].options.filter((o) => o.cells.all.count).map((o) => [o.code, o.cells.all.count]));
      assert.deepEqual(chosen, { o0: 1, o52: 1, o53: 1, o61: 1, o62: 3 });
    });

    test('a number question without a range: equal values from the database make the bins aggregate() makes', async () => {
      const table = newTable();
      /** @type {Definition} */
      const open = {
        id: 'oppen-enkat',
        version: '1',
        kind: 'questionnaire',
        title: text('Öppen'),
        sections: [{ id: 'main', title: text('Frågor'), questions: [{ id: 'timmar', kind: 'number', label: text('Timmar') }] }],
      };
      // Two equal whole numbers come back as one value counted twice: the bins must still be whole-number bins ("0", not "0–1").
      const records = [0, 0, 3, 3, 3].map((timmar) => ({ definition: 'oppen-enkat@1', answers: { timmar } }));
      await load(engine, open, records, { table });
      const result = await counted(engine, open, { table, minCount: 1 });
      assert.deepEqual(result, aggregate(records, { definition: open, minCount: 1 }));
      assert.deepEqual(result.questions[0].histogram?.map((b) => b.label.sv), ['0', '1', '2', '3']);
    });

    test('a record with the same id twice is refused by the database, the first one kept', async () => {
      const table = newTable();
      await engine.exec(createTableSql(inventoryDefinition, { dialect, table }));
      const [a, b] = generateRecords({ count: 2, seed: 9 });
      const first = insertSql(inventoryDefinition, a, { dialect, table, kommun: '0360', period: '2026', id: 'r-1' });
      await engine.query(first.text, first.values);
      const second = insertSql(inventoryDefinition, b, { dialect, table, kommun: '0360', period: '2026', id: 'r-1' });
      await assert.rejects(engine.query(second.text, second.values), /duplicate|unique|primary key/i);
      const none = insertSql(inventoryDefinition, b, { dialect, table, kommun: '0360', period: '2026' });
      await engine.query(none.text, none.values);
      const ids = await engine.query(`SELECT id FROM ${table} ORDER BY created_at, id`);
      assert.equal(ids.length, 2);
      assert.ok(ids.some((r) => r.id === 'r-1'));
      assert.ok(ids.every((r) => typeof r.id === 'string' && r.id.length > 0), 'the database makes an id when none is given');
    });
  });
}

describe('samsyn/sql over Parquet files, one folder per kommun (DuckDB)', () => {
  test('the PostgreSQL text of the query runs on DuckDB over the files, reads only the kommun asked for, and gives what aggregate() gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samsyn-parquet-'));
    const engine = await openEngine('duckdb');
    try {
      const sets = { '0360': generateRecords({ count: 120, seed: 1 }), '0380': generateRecords({ count: 90, seed: 2 }) };
      await engine.exec(createTableSql(inventoryDefinition, { dialect: 'duckdb' }));
      for (const [kommun, records] of Object.entries(sets)) {
        for (const record of records) {
          const q = insertSql(inventoryDefinition, record, { dialect: 'duckdb', kommun, period: '2026' });
          await engine.query(q.text, q.values);
        }
      }
      await engine.exec(`COPY samsyn_records TO '${dir}' (FORMAT parquet, PARTITION_BY (kommun))`);
      await engine.exec(
        `CREATE VIEW parquet_records AS SELECT * FROM read_parquet('${dir}/*/*.parquet', hive_partitioning = true, hive_types_autocast = false)`,
      );
      for (const [kommun, records] of Object.entries(sets)) {
        // ENUM columns come back from Parquet as text: the PostgreSQL text of the query is the one that fits.
        const q = aggregateSql(inventoryDefinition, { dialect: 'postgres', table: 'parquet_records', kommun, period: '2026', by: 'ageBand' });
        assert.deepEqual(fromSqlRows(inventoryDefinition, await engine.query(q.text, q.values), { by: 'ageBand' }), aggregate(records, { by: 'ageBand' }), kommun);
      }
      const q = aggregateSql(inventoryDefinition, { dialect: 'postgres', table: 'parquet_records', kommun: '0380' });
      const literal = q.text.replace(/\$(\d+)\b/g, (_, i) => `'${String(q.values[i - 1]).replace(/'/g, "''")}'`);
      const plan = JSON.stringify(await engine.query(`EXPLAIN ANALYZE ${literal}`));
      assert.match(plan, /Total Files Read: 1\b/, 'only the folder of the kommun asked for is read');
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('samsyn/sql without a database', () => {
  test('an unknown or unusable by is refused with the message aggregate() gives', () => {
    for (const by of ['nope', 'household', 'constructor']) {
      let expected;
      try {
        aggregate([], { by });
      } catch (error) {
        expected = error.message;
      }
      assert.ok(expected, `aggregate refuses ${by}`);
      for (const dialect of DIALECTS) {
        assert.throws(() => aggregateSql(inventoryDefinition, { dialect, kommun: '0360', by }), { message: expected });
        assert.throws(() => fromSqlRows(inventoryDefinition, [], { by }), { message: expected });
      }
    }
  });

  test('an invalid record is refused before any SQL, with the schema issues in Swedish', () => {
    const record = { definition: 'samsyn-inventory@1', answers: { gender: 'robot' } };
    for (const bad of [record, null, 'text', { ...record, definition: 'other@1' }]) {
      assert.throws(
        () => insertSql(inventoryDefinition, bad, { dialect: 'postgres', kommun: '0360', period: '2026' }),
        (/** @type {{ issues?: unknown }} */ error) => error instanceof TypeError && Array.isArray(error.issues) && error.issues.length > 0 && /inte giltig|not valid/.test(error.message),
      );
    }
    try {
      insertSql(inventoryDefinition, { definition: inventoryDefinition.id + '@' + inventoryDefinition.version, answers: { gender: 'robot' } }, { dialect: 'duckdb', kommun: '0360', period: '2026' });
      assert.fail('accepted');
    } catch (error) {
      assert.ok(error.issues.some((i) => i.path.join('.') === 'answers.gender' && /alternativ|Kön/.test(i.message)), JSON.stringify(error.issues));
    }
  });

  test('a dialect, table, kommun or period that cannot be used is refused clearly', () => {
    const record = generateRecords({ count: 1 })[0];
    /** @type {import('samsyn/sql').InsertOptions} */
    const good = { dialect: 'postgres', kommun: '0360', period: '2026' };
    // Options that are wrong on purpose.
    /** @type {Array<[any, RegExp]>} */
    const cases = [
      [{ ...good, dialect: 'mysql' }, /dialect must be one of "postgres", "duckdb"/],
      [{ ...good, dialect: undefined }, /dialect/],
      [{ ...good, table: 'x; DROP TABLE y' }, /table must be a name/],
      [{ ...good, table: 'a.b.c' }, /table must be a name/],
      [{ ...good, table: '' }, /table must be a name/],
      [{ ...good, kommun: '' }, /kommun must be a non-empty string/],
      [{ ...good, kommun: 360 }, /kommun must be a non-empty string/],
      [{ ...good, period: undefined }, /period must be a non-empty string/],
      [{ ...good, kommun: '03\u000060' }, /kommun contains a NUL character/],
      [{ ...good, id: 'a\u0000' }, /id contains a NUL character/],
    ];
    for (const [options, message] of cases) {
      assert.throws(() => insertSql(inventoryDefinition, record, options), (e) => e instanceof TypeError && message.test(e.message), JSON.stringify(options));
    }
    const nul = { definition: 'inventering-tierp@1', answers: { ...generateRecords({ count: 1, definition: extension })[0].answers, kommentar: 'a\u0000b' } };
    assert.throws(() => insertSql(extension, nul, good), /the answer to kommentar contains a NUL character/);
    assert.throws(() => createTableSql(inventoryDefinition, { dialect: /** @type {any} */ ('sqlite') }), TypeError);
    assert.throws(() => aggregateSql(inventoryDefinition, /** @type {any} */ ({ dialect: 'duckdb' })), /kommun must be/);
    assert.match(createTableSql(inventoryDefinition, { dialect: 'postgres', table: 'stats.records' }), /CREATE TABLE IF NOT EXISTS "stats"."records"/);
  });

  test('rows that are not the query’s are refused clearly', () => {
    const q = (rows, by) => () => fromSqlRows(inventoryDefinition, rows, { by });
    // A finest cell of the query's rows, everything 0: its columns as the query names them.
    const names = [...aggregateSql(inventoryDefinition, { dialect: 'postgres', kommun: '0360' }).text.matchAll(/ AS (\w+)/g)].map((m) => m[1]);
    const cell = { ...Object.fromEntries(names.map((name) => [name, 0])), b0: 'woman', b1: null, k6: null, n: 1 };
    assert.ok('a3' in cell && 'o3_1' in cell && 'o2_0' in cell && 'bad' in cell, names.join(' '));
    // The breakdowns (gender, age band) and the question grouped by besides them (housing) have no counts of their own: the records of the row are them.
    assert.ok(!('a0' in cell) && !('o0_0' in cell) && !('a1' in cell) && !('a6' in cell) && names.includes('k6'), names.join(' '));
    const one = fromSqlRows(inventoryDefinition, [{ ...cell, a3: 1, o3_0: 1, k6: 'special-housing' }], { minCount: 1 });
    assert.deepEqual(one.total.all, { count: 1 });
    const chosen = (id, code) => one.questions.find((x) => x.id === id).options.find((o) => o.code === code).cells.all.count;
    assert.equal(chosen('gender', 'woman'), 1);
    assert.equal(chosen('housing', 'special-housing'), 1);
    assert.throws(q([{ ...cell, k6: undefined }]), /row 0 has no column k6 \(housing\)/);
    assert.throws(q([{ ...cell, k6: 'tent' }]), /"tent" is not an answer to housing/);
    assert.throws(q('rows'), /rows must be the array/);
    assert.throws(q([{ ...cell, b1: undefined }]), /no column b1 \(ageBand\)/);
    assert.throws(q([{ ...cell, b0: 'robot' }]), /"robot" is not an answer to gender/);
    assert.throws(q([{ ...cell, q: 99, x: 1 }]), /question number 99 is not a number question/);
    assert.throws(q([{ ...cell, q: 0, x: 1 }]), /question number 0 is not a number question/);
    assert.throws(q([{ ...cell, n: -1 }]), /n must be a whole number/);
    assert.throws(q([null]), /row 0 is not an object/);
    assert.throws(q([{ ...cell, a2: undefined }]), /row 0 has no column a2/);
    assert.throws(q([{ ...cell, o3_1: undefined }]), /row 0 has no column o3_1/);
    assert.throws(q([{ ...cell, a3: 'x' }]), /row 0: a3 must be a whole number/);
    assert.throws(q([{ ...cell, a3: 2 }]), /2 answered psychiatryContact of 1 records/);
    assert.throws(q([{ ...cell, a3: 1 }]), /1 answers to psychiatryContact are not among its options/);
    assert.throws(q([{ ...cell, a2: 1, o2_0: 2 }]), /2 chose alone of the 1 who answered household/);
    assert.throws(q([{ ...cell, bad: 1 }]), /a multiple-choice answer \(household, cooperation, occupationTypes, income\) is not a bitmask/);
    // DuckDB's rows leave out how many answered a single-choice question (an ENUM holds nothing but options): the options' sum.
    const duck = Object.fromEntries(Object.entries(cell).filter(([name]) => !/^a(\d+)$/.test(name) || ['a2', 'a4', 'a9', 'a11'].includes(name)));
    assert.ok(!('a3' in duck) && 'a4' in duck, Object.keys(duck).join(' '));
    const counted = fromSqlRows(inventoryDefinition, [{ ...duck, o3_2: 1 }], { minCount: 1 }).questions.find((x) => x.id === 'psychiatryContact');
    assert.equal(counted.answered.all.count, 1);
    assert.throws(q([{ ...duck, o3_0: 1, o3_2: 1 }]), /2 answered psychiatryContact of 1 records/);
    /** @type {(n: number) => Definition} */
    const many = (n) => ({ ...inventoryDefinition, id: 'many-options', sections: [{ id: 's', title: text('S'), questions: [{ id: 'm', kind: 'many', label: text('M'), options: opts(...Array.from({ length: n }, (_, i) => `o${i}`)) }] }] });
    assert.throws(() => createTableSql(many(64), { dialect: 'postgres' }), /question "m" has 64 options; a multiple-choice column holds at most 63/);
    assert.match(createTableSql(many(63), { dialect: 'duckdb' }), /"q_m" bigint/);
  });
});
