// The built `samsyn/aggregate` entry, imported the way a vendor's server would:
// counts, shares, per-mille, histograms, comparisons and CSV checked against
// figures worked out by hand on small fixed data.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  aggregate,
  compare,
  generateRecords,
  protectCounts,
  toCsv,
  REJECTION_REASONS,
  CSV_ROW_TYPES,
  DEFAULT_MIN_COUNT,
} from 'samsyn/aggregate';
import { aggregateResultSchema, comparisonSchema, inventoryDefinition, parseInventoryRecord } from 'samsyn/schema';

// The small fixed data of the browser tests of the aggregate module (tests/fixtures/aggregate-survey.ts).
const { survey, valid, invalid } = JSON.parse(readFileSync(new URL('../fixtures/aggregate-survey.json', import.meta.url), 'utf8'));
const rec = (answers) => ({ definition: 'test-survey@1', answers });
const open = { definition: survey, minCount: 1 };
const question = (result, id) => result.questions.find((q) => q.id === id);
const option = (result, id, code) => question(result, id).options.find((o) => o.code === code);

describe('aggregate: counts and shares (disclosure control off)', () => {
  const result = aggregate([...valid, ...invalid], { ...open, by: 'gender', period: '2015' });

  test('is a valid aggregated result', () => {
    const parsed = aggregateResultSchema.safeParse(result);
    assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues));
    assert.equal(result.type, 'samsyn-aggregate');
    assert.equal(result.definition, 'test-survey@1');
    assert.equal(result.by, 'gender');
    assert.equal(result.period, '2015');
    assert.deepEqual(result.groups.map((g) => g.code), ['woman', 'man']);
  });

  test('counts only the valid records, overall and per group', () => {
    assert.deepEqual(result.total, { all: { count: 8 }, groups: { woman: { count: 4 }, man: { count: 4 } } });
  });

  test('says how many records were rejected and why, by reason and question', () => {
    assert.equal(result.rejected.count, 8);
    assert.deepEqual(
      result.rejected.reasons.map(({ reason, question, count }) => [reason, question, count]),
      [
        ['not-a-record', undefined, 1],
        ['wrong-definition', undefined, 1],
        ['unknown-question', undefined, 1],
        ['invalid-answer', 'pets', 1],
        ['invalid-answer', 'mood', 1],
        ['missing-answer', 'gender', 1],
        ['not-asked', 'workKind', 1],
        ['personal-number', 'note', 1],
      ],
    );
    for (const r of result.rejected.reasons) assert.ok(/** @type {readonly string[]} */ (REJECTION_REASONS).includes(r.reason));
    assert.match(result.rejected.reasons.find((r) => r.reason === 'missing-answer').message, /Kön/);
    const english = aggregate(invalid.slice(2, 3), { ...open, locale: 'en' });
    assert.equal(english.rejected.reasons[0].message, 'A required answer is missing (question “Gender”)');
  });

  test('single choice: counts, share of those who answered and of everyone', () => {
    const yes = option(result, 'work', 'yes').cells;
    assert.deepEqual(yes.all, { count: 5, shareOfAnswered: 5 / 8, shareOfAll: 5 / 8 });
    assert.deepEqual(yes.groups.woman, { count: 3, shareOfAnswered: 3 / 4, shareOfAll: 3 / 4 });
    assert.deepEqual(yes.groups.man, { count: 2, shareOfAnswered: 2 / 4, shareOfAll: 2 / 4 });
    assert.deepEqual(question(result, 'work').unanswered.all, { count: 0 });
  });

  test('multiple choice: shares of those who answered add up to more than 100 %', () => {
    const pets = question(result, 'pets');
    assert.deepEqual(pets.answered, { all: { count: 6 }, groups: { woman: { count: 4 }, man: { count: 2 } } });
    assert.deepEqual(pets.unanswered, { all: { count: 2 }, groups: { woman: { count: 0 }, man: { count: 2 } } });
    const counts = pets.options.map((o) => [o.code, o.cells.all.count, o.cells.groups.woman.count, o.cells.groups.man.count]);
    assert.deepEqual(counts, [
      ['cat', 4, 3, 1],
      ['dog', 3, 1, 2],
      ['none', 1, 1, 0],
    ]);
    assert.equal(option(result, 'pets', 'cat').cells.all.shareOfAnswered, 4 / 6);
    assert.equal(option(result, 'pets', 'cat').cells.all.shareOfAll, 4 / 8);
    const sum = pets.options.reduce((s, o) => s + o.cells.all.shareOfAnswered, 0);
    assert.ok(Math.abs(sum - 8 / 6) < 1e-12);
  });

  test('conditional question: only those asked answer it', () => {
    const kind = question(result, 'workKind');
    assert.equal(kind.answered.all.count, 5);
    assert.equal(kind.unanswered.all.count, 3);
    assert.deepEqual(kind.options.map((o) => [o.code, o.cells.all.count, o.cells.groups.woman.count, o.cells.groups.man.count]), [
      ['office', 3, 2, 1],
      ['field', 3, 2, 1],
    ]);
  });

  test('scale: points 1–5 and "vet ej" as options, labelled with the anchors', () => {
    const mood = question(result, 'mood');
    assert.deepEqual(mood.options.map((o) => o.code), ['1', '2', '3', '4', '5', 'dont-know']);
    assert.deepEqual(mood.options.map((o) => o.cells.all.count), [0, 1, 1, 3, 1, 1]);
    assert.deepEqual(mood.options.map((o) => o.cells.groups.woman.count), [0, 0, 0, 2, 1, 1]);
    assert.equal(mood.options[0].label.sv, '1 – Mycket dåligt');
    assert.equal(mood.options[4].label.en, '5 – Very good');
    assert.equal(mood.options[5].label.sv, 'Vet ej');
    assert.equal(mood.answered.all.count, 7);
  });

  test('number: n, mean, median, min and max, overall and per group', () => {
    const age = question(result, 'age');
    assert.deepEqual(age.stats.all, { n: 7, mean: 34, median: 33, min: 20, max: 58 });
    assert.deepEqual(age.stats.groups.woman, { n: 4, mean: 31.25, median: 32, min: 20, max: 41 });
    assert.deepEqual(age.stats.groups.man, { n: 3, mean: 113 / 3, median: 33, min: 22, max: 58 });
    assert.deepEqual(age.unit, { sv: 'år', en: 'years' });
  });

  test('number: a histogram of whole-number bins from the question’s range', () => {
    const bins = question(result, 'age').histogram;
    assert.deepEqual(bins.map((b) => [b.from, b.to]), [
      [10, 20], [20, 30], [30, 40], [40, 50], [50, 60], [60, 70], [70, 80], [80, 90], [90, 100],
    ]);
    assert.deepEqual(bins.map((b) => b.cells.all.count), [0, 3, 2, 1, 1, 0, 0, 0, 0]);
    assert.deepEqual(bins.map((b) => b.cells.groups.woman.count), [0, 2, 1, 1, 0, 0, 0, 0, 0]);
    assert.equal(bins[1].label.sv, '20–29');
    assert.equal(bins[1].cells.all.shareOfAnswered, 3 / 7);
  });

  test('text and date questions: answered counts only, never the text', () => {
    const note = question(result, 'note');
    assert.deepEqual(note.answered.all, { count: 1 });
    assert.equal(note.options, undefined);
    assert.equal(JSON.stringify(result).includes('Hemlig'), false);
    assert.equal(toCsv(result).includes('Hemlig'), false);
    assert.equal(question(result, 'since').answered.all.count, 1);
  });

  test('without by: everyone only, and no groups', () => {
    const plain = aggregate(valid, open);
    assert.deepEqual(plain.groups, []);
    assert.deepEqual(plain.total, { all: { count: 8 }, groups: {} });
    assert.equal(plain.by, undefined);
  });

  test('by any single-choice question; anything else is refused with a clear error', () => {
    const byWork = aggregate(valid, { ...open, by: 'work' });
    assert.deepEqual(byWork.total.groups, { yes: { count: 5 }, no: { count: 3 } });
    assert.throws(() => aggregate(valid, { ...open, by: 'pets' }), /single-choice question.*"pets" is a "many" question/);
    assert.throws(() => aggregate(valid, { ...open, by: 'shoeSize' }), /"shoeSize" is not a question/);
  });

  test('refuses unusable options', () => {
    assert.throws(() => aggregate(valid, { definition: survey, minCount: 0 }), RangeError);
    assert.throws(() => aggregate(valid, { definition: survey, minCount: 2.5 }), RangeError);
    assert.throws(() => aggregate(/** @type {any} */ ('records'), {}), TypeError);
    assert.throws(() => aggregate(valid, { definition: { ...survey, sections: [] } }), /not valid/);
    assert.throws(() => aggregate(valid, { definition: survey, population: { total: -1 } }), /population/);
  });
});

