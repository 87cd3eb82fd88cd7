// The disclosure-control standard, judged by an independent auditor
// (tests/helpers/disclosure-auditor.mjs): a reader who holds the total, the
// split by gender and the split by age band of the same records, and solves
// linear programs over every figure they publish, must not be able to pin
// any hidden count from 1 to minCount − 1 to an interval that excludes 0 and
// stays below minCount. The CSV export must not give what the result hides.
//
// AUDIT_RUNS=n sets the number of random data sets of the property test (the
// national inventory's runs are a fifth of it); AUDIT_SEED=n replays a run.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { aggregate, generateRecords, toCsv } from 'samsyn/aggregate';
import { defineQuestionnaire, inventoryDefinition, recordSchemaFor } from 'samsyn/schema';
import { auditDisclosure, csvProblems, formatBroken, loadHighs } from '../helpers/disclosure-auditor.mjs';

fc.configureGlobal({ includeErrorInReport: true });
await loadHighs();

const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS) || 500);
const INVENTORY_RUNS = Math.max(1, Math.round(RUNS / 5));
const SEED = process.env.AUDIT_SEED === undefined ? {} : { seed: Number(process.env.AUDIT_SEED) };

const text = (s) => ({ sv: s, en: s });
const opts = (...codes) => codes.map((code) => ({ code, label: text(code) }));
const record = (definition, answers) => ({ definition: `${definition.id}@${definition.version}`, answers });

/** Every output the standard covers: the total, by gender and by age band (those the definition has). */
function outputsOf(records, definition, minCount) {
  const ids = new Set(definition.sections.flatMap((s) => s.questions.map((q) => q.id)));
  return [undefined, 'gender', 'ageBand'].filter((by) => by === undefined || ids.has(by)).map((by) => aggregate(records, { definition, by, minCount }));
}

/** A copy of a result with the named figures hidden, as a (wrong or right) protection would. */
function hide(result, minCount, paths) {
  const copy = structuredClone(result);
  copy.minCount = minCount;
  for (const path of paths) {
    const [qid, kind, code, group] = path;
    const q = copy.questions.find((x) => x.id === qid);
    const split = kind === 'option' ? q.options.find((o) => o.code === code).cells : q[kind];
    const cell = group ? split.groups[group] : split.all;
    Object.assign(cell, { count: null, suppressed: true });
    if ('shareOfAll' in cell) Object.assign(cell, { shareOfAnswered: null, shareOfAll: null });
  }
  return copy;
}

/** A stand-in protection that cannot leak: every count but 0 hidden. */
function hideAllButZeros(result) {
  const copy = structuredClone(result);
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    if ('count' in node && typeof node.count === 'number' && node.count > 0) {
      Object.assign(node, { count: null, suppressed: true });
      for (const k of ['shareOfAnswered', 'shareOfAll', 'perMille']) if (k in node) node[k] = null;
    }
    if ('n' in node && typeof node.n === 'number' && node.n > 0) Object.assign(node, { n: null, suppressed: true, mean: null, median: null, min: null, max: null });
    Object.values(node).forEach(visit);
  };
  visit(copy.total);
  visit(copy.questions);
  return copy;
}

// What was audited, printed at the end; data sets that fast-check tries while shrinking a failure are counted apart.
const tally = { dataSets: 0, outputs: 0, hidden: 0, sensitive: 0, broken: 0, brokenSets: 0, lps: 0, ms: 0, shrinking: 0 };
let shrinking = false;
after(() => {
  const n = (x) => x.toLocaleString('en-US');
  console.log(
    `disclosure audit: ${n(tally.dataSets)} data sets, ${n(tally.outputs)} outputs, ${n(tally.hidden)} hidden cells ` +
      `(${n(tally.sensitive)} with a true count from 1 to minCount − 1), ${n(tally.broken)} broken in ${n(tally.brokenSets)} data sets; ` +
      `${n(tally.lps)} LPs, ${(tally.ms / 1000).toFixed(1)} s auditing` +
      (tally.shrinking ? `; and ${n(tally.shrinking)} data sets tried while shrinking a failure` : ''),
  );
});
/** A property over data sets; after its first failure, what follows is fast-check shrinking it. */
const auditedProperty = (arbitraries, predicate, runs) => async () => {
  shrinking = false;
  try {
    await fc.assert(
      fc.asyncProperty(...arbitraries, async (...args) => {
        try {
          await predicate(...args);
        } catch (error) {
          shrinking = true;
          throw error;
        }
      }),
      { numRuns: runs, ...SEED },
    );
  } finally {
    shrinking = false;
  }
};

