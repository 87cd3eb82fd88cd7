#!/usr/bin/env node
// Sizes of the built package against the budgets in bench/budgets.json, and
// of the peer (SurveyJS) from node_modules, both gzip level 9.
//
//   node bench/size.mjs            print the table
//   node bench/size.mjs --check    the same, and exit 1 naming every exceeded budget (npm test runs this)
//   options: --dist <dir> (default dist), --budgets <file> (default bench/budgets.json), --no-peer, --json
//
// An entry's size is the entry bundled with everything it imports: the entry
// file and every file it imports statically, transitively, each counted once,
// joined (imports first) and gzipped at level 9. Files reached through
// `import()` are the entry's lazy part and are measured on their own
// (samsyn-chart loads Chart.js that way), or together with the entry when
// the element loads the part it shows (samsyn-sip-status loads one view per
// mode): a budget with `with` holds what a page showing that part downloads. The table also shows each file
// gzipped on its own and summed, which is what a server that compresses each
// response sends. Only the built files are read: no browser, no build, the
// same bytes give the same figures.
//
// `onDemand` in the budgets file lists chunks a page loads only when a person
// asks for them (an export writer, e.g. `chunks/docx-*.js`): "everything"
// leaves them out, with the files only they import, and a budget line of
// their own (`lazy`) holds them instead.
//
// `languages` lists the chunks of texts in a language other than Swedish
// (`chunks/en-*.js`), which an element fetches only on a page in that
// language: "everything" leaves them out too, and a budget of `*` with
// `"languages": true` measures everything with them, what a page in English
// downloads (and any page loading an entry of the API, which imports every
// language). The table prints both whenever the budgets file lists them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { parseAst } from 'rollup/parseAst';
import { textTable } from './lib/figures.mjs';

export const KIB = 1024;
const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '..');

/**
 * A chunk's file name carries a hash of its content (`chunks/aggregate-B7BpJjiu.js`), and every file that imports
 * it names it. Those eight characters do not compress, so an edit to one chunk moved the figure of every file
 * naming it by a few bytes either way, and a budget held to the byte flipped on an unrelated change. The sizes
 * are measured with each hash replaced by a stand-in of the same length made from what the chunk is (its name
 * and the sources its map lists): the bytes are as many, and a figure moves only when code does.
 */
const standInsCache = new Map();
function standInsOf(dist) {
  if (!standInsCache.has(dist)) {
    const chunks = join(dist, 'chunks');
    const names = new Map();
    for (const file of existsSync(chunks) ? readdirSync(chunks) : []) {
      const named = /^(.+)-([\w-]{8})\.js$/.exec(file);
      if (!named) continue;
      const map = join(chunks, `${file}.map`);
      const sources = existsSync(map) ? [...(JSON.parse(readFileSync(map, 'utf8')).sources ?? [])].sort() : [];
      const digest = createHash('sha256').update([named[1], ...sources].join('\n')).digest('base64url');
      names.set(file, `${named[1]}-${digest.slice(0, 8)}.js`);
    }
    const pattern = names.size ? new RegExp([...names.keys()].map(escapeRegExp).join('|'), 'g') : null;
    standInsCache.set(dist, pattern && ((text) => text.replace(pattern, (file) => names.get(file))));
  }
  return standInsCache.get(dist);
}

/** The dist directory of a built file: the one holding `chunks/` and `components/`. */
const distOf = (file) => {
  const dir = dirname(file);
  return /[\\/](chunks|components)$/.test(dir) ? dirname(dir) : dir;
};

/** A built file's text with every chunk's content hash replaced by its stand-in. */
function contentOf(file) {
  const standIns = standInsOf(distOf(file));
  return standIns ? Buffer.from(standIns(readFileSync(file, 'utf8'))) : readFileSync(file);
}

const gzipCache = new Map();
/** Bytes of `file` after gzip level 9 (a file of the build with its stand-in names). */
export function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(contentOf(file), { level: 9 }).length);
  return gzipCache.get(file);
}

function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
  } else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') visit(node);
    for (const key in node) if (key !== 'type') walk(node[key], visit);
  }
}

