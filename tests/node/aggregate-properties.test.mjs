// Properties of the built `samsyn/aggregate` over random data (fast-check):
// no hidden count can be worked out from what a result or its CSV publishes,
// figures add up where nothing is hidden, aggregation is additive, generated
// records are valid, and a record is counted exactly when the schema accepts it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { aggregate, generateRecords, protectCounts, toCsv } from 'samsyn/aggregate';
import { inventoryDefinition, recordSchemaFor } from 'samsyn/schema';

// A failing property then says which assertion failed, not only the counterexample.
fc.configureGlobal({ includeErrorInReport: true });

const RUNS = { numRuns: 120 };

/** A compact definition: a required and an optional breakdown, a condition, an exclusive option, numbers. */
const survey = {
  id: 'prop-survey',
  version: '2',
  kind: 'questionnaire',
  title: { sv: 'Enkät', en: 'Survey' },
  sections: [
    {
      id: 'main',
      title: { sv: 'Frågor', en: 'Questions' },
      questions: [
        {
          id: 'gender',
          kind: 'one',
          label: { sv: 'Kön', en: 'Gender' },
          required: true,
          options: [
            { code: 'woman', label: { sv: 'Kvinna', en: 'Woman' } },
            { code: 'man', label: { sv: 'Man', en: 'Man' } },
          ],
        },
        {
          id: 'area',
          kind: 'one',
          label: { sv: 'Område', en: 'Area' },
          options: ['north', 'south', 'east'].map((code) => ({ code, label: { sv: code, en: code } })),
        },
        { id: 'years', kind: 'number', label: { sv: 'År', en: 'Years' }, integer: true, min: 0 },
        {
          id: 'support',
          kind: 'many',
          label: { sv: 'Stöd', en: 'Support' },
          options: [
            { code: 'home', label: { sv: 'Hem', en: 'Home' } },
            { code: 'work', label: { sv: 'Arbete', en: 'Work' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' }, exclusive: true },
          ],
        },
        {
          id: 'plan',
          kind: 'one',
          label: { sv: 'Plan', en: 'Plan' },
          required: true,
          options: ['yes', 'no'].map((code) => ({ code, label: { sv: code, en: code } })),
        },
        {
          id: 'planKind',
          kind: 'one',
          label: { sv: 'Planens typ', en: 'Kind of plan' },
          required: true,
          when: { question: 'plan', equals: ['yes'] },
          options: ['sip', 'other'].map((code) => ({ code, label: { sv: code, en: code } })),
        },
        {
          id: 'rating',
          kind: 'scale',
          label: { sv: 'Betyg', en: 'Rating' },
          points: 4,
          dontKnow: true,
          anchors: { low: { sv: 'Låg', en: 'Low' }, high: { sv: 'Hög', en: 'High' } },
        },
        { id: 'comment', kind: 'text', label: { sv: 'Kommentar', en: 'Comment' }, maxLength: 40 },
      ],
    },
  ],
};
/** A follow-up with respondent roles, sections per role, and conditions on sections and on a scale. */
const followup = {
  id: 'prop-followup',
  version: '1',
  kind: 'followup',
  title: { sv: 'Uppföljning', en: 'Follow-up' },
  roles: [
    { id: 'caseworker', label: { sv: 'Handläggare', en: 'Caseworker' } },
    { id: 'youth', label: { sv: 'Ungdom', en: 'Young person' } },
  ],
  sections: [
    {
      id: 'start',
      title: { sv: 'Start', en: 'Start' },
      questions: [
        { id: 'done', kind: 'one', label: { sv: 'Gjord', en: 'Done' }, required: true, options: ['yes', 'no'].map((code) => ({ code, label: { sv: code, en: code } })) },
        {
          id: 'reason',
          kind: 'one',
          label: { sv: 'Orsak', en: 'Reason' },
          required: true,
          when: { question: 'done', equals: ['no'] },
          options: ['moved', 'declined', 'other'].map((code) => ({ code, label: { sv: code, en: code } })),
        },
      ],
    },
    {
      id: 'rating',
      title: { sv: 'Betyg', en: 'Rating' },
      roles: ['caseworker', 'youth'],
      when: { question: 'done', equals: ['yes'] },
      questions: [
        {
          id: 'overall',
          kind: 'scale',
          label: { sv: 'Helhet', en: 'Overall' },
          required: true,
          dontKnow: true,
          anchors: { low: { sv: 'Dåligt', en: 'Bad' }, high: { sv: 'Bra', en: 'Good' } },
        },
        { id: 'helped', kind: 'many', label: { sv: 'Hjälp', en: 'Help' }, options: ['school', 'home', 'health'].map((code) => ({ code, label: { sv: code, en: code } })) },
      ],
    },
    {
      id: 'caseworker',
      title: { sv: 'Handläggare', en: 'Caseworker' },
      roles: ['caseworker'],
      questions: [
        { id: 'needs', kind: 'scale', label: { sv: 'Behov', en: 'Needs' }, points: 4, anchors: { low: { sv: 'Få', en: 'Few' }, high: { sv: 'Många', en: 'Many' } } },
        {
          id: 'followUp',
          kind: 'one',
          label: { sv: 'Ny uppföljning', en: 'New follow-up' },
          required: true,
          when: { question: 'overall', equals: [1, 2] },
          options: ['soon', 'later'].map((code) => ({ code, label: { sv: code, en: code } })),
        },
      ],
    },
    {
      id: 'youth',
      title: { sv: 'Ungdom', en: 'Young person' },
      roles: ['youth'],
      when: { question: 'helped', includes: ['school'] },
      questions: [
        { id: 'school', kind: 'text', label: { sv: 'Skola', en: 'School' }, maxLength: 30 },
        { id: 'since', kind: 'date', label: { sv: 'Sedan', en: 'Since' }, min: '2010-01-01', max: '2020-12-31' },
        { id: 'hours', kind: 'number', label: { sv: 'Timmar', en: 'Hours' }, min: 0, max: 40 },
      ],
    },
  ],
};

/** Which answers are asked only on a condition, and how many answered follows from the published figures. */
const conditions = {
  [survey.id]: [['planKind', 'plan', ['yes']]],
  [followup.id]: [
    ['reason', 'done', ['no']],
    // Its section is for every role, so everyone who said yes is asked.
    ['overall', 'done', ['yes']],
  ],
  [inventoryDefinition.id]: [['occupationTypes', 'occupationStatus', ['had']]],
};

/** Few distinct values, so that small counts (the ones to hide) are frequent. */
const surveyRecord = fc
  .record({
    gender: fc.constantFrom('woman', 'man'),
    area: fc.option(fc.constantFrom('north', 'south', 'east'), { nil: undefined }),
    years: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    support: fc.option(fc.oneof(fc.constant(['unknown']), fc.subarray(['home', 'work'])), { nil: undefined }),
    plan: fc.constantFrom('yes', 'no'),
    planKind: fc.constantFrom('sip', 'other'),
    rating: fc.option(fc.constantFrom(1, 2, 3, 4, 'dont-know'), { nil: undefined }),
    comment: fc.option(fc.constantFrom('bra', 'stöd behövs'), { nil: undefined }),
  })
  .map((a) => {
    const answers = {};
    for (const [k, v] of Object.entries(a)) if (v !== undefined && !(k === 'planKind' && a.plan !== 'yes')) answers[k] = v;
    return { definition: 'prop-survey@2', answers };
  });

const surveyCase = fc.record({
  definition: fc.constant(survey),
  records: fc.array(surveyRecord, { maxLength: 40 }),
  by: fc.constantFrom(undefined, 'gender', 'area', 'plan', 'rating'),
  minCount: fc.integer({ min: 2, max: 6 }),
});
const inventoryCase = fc.record({
  definition: fc.constant(inventoryDefinition),
  records: fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 1e6 })).map(([count, seed]) => generateRecords({ count, seed })),
  by: fc.constantFrom(undefined, 'gender', 'ageBand', 'sip'),
  minCount: fc.integer({ min: 2, max: 6 }),
});
const followupCase = fc.record({
  definition: fc.constant(followup),
  records: fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer()).map(([count, seed]) => generateRecords({ count, seed, definition: followup })),
  by: fc.constantFrom(undefined, 'done', 'overall', 'reason'),
  minCount: fc.integer({ min: 2, max: 6 }),
});
const anyCase = fc.oneof(surveyCase, inventoryCase, followupCase);

