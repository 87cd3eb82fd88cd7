// The data behind the report document, through the built entries a vendor's
// server imports: SCB's population table, Kolada's reference figures, trends
// over several inventories, the method's counts and the one denominator.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseScbPopulation as parseScb, parseKoladaValues, koladaFigure, recordSchema, parseInventoryRecord, analysisDefinition, definitionSchema } from '../../dist/schema.js';
import { aggregate, countMethod, generateRecords, methodFigures, oneDenominator, trend } from '../../dist/aggregate.js';

/**
 * parseScbPopulation, with its result read whichever way it went (the tests
 * read `error` after asserting failure).
 *
 * @param {unknown} table
 * @param {Parameters<typeof parseScb>[1]} [options]
 * @returns {any}
 */
const parseScbPopulation = (table, options) => parseScb(table, options);

/**
 * SCB's PxWebApi JSON: region × age (single years) × sex × year.
 *
 * @param {{ regions?: string[], ages?: string[], years?: string[], value?: (region: string, age: string, sex: string, year: string) => string }} [options]
 */
function scbTable({ regions = ['2599'], ages = Array.from({ length: 90 }, (_, i) => String(i + 10)), years = ['2024', '2025'], value = () => '10' } = {}) {
  return {
    columns: [
      { code: 'Region', text: 'region', type: 'd' },
      { code: 'Alder', text: 'ålder', type: 'd' },
      { code: 'Kon', text: 'kön', type: 'd' },
      { code: 'Tid', text: 'år', type: 't' },
      { code: 'BE0101N1', text: 'Folkmängd', type: 'c' },
    ],
    data: regions.flatMap((r) => ages.flatMap((a) => ['1', '2'].flatMap((k) => years.map((y) => ({ key: [r, a, k, y], values: [value(r, a, k, y)] }))))),
  };
}

describe('parseScbPopulation', () => {
  test('sums single years from 18 into the inventory’s age bands, for women, men and everyone, in the latest year', () => {
    const table = scbTable({ value: (_r, a, k, y) => String((y === '2025' ? 2 : 1) * (k === '2' ? 3 : 1)) });
    const result = parseScbPopulation(table);
    assert.equal(result.success, true);
    const { data } = result;
    // 18–24 is 7 ages; 2025 gives 2 per man and 6 per woman.
    assert.equal(data.byOption.gender.man.groups['18-24'], 14);
    assert.equal(data.byOption.gender.woman.groups['18-24'], 42);
    assert.equal(data.groups['25-34'], 80);
    // 65-plus: ages 65–99 (35 ages).
    assert.equal(data.groups['65-plus'], 35 * 8);
    assert.equal(data.total, (99 - 18 + 1) * 8);
    assert.equal(data.byOption.gender.woman.total + data.byOption.gender.man.total, data.total);
  });

  test('reads "100+" and 5-year bands that fit, and refuses a band across 18 with a message that says what to fetch', () => {
    const fits = parseScbPopulation(scbTable({ ages: ['15-17', '18-24', '25-29', '30-34', '100+'], years: ['2025'] }));
    assert.equal(fits.success, true);
    assert.equal(fits.data.groups['25-34'], 40);
    assert.equal(fits.data.groups['65-plus'], 20);
    const straddles = parseScbPopulation(scbTable({ ages: ['15-19', '20-24'], years: ['2025'] }));
    assert.equal(straddles.success, false);
    assert.match(straddles.error.issues[0].message, /15-19.*ettårsklasser/);
    const english = parseScbPopulation(scbTable({ ages: ['15-19'] }), { locale: 'en' });
    assert.match(english.error.issues[0].message, /single years of age/);
  });

  test('asks which region when the table has several, and never throws on what is not a table', () => {
    const two = scbTable({ regions: ['2599', '2598'] });
    assert.match(parseScbPopulation(two).error.issues[0].message, /flera regioner/);
    assert.equal(parseScbPopulation(two, { region: '2598' }).success, true);
    assert.match(parseScbPopulation(two, { region: '0180' }).error.issues[0].message, /0180/);
    for (const bad of [null, 'x', 42, {}, { columns: [], data: [] }, { columns: [{ code: 'Alder' }], data: [{ key: ['x'], values: ['1'] }] }]) {
      const r = parseScbPopulation(bad);
      assert.equal(r.success, false);
      assert.ok(r.error.issues[0].message.length > 10);
    }
    const notANumber = scbTable({ years: ['2025'], value: (_r, a) => (a === '30' ? 'tio' : '1') });
    assert.match(parseScbPopulation(notANumber).error.issues[0].message, /tio/);
  });
});

describe('Kolada values', () => {
  /** @type {any} Kolada's answer as it comes, with a figure it does not publish. */
  const nation = { kpi: 'N1', municipality: '0000', period: 2025, values: [{ gender: 'T', count: 1, status: '', value: 3.1 }, { gender: 'K', count: 0, status: 'Saknas', value: null }] };
  test('parse in Kolada’s shape, and a figure Kolada does not publish is hidden, never 0', () => {
    assert.equal(parseKoladaValues([nation]).success, true);
    assert.deepEqual(koladaFigure(nation, 'T'), { value: 3.1, hidden: false });
    assert.deepEqual(koladaFigure(nation, 'K'), { value: null, hidden: true, status: 'Saknas' });
    assert.equal(koladaFigure(nation, 'M').hidden, true);
    assert.equal(parseKoladaValues([{ municipality: '0000' }]).success, false);
    assert.equal(parseKoladaValues([{ ...nation, values: [{ gender: 'X', value: 1 }] }]).success, false);
  });
});