function count(report, outputs, ms) {
  tally.ms += ms;
  tally.dataSets++;
  tally.outputs += outputs.length;
  tally.hidden += report.hiddenFigures;
  tally.sensitive += report.sensitive;
  tally.broken += report.broken.length;
  tally.brokenSets += report.broken.length ? 1 : 0;
  tally.lps += report.lpSolves;
}

/** Audits the outputs (and their CSV) and fails with every broken cell named. */
async function assertStandard(definition, records, outputs, context = '') {
  const started = Date.now();
  const report = await auditDisclosure({ definition, records, outputs });
  if (shrinking) tally.shrinking++;
  else count(report, outputs, Date.now() - started);
  assert.deepEqual(report.problems, [], `${context}the auditor's sanity checks`);
  const csv = outputs.flatMap((o) => csvProblems(o, toCsv(o)).map((p) => `${o.by ? `by ${o.by}` : 'total'}: ${p}`));
  assert.deepEqual(csv, [], `${context}the CSV gives what the result hides`);
  assert.equal(
    report.broken.length,
    0,
    `${context}${report.broken.length} hidden counts can be worked out to an interval within 1–${report.minCount - 1}:\n` + report.broken.map((b) => `  ${formatBroken(b)}`).join('\n'),
  );
  return report;
}

// ---------------------------------------------------------------------------
// 1. The auditor can fail.

/** gender × one question, 25 records: woman a 3, woman b 7, man a 6, man b 9. */
const table = {
  id: 'audit-table',
  version: '1',
  kind: 'questionnaire',
  title: text('Tabell'),
  sections: [
    {
      id: 'main',
      title: text('Frågor'),
      questions: [
        { id: 'gender', kind: 'one', label: text('Kön'), required: true, options: opts('woman', 'man') },
        { id: 'egenFraga', kind: 'one', label: text('Egen fråga'), required: true, options: opts('a', 'b') },
      ],
    },
  ],
};
const tableRecords = [
  ...Array.from({ length: 3 }, () => record(table, { gender: 'woman', egenFraga: 'a' })),
  ...Array.from({ length: 7 }, () => record(table, { gender: 'woman', egenFraga: 'b' })),
  ...Array.from({ length: 6 }, () => record(table, { gender: 'man', egenFraga: 'a' })),
  ...Array.from({ length: 9 }, () => record(table, { gender: 'man', egenFraga: 'b' })),
];

/** A condition: only those who had an occupation say which; 24 records. */
const conditional = {
  id: 'audit-conditional',
  version: '1',
  kind: 'questionnaire',
  title: text('Villkor'),
  sections: [
    {
      id: 'main',
      title: text('Frågor'),
      questions: [
        { id: 'gender', kind: 'one', label: text('Kön'), required: true, options: opts('woman', 'man') },
        { id: 'status', kind: 'one', label: text('Sysselsättning'), required: true, options: opts('had', 'had-not') },
        { id: 'types', kind: 'many', label: text('Vilken'), required: true, when: { question: 'status', equals: ['had'] }, options: opts('x', 'y') },
      ],
    },
  ],
};
const conditionalRecords = [
  ...Array.from({ length: 7 }, () => record(conditional, { gender: 'woman', status: 'had', types: ['x'] })),
  ...Array.from({ length: 3 }, () => record(conditional, { gender: 'woman', status: 'had-not' })),
  ...Array.from({ length: 8 }, () => record(conditional, { gender: 'man', status: 'had', types: ['x'] })),
  ...Array.from({ length: 6 }, () => record(conditional, { gender: 'man', status: 'had-not' })),
];