const columnsOf = (result) => ['*', ...result.groups.map((g) => g.code)];
const pickColumn = (split, c) => (c === '*' ? split.all : split.groups[c]);

/**
 * Everything a reader of the result knows, as cells (published value or
 * unknown) and additive equations. The records without a `by` answer are a
 * column of their own (R), never shown but following from the others.
 */
function publishedSystem(result, definition) {
  const value = new Map();
  const truthKeys = [];
  const equations = [];
  const cols = columnsOf(result);
  const by = result.by;
  const set = (key, count) => {
    value.set(key, count);
    truthKeys.push(key);
  };
  const row = (prefix, split) => {
    for (const c of cols) set(`${prefix}|${c}`, pickColumn(split, c).count);
    if (by) {
      value.set(`${prefix}|R`, null);
      equations.push([`${prefix}|*`, [...result.groups.map((g) => `${prefix}|${g.code}`), `${prefix}|R`]]);
    }
  };
  const allCols = by ? [...cols, 'R'] : cols;
  row('T', result.total);
  for (const q of result.questions) {
    row(`A:${q.id}`, q.answered);
    row(`U:${q.id}`, q.unanswered);
    for (const c of allCols) equations.push([`T|${c}`, [`A:${q.id}|${c}`, `U:${q.id}|${c}`]]);
    for (const o of q.options ?? []) row(`O:${q.id}:${o.code}`, o.cells);
    const single = q.kind === 'one' || q.kind === 'scale' || (q.kind === 'many' && q.options.length === 1);
    if (single) for (const c of allCols) equations.push([`A:${q.id}|${c}`, q.options.map((o) => `O:${q.id}:${o.code}|${c}`)]);
    (q.histogram ?? []).forEach((b, i) => row(`B:${q.id}:${i}`, b.cells));
    if (q.histogram?.length) for (const c of allCols) equations.push([`A:${q.id}|${c}`, q.histogram.map((_, i) => `B:${q.id}:${i}|${c}`)]);
    if (q.stats) for (const c of cols) assert.equal(pickColumn(q.stats, c).n, pickColumn(q.answered, c).count, 'n is the number answered');
  }
  for (const [id, target, codes] of conditions[definition.id] ?? []) {
    for (const c of allCols) equations.push([`A:${id}|${c}`, codes.map((code) => `O:${target}:${code}|${c}`)]);
  }
  if (by) {
    const byQuestion = result.questions.find((q) => q.id === by);
    for (const g of result.groups) equations.push([`T|${g.code}`, [`O:${by}:${g.code}|*`]]);
    equations.push(['T|R', [`U:${by}|*`]]);
    // Records without a `by` answer chose none of its options.
    for (const o of byQuestion.options) value.set(`O:${by}:${o.code}|R`, 0);
  }
  return { value, equations, truthKeys };
}