describe('aggregate: per mille of the population', () => {
  test('per group and overall, from the population of each group', () => {
    const result = aggregate(valid, { ...open, by: 'gender', population: { total: 1000, groups: { woman: 500, man: 400 } } });
    assert.deepEqual(result.total.all, { count: 8, perMille: 8 });
    assert.deepEqual(result.total.groups.man, { count: 4, perMille: 10 });
    assert.equal(option(result, 'work', 'yes').cells.all.perMille, 5);
    assert.equal(option(result, 'work', 'yes').cells.groups.woman.perMille, 6);
  });

  test('gender × age band: the population of each option in each group (seed 002), given either way round', () => {
    const population = {
      total: 1000,
      groups: { woman: 500, man: 400 },
      byOption: { work: { yes: { total: 200, groups: { woman: 100 } } }, gender: { man: { groups: { no: 50 } } } },
    };
    const result = aggregate(valid, { ...open, by: 'gender', population });
    const yes = option(result, 'work', 'yes').cells;
    assert.equal(yes.all.perMille, 25);
    assert.equal(yes.groups.woman.perMille, 30);
    assert.equal(yes.groups.man.perMille, 5);
    assert.equal(option(result, 'work', 'no').cells.groups.man.perMille, 40);
  });
});

describe('aggregate: disclosure control', () => {
  test('is on by default with minCount 5', () => {
    assert.equal(DEFAULT_MIN_COUNT, 5);
    assert.equal(aggregate(valid, { definition: survey }).minCount, 5);
  });

  test('hides counts of 1 to 4 with their shares, and what would give them away', () => {
    const result = aggregate(generateRecords({ count: 60, seed: 3 }), { by: 'gender' });
    const json = JSON.stringify(result);
    for (const match of json.matchAll(/"(?:count|n)":(\d+)/g)) {
      const n = Number(match[1]);
      assert.ok(n === 0 || n >= 5, `a count of ${n} is given out`);
    }
    const sip = question(result, 'sip');
    for (const o of sip.options) {
      for (const cell of [o.cells.all, ...Object.values(o.cells.groups)]) {
        if (cell.count === null) {
          assert.deepEqual(cell, { count: null, suppressed: true, shareOfAnswered: null, shareOfAll: null });
        }
      }
    }
  });

  test('a hidden cell in a column of a single-choice question takes a sibling with it', () => {
    const records = [
      ...Array.from({ length: 10 }, () => rec({ gender: 'woman', work: 'yes', workKind: ['office'] })),
      ...Array.from({ length: 2 }, () => rec({ gender: 'woman', work: 'no' })),
      ...Array.from({ length: 9 }, () => rec({ gender: 'man', work: 'yes', workKind: ['field'] })),
      ...Array.from({ length: 6 }, () => rec({ gender: 'man', work: 'no' })),
    ];
    const result = aggregate(records, { definition: survey, by: 'gender' });
    const work = question(result, 'work');
    // Women: yes 10, no 2 (hidden). 10 + 2 = 12 answered would give the 2 away, so yes is hidden too.
    assert.equal(option(result, 'work', 'no').cells.groups.woman.suppressed, true);
    assert.equal(option(result, 'work', 'yes').cells.groups.woman.suppressed, true);
    // Across groups: no = 8 in all, 6 for men: the women's 2 would follow, so the men's 6 is hidden too.
    assert.equal(option(result, 'work', 'no').cells.groups.man.suppressed, true);
    assert.equal(option(result, 'work', 'no').cells.all.count, 8);
    assert.equal(work.answered.groups.woman.count, 12);
    assert.equal(result.total.groups.woman.count, 12);
  });

  test('minCount 1 turns it off, and only explicitly', () => {
    const records = [rec({ gender: 'woman', work: 'no' })];
    assert.equal(aggregate(records, { definition: survey }).total.all.count, null);
    assert.equal(aggregate(records, { definition: survey, minCount: 1 }).total.all.count, 1);
  });

  test('number statistics are all null when n is hidden', () => {
    const result = aggregate(valid, { definition: survey, by: 'gender' });
    assert.deepEqual(question(result, 'age').stats.groups.man, { n: null, suppressed: true, mean: null, median: null, min: null, max: null });
  });
});

