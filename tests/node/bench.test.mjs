// The benchmark tooling that CI relies on: the size-budget check (run by
// `npm test` after the build) and the converter that gives the SurveyJS peer
// the same questionnaire. Timings are reported by `npm run bench`, never
// asserted here.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inventoryDefinition, optionsOf, questionsOf } from 'samsyn/schema';
import { toSurveyJs } from '../../bench/to-surveyjs.mjs';
import { importsOf, jsFilesOf } from '../../bench/size.mjs';

const gzip9 = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
/** Files bundled the way the checker measures them: joined in order (imports first), then gzipped. */
const bundled = (...contents) => gzip9(contents.join('\n'));

/** Runs the checker the way `npm test` does, against `dist` and `budgets` (an array written to a temporary file). */
function runCheck(dir, dist, budgets) {
  const budgetsFile = join(dir, `budgets-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(budgetsFile, JSON.stringify({ unit: 'KiB', budgets }));
  return spawnSync('node', ['bench/size.mjs', '--check', '--no-peer', '--dist', dist, '--budgets', budgetsFile], {
    encoding: 'utf8',
  });
}

describe('size budgets (bench/size.mjs --check)', () => {
  let dir;
  let dist;
  // A build of the shape rollup writes: an element, a chunk it shares, and a chunk it imports lazily.
  const files = {
    'components/form.js': 'import{s as e}from"../chunks/shared-A1.js";export const form=()=>e("form".repeat(40));',
    'components/chart.js':
      'import{s as e}from"../chunks/shared-A1.js";export const chart=()=>import("../chunks/chartjs-B2.js").then(m=>m.draw(e));export const csv=()=>import("../chunks/csv-D4.js");',
    // Digits of many numbers in base 36: code that gzip cannot shrink to nothing.
    'chunks/shared-A1.js': `export const s=t=>t+${JSON.stringify(Array.from({ length: 400 }, (_, i) => ((i * 7919) % 9973).toString(36)).join(''))};`,
    'chunks/chartjs-B2.js': `import"./shared-A1.js";import{h as x}from"./helpers-C3.js";export const draw=()=>x(${JSON.stringify('chart code '.repeat(300))});`,
    'chunks/helpers-C3.js': 'export const h=t=>t.length;',
    'chunks/csv-D4.js': `export const csv=${JSON.stringify('csv code '.repeat(100))};`,
  };
  const size = (...names) => bundled(...names.map((n) => files[n]));
  /** Another build in `dir/<name>`: the files above and `extra`. */
  const buildWith = (name, extra) => {
    const out = join(dir, name);
    mkdirSync(join(out, 'components'), { recursive: true });
    mkdirSync(join(out, 'chunks'));
    for (const [file, code] of Object.entries({ ...files, ...extra })) writeFileSync(join(out, file), code);
    return out;
  };
  /** Runs the checker on `out` with a whole budgets file (`onDemand`, `languages` and `budgets`). */
  const checkWith = (out, budgetsFile, contents) => {
    writeFileSync(budgetsFile, JSON.stringify({ unit: 'KiB', ...contents }));
    return spawnSync('node', ['bench/size.mjs', '--check', '--no-peer', '--dist', out, '--budgets', budgetsFile], { encoding: 'utf8' });
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-size-'));
    dist = join(dir, 'dist');
    mkdirSync(join(dist, 'components'), { recursive: true });
    mkdirSync(join(dist, 'chunks'));
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, name), code);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('fails naming the entry, its size and its budget when a budget is exceeded', () => {
    const r = runCheck(dir, dist, [{ entry: 'components/form.js', max: 0.1 }]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    // The element bundled with the chunk it imports statically, imports first, at gzip level 9.
    const bytes = size('chunks/shared-A1.js', 'components/form.js');
    assert.ok(bytes > 0.1 * 1024, 'the fixture must be larger than its budget');
    assert.match(
      r.stderr,
      new RegExp(`size budget exceeded: components/form\\.js is ${(bytes / 1024).toFixed(1)} KiB gzip \\(${bytes} bytes\\), budget 0\\.1 KiB \\(102 bytes\\)`),
    );
  });

  test('passes and prints the table when every budget holds', () => {
    const r = runCheck(dir, dist, [{ entry: 'components/form.js', max: 10 }]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /components\/form\.js\s+2\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+10\s+ok/);
    assert.equal(r.stderr, '');
  });

  test('counts a lazily imported chunk apart from the element, without the code they share', () => {
    const element = size('chunks/shared-A1.js', 'components/chart.js');
    // The chunk and what it imports that the element has not loaded already; not the element's other import().
    const lazy = size('chunks/helpers-C3.js', 'chunks/chartjs-B2.js');
    const r = runCheck(dir, dist, [
      { entry: 'components/chart.js', max: 0.01 },
      { entry: 'components/chart.js', lazy: 'chunks/chartjs-*.js', max: 0.01 },
    ]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`components/chart\\.js is [\\d.]+ KiB gzip \\(${element} bytes\\)`));
    assert.match(
      r.stderr,
      new RegExp(`components/chart\\.js → import\\("chunks/chartjs-\\*\\.js"\\) is [\\d.]+ KiB gzip \\(${lazy} bytes\\)`),
    );
  });

  test('counts an element together with a part it loads, for what a page showing that part downloads', () => {
    // The element, then the chunk and what it imports that the element has not loaded already; not the element's other import().
    const bytes = size('chunks/shared-A1.js', 'components/chart.js', 'chunks/helpers-C3.js', 'chunks/chartjs-B2.js');
    const r = runCheck(dir, dist, [{ entry: 'components/chart.js', with: 'chunks/chartjs-*.js', max: 0.01 }]);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      new RegExp(`components/chart\\.js \\+ import\\("chunks/chartjs-\\*\\.js"\\) is [\\d.]+ KiB gzip \\(${bytes} bytes\\)`),
    );
  });

  test('lists a lazy budget whose import() the entry does not have without failing', () => {
    const r = runCheck(dir, dist, [{ entry: 'components/form.js', lazy: 'chunks/chartjs-*.js', max: 0.01 }]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /no such import\(\)/);
  });

  test('counts every file once in the total of everything', () => {
    const r = runCheck(dir, dist, [{ entry: '*', max: 0.01 }]);
    assert.equal(r.status, 1);
    // Every file once, in path order, each after the files it imports.
    const bytes = size('chunks/shared-A1.js', 'chunks/helpers-C3.js', 'chunks/chartjs-B2.js', 'chunks/csv-D4.js', 'components/chart.js', 'components/form.js');
    assert.match(r.stderr, new RegExp(`everything \\(dist/\\*\\*/\\*\\.js\\) is [\\d.]+ KiB gzip \\(${bytes} bytes\\)`));
  });

  test("measures a chunk's name, not its content hash: a new hash alone moves no figure", () => {
    // Two builds of the same code whose shared chunk has another eight-character content hash, as rollup names it,
    // and a third whose chunk's code changed. The hash does not compress; it must not move the budgeted figures.
    const shared = (hash, code) => ({
      [`chunks/shared-${hash}.js`]: code,
      'components/form.js': `import{s as e}from"../chunks/shared-${hash}.js";export const form=()=>e(1);`,
    });
    const code = files['chunks/shared-A1.js'];
    const measured = (name, build) => {
      const out = join(dir, name);
      mkdirSync(join(out, 'components'), { recursive: true });
      mkdirSync(join(out, 'chunks'));
      for (const [file, text] of Object.entries(build)) writeFileSync(join(out, file), text);
      const r = runCheck(dir, out, [{ entry: 'components/form.js', max: 0.01 }, { entry: '*', max: 0.01 }]);
      assert.equal(r.status, 1);
      return [...r.stderr.matchAll(/\((\d+) bytes\), budget/g)].map((m) => Number(m[1]));
    };
    const one = measured('hash-one', shared('B7BpJjiu', code));
    const other = measured('hash-other', shared('x-9_QzTa', code));
    assert.equal(one.length, 2);
    assert.deepEqual(other, one);
    const changed = measured('hash-changed', shared('Q2hTt0aZ', code.replace('export const s', 'export const s=0,z')));
    assert.notDeepEqual(changed, one, 'a change to the code still moves the figures');
  });

  test('leaves on-demand chunks, and what only they import, out of everything, and budgets them on their own', () => {
    // A second build: the same files, and an export writer that one element loads only when a person asks for it.
    const extra = {
      'components/report.js': 'import{s as e}from"../chunks/shared-A1.js";export const save=()=>import("../chunks/docx-E5.js").then(m=>m.write(e));',
      'chunks/docx-E5.js': `import"./shared-A1.js";import{z}from"./zip-F6.js";export const write=()=>z(${JSON.stringify('docx writer '.repeat(200))});`,
      'chunks/zip-F6.js': `export const z=t=>${JSON.stringify('zip code '.repeat(150))}+t;`,
    };
    const r = checkWith(buildWith('dist-on-demand', extra), join(dir, 'budgets-on-demand.json'), {
      onDemand: ['chunks/docx-*.js'],
      budgets: [
        { entry: '*', max: 0.01 },
        { entry: 'components/report.js', lazy: 'chunks/docx-*.js', max: 0.01 },
      ],
    });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    // Everything is the same files as without the writer, and the element that loads it.
    const everything = bundled(
      ...['chunks/shared-A1.js', 'chunks/helpers-C3.js', 'chunks/chartjs-B2.js', 'chunks/csv-D4.js', 'components/chart.js', 'components/form.js'].map((n) => files[n]),
      extra['components/report.js'],
    );
    assert.match(r.stderr, new RegExp(`everything \\(dist/\\*\\*/\\*\\.js but on-demand chunks\\) is [\\d.]+ KiB gzip \\(${everything} bytes\\)`));
    // The writer is budgeted by itself: the chunk with what it imports that the element has not loaded.
    const writer = bundled(extra['chunks/zip-F6.js'], extra['chunks/docx-E5.js']);
    assert.match(r.stderr, new RegExp(`components/report\\.js → import\\("chunks/docx-\\*\\.js"\\) is [\\d.]+ KiB gzip \\(${writer} bytes\\)`));
    assert.match(r.stdout, /leaves out the on-demand chunks \(chunks\/docx-\*\.js\): chunks\/docx-E5\.js, chunks\/zip-F6\.js\./);
  });

  test('leaves the language chunks out of everything, and measures everything with them too', () => {
    // A third build: an element that fetches its English only on a page in English, and an API entry that imports it.
    const extra = {
      'components/sip.js': 'import{s as e}from"../chunks/shared-A1.js";export const english=()=>import("../chunks/en-sip-H8.js");',
      'chunks/en-sip-H8.js': `export const en=${JSON.stringify(Array.from({ length: 120 }, (_, i) => `text ${i * 31}`))};`,
      'index.js': 'import"./chunks/en-sip-H8.js";import{s}from"./chunks/shared-A1.js";export{s};',
    };
    const languages = buildWith('dist-languages', extra);
    const budgetsFile = join(dir, 'budgets-languages.json');
    const r = checkWith(languages, budgetsFile, {
      languages: ['chunks/en-*.js'],
      budgets: [
        { entry: '*', max: 0.01 },
        { entry: '*', languages: true, max: 0.01 },
      ],
    });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const chunks = ['chunks/shared-A1.js', 'chunks/helpers-C3.js', 'chunks/chartjs-B2.js', 'chunks/csv-D4.js'].map((n) => files[n]);
    const elements = [files['components/chart.js'], files['components/form.js'], extra['components/sip.js'], extra['index.js']];
    // Without the English, though the API entry imports it statically…
    const one = bundled(...chunks, ...elements);
    assert.match(r.stderr, new RegExp(`everything \\(dist/\\*\\*/\\*\\.js but language chunks\\) is [\\d.]+ KiB gzip \\(${one} bytes\\)`));
    // …and with it, in path order as every other file.
    const all = bundled(...chunks, extra['chunks/en-sip-H8.js'], ...elements);
    assert.match(r.stderr, new RegExp(`everything with the language chunks \\(dist/\\*\\*/\\*\\.js\\) is [\\d.]+ KiB gzip \\(${all} bytes\\)`));
    assert.ok(all > one);
    assert.match(r.stdout, /leaves out the language chunks \(chunks\/en-\*\.js\).*: chunks\/en-sip-H8\.js\./);
    // Unbudgeted, everything with the language chunks is still printed.
    const printed = checkWith(languages, budgetsFile, { languages: ['chunks/en-*.js'], budgets: [{ entry: '*', max: 1000 }] });
    assert.match(printed.stdout, /everything with the language chunks \(dist\/\*\*\/\*\.js\) +9 .*no budget/);
  });

  test('lists an entry that is not built yet as missing without failing', () => {
    const r = runCheck(dir, dist, [{ entry: 'components/participation.js', max: 30 }]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /components\/participation\.js.*missing \(not built yet\)/);
  });

  test('fails when an import cannot be followed to a file of the build', () => {
    writeFileSync(join(dist, 'components/bare.js'), 'import{html as h}from"lit";export const x=h;');
    try {
      const r = runCheck(dir, dist, [{ entry: 'components/bare.js', max: 30 }]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /components\/bare\.js imports "lit", which is not a file of the build/);
    } finally {
      rmSync(join(dist, 'components/bare.js'));
    }
  });

  test('reads the real build: a tiny budget on dist/index.js fails with its measured size', () => {
    const r = runCheck(dir, process.env.SAMSYN_DIST ?? 'dist', [{ entry: 'index.js', max: 0.01 }]);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr, /size budget exceeded: index\.js is [\d.]+ KiB gzip \(\d+ bytes\), budget 0\.01 KiB \(10 bytes\)/);
    assert.doesNotMatch(r.stderr, /not a file of the build|does not exist/);
  });

  test('the committed budgets file holds the limits the issue names', () => {
    const { budgets } = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
    // Where a limit is not met yet, the figure is kept as `target` beside a `max` that holds today's size, with a note why.
    for (const b of budgets.filter((b) => b.target !== undefined)) {
      assert.ok(b.max > b.target && b.note, `${b.entry}: a target needs a larger max and a note`);
    }
    const max = (entry) => {
      const b = budgets.find((b) => b.entry === entry && !b.lazy && !b.with);
      return b?.target ?? b?.max;
    };
    assert.equal(max('components/inventory-form.js'), 45);
    for (const name of ['sip-status', 'action-plan', 'participation']) assert.equal(max(`components/${name}.js`), 30);
    // samsyn-sip-status loads one view per mode: the element with either view is held to the element's limit.
    const views = budgets.filter((b) => b.entry === 'components/sip-status.js' && b.with);
    assert.deepEqual(views.map((b) => [b.with, b.target ?? b.max]), [
      ['chunks/sip-overview-*.js', 30],
      ['chunks/sip-plan-*.js', 30],
    ]);
    assert.equal(max('components/chart.js'), 25);
    assert.equal(budgets.find((b) => b.entry === 'components/chart.js' && b.lazy)?.max, 60);
    assert.equal(max('*'), 150);
  });
});

describe('the built chunks', () => {
  const dist = process.env.SAMSYN_DIST ?? 'dist';
  /** The files a page showing `entry` with its lazily loaded `part` downloads, and every file of the build. */
  const pageFiles = (entry, part) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const dep of importsOf(file).static) visit(dep);
    };
    visit(join(dist, entry));
    const lazy = [...seen].flatMap((f) => importsOf(f).dynamic).filter((f) => part.test(f));
    assert.ok(lazy.length, `${entry} imports a part matching ${part}`);
    lazy.forEach(visit);
    return [...seen];
  };
  const has = (files, text) => files.some((f) => readFileSync(f, 'utf8').includes(text));

  test("zod's union, record and literal kinds are not downloaded by pages whose schemas do not use them", () => {
    // They are built (the questionnaire's and the records' schemas use them) …
    assert.ok(has(jsFilesOf(dist), '"$ZodUnion"') && has(jsFilesOf(dist), '"$ZodRecord"'));
    // … but not part of what the SIP overview, the SIP plan or the action plan download.
    for (const [entry, part] of [
      ['components/sip-status.js', /sip-overview-/],
      ['components/sip-status.js', /sip-plan-/],
      ['components/action-plan.js', /plan-editor-/],
    ]) {
      const files = pageFiles(entry, part);
      for (const kind of ['$ZodUnion', '$ZodDiscriminatedUnion', '$ZodRecord', '$ZodLiteral', '$ZodBoolean']) {
        assert.ok(!has(files, `"${kind}"`), `${entry} with ${part} downloads ${kind}`);
      }
    }
    // The SIP overview does not use enums either; the plans do.
    assert.ok(!has(pageFiles('components/sip-status.js', /sip-overview-/), '"$ZodEnum"'));
    assert.ok(has(pageFiles('components/sip-status.js', /sip-plan-/), '"$ZodEnum"'));
  });
});

describe('the SurveyJS converter (bench/to-surveyjs.mjs)', () => {
  const require = createRequire(import.meta.url);
  const { Model } = require('survey-core');

  test('turns every question of the national inventory into a SurveyJS element with the same choices', () => {
    const survey = new Model(toSurveyJs(inventoryDefinition));
    const questions = questionsOf(inventoryDefinition);
    assert.equal(survey.getAllQuestions().length, questions.length);
    for (const { section, question } of questions) {
      const element = survey.getQuestionByName(question.id);
      assert.ok(element, `${question.id} is missing`);
      assert.equal(element.page.name, section.id, `${question.id} is on the page of its section`);
      assert.equal(element.getType(), { one: 'radiogroup', many: 'checkbox' }[question.kind], question.id);
      assert.equal(element.isRequired, Boolean(question.required), `${question.id} required`);
      const options = optionsOf(question);
      assert.deepEqual(
        element.choices.map((c) => c.value),
        options.map((o) => o.code),
        `${question.id}: the same codes in the same order`,
      );
      assert.deepEqual(element.choices.map((c) => c.text), options.map((o) => o.label.sv), `${question.id}: Swedish labels`);
      assert.deepEqual(
        element.choices.map((c) => Boolean(c.isExclusive)),
        options.map((o) => Boolean(o.exclusive)),
        `${question.id}: exclusive options`,
      );
    }
  });

  test('keeps the pages, both languages and the conditions', () => {
    const survey = new Model(toSurveyJs(inventoryDefinition, { locale: 'en' }));
    assert.deepEqual(survey.pages.map((p) => p.title), inventoryDefinition.sections.map((s) => s.title.en));
    assert.equal(survey.getQuestionByName('gender').choices[0].text, 'Woman');

    const conditional = questionsOf(inventoryDefinition).filter(({ question }) => question.when);
    assert.ok(conditional.length > 0, 'the inventory has a conditional question');
    for (const { question } of conditional) {
      const shownFor = question.when.equals?.[0] ?? question.when.includes?.[0];
      const target = survey.getQuestionByName(question.when.question);
      const element = survey.getQuestionByName(question.id);
      assert.equal(element.isVisible, false, `${question.id} hidden before ${question.when.question} is answered`);
      survey.setValue(target.name, target.getType() === 'checkbox' ? [shownFor] : shownFor);
      assert.equal(element.isVisible, true, `${question.id} shown when ${question.when.question} is ${shownFor}`);
    }
  });
});