describe('the auditor', () => {
  test('finds a hidden cell of a 2×2 table that its shown margins give away', async () => {
    const [all, byGender] = outputsOf(tableRecords, table, 1);
    const outputs = [hide(all, 5, []), hide(byGender, 5, [['egenFraga', 'option', 'a', 'woman']])];
    const report = await auditDisclosure({ definition: table, records: tableRecords, outputs });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(
      report.broken.map((b) => [b.key, b.truth, b.interval]),
      [['egenFraga:option:a@gender=woman', 3, [3, 3]]],
    );
  });

  test('finds a count that only the condition between two questions gives away', async () => {
    const [all, byGender] = outputsOf(conditionalRecords, conditional, 1);
    // The status table alone is protected (its four inner cells hidden, margins shown), and so are
    // the unanswered counts of `types`; but `types` answered = status "had", so had-not = 10 − 7.
    const hidden = ['woman', 'man'].flatMap((g) => [
      ['status', 'option', 'had', g],
      ['status', 'option', 'had-not', g],
      ['types', 'unanswered', undefined, g],
    ]);
    const outputs = [hide(all, 5, []), hide(byGender, 5, hidden)];
    const report = await auditDisclosure({ definition: conditional, records: conditionalRecords, outputs, exact: true });
    assert.deepEqual(report.problems, []);
    const broken = Object.fromEntries(report.broken.map((b) => [b.key, b.interval]));
    assert.deepEqual(broken['status:option:had-not@gender=woman'], [3, 3]);
    // Without the condition the reader knows no more than 0–9 of it.
    const plain = structuredClone(conditional);
    delete plain.sections[0].questions[2].when;
    const unlinked = await auditDisclosure({ definition: plain, records: conditionalRecords, outputs, exact: true });
    const cell = unlinked.cells.find((c) => c.key === 'status:option:had-not@gender=woman');
    assert.deepEqual([cell.broken, cell.interval], [false, [0, 9]]);
  });

  test('passes a 2×2 table whose four inner cells are hidden, and says how little the reader knows', async () => {
    const [all, byGender] = outputsOf(tableRecords, table, 1);
    const inner = ['a', 'b'].flatMap((code) => ['woman', 'man'].map((g) => ['egenFraga', 'option', code, g]));
    const outputs = [hide(all, 5, []), hide(byGender, 5, inner)];
    const report = await auditDisclosure({ definition: table, records: tableRecords, outputs, exact: true });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.broken, []);
    // woman × a: at least 10 − 16 and 9 − 15 (nothing), at most min(10, 9).
    assert.deepEqual(report.cells.map((c) => [c.key, c.interval]), [['egenFraga:option:a@gender=woman', [0, 9]]]);
  });

  test('reports a small count published outright, and a CSV that gives a hidden count', async () => {
    const [all, byGender] = outputsOf(tableRecords, table, 1);
    const outputs = [hide(all, 5, []), hide(byGender, 5, [])];
    const report = await auditDisclosure({ definition: table, records: tableRecords, outputs });
    assert.ok(report.problems.some((p) => /egenFraga\.option\(a\)\[gender=woman\] publishes 3, below minCount 5/.test(p)), report.problems.join('\n'));
    const hidden = hide(byGender, 5, [['egenFraga', 'option', 'a', 'woman']]);
    const leaky = toCsv(byGender);
    assert.deepEqual(csvProblems(hidden, toCsv(hidden)), []);
    assert.match(csvProblems(hidden, leaky).join('\n'), /egenFraga option a woman\): gives count 3 where the result hides the count/);
  });
});

// ---------------------------------------------------------------------------
// 2. The cases of the issue, on the national inventory.

describe('the national inventory', () => {
  for (const [count, seed, minCount] of [
    [16, 1010, 5],
    [11, 1001, 3],
  ]) {
    test(`${count} records (seed ${seed}), minCount ${minCount}: no hidden count can be worked out from the three outputs together`, async () => {
      const records = generateRecords({ count, seed });
      await assertStandard(inventoryDefinition, records, outputsOf(records, inventoryDefinition, minCount));
    });
  }
});

// ---------------------------------------------------------------------------
// 3. Random definitions and records.