/** Solves every equation with one unknown, again and again: what a patient reader can work out. */
function solve({ value, equations }) {
  const known = new Map(value);
  for (let changed = true; changed; ) {
    changed = false;
    if (known.get('T|R') === 0) {
      for (const key of known.keys()) if (key.endsWith('|R') && known.get(key) === null) known.set(key, 0);
    }
    for (const [total, parts] of equations) {
      const terms = [total, ...parts];
      const unknown = terms.filter((t) => known.get(t) === null || known.get(t) === undefined);
      if (unknown.length !== 1) continue;
      const sumParts = parts.reduce((s, p) => s + (known.get(p) ?? 0), 0);
      known.set(unknown[0], unknown[0] === total ? sumParts : known.get(total) - sumParts);
      changed = true;
    }
  }
  return known;
}

/** Every count the result gives out, with where. */
function* countsIn(result) {
  const cols = columnsOf(result);
  for (const c of cols) yield [`total ${c}`, pickColumn(result.total, c)];
  for (const q of result.questions) {
    for (const c of cols) {
      yield [`${q.id} answered ${c}`, pickColumn(q.answered, c)];
      yield [`${q.id} unanswered ${c}`, pickColumn(q.unanswered, c)];
      for (const o of q.options ?? []) yield [`${q.id}=${o.code} ${c}`, pickColumn(o.cells, c)];
      for (const b of q.histogram ?? []) yield [`${q.id} bin ${b.from} ${c}`, pickColumn(b.cells, c)];
      if (q.stats) yield [`${q.id} n ${c}`, { ...pickColumn(q.stats, c), count: pickColumn(q.stats, c).n }];
    }
  }
}