describe('trend', () => {
  const years = ['2023', '2024', '2025'].map((period, i) => aggregate(generateRecords({ count: 100 + 50 * i, seed: 60 + i }), { period }));
  test('every option over every period, oldest first, with the change from the first to the last', () => {
    const t = trend(years);
    assert.deepEqual(t.periods, ['2023', '2024', '2025']);
    assert.deepEqual(t.total.points.map((p) => p.count), [100, 150, 200]);
    assert.equal(t.total.change.difference, 100);
    const women = t.questions.find((q) => q.id === 'gender').options.find((o) => o.code === 'woman');
    const cells = years.map((y) => y.questions.find((q) => q.id === 'gender').options.find((o) => o.code === 'woman').cells.all);
    assert.deepEqual(women.points.map((p) => p.count), cells.map((c) => c.count));
    assert.equal(women.change.percentagePoints, Number(((cells[2].shareOfAnswered - cells[0].shareOfAnswered) * 100).toPrecision(12)));
  });

  test('a change is hidden where either end is hidden, and results of another definition are refused', () => {
    const small = aggregate(generateRecords({ count: 12, seed: 3 }), { period: '2022' });
    const t = trend([small, ...years]);
    const hidden = t.questions.flatMap((q) => q.options).filter((o) => o.points[0].suppressed);
    assert.ok(hidden.length > 0);
    for (const o of hidden) {
      assert.equal(o.change.difference, null);
      assert.equal(o.change.percentagePoints, null);
      assert.equal(o.change.suppressed, true);
      assert.equal(o.points[0].count, null);
    }
    assert.throws(() => trend([{ ...years[0], definition: 'other@1' }, years[1]]), /one definition/);
    assert.throws(() => trend([]), RangeError);
  });
});

describe('the method’s counts', () => {
  test('records by form type; a record says which form with formType, which the schema checks', () => {
    const base = generateRecords({ count: 3, seed: 1 })[0];
    assert.equal(parseInventoryRecord({ ...base, formType: 'interview' }).success, true);
    assert.equal(recordSchema.safeParse({ ...base, formType: 'interview' }).success, true);
    const wrong = parseInventoryRecord({ ...base, formType: 'phone' });
    assert.equal(wrong.success, false);
    assert.deepEqual(wrong.error.issues[0].path, ['formType']);
    const counts = countMethod([{ ...base, formType: 'staff' }, { ...base, formType: 'interview' }, base, { ...base, unit: 'Boendestöd' }, null, 'x']);
    assert.deepEqual(counts.formTypes, { staff: 1, interview: 1, unknown: 2 });
    assert.deepEqual(counts.units, [{ unit: 'Boendestöd', records: 1 }]);
  });

  test('hides a small unit and as many more as needed that it cannot be worked out from the total', () => {
    const m = methodFigures({ units: [{ unit: 'A', records: 40 }, { unit: 'B', records: 30 }, { unit: 'C', records: 2 }], formTypes: { staff: 60, interview: 12 } });
    const shown = m.units.map((u) => u.records.count);
    assert.equal(m.units[2].records.suppressed, true);
    assert.equal(shown.filter((c) => c === null).length, 2, 'one more hidden beside the small one');
    assert.equal(m.total.count, 72);
    assert.deepEqual(methodFigures({ units: [{ unit: 'C', records: 2 }] }, { minCount: 1 }).units[0].records, { count: 2 });
  });
});

describe('oneDenominator', () => {
  test('the totals are the sums of the age bands, for everyone and per gender', () => {
    const p = oneDenominator({ total: 99999, groups: { '18-24': 10, '25-34': 20 }, byOption: { gender: { woman: { total: 5000, groups: { '18-24': 4, '25-34': 11 } } } } });
    assert.equal(p.total, 30);
    assert.equal(p.byOption.gender.woman.total, 15);
    assert.deepEqual(oneDenominator({ total: 500 }), { total: 500 });
  });

  test('what is not a population goes on as it came, for aggregate() to refuse', () => {
    /** What a page may hand over instead of a population. @type {(value: unknown) => any} */
    const given = (value) => oneDenominator(/** @type {any} */ (value));
    for (const value of [undefined, null, 42, Number.NaN, 'a string', true, [1, 2], ['18-24']]) assert.equal(given(value), value);
    // Parts that are not a population's shape are left as they are, not summed into a total.
    const odd = { groups: { '18-24': 10, '25-34': 'many' }, byOption: { gender: { woman: null, man: { groups: { '18-24': 3, '25-34': 4 } } }, ageBand: 'x' } };
    assert.deepEqual(given(odd), {
      groups: { '18-24': 10, '25-34': 'many' },
      byOption: { gender: { woman: null, man: { groups: { '18-24': 3, '25-34': 4 }, total: 7 } }, ageBand: 'x' },
    });
    assert.deepEqual(given({ byOption: 'none', groups: [] }), { byOption: 'none', groups: [] });
    assert.throws(() => aggregate([], { population: given('x') }), /population/);
    assert.throws(() => aggregate([], { population: given(odd) }), /groups\.25-34/);
  });
});

test('the analysis definition is a valid definition of text questions with seed 000’s four questions', () => {
  assert.equal(definitionSchema.safeParse(analysisDefinition).success, true);
  const ids = analysisDefinition.sections.flatMap((s) => s.questions.map((q) => q.id));
  for (const id of ['units', 'matchesPicture', 'needsCompleting', 'internalCollaboration', 'externalCollaboration', 'priorities']) assert.ok(ids.includes(id), id);
  assert.ok(analysisDefinition.sections.every((s) => s.questions.every((q) => q.kind === 'text')));
});