const OWN_IDS = ['egenFraga', 'insats', 'egenFragaTva', 'boendeStod', 'nojdhet'];
const questionSpec = fc.record({
  kind: fc.constantFrom('one', 'one', 'many', 'scale', 'number', 'text'),
  options: fc.integer({ min: 2, max: 4 }),
  required: fc.boolean(),
  exclusive: fc.boolean(),
  points: fc.integer({ min: 3, max: 5 }),
  dontKnow: fc.boolean(),
  bounded: fc.boolean(),
  integer: fc.boolean(),
  condition: fc.option(fc.record({ parent: fc.nat(), codes: fc.integer({ min: 1, max: 255 }), onSection: fc.boolean(), twoCodes: fc.boolean() }), { freq: 2, nil: undefined }),
});
const definitionSpec = fc.record({
  genderOptions: fc.integer({ min: 2, max: 3 }),
  genderRequired: fc.boolean(),
  ageBand: fc.option(fc.record({ options: fc.integer({ min: 2, max: 4 }), required: fc.constantFrom(false, false, true) }), { freq: 6, nil: undefined }),
  questions: fc.array(questionSpec, { minLength: 2, maxLength: 5 }),
});

/** The definition a spec describes: conditions on earlier choice questions (their own or their section's). */
function buildDefinition(spec) {
  const questions = [
    { id: 'gender', kind: 'one', label: text('Kön'), required: spec.genderRequired, options: opts('woman', 'man', 'other').slice(0, spec.genderOptions) },
  ];
  if (spec.ageBand) {
    questions.push({ id: 'ageBand', kind: 'one', label: text('Ålder'), required: spec.ageBand.required, options: opts('18-29', '30-49', '50-64', '65-plus').slice(0, spec.ageBand.options) });
  }
  const sections = [{ id: 'bakgrund', title: text('Bakgrund'), questions }];
  const asked = [...questions];
  spec.questions.forEach((s, i) => {
    const id = OWN_IDS[i];
    const q = { id, kind: s.kind, label: text(id), required: s.required };
    const codes = Array.from({ length: s.options }, (_, k) => `alt-${k + 1}`);
    if (s.kind === 'one') q.options = opts(...codes);
    if (s.kind === 'many') q.options = codes.map((code, k) => ({ code, label: text(code), ...(s.exclusive && k === codes.length - 1 ? { exclusive: true } : {}) }));
    if (s.kind === 'scale') Object.assign(q, { points: s.points, dontKnow: s.dontKnow, anchors: { low: text('låg'), high: text('hög') } });
    if (s.kind === 'number') Object.assign(q, { integer: s.integer, ...(s.bounded ? { min: 0, max: 20 } : {}) });
    if (s.kind === 'text') q.maxLength = 20;
    let when;
    const parents = asked.filter((p) => ['one', 'many', 'scale'].includes(p.kind));
    if (s.condition && parents.length) {
      const p = parents[s.condition.parent % parents.length];
      const pick = (list) => {
        const chosen = list.filter((_, k) => s.condition.codes & (1 << k));
        return chosen.length ? chosen : [list[0]];
      };
      if (p.kind === 'one') when = { question: p.id, equals: pick(p.options.map((o) => o.code)) };
      if (p.kind === 'scale') when = { question: p.id, equals: pick([...Array.from({ length: p.points }, (_, k) => k + 1), ...(p.dontKnow ? ['dont-know'] : [])]) };
      if (p.kind === 'many') when = { question: p.id, includes: pick(p.options.map((o) => o.code)).slice(0, s.condition.twoCodes ? 2 : 1) };
    }
    const last = sections[sections.length - 1];
    if (when && s.condition.onSection) sections.push({ id: `del-${i}`, title: text(`Del ${i}`), when, questions: [q] });
    else {
      if (when) q.when = when;
      if (last.when || last.id === 'bakgrund') sections.push({ id: `fragor-${i}`, title: text('Frågor'), questions: [q] });
      else last.questions.push(q);
    }
    asked.push(q);
  });
  return defineQuestionnaire({ id: 'audit-random', version: '1', kind: 'questionnaire', title: text('Slumpad'), sections });
}

const DRAWS = 8;
/** Few distinct answers, the first options most often, so that small counts and zeros are common. */
const skewed = (d, n) => {
  const u = (d % 1000) / 1000;
  const k = Math.floor(-Math.log2(1 - u));
  return Math.min(k, n - 1);
};