describe('disclosure control', () => {
  test('no count from 1 to minCount − 1 is given out, and hidden means null everywhere', () => {
    fc.assert(
      fc.property(anyCase, ({ definition, records, by, minCount }) => {
        const result = aggregate(records, { definition, by, minCount });
        for (const [where, figure] of countsIn(result)) {
          if (figure.count === null) {
            assert.equal(figure.suppressed, true, where);
            for (const k of ['shareOfAnswered', 'shareOfAll', 'perMille', 'mean', 'median', 'min', 'max']) {
              assert.ok(figure[k] === null || figure[k] === undefined, `${where}: ${k} beside a hidden count`);
            }
          } else {
            assert.ok(figure.count === 0 || figure.count >= minCount, `${where}: ${figure.count} given out`);
          }
        }
      }),
      RUNS,
    );
  });

  test('a share is given only beside a published denominator (count / share would give it away)', () => {
    fc.assert(
      fc.property(anyCase, ({ definition, records, by, minCount }) => {
        const result = aggregate(records, { definition, by, minCount });
        for (const q of result.questions) {
          for (const c of columnsOf(result)) {
            const cells = [...(q.options ?? []), ...(q.histogram ?? [])].map((o) => pickColumn(o.cells, c));
            for (const cell of cells) {
              if (cell.shareOfAnswered !== null) assert.notEqual(pickColumn(q.answered, c).count, null, q.id);
              if (cell.shareOfAll !== null) assert.notEqual(pickColumn(result.total, c).count, null, q.id);
            }
          }
        }
      }),
      RUNS,
    );
  });

  test('no hidden count can be worked out from the published totals and siblings, along every relation', () => {
    fc.assert(
      fc.property(anyCase, ({ definition, records, by, minCount }) => {
        const result = aggregate(records, { definition, by, minCount });
        // With nothing hidden, every cell is known, the never-shown column R too.
        const truth = solve(publishedSystem(aggregate(records, { definition, by, minCount: 1 }), definition));
        const system = publishedSystem(result, definition);
        const known = solve(system);
        for (const key of system.truthKeys) {
          if (system.value.get(key) === null) assert.equal(known.get(key), null, `${key} (${truth.get(key)}) can be worked out`);
          else assert.equal(system.value.get(key), truth.get(key), `${key} is given wrong`);
        }
        // Where a total is published, the hidden parts together are 0 or at least minCount persons.
        for (const [total, parts] of system.equations) {
          if (known.get(total) === null) continue;
          const hidden = parts.filter((p) => known.get(p) === null);
          if (hidden.length === 0) continue;
          const sum = hidden.reduce((s, p) => s + truth.get(p), 0);
          assert.ok(sum === 0 || sum >= minCount, `${total}: hidden parts ${hidden.join(', ')} hold ${sum}`);
        }
      }),
      RUNS,
    );
  });

  test('the CSV gives exactly the published counts, and ".." for the hidden ones', () => {
    fc.assert(
      fc.property(anyCase, ({ definition, records, by, minCount }) => {
        const result = aggregate(records, { definition, by, minCount });
        const rows = toCsv(result, { bom: false }).trimEnd().split('\r\n').slice(1).map((line) => line.split(';'));
        const counts = new Map(rows.map((r) => [`${r[0]}|${r[2]}|${r[3]}|${r[5]}`, r[7]]));
        const expect = (q, type, code, c, figure) =>
          assert.equal(counts.get(`${q}|${type}|${code}|${c === '*' ? '' : c}`), figure.count === null ? '..' : String(figure.count));
        for (const c of columnsOf(result)) {
          expect('', 'total', '', c, pickColumn(result.total, c));
          for (const q of result.questions) {
            expect(q.id, 'answered', '', c, pickColumn(q.answered, c));
            expect(q.id, 'unanswered', '', c, pickColumn(q.unanswered, c));
            for (const o of q.options ?? []) expect(q.id, 'option', o.code, c, pickColumn(o.cells, c));
            for (const b of q.histogram ?? []) expect(q.id, 'bin', `${b.from}-${b.to}`, c, pickColumn(b.cells, c));
          }
        }
        for (const r of rows) {
          const n = Number(r[7]);
          if (r[7] !== '' && r[7] !== '..') assert.ok(n === 0 || n >= minCount, r.join(';'));
        }
      }),
      RUNS,
    );
  });

  test('protectCounts: no hidden cell follows from a published margin, and none below minCount is shown', () => {
    const table = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).chain(([rows, cols]) =>
      fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 40 })), { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
    fc.assert(
      fc.property(table, fc.boolean(), fc.boolean(), fc.integer({ min: 2, max: 6 }), (matrix, rowTotals, columnTotals, minCount) => {
        const out = protectCounts(matrix, { rowTotals, columnTotals, minCount });
        const rows = matrix.length;
        const cols = matrix[0].length;
        const cell = (i, j) => out[i][j];
        const lines = [];
        if (rowTotals) for (let i = 0; i < rows; i++) lines.push([cell(i, cols), Array.from({ length: cols }, (_, j) => cell(i, j))]);
        if (columnTotals) for (let j = 0; j < cols; j++) lines.push([cell(rows, j), Array.from({ length: rows }, (_, i) => cell(i, j))]);
        if (rowTotals && columnTotals) {
          lines.push([cell(rows, cols), Array.from({ length: rows }, (_, i) => cell(i, cols))]);
          lines.push([cell(rows, cols), Array.from({ length: cols }, (_, j) => cell(rows, j))]);
        }
        for (const [total, parts] of lines) assert.notEqual([total, ...parts].filter((x) => x === null).length, 1, JSON.stringify(out));
        for (const line of out) for (const x of line) assert.ok(x === null || x === 0 || x >= minCount);
      }),
      { numRuns: 200 },
    );
  });
});