describe('protectCounts', () => {
  test('primary and secondary suppression with row and column totals', () => {
    assert.deepEqual(protectCounts([[3, 10, 12], [8, 9, 20]], { rowTotals: true, columnTotals: true }), [
      [null, null, 12, 25],
      [null, null, 20, 37],
      [11, 19, 32, 62],
    ]);
  });

  test('only primary suppression without published totals; nothing hidden with minCount 1', () => {
    assert.deepEqual(protectCounts([[3, 10], [0, 7]]), [[null, 10], [0, 7]]);
    assert.deepEqual(protectCounts([[3, 10], [0, 7]], { minCount: 1, rowTotals: true }), [[3, 10, 13], [0, 7, 7]]);
  });

  test('a hidden total takes one of its parts with it', () => {
    // Row total 4 is hidden; 1 + 3 would give it, so a part goes too (and 1 and 3 are small anyway).
    assert.deepEqual(protectCounts([[1, 3], [20, 30]], { rowTotals: true }), [[null, null, null], [20, 30, 50]]);
  });

  test('refuses tables that are not tables of counts', () => {
    assert.throws(() => protectCounts([[1, 2], [3]]), RangeError);
    assert.throws(() => protectCounts([[1, -2]]), RangeError);
  });
});

describe('compare', () => {
  const before = aggregate(valid.slice(0, 4), { ...open, by: 'gender', period: '2013' });
  const after = aggregate(valid, { ...open, by: 'gender', period: '2015' });
  const comparison = compare(before, after);

  test('is a valid comparison naming both periods', () => {
    assert.equal(comparisonSchema.safeParse(comparison).success, true);
    assert.equal(comparison.before, '2013');
    assert.equal(comparison.after, '2015');
    assert.deepEqual(comparison.total, { before: 4, after: 8, difference: 4, percentagePoints: null });
  });

  test('differences in persons and percentage points, overall and per group', () => {
    const yes = comparison.questions.find((q) => q.id === 'work').options.find((o) => o.code === 'yes');
    // Before: 3 of 4 (75 %); after: 5 of 8 (62.5 %).
    assert.deepEqual(yes.all, { before: 3, after: 5, difference: 2, percentagePoints: -12.5 });
    // Women before: r1, r2 yes, r3 no (2 of 3); after 3 of 4.
    assert.equal(yes.groups.woman.difference, 1);
    assert.ok(Math.abs(yes.groups.woman.percentagePoints - (75 - 200 / 3)) < 1e-9);
  });

  test('null where either side is hidden', () => {
    const hidden = compare(aggregate(valid.slice(0, 4), { definition: survey, by: 'gender' }), after);
    const yes = hidden.questions.find((q) => q.id === 'work').options.find((o) => o.code === 'yes');
    assert.deepEqual(yes.all, { before: null, after: 5, difference: null, percentagePoints: null, suppressed: true });
  });
});