/** A valid record of `definition` from random draws: conditions respected, required shown questions answered. */
function buildRecord(definition, draws) {
  const answers = {};
  const shown = new Set();
  const holds = (cond) => {
    if (!cond) return true;
    if (!shown.has(cond.question)) return false;
    const v = answers[cond.question];
    return cond.equals ? cond.equals.includes(v) : Array.isArray(v) && v.some((x) => cond.includes.includes(x));
  };
  let k = 0;
  for (const section of definition.sections) {
    const sectionShown = holds(section.when);
    for (const q of section.questions) {
      const d = draws.slice(k, k + DRAWS);
      k += DRAWS;
      if (!sectionShown || !holds(q.when)) {
        if (d[0] % 5 === 0) answers[q.id] = null;
        continue;
      }
      shown.add(q.id);
      if (!q.required && d[0] % 4 === 0) {
        const empty = [undefined, null, q.kind === 'many' ? [] : q.kind === 'text' ? '' : null][d[0] % 3];
        if (empty !== undefined) answers[q.id] = empty;
        continue;
      }
      switch (q.kind) {
        case 'one':
          answers[q.id] = q.options[skewed(d[1], q.options.length)].code;
          break;
        case 'many': {
          const chosen = q.options.filter((_, j) => d[2 + j] % 3 === 0).map((o) => o.code);
          if (!chosen.length) chosen.push(q.options[skewed(d[1], q.options.length)].code);
          const exclusive = q.options.find((o) => o.exclusive && chosen.includes(o.code));
          answers[q.id] = exclusive ? [exclusive.code] : chosen;
          break;
        }
        case 'scale': {
          const codes = [...Array.from({ length: q.points }, (_, j) => j + 1), ...(q.dontKnow ? ['dont-know'] : [])];
          answers[q.id] = codes[skewed(d[1], codes.length)];
          break;
        }
        case 'number': {
          const x = q.min !== undefined ? d[1] % 21 : 3 + (d[1] % 40);
          answers[q.id] = q.integer ? x : x === 20 ? 20 : x + (d[2] % 10) / 10;
          break;
        }
        default:
          answers[q.id] = `svar ${d[1] % 3}`;
      }
    }
  }
  return record(definition, answers);
}

const drawCount = (spec) => DRAWS * (1 + (spec.ageBand ? 1 : 0) + spec.questions.length);
const randomCase = definitionSpec.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    draws: fc.array(fc.array(fc.nat({ max: 999 }), { minLength: drawCount(spec), maxLength: drawCount(spec) }), { minLength: 5, maxLength: 60 }),
    minCount: fc.constantFrom(3, 5),
  }),
);
const materialise = ({ spec, draws, minCount }) => {
  const definition = buildDefinition(spec);
  const records = draws.map((d) => buildRecord(definition, d));
  const schema = recordSchemaFor(definition);
  for (const r of records) assert.ok(schema.safeParse(r).success, `a generated record is valid: ${JSON.stringify(r)}`);
  return { definition, records, minCount };
};
const show = (definition, records) =>
  `definition ${JSON.stringify(definition.sections.map((s) => ({ when: s.when, questions: s.questions.map((q) => [q.id, q.kind, q.required, q.when, (q.options ?? []).map((o) => o.code)]) })))}\n` +
  `records ${JSON.stringify(records.map((r) => r.answers))}\n`;