const importsCache = new Map();
/**
 * The files `file` imports: `static` (import/export … from, side-effect
 * imports) and `dynamic` (`import("…")` with a literal path), resolved to
 * absolute paths, and `unresolved`: bare or computed specifiers a page could
 * not load from dist/ alone.
 */
export function importsOf(file) {
  if (importsCache.has(file)) return importsCache.get(file);
  const code = readFileSync(file, 'utf8');
  const ast = parseAst(code);
  const found = { static: [], dynamic: [], unresolved: [] };
  const add = (kind, source) => {
    if (source?.type !== 'Literal' || typeof source.value !== 'string') {
      found.unresolved.push(code.slice(source?.start ?? 0, source?.end ?? 0) || '(computed)');
    } else if (/^\.{1,2}\//.test(source.value)) {
      found[kind].push(resolve(dirname(file), source.value));
    } else {
      found.unresolved.push(source.value);
    }
  };
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || (node.type === 'ExportNamedDeclaration' && node.source)) {
      add('static', node.source);
    }
  }
  // Rollup writes dynamic imports inside function bodies; only walk files that have one.
  if (code.includes('import(')) walk(ast.body, (node) => node.type === 'ImportExpression' && add('dynamic', node.source));
  importsCache.set(file, found);
  return found;
}

/**
 * Every file reachable from `starts` (through `import()` too with `lazy`),
 * in the order a bundler would lay them out: a file's imports before it.
 */
export function reachable(starts, { lazy, exclude = new Set() }) {
  const order = [];
  const seen = new Set(exclude);
  const unresolved = new Set();
  const missing = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) {
      missing.add(file);
      return;
    }
    const imports = importsOf(file);
    for (const dep of [...imports.static, ...(lazy ? imports.dynamic : [])]) visit(dep);
    for (const u of imports.unresolved) unresolved.add(u);
    order.push(file);
  };
  for (const start of starts) visit(start);
  return { files: order, unresolved, missing };
}

/**
 * `gzip`: the files bundled into one (joined in order) at gzip level 9, the
 * budgeted figure; `gzipPerFile`: each file gzipped on its own and summed,
 * what a server that compresses each response sends.
 */
function sizeOf(files) {
  const contents = files.map(contentOf);
  const joined = Buffer.concat(contents.flatMap((c, i) => (i ? [NEWLINE, c] : [c])));
  return {
    files: files.length,
    bytes: contents.reduce((sum, c) => sum + c.length, 0),
    gzip: files.length ? gzipSync(joined, { level: 9 }).length : 0,
    gzipPerFile: files.reduce((sum, f) => sum + gzipSize(f), 0),
  };
}
const NEWLINE = Buffer.from('\n');

/** Every JavaScript file of the build (entries and chunks; not the type declarations). */
export function jsFilesOf(dist) {
  const out = [];
  const visit = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, d.name);
      if (d.isDirectory()) {
        if (path !== join(dist, 'types')) visit(path);
      } else if (d.name.endsWith('.js')) {
        out.push(path);
      }
    }
  };
  visit(dist);
  // By name without the content hash (`chunks/chart-BLsSqDEA.js` sorts as `chunks/chart.js`): joined files are
  // gzipped in this order, and a hash that changed with an unrelated edit must not move a chunk and the total with it.
  const key = (file) => file.replace(/-[\w-]{8}\.js$/, '.js');
  return out.sort((a, b) => key(a).localeCompare(key(b), 'en') || a.localeCompare(b, 'en'));
}

const rel = (dist, file) => relative(dist, file).split(sep).join('/');

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `chunks/chart-render-*.js` as a RegExp: `*` stands for any characters but `/`. */
const globToRegExp = (pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^/]*')}$`);

/** `files` and the files that only `files` import (statically or through `import()`), until nothing changes. */
function withOnlyTheirImports(all, files) {
  const out = new Set(files);
  if (!out.size) return out;
  const importers = new Map();
  for (const file of all) {
    const { static: eager, dynamic } = importsOf(file);
    for (const dep of [...eager, ...dynamic]) importers.set(dep, [...(importers.get(dep) ?? []), file]);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const file of all) {
      const by = importers.get(file);
      if (!out.has(file) && by?.length && by.every((f) => out.has(f))) {
        out.add(file);
        changed = true;
      }
    }
  }
  return out;
}

