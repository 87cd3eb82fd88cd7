import { expect } from '@open-wc/testing';
import { aggregate, generateRecords, protectCounts, toCsv } from '../../src/aggregate/index.js';
import type { AggregateResult } from '../../src/schema/aggregate-result.js';
import { rec, survey } from '../fixtures/aggregate-survey.js';

const option = (result: AggregateResult, id: string, code: string) =>
  result.questions.find((q) => q.id === id)!.options!.find((o) => o.code === code)!;

describe('disclosure control (in the browser)', () => {
  it('hides a small count and the sibling that would give it away, in a column and across groups', () => {
    const records = [
      ...Array.from({ length: 10 }, () => rec({ gender: 'woman', work: 'yes', workKind: ['office'] })),
      ...Array.from({ length: 2 }, () => rec({ gender: 'woman', work: 'no' })),
      ...Array.from({ length: 9 }, () => rec({ gender: 'man', work: 'yes', workKind: ['field'] })),
      ...Array.from({ length: 6 }, () => rec({ gender: 'man', work: 'no' })),
    ];
    const result = aggregate(records, { definition: survey, by: 'gender' });
    const no = option(result, 'work', 'no').cells;
    const yes = option(result, 'work', 'yes').cells;
    expect(no.groups.woman).to.deep.equal({ count: null, suppressed: true, shareOfAnswered: null, shareOfAll: null });
    // 12 women answered: their "yes" (10) would give the 2 away.
    expect(yes.groups.woman.count).to.equal(null);
    // 8 said no in all: the men's 6 would give the women's 2 away.
    expect(no.groups.man.count).to.equal(null);
    // …and then the men's "yes" (9), or 15 answered − 9 would give the 6.
    expect(yes.groups.man.count).to.equal(null);
    expect(no.all.count).to.equal(8);
    expect(yes.all.count).to.equal(19);
  });

  it('hides the gender split of a hidden total', () => {
    const records = [
      ...Array.from({ length: 3 }, () => rec({ gender: 'woman', work: 'no' })),
      ...Array.from({ length: 20 }, () => rec({ gender: 'man', work: 'no' })),
    ];
    const result = aggregate(records, { definition: survey, by: 'gender' });
    expect(result.total.groups.woman.count).to.equal(null);
    expect(result.total.groups.man.count).to.equal(null);
    expect(result.total.all.count).to.equal(23);
    // Nobody's split can be had from the work question either.
    expect(option(result, 'work', 'no').cells.groups.man.count).to.equal(null);
  });

  it('never writes a hidden count into the CSV', () => {
    const result = aggregate(generateRecords({ count: 40, seed: 12 }), { by: 'ageBand' });
    const counts = toCsv(result, { bom: false })
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';')[7]);
    expect(counts).to.include('..');
    for (const c of counts) expect(c === '' || c === '..' || c === '0' || Number(c) >= 5, c).to.equal(true);
  });

  it('protectCounts protects a table with its margins', () => {
    expect(protectCounts([[12, 2, 30], [15, 9, 41]], { columnTotals: true })).to.deep.equal([
      [12, null, 30],
      [15, null, 41],
      [27, 11, 71],
    ]);
    expect(protectCounts([[12, 2, 30]], { minCount: 1, rowTotals: true })).to.deep.equal([[12, 2, 30, 44]]);
  });
});