describe('random definitions and records', () => {
  test(
    `the standard holds for every output together (${RUNS} data sets)`,
    auditedProperty(
      [randomCase],
      async (input) => {
        const { definition, records, minCount } = materialise(input);
        await assertStandard(definition, records, outputsOf(records, definition, minCount), show(definition, records));
      },
      RUNS,
    ),
  );

  test(
    `the standard holds on the national inventory (${INVENTORY_RUNS} data sets)`,
    auditedProperty(
      [fc.integer({ min: 5, max: 60 }), fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(3, 5)],
      async (count, seed, minCount) => {
        const records = generateRecords({ count, seed });
        const context = `generateRecords({ count: ${count}, seed: ${seed} }), minCount ${minCount}\n`;
        await assertStandard(inventoryDefinition, records, outputsOf(records, inventoryDefinition, minCount), context);
      },
      INVENTORY_RUNS,
    ),
  );

  test('the auditor agrees with the published counts when nothing is hidden, passes a protection that hides every count but 0, and its shortcuts do not change a verdict', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase, async (input) => {
        const { definition, records, minCount } = materialise(input);
        const context = show(definition, records);
        // minCount 1: every figure published, and each one equals the auditor's own count.
        const open = outputsOf(records, definition, 1);
        const plain = await auditDisclosure({ definition, records, outputs: open });
        assert.deepEqual(plain.problems, [], context);
        assert.equal(plain.sensitive, 0);
        // Every count above 0 hidden: nothing can be worked out.
        const closed = open.map((o) => ({ ...hideAllButZeros(o), minCount }));
        const report = await auditDisclosure({ definition, records, outputs: closed });
        assert.deepEqual(report.problems, [], context);
        assert.deepEqual(report.broken.map(formatBroken), [], context);
        for (const o of closed) assert.deepEqual(csvProblems(o, toCsv(o)), []);
        // Today's outputs, whatever their verdict: every interval solved holds the true count, and
        // settling cells by known feasible points finds the same broken cells as solving them all.
        const real = outputsOf(records, definition, minCount);
        const quick = await auditDisclosure({ definition, records, outputs: real });
        const full = await auditDisclosure({ definition, records, outputs: real, exact: true });
        assert.deepEqual(full.problems, [], context);
        assert.ok(full.cells.every((c) => c.interval[0] <= c.truth && c.truth <= c.interval[1]), context);
        assert.deepEqual(quick.broken.map((b) => [b.key, b.interval]), full.broken.map((b) => [b.key, b.interval]), context);
      }),
      { numRuns: Math.max(1, Math.round(RUNS / 5)), ...SEED },
    );
  });
});

describe('one pattern for every output', () => {
  /** Every figure the three outputs share, keyed by what it counts: the same records, so the same figure or `..`. */
  const shared = (result) => {
    const figures = new Map();
    const put = (key, cell) => figures.set(key, cell.count);
    put('total', result.total.all);
    for (const q of result.questions) {
      put(`${q.id} answered`, q.answered.all);
      put(`${q.id} unanswered`, q.unanswered.all);
      for (const o of q.options ?? []) put(`${q.id}=${o.code}`, o.cells.all);
      for (const [i, b] of (q.histogram ?? []).entries()) put(`${q.id} bin ${i}`, b.cells.all);
    }
    // The groups of a breakdown are the options of its question in every output.
    if (result.by) for (const [code, cell] of Object.entries(result.total.groups)) figures.set(`${result.by}=${code}`, cell.count);
    return figures;
  };
  const cross = (result, question) => {
    const figures = new Map();
    for (const o of result.questions.find((q) => q.id === question).options) {
      for (const [group, cell] of Object.entries(o.cells.groups)) figures.set([`${question}=${o.code}`, `${result.by}=${group}`].sort().join(' & '), cell.count);
    }
    return figures;
  };

  test('the total, by gender and by age band give each shared figure alike: the same count, or hidden in all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 400 }), fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(3, 5), (count, seed, minCount) => {
        const records = generateRecords({ count, seed });
        const outputs = [undefined, 'gender', 'ageBand'].map((by) => aggregate(records, { by, minCount }));
        const [none, byGender, byAge] = outputs.map(shared);
        for (const other of [byGender, byAge]) {
          for (const [key, value] of none) assert.equal(other.get(key), value, `${key} with minCount ${minCount}`);
        }
        // A breakdown's own groups agree with its question's options in the output without groups.
        for (const [key, value] of [...byGender, ...byAge]) if (none.has(key)) assert.equal(none.get(key), value, key);
        // Women aged 65 or more: the age-band question by gender and the gender question by age band are one figure.
        const a = cross(outputs[1], 'ageBand');
        const b = cross(outputs[2], 'gender');
        for (const [key, value] of a) if (b.has(key)) assert.equal(b.get(key), value, key);
      }),
      { numRuns: 40 },
    );
  });
});