/**
 * The files "everything" counts: every JS file of the build but the on-demand
 * chunks (those matching a pattern of `onDemand`) and the language chunks
 * (those matching a pattern of `languages`), each with the files that only
 * they import; `kept` is every file but the on-demand ones, `left` lists the
 * on-demand files left out, `languageFiles` the language files.
 */
export function everythingOf(dist, onDemand = [], languages = []) {
  const all = jsFilesOf(dist);
  const matching = (patterns) => {
    const matchers = patterns.map(globToRegExp);
    return all.filter((f) => matchers.some((m) => m.test(rel(dist, f))));
  };
  const left = withOnlyTheirImports(all, matching(onDemand));
  const kept = all.filter((f) => !left.has(f));
  const language = withOnlyTheirImports(kept, matching(languages));
  return {
    kept,
    files: kept.filter((f) => !language.has(f)),
    languageFiles: kept.filter((f) => language.has(f)),
    left: [...left].map((f) => rel(dist, f)),
    languages: kept.filter((f) => language.has(f)).map((f) => rel(dist, f)),
  };
}

/**
 * The size of one entry (a path relative to dist/, or `*` for every JS file but the on-demand chunks
 * and, unless `withLanguages`, the language chunks):
 * `static` is what loading it downloads, `lazy` what all its `import()`s add
 * on top, and `lazyOf(pattern)` what the `import()`s of the files matching
 * `pattern` (a dist-relative path, `*` for any characters but `/`) add, and
 * `withLazyOf(pattern)` the entry and those files bundled together. Null
 * when the entry is not built.
 */
export function measureEntry(dist, entry, { onDemand = [], languages = [], withLanguages = false } = {}) {
  let starts = [resolve(dist, entry)];
  // Everything but the language chunks leaves them out even where a file imports them statically (the API's entries).
  let exclude = new Set();
  if (entry === '*') {
    const everything = everythingOf(dist, onDemand, languages);
    starts = withLanguages ? everything.kept : everything.files;
    if (!withLanguages) exclude = new Set(everything.languageFiles);
  }
  if (!existsSync(starts[0] ?? '')) return null;
  const eager = reachable(starts, { lazy: false, exclude });
  const loaded = new Set(eager.files);
  const dynamic = [...new Set(eager.files.flatMap((f) => importsOf(f).dynamic))].filter((f) => !loaded.has(f));
  // What import() adds: the imported files and what they import that the entry did not load already.
  const lazy = reachable(dynamic, { lazy: true, exclude: loaded });
  const problems = new Set([
    ...[...eager.unresolved, ...lazy.unresolved].map((s) => `${entry} imports "${s}", which is not a file of the build`),
    ...[...eager.missing, ...lazy.missing].map((f) => `${entry} imports ${rel(dist, f)}, which does not exist`),
  ]);
  return {
    entry,
    static: sizeOf(eager.files),
    lazy: sizeOf(lazy.files),
    lazyImports: dynamic.map((f) => rel(dist, f)),
    lazyOf(pattern) {
      const matcher = globToRegExp(pattern);
      const targets = dynamic.filter((f) => matcher.test(rel(dist, f)));
      return targets.length ? sizeOf(reachable(targets, { lazy: true, exclude: loaded }).files) : null;
    },
    withLazyOf(pattern) {
      const matcher = globToRegExp(pattern);
      const targets = dynamic.filter((f) => matcher.test(rel(dist, f)));
      return targets.length ? sizeOf([...eager.files, ...reachable(targets, { lazy: false, exclude: loaded }).files]) : null;
    },
    problems: [...problems],
  };
}

/** The entries a page can load on its own: dist/*.js and dist/components/*.js. */
export function entriesOf(dist) {
  const top = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const components = existsSync(join(dist, 'components'))
    ? readdirSync(join(dist, 'components')).filter((f) => f.endsWith('.js')).map((f) => `components/${f}`)
    : [];
  return [...top.sort(), ...components.sort()];
}