describe('figures add up', () => {
  test('with disclosure control off, every published sum holds', () => {
    fc.assert(
      fc.property(anyCase, ({ definition, records, by }) => {
        const result = aggregate(records, { definition, by, minCount: 1 });
        const cols = columnsOf(result);
        const groupsOnly = cols.slice(1);
        const sumGroups = (split) => groupsOnly.reduce((s, c) => s + split.groups[c].count, 0);
        if (by && result.questions.find((q) => q.id === by).unanswered.all.count === 0) {
          assert.equal(sumGroups(result.total), result.total.all.count);
        }
        for (const q of result.questions) {
          for (const c of cols) {
            const answered = pickColumn(q.answered, c).count;
            assert.equal(answered + pickColumn(q.unanswered, c).count, pickColumn(result.total, c).count);
            if (q.kind === 'one' || q.kind === 'scale') assert.equal(q.options.reduce((s, o) => s + pickColumn(o.cells, c).count, 0), answered);
            if (q.histogram?.length) assert.equal(q.histogram.reduce((s, b) => s + pickColumn(b.cells, c).count, 0), answered);
          }
        }
      }),
      RUNS,
    );
  });

  test('aggregating a list equals aggregating its parts and adding them up', () => {
    fc.assert(
      fc.property(anyCase, fc.nat(), ({ definition, records, by }, cut) => {
        const at = records.length ? cut % (records.length + 1) : 0;
        const whole = [...countsIn(aggregate(records, { definition, by, minCount: 1 }))];
        const first = [...countsIn(aggregate(records.slice(0, at), { definition, by, minCount: 1 }))];
        const second = [...countsIn(aggregate(records.slice(at), { definition, by, minCount: 1 }))];
        // Histogram bins from the data's range differ between parts; bins from a declared range do not.
        const comparable = (list) => list.filter(([where]) => !where.includes(' bin ') || definition.id !== survey.id);
        const [w, f, s] = [whole, first, second].map(comparable);
        assert.equal(w.length, f.length);
        w.forEach(([where, figure], i) => assert.equal(figure.count, f[i][1].count + s[i][1].count, where));
      }),
      RUNS,
    );
  });
});