describe('toCsv', () => {
  const result = aggregate(valid, { ...open, by: 'gender' });
  const lines = (csv) => csv.replace(/^\uFEFF/, '').split('\r\n');

  test('Swedish Excel by default: BOM, semicolons, decimal comma, CRLF', () => {
    const csv = toCsv(result);
    assert.ok(csv.startsWith('\uFEFF'));
    assert.ok(csv.endsWith('\r\n'));
    const rows = lines(csv);
    assert.equal(
      rows[0],
      'Fråga-id;Fråga;Radtyp;Kod;Svarsalternativ;Grupp-kod;Grupp;Antal;Andel av dem som svarat (%);Andel av samtliga (%);Promille av befolkningen;Värde',
    );
    assert.ok(rows.includes('work;Arbetar;option;yes;Ja;;Samtliga;5;62,5;62,5;;'));
    assert.ok(rows.includes('work;Arbetar;option;yes;Ja;woman;Kvinna;3;75;75;;'));
    assert.ok(rows.includes('pets;Husdjur;option;cat;Katt;;Samtliga;4;66,7;50;;'));
    assert.ok(rows.includes(';;total;;Antal personer;man;Man;4;;;;'));
    assert.ok(rows.includes('age;Ålder;mean;;Medelvärde;man;Man;;;;;37,7'));
    assert.ok(rows.includes('age;Ålder;bin;20-30;20–29;;Samtliga;3;42,9;37,5;;'));
  });

  test('one row per question × option × group, plus answered and unanswered', () => {
    const rows = lines(toCsv(result)).slice(1, -1);
    const workRows = rows.filter((r) => r.startsWith('work;'));
    assert.equal(workRows.length, (2 + 2) * 3);
    for (const row of rows) assert.ok(CSV_ROW_TYPES.includes(row.split(';')[2]), row);
  });

  test('comma and point on request, in English, without BOM', () => {
    const csv = toCsv(result, { separator: ',', decimal: '.', locale: 'en', bom: false });
    assert.ok(!csv.startsWith('\uFEFF'));
    const rows = lines(csv);
    assert.ok(rows[0].startsWith('Question id,Question,Row type,Code,Answer,Group code,Group,Count'));
    assert.ok(rows.includes('pets,Pets,option,cat,Cat,,All,4,66.7,50,,'));
  });

  test('hidden figures are written ".."', () => {
    const rows = lines(toCsv(aggregate(valid, { definition: survey, by: 'gender' })));
    assert.ok(rows.includes('work;Arbetar;option;yes;Ja;woman;Kvinna;..;..;..;;'));
  });

  test('RFC 4180 quoting, and labels that would run as formulas are defused', () => {
    const tricky = {
      ...survey,
      id: 'tricky',
      sections: [
        {
          id: 'about',
          title: { sv: 'Om', en: 'About' },
          questions: [
            {
              id: 'q',
              kind: 'one',
              label: { sv: 'Fråga; med "citat"\noch radbrytning', en: 'Q' },
              options: [
                { code: 'a', label: { sv: '=HYPERLINK("http://x")', en: 'A' } },
                { code: 'b', label: { sv: '+1, -1 och @', en: 'B' } },
              ],
            },
          ],
        },
      ],
    };
    const csv = toCsv(aggregate([{ definition: 'tricky@1', answers: { q: 'a' } }], { definition: tricky, minCount: 1 }));
    assert.ok(csv.includes('q;"Fråga; med ""citat""\noch radbrytning";option;a;"\'=HYPERLINK(""http://x"")";;Samtliga;1;100;100;;'));
    assert.ok(csv.includes(";option;b;'+1, -1 och @;;Samtliga;0;0;0;;"));
  });

  test('refuses a separator equal to the decimal sign', () => {
    assert.throws(() => toCsv(result, { separator: ',', decimal: ',' }), RangeError);
  });
});

