import { expect } from '@open-wc/testing';
import { aggregate, compare } from '../../src/aggregate/index.js';
import { aggregateResultSchema, comparisonSchema, type AggregateResult } from '../../src/schema/aggregate-result.js';
import { invalid, survey, valid } from '../fixtures/aggregate-survey.js';

const open = { definition: survey, minCount: 1 };
const question = (result: AggregateResult, id: string) => result.questions.find((q) => q.id === id)!;
const option = (result: AggregateResult, id: string, code: string) => question(result, id).options!.find((o) => o.code === code)!;

describe('aggregate (in the browser)', () => {
  const result = aggregate([...valid, ...invalid], { ...open, by: 'gender' });

  it('gives a result the schema accepts, counting only valid records', () => {
    expect(aggregateResultSchema.safeParse(result).success).to.equal(true);
    expect(result.total).to.deep.equal({ all: { count: 8 }, groups: { woman: { count: 4 }, man: { count: 4 } } });
  });

  it('says why records were not counted', () => {
    expect(result.rejected.count).to.equal(8);
    expect(result.rejected.reasons.map((r) => `${r.reason}:${r.question ?? ''}:${r.count}`)).to.deep.equal([
      'not-a-record::1',
      'wrong-definition::1',
      'unknown-question::1',
      'invalid-answer:pets:1',
      'invalid-answer:mood:1',
      'missing-answer:gender:1',
      'not-asked:workKind:1',
      'personal-number:note:1',
    ]);
    expect(result.rejected.reasons[0].message).to.equal('Inte en inventeringspost');
  });

  it('counts and shares of a single-choice question, overall and per group', () => {
    expect(option(result, 'work', 'yes').cells.all).to.deep.equal({ count: 5, shareOfAnswered: 0.625, shareOfAll: 0.625 });
    expect(option(result, 'work', 'no').cells.groups.man).to.deep.equal({ count: 2, shareOfAnswered: 0.5, shareOfAll: 0.5 });
  });

  it('shares of a multiple-choice question are of those who answered, and may pass 100 %', () => {
    const pets = question(result, 'pets');
    expect(pets.answered.all.count).to.equal(6);
    expect(pets.options!.map((o) => o.cells.all.count)).to.deep.equal([4, 3, 1]);
    expect(option(result, 'pets', 'dog').cells.groups.man).to.deep.equal({ count: 2, shareOfAnswered: 1, shareOfAll: 0.5 });
  });

  it('statistics and a histogram of a number question', () => {
    const age = question(result, 'age');
    expect(age.stats!.all).to.deep.equal({ n: 7, mean: 34, median: 33, min: 20, max: 58 });
    expect(age.stats!.groups.woman).to.deep.equal({ n: 4, mean: 31.25, median: 32, min: 20, max: 41 });
    expect(age.histogram!.map((b) => b.cells.all.count)).to.deep.equal([0, 3, 2, 1, 1, 0, 0, 0, 0]);
    expect(age.histogram!.map((b) => b.label!.en)).to.deep.equal(['10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–99']);
  });

  it('per mille of the population, by gender and by option × group', () => {
    const population = { total: 1000, groups: { woman: 500, man: 400 }, byOption: { work: { yes: { total: 200, groups: { woman: 100 } } } } };
    const withPopulation = aggregate(valid, { ...open, by: 'gender', population });
    expect(withPopulation.total.groups.man).to.deep.equal({ count: 4, perMille: 10 });
    expect(option(withPopulation, 'work', 'yes').cells.all.perMille).to.equal(25);
    expect(option(withPopulation, 'work', 'yes').cells.groups.woman.perMille).to.equal(30);
    expect(option(withPopulation, 'work', 'no').cells.groups.woman.perMille).to.equal(2);
  });

  it('compares two results in persons and percentage points', () => {
    const before = aggregate(valid.slice(0, 4), { ...open, by: 'gender', period: '2013' });
    const comparison = compare(before, aggregate(valid, { ...open, by: 'gender', period: '2015' }));
    expect(comparisonSchema.safeParse(comparison).success).to.equal(true);
    const yes = comparison.questions.find((q) => q.id === 'work')!.options.find((o) => o.code === 'yes')!;
    expect(yes.all).to.deep.equal({ before: 3, after: 5, difference: 2, percentagePoints: -12.5 });
    expect(yes.groups.man).to.deep.equal({ before: 1, after: 2, difference: 1, percentagePoints: 50 - 100 });
  });
});