/** The budgets file: its `budgets`, its `onDemand` and its `languages` patterns (chunks "everything" leaves out). */
export function readBudgetsFile(file) {
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  const onDemand = parsed.onDemand ?? [];
  const languages = parsed.languages ?? [];
  const patterns = (list) => Array.isArray(list) && list.every((p) => typeof p === 'string');
  if (parsed.unit !== 'KiB' || !Array.isArray(parsed.budgets) || !patterns(onDemand) || !patterns(languages)) {
    throw new Error(
      `${file}: expected { "unit": "KiB", "onDemand"?: ["chunks/name-*.js"], "languages"?: ["chunks/en-*.js"], "budgets": [{ "entry", "max", "lazy"? | "with"? | "languages"?, "label"? }] }`,
    );
  }
  return { budgets: parsed.budgets, onDemand, languages };
}

export function readBudgets(file) {
  return readBudgetsFile(file).budgets;
}

export const kib = (bytes) => (bytes / KIB).toFixed(1);

/** The name of everything in the table: which chunks it leaves out. */
export function everythingName(onDemand, languages, withLanguages) {
  const but = [onDemand.length && 'on-demand', languages.length && !withLanguages && 'language'].filter(Boolean);
  const files = `dist/**/*.js${but.length ? ` but ${but.join(' and ')} chunks` : ''}`;
  return withLanguages && languages.length ? `everything with the language chunks (${files})` : `everything (${files})`;
}

/**
 * Every budget with its measured size and a status: `ok`, `over`, `missing`
 * (the entry is not built yet) or `none` (the entry has no `import()` of the
 * budget's `lazy` or `with` pattern). `failures` holds one message per exceeded budget and per import
 * that cannot be followed.
 */
export function checkBudgets({ dist, budgets, onDemand = [], languages = [] }) {
  const measured = new Map();
  const measure = (entry, withLanguages = false) => {
    const key = withLanguages ? `${entry} with languages` : entry;
    if (!measured.has(key)) measured.set(key, measureEntry(dist, entry, { onDemand, languages, withLanguages }));
    return measured.get(key);
  };
  const failures = [];
  const rows = budgets.map((b) => {
    const part = b.lazy ? 'lazy' : b.with ? 'with' : 'static';
    const m = measure(b.entry, b.entry === '*' && b.languages === true);
    const name = b.entry === '*' ? everythingName(onDemand, languages, b.languages === true) : b.lazy ? `${b.entry} → import("${b.lazy}")` : b.with ? `${b.entry} + import("${b.with}")` : b.entry;
    const limit = b.max * KIB;
    if (!m) return { ...b, name, part, status: 'missing' };
    failures.push(...m.problems);
    const size = b.lazy ? m.lazyOf(b.lazy) : b.with ? m.withLazyOf(b.with) : m.static;
    if (!size) return { ...b, name, part, status: 'none' };
    const status = size.gzip > limit ? 'over' : 'ok';
    if (status === 'over') {
      failures.push(
        `size budget exceeded: ${name} is ${kib(size.gzip)} KiB gzip (${size.gzip} bytes), budget ${b.max} KiB (${Math.round(limit)} bytes)`,
      );
    }
    return { ...b, name, part, status, size };
  });
  return { rows, failures: [...new Set(failures)], measure };
}

/**
 * The peer: SurveyJS's form library (survey-core) with its UI package
 * (survey-js-ui), as a page loads them: their minified JS and CSS, and the
 * Swedish UI strings a kommun page needs. The CSS is the default theme
 * without its web font (the other build fetches Open Sans from Google's
 * servers, which a Swedish public-sector page avoids; Samsyn uses the
 * page's fonts). Null when they are not installed.
 */
