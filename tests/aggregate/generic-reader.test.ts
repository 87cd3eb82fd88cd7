import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as Aggregate from '../../src/aggregate/index.js';
import type * as Schema from '../../src/schema/index.js';
import { invalid, survey, valid } from '../fixtures/aggregate-survey.js';

/*
 * A page with a strict Content Security Policy tells zod not to compile code
 * (`jitless`); the aggregate module then reads records without generated
 * code. This page runs that path: the figures and the verdicts must be the
 * same as everywhere else.
 */
describe('aggregate without generated code (jitless)', () => {
  let aggregate: typeof Aggregate.aggregate;
  let recordSchemaFor: typeof Schema.recordSchemaFor;

  before(async () => {
    (globalThis as { __zod_globalConfig?: object }).__zod_globalConfig = { jitless: true };
    ({ aggregate } = await import('../../src/aggregate/index.js'));
    ({ recordSchemaFor } = await import('../../src/schema/index.js'));
    const { util } = await import('zod/v4/core');
    expect(util.allowsEval.value).to.equal(false);
  });

  it('counts as the generated reader does', () => {
    const result = aggregate([...valid, ...invalid], { definition: survey, by: 'gender', minCount: 1 });
    expect(result.total.groups).to.deep.equal({ woman: { count: 4 }, man: { count: 4 } });
    expect(result.rejected.count).to.equal(8);
    const pets = result.questions.find((q) => q.id === 'pets')!;
    expect(pets.options!.map((o) => [o.cells.groups.woman.count, o.cells.groups.man.count])).to.deep.equal([
      [3, 1],
      [1, 2],
      [1, 0],
    ]);
    const mood = result.questions.find((q) => q.id === 'mood')!;
    expect(mood.options!.map((o) => o.cells.all.count)).to.deep.equal([0, 1, 1, 3, 1, 1]);
    expect(result.questions.find((q) => q.id === 'age')!.stats!.all).to.deep.equal({ n: 7, mean: 34, median: 33, min: 20, max: 58 });
  });

  it('counts records carrying the optional unit and formType without asking the schema', async () => {
    const { Reading } = await import('../../src/aggregate/reading.js');
    const { compileDefinition } = await import('../../src/aggregate/compile.js');
    const marked = valid.map((r, i) => ({ ...(r as object), unit: `unit-${i % 2}`, formType: i % 2 ? 'staff' : 'interview' }));
    const reading = Reading.for(compileDefinition(survey));
    for (const record of marked) expect(reading.read(record)).to.equal(true);
    expect(reading.read({ ...(valid[0] as object), formType: 'phone' })).to.equal(false);
    const options = { definition: survey, by: 'gender', minCount: 1 };
    expect(aggregate(marked, options)).to.deep.equal(aggregate(valid, options));
  });

  it('counts a record exactly when the record schema accepts it', () => {
    const schema = recordSchemaFor(survey);
    const value = fc.oneof(
      fc.constantFrom('woman', 'man', 'yes', 'no', 'cat', 'dog', 'none', 'office', 'field', 'dont-know', '', 'x'),
      fc.integer({ min: -2, max: 100 }),
      fc.constant(null),
      fc.constant(undefined),
      fc.subarray(['cat', 'dog', 'none', 'office', 'field']),
    );
    const answers = fc.dictionary(fc.constantFrom('gender', 'age', 'pets', 'mood', 'work', 'workKind', 'note', 'since', 'other'), value);
    const record = fc.record({ definition: fc.constantFrom('test-survey@1', 'test-survey@2'), answers });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const accepted = records.filter((r) => schema.safeParse(r).success).length;
        const result = aggregate(records, { definition: survey, minCount: 1 });
        expect(result.total.all.count).to.equal(accepted);
        expect(result.rejected.count).to.equal(records.length - accepted);
      }),
      { numRuns: 150 },
    );
  });
});
