import { expect } from '@open-wc/testing';
import { aggregate, generateRecords } from '../../src/aggregate/index.js';
import { parseInventoryRecord } from '../../src/schema/inventory.js';

describe('generateRecords (in the browser)', () => {
  it('gives the same valid records for the same seed', () => {
    const records = generateRecords({ count: 500, seed: 42 });
    expect(records).to.deep.equal(generateRecords({ count: 500, seed: 42 }));
    for (const r of records) expect(parseInventoryRecord(r).success).to.equal(true);
  });

  it('asks the type of occupation only of those who had one', () => {
    const result = aggregate(generateRecords({ count: 3000, seed: 8 }), { minCount: 1 });
    const had = result.questions.find((q) => q.id === 'occupationStatus')!.options!.find((o) => o.code === 'had')!;
    const types = result.questions.find((q) => q.id === 'occupationTypes')!;
    expect(types.answered.all.count).to.equal(had.cells.all.count);
    expect(result.rejected.count).to.equal(0);
  });

  it('makes and aggregates a hundred thousand records', () => {
    const result = aggregate(generateRecords({ count: 100_000, seed: 3 }), { by: 'gender' });
    expect(result.total.all.count).to.equal(100_000);
    expect(result.total.groups.woman.count! + result.total.groups.man.count!).to.equal(100_000);
  });
});