describe('generateRecords', () => {
  test('is deterministic per seed, 350 records by default', () => {
    const a = generateRecords();
    assert.equal(a.length, 350);
    assert.deepEqual(generateRecords({ seed: 1 }), a);
    assert.notDeepEqual(generateRecords({ seed: 2 }), a);
  });

  test('every record is a valid national inventory record', () => {
    for (const r of generateRecords({ count: 2000, seed: 9 })) {
      const parsed = parseInventoryRecord(r);
      assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues));
    }
  });

  test('shares loosely like the published inventories', () => {
    const result = aggregate(generateRecords({ count: 20000, seed: 4 }), { minCount: 1 });
    const share = (id, code) => option(result, id, code).cells.all.shareOfAnswered;
    assert.ok(Math.abs(share('gender', 'woman') - 0.55) < 0.02);
    // Seed 002: 941 SIPs established and 160 in progress of about 3,600.
    assert.ok(Math.abs(share('sip', 'established') - 941 / 3596) < 0.02);
    assert.ok(Math.abs(share('sip', 'in-progress') - 160 / 3596) < 0.01);
    assert.ok(share('housing', 'ordinary') + share('housing', 'ordinary-with-support') > 0.5);
    assert.ok(share('ageBand', '45-54') > share('ageBand', '18-24'));
  });

  test('fills in any definition validly', () => {
    const records = generateRecords({ count: 300, seed: 5, definition: survey });
    const result = aggregate(records, { definition: survey, minCount: 1 });
    assert.equal(result.rejected.count, 0);
    assert.equal(result.total.all.count, 300);
    assert.equal(question(result, 'workKind').answered.all.count, option(result, 'work', 'yes').cells.all.count);
  });

  test('works on the national inventory definition by default', () => {
    assert.equal(generateRecords({ count: 1 })[0].definition, `${inventoryDefinition.id}@${inventoryDefinition.version}`);
  });
});