export function measurePeer(root = projectRoot) {
  const pkg = (name) => {
    const file = join(root, 'node_modules', name, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  };
  const core = pkg('survey-core');
  const ui = pkg('survey-js-ui');
  if (!core || !ui) return null;
  const files = [
    'survey-core/survey.core.min.js',
    'survey-core/i18n/swedish.min.js',
    'survey-js-ui/survey-js-ui.min.js',
    'survey-core/survey-core.fontless.min.css',
  ];
  const paths = files.map((f) => join(root, 'node_modules', f));
  return {
    name: `SurveyJS ${core.version} (survey-core + survey-js-ui ${ui.version})`,
    versions: { core: core.version, ui: ui.version },
    parts: files.map((file, i) => ({ file, ...sizeOf([paths[i]]) })),
    ...sizeOf(paths),
  };
}

/** Everything the table and bench/results.json need, from one pass over dist/. */
export function sizeReport({ dist = join(projectRoot, 'dist'), budgetsFile = join(here, 'budgets.json'), peer = true } = {}) {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: build first (node scripts/build.mjs)`);
  const { budgets, onDemand, languages } = readBudgetsFile(budgetsFile);
  const { rows, failures, measure } = checkBudgets({ dist, budgets, onDemand, languages });
  const entries = entriesOf(dist).map((e) => measure(e));
  // Everything with the language chunks is printed whenever there are any, budgeted or not: no bytes left unshown.
  const withLanguages = languages.length ? measure('*', true) : null;
  const { left: leftOut, languages: languageFiles } = everythingOf(dist, onDemand, languages);
  return { dist, rows, failures, entries, onDemand, languages, leftOut, languageFiles, withLanguages, peer: peer ? measurePeer() : null };
}

function printReport(report) {
  const budgeted = new Set(report.rows.filter((r) => r.part === 'static').map((r) => r.entry));
  const lines = [];
  const sizes = (size) => (size ? [String(size.files), kib(size.bytes), kib(size.gzip), kib(size.gzipPerFile)] : ['', '', '', '']);
  for (const r of report.rows) {
    const overTarget = r.size && r.target !== undefined && r.size.gzip > r.target * 1024;
    const status =
      r.status === 'missing' ? 'missing (not built yet)' : r.status === 'none' ? 'no such import()' : overTarget ? `${r.status}; over target ${r.target}` : r.status;
    lines.push([r.name, ...sizes(r.size), String(r.max), status]);
  }
  if (report.withLanguages && !report.rows.some((r) => r.entry === '*' && r.languages === true)) {
    lines.push([everythingName(report.onDemand, report.languages, true), ...sizes(report.withLanguages.static), '', 'no budget']);
  }
  for (const m of report.entries) {
    if (budgeted.has(m.entry)) continue;
    lines.push([m.entry, ...sizes(m.static), '', 'no budget']);
    if (m.lazy.files) lines.push([`${m.entry} (all its import()s)`, ...sizes(m.lazy), '', 'no budget']);
  }
  if (report.peer) {
    for (const f of report.peer.parts) lines.push([`peer: ${f.file}`, ...sizes(f), '', '']);
    lines.push([`peer: ${report.peer.name}`, ...sizes(report.peer), '', 'JS + CSS']);
  }
  console.log(textTable(['entry', 'files', 'minified KiB', 'gzip-9 KiB', 'gzip-9 per file KiB', 'budget KiB', 'status'], lines));
  console.log('KiB = 1024 bytes. gzip-9: the entry bundled with every file it imports statically, each once (budgeted).');
  console.log('gzip-9 per file: each file compressed on its own and summed, as a server sends separate responses.');
  if (report.onDemand.length) {
    const left = report.leftOut.length ? report.leftOut.join(', ') : 'none built';
    console.log(`Everything leaves out the on-demand chunks (${report.onDemand.join(', ')}): ${left}.`);
  }
  if (report.languages.length) {
    const files = report.languageFiles.length ? report.languageFiles.join(', ') : 'none built';
    console.log(
      `Everything leaves out the language chunks (${report.languages.join(', ')}), which an element fetches only on a page in that language; ` +
        `everything with the language chunks counts them, what a page in English downloads, and any page that loads an entry of the API (index.js, schema.js, aggregate.js, sql.js), which imports every language: ${files}.`,
    );
  }
}

function parseArgs(argv) {
  const args = { check: false, peer: true, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') args.check = true;
    else if (a === '--no-peer') args.peer = false;
    else if (a === '--json') args.json = true;
    else if (a === '--dist') args.dist = resolve(argv[++i]);
    else if (a === '--budgets') args.budgetsFile = resolve(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { check, json, ...options } = parseArgs(process.argv.slice(2));
  const report = sizeReport(options);
  if (json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  if (report.failures.length) {
    for (const f of report.failures) console.error(f);
    if (check) process.exit(1);
  }
}
