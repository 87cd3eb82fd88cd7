import { expect } from '@open-wc/testing';
import { aggregate, generateRecords } from '../../src/aggregate/index.js';
import { compileDefinition } from '../../src/aggregate/compile.js';
import { Reading } from '../../src/aggregate/reading.js';
import { inventoryDefinition } from '../../src/definitions/inventory.js';
import { recordSchemaFor } from '../../src/schema/index.js';

/*
 * A record may carry the optional top-level `unit` and `formType` (the
 * report document's method figures count them). The readers that count
 * without asking the schema used to decline every such record by its key
 * count, so a kommun's whole record set went the slow way through zod.
 * They now accept them, checked as the schema checks them.
 */
describe('records with unit and formType', () => {
  const plain = generateRecords({ count: 300, seed: 7 });
  const units = ['nv-boendestod', 'nv-socialpsykiatri', 'nv-daglig-verksamhet'];
  const marked = plain.map((r, i) => ({ ...r, unit: units[i % 3], formType: i % 4 === 0 ? 'interview' : 'staff' }));
  const reading = Reading.for(compileDefinition(inventoryDefinition));

  it('aggregate to the very same figures as without them', () => {
    const options = { by: 'gender', minCount: 5 };
    const before = aggregate(plain, options);
    const after = aggregate(marked, options);
    expect(after.rejected.count).to.equal(0);
    expect(after).to.deep.equal(before);
  });

  it('are read by the reader without the schema, each one the schema accepts', () => {
    const schema = recordSchemaFor(inventoryDefinition);
    for (const record of [...marked, { ...plain[0], unit: 'nv-boendestod' }, { ...plain[0], formType: 'interview' }]) {
      expect(schema.safeParse(record).success).to.equal(true);
      expect(reading.read(record), JSON.stringify(record)).to.equal(true);
    }
  });

  it('leave to the schema what it refuses, and the schema refuses it', () => {
    const schema = recordSchemaFor(inventoryDefinition);
    const refused = [
      { ...plain[0], formType: 'phone' },
      { ...plain[0], unit: '' },
      { ...plain[0], unit: 'x'.repeat(65) },
      { ...plain[0], unit: 19811218 },
      { ...plain[0], unit: '19811218-9876' },
      { ...plain[0], unit: undefined, formType: 'staff', extra: 1 },
    ];
    for (const record of refused) {
      expect(reading.read(record), JSON.stringify(record)).to.equal(false);
      expect(schema.safeParse(record).success, JSON.stringify(record)).to.equal(false);
    }
    const result = aggregate([...plain.slice(0, 10), ...refused], { minCount: 1 });
    expect(result.total.all.count).to.equal(10);
    expect(result.rejected.count).to.equal(refused.length);
  });
});