describe('records', () => {
  test('generated records always parse, for the national inventory and any definition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer(), fc.constantFrom(inventoryDefinition, survey, followup), (count, seed, definition) => {
        const schema = recordSchemaFor(definition);
        for (const r of generateRecords({ count, seed, definition })) {
          const parsed = schema.safeParse(r);
          assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues));
        }
      }),
      RUNS,
    );
  });

  /** Ways to spoil (or merely oddly shape) a valid record. */
  const mutation = fc.oneof(
    fc.constant((r) => ({ ...r, answers: { ...r.answers, gender: undefined } })),
    fc.constant((r) => {
      const { gender: _gender, ...answers } = r.answers;
      return { ...r, answers };
    }),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, gender: 'other' } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, gender: null } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, gender: '' } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, area: undefined } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, area: null } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, support: [] } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, support: ['unknown', 'home'] } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, support: ['home', 'home'] } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, support: 'home' } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, years: 2.5 } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, years: -1 } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, years: Number.NaN } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, years: '3' } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, rating: 0 } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, rating: '2' } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, comment: '' } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, comment: 'x'.repeat(41) } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, comment: 'pnr 121212-1212' } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, planKind: 'sip' } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, plan: 'yes', planKind: undefined } })),
    fc.constant((r) => ({ ...r, answers: { ...r.answers, extra: 1 } })),
    fc.constant((r) => ({ ...r, role: 'caseworker' })),
    fc.constant((r) => ({ ...r, role: undefined })),
    fc.constant((r) => ({ ...r, extra: true })),
    fc.constant((r) => ({ ...r, definition: 'prop-survey@1' })),
    fc.constant((r) => ({ definition: r.definition })),
    fc.constant((r) => Object.assign(Object.create(null), r)),
    fc.constant((r) => Object.assign(Object.create({ inherited: 1 }), r)),
    fc.constant((r) => ({ ...r, answers: Object.assign(Object.create(null), r.answers) })),
    fc.constant(() => null),
    fc.constant(() => []),
    fc.constant((r) => [r]),
  );

  test('a record is counted exactly when the record schema accepts it', () => {
    const schema = recordSchemaFor(survey);
    fc.assert(
      fc.property(fc.array(fc.tuple(surveyRecord, fc.option(mutation, { nil: undefined })), { maxLength: 30 }), (pairs) => {
        const records = pairs.map(([r, spoil]) => (spoil ? spoil(r) : r));
        const accepted = records.filter((r) => schema.safeParse(r).success).length;
        const result = aggregate(records, { definition: survey, minCount: 1 });
        assert.equal(result.total.all.count, accepted);
        assert.equal(result.rejected.count, records.length - accepted);
        assert.equal(result.rejected.reasons.reduce((s, r) => s + r.count, 0), records.length - accepted);
      }),
      { numRuns: 200 },
    );
  });

  test('…also with roles, section conditions and any answer to any question (fuzzed)', () => {
    const definitions = [followup, survey, inventoryDefinition];
    const values = (definition) => {
      const codes = definition.sections.flatMap((s) => s.questions.flatMap((q) => [...(q.options ?? []), ...(q.groups ?? []).flatMap((g) => g.options)].map((o) => o.code)));
      return fc.oneof(
        fc.constantFrom(...codes, 'dont-know', '', 'x', '2015-06-01', '2009-12-31', '2015-02-30', 'pnr 121212-1212'),
        fc.constantFrom(0, 1, 2, 3, 4, 5, 2.5, -1, 41, Number.NaN, Infinity),
        fc.constantFrom(null, undefined, true, {}),
        fc.subarray(codes.slice(0, 12)),
      );
    };
    const edit = (definition) => {
      const ids = [...definition.sections.flatMap((s) => s.questions.map((q) => q.id)), 'extra'];
      return fc.oneof(
        fc.tuple(fc.constant('set'), fc.constantFrom(...ids), values(definition)),
        fc.tuple(fc.constant('delete'), fc.constantFrom(...ids), fc.constant(null)),
        fc.tuple(fc.constant('role'), fc.constantFrom(undefined, 'caseworker', 'youth', 'nobody', 5), fc.constant(null)),
      );
    };
    const scenario = fc.integer({ min: 0, max: definitions.length - 1 }).chain((d) =>
      fc.record({
        definition: fc.constant(definitions[d]),
        seed: fc.integer(),
        edits: fc.array(fc.array(edit(definitions[d]), { maxLength: 3 }), { minLength: 1, maxLength: 25 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ definition, seed, edits }) => {
        const records = generateRecords({ count: edits.length, seed, definition }).map((record, i) => {
          const r = { ...record, answers: { ...record.answers } };
          for (const [kind, key, value] of edits[i]) {
            if (kind === 'set') r.answers[key] = value;
            else if (kind === 'delete') delete r.answers[key];
            else r.role = key;
          }
          return r;
        });
        const schema = recordSchemaFor(definition);
        const accepted = records.filter((r) => schema.safeParse(r).success).length;
        const result = aggregate(records, { definition, minCount: 1 });
        assert.equal(result.total.all.count, accepted);
        assert.equal(result.rejected.count, records.length - accepted);
      }),
      { numRuns: 200 },
    );
  });
});
