// A rollup plugin that puts each message area's English in a module of its
// own, fetched when it is wanted (src/i18n/languages.ts says when): a page in
// Swedish no longer downloads every text twice. Placed after esbuild (it
// reads JavaScript).
//
// An area (`src/i18n/messages/<area>.ts`) exports `sv` and `en`. Its English
// (`export const en = {…}` and the declarations only it uses) moves to a
// virtual module, `chunks/en-<area>-<hash>.js` in the build. The area keeps
// a live binding `en`, undefined until the English is installed, and tells
// languages.ts how to fetch and install it, under its Swedish (`sv`);
// `{ sv, en }` objects in the area read `en` when used. Where the English has
// exactly the Swedish's keys, written plainly, its module holds the values
// alone, in the Swedish's order, and the area puts the keys back
// (`languageValues()`): the keys are not sent twice. The English may read
// another area's English (`other.en`), which it imports from that one's
// module, and helpers that are no area (`../named.js`), never the area
// itself.
//
// The entries of the API (`EVERY_LANGUAGE`) import and install the English of
// every area they reach, so that what they offer has every language at once,
// as before. Every `import()` of the sources is wrapped in `withLanguages()`,
// so that a part loaded on first use has the languages elements asked for.
//
// The definitions that elements show (`DEFINITION`) are split the same way:
// their English labels and notes go to `chunks/en-definition-<name>-*.js`,
// written in place as numbers (`splitDefinition()`,
// src/i18n/definition-texts.ts).
//
// Areas whose English is read when their importers are evaluated, or always,
// stay whole (`WHOLE`). The build fails when an area is written in a way the
// split does not handle, rather than splitting it wrongly.
import { dirname, resolve } from 'node:path';
import { walk } from 'estree-walker';

const AREA = /[\\/]src[\\/]i18n[\\/]messages[\\/]([^\\/]+)\.ts$/;
/**
 * `aggregate`: an aggregated result names "don't know" in both languages,
 * whatever the reader's. `free-text`: every schema's free-text check, whose
 * messages its schema makes when it is made; a schema made before the
 * English arrived would keep the Swedish ones (an area split here must be
 * read by checks only while an element updates, after a part loaded on first
 * use arrived, or when an issue is made).
 *
 * `plan` is split: the action plan's and participation's schemas read its
 * messages, field names too, when they make an issue (`planMessages`,
 * src/schema/plan-fields.ts), so that a schema made before the English
 * arrived speaks it once it has; the elements that check with them check a
 * value that failed again when texts arrive (src/components/shared/input.ts);
 * and reading a file in, which takes either language's headers and values,
 * fetches the plan's English first (`loadLanguage('en', sv)`).
 */
const WHOLE = new Set(['aggregate', 'free-text']);
/** An English module's id: its last part is the chunk's name (`chunks/en-<area>-<hash>.js`). */
const PREFIX = '\0samsyn-texts/en-';
const LANGUAGES = resolve('src/i18n/languages.ts');
/** The modules whose entries have every language at once: the all-in-one entry and the API's. */
const EVERY_LANGUAGE = new Set(['src/index.ts', 'src/schema/index.ts', 'src/aggregate/index.ts', 'src/sql/index.ts'].map((f) => resolve(f)));
const EVERY_PREFIX = '\0samsyn-every-language:';
const SOURCE = /[\\/]src[\\/].*\.ts$/;
/**
 * The definitions shipped with the package that elements show. The SIP
 * follow-up's (`followup.ts`) stays whole: only the API's entries import it,
 * and they have every language at once.
 */
const DEFINITION = /[\\/]src[\\/]definitions[\\/](inventory|analysis)\.ts$/;
const DEFINITION_TEXTS = resolve('src/i18n/definition-texts.ts');

/** The area a module is, for its English: a message area that is split, or `definition-<name>`; else undefined. */
function areaOf(id) {
  const message = id.match(AREA)?.[1];
  if (message) return WHOLE.has(message) ? undefined : message;
  const definition = id.match(DEFINITION)?.[1];
  return definition && `definition-${definition}`;
}

/** The names a top-level statement declares. */
function declared(statement) {
  const node = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
  if (!node) return [];
  if (node.type === 'VariableDeclaration') return node.declarations.map((d) => d.id.name);
  if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) return [node.id.name];
  return [];
}

/** Identifiers a node reads (not property names), with their nodes and parents. */
function readsOf(node) {
  const reads = [];
  walk(node, {
    enter(n, parent) {
      if (n.type !== 'Identifier') return;
      if (parent?.type === 'MemberExpression' && parent.property === n && !parent.computed) return;
      // A property's name is no read; a shorthand `{ en }` reads its value (a node of its own, or the same node).
      if ((parent?.type === 'Property' || parent?.type === 'MethodDefinition') && parent.key === n && !parent.computed && parent.value !== n) return;
      if (parent?.type === 'VariableDeclarator' && parent.id === n) return;
      if ((parent?.type === 'FunctionDeclaration' || parent?.type === 'FunctionExpression') && parent.id === n) return;
      reads.push({ node: n, parent });
    },
  });
  return reads;
}

/** A property's name, where it is written as a name or a string. */
function keyOf(property) {
  return property.key.type === 'Identifier' ? property.key.name : property.key.value;
}

/** The keys of an object literal of plain `key: value` properties, in order; null for anything else (a spread, a method, a computed key). */
function plainKeys(node) {
  if (node?.type !== 'ObjectExpression') return null;
  const plain = (p) =>
    p.type === 'Property' && p.kind === 'init' && !p.method && !p.shorthand && !p.computed && (p.key.type === 'Identifier' || typeof p.key.value === 'string');
  return node.properties.every(plain) ? node.properties.map(keyOf) : null;
}

function splitArea(ctx, code, id) {
  const area = id.match(AREA)[1];
  const ast = ctx.parse(code);
  const fail = (why) => ctx.error(`language-chunks: ${area}: ${why}; review scripts/language-chunks.mjs`);
  const info = ast.body.map((statement) => ({ statement, declares: declared(statement), reads: readsOf(statement) }));
  if (!info.some((i) => i.declares.includes('sv'))) fail('no `sv`');
  const enInfo = info.find((i) => i.statement.type === 'ExportNamedDeclaration' && i.declares.length === 1 && i.declares[0] === 'en');
  if (!enInfo || enInfo.statement.declaration.kind !== 'const') fail('no `export const en = …`');
  // The English and every declaration that only the moved ones read.
  const moved = new Set([enInfo]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of info) {
      if (moved.has(i) || !i.declares.length || i.statement.type === 'ExportNamedDeclaration') continue;
      const readers = info.filter((j) => j !== i && j.reads.some((r) => i.declares.includes(r.node.name)));
      if (readers.length && readers.every((j) => moved.has(j))) {
        moved.add(i);
        changed = true;
      }
    }
  }
  const movedNames = new Set([...moved].flatMap((i) => i.declares));
  const topLevel = new Set(info.flatMap((i) => i.declares));
  const imports = new Map();
  for (const i of info) {
    if (i.statement.type !== 'ImportDeclaration') continue;
    for (const s of i.statement.specifiers) imports.set(s.local.name, { statement: i.statement, specifier: s });
  }
  // What the English reads from outside itself: another area's English, by its namespace, or a helper
  // module that is no area (`../named.js`), and nothing of this area.
  const areaImports = new Map();
  const helperImports = new Map();
  for (const i of moved) {
    for (const { node, parent } of i.reads) {
      if (movedNames.has(node.name)) continue;
      if (topLevel.has(node.name)) fail(`its English reads \`${node.name}\`, which the Swedish uses too`);
      const imported = imports.get(node.name);
      if (!imported) continue; // a global (String, Intl…)
      const source = imported.statement.source.value;
      const other = source.match(/^\.\/([^/]+)\.js$/)?.[1];
      if (!other) {
        helperImports.set(imported.statement, source);
        continue;
      }
      const asNamespaceEn =
        imported.specifier.type === 'ImportNamespaceSpecifier' && parent?.type === 'MemberExpression' && parent.object === node && parent.property.name === 'en';
      if (!asNamespaceEn) fail(`its English reads \`${node.name}\` of another area other than as its \`.en\``);
      areaImports.set(node.name, other);
    }
  }
  // The rest may name `en` only as the shorthand of a `{ sv, en }` object, which reads it when used: the
  // Swedish until the English is there (as translate() does), so that a schema never lacks a message.
  const edits = [];
  for (const i of info) {
    if (moved.has(i)) {
      edits.push([i.statement.start, i.statement.end, '']);
      continue;
    }
    for (const { node, parent } of i.reads) {
      if (node.name !== 'en') continue;
      if (parent?.type === 'Property' && parent.shorthand && parent.value === node) edits.push([parent.start, parent.end, 'get en() { return en ?? sv; }']);
      else fail('`en` is read other than in a `{ sv, en }` object');
    }
  }
  let rest = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) rest = rest.slice(0, start) + text + rest.slice(end);
  const enId = `${PREFIX}${area}`;
  // Where the English has the Swedish's keys and nothing else, its module holds the values alone, in the
  // Swedish's order, and the area puts the keys back: the keys are not sent twice.
  const svInfo = info.find((i) => i.statement.type === 'ExportNamedDeclaration' && i.declares.length === 1 && i.declares[0] === 'sv');
  const svKeys = plainKeys(svInfo?.statement.declaration.declarations[0].init);
  const enObject = enInfo.statement.declaration.declarations[0].init;
  const enKeys = plainKeys(enObject);
  const asValues = svKeys && enKeys && svKeys.length === enKeys.length && svKeys.every((k) => enKeys.includes(k));
  // `en` and its setter first, on the first line (the lines stay where they were for the source maps).
  const prelude =
    `import { languageArea as __languageArea, languageLoaded as __languageLoaded, languageValues as __values } from ${JSON.stringify(LANGUAGES)}; ` +
    `export let en; export function __setEn(value) { en = ${asValues ? '__values(sv, value)' : 'value'}; __languageLoaded(); } `;
  const byKey = new Map(asValues ? enObject.properties.map((p) => [keyOf(p), code.slice(p.value.start, p.value.end)]) : []);
  const enText = (i) => {
    if (i !== enInfo || !asValues) return code.slice(i.statement.start, i.statement.end);
    return `${code.slice(i.statement.start, enObject.start)}[${svKeys.map((k) => byKey.get(k)).join(', ')}]${code.slice(enObject.end, i.statement.end)}`;
  };
  rest = `${prelude}${rest}\n__languageArea('en', () => import(${JSON.stringify(enId)}).then((m) => __setEn(m.en)), sv);\n`;
  // The English imports no area of its own: its chunk would then import every chunk that area's chunk needs.
  const english =
    [...helperImports]
      .map(([statement, source]) => {
        const file = resolve(dirname(id), source.replace(/\.js$/, '.ts'));
        return `${code.slice(statement.start, statement.source.start)}${JSON.stringify(file)};\n`;
      })
      .join('') +
    [...areaImports]
      .map(([local, other]) => {
        const from = WHOLE.has(other) ? resolve(dirname(id), `${other}.ts`) : `${PREFIX}${other}`;
        return `import * as ${local} from ${JSON.stringify(from)};\n`;
      })
      .join('') +
    [...moved]
      .sort((a, b) => a.statement.start - b.statement.start)
      .map(enText)
      .join('\n') + '\n';
  return { rest, english, enId };
}

/**
 * A definition's English in a module of its own, as a message area's: every
 * `en` of a `{ sv, en }` text, every option row's English (`options([code,
 * sv, en, mark?])`) and the notes (English only) become numbers, which
 * `marksOf()` (src/i18n/definition-texts.ts) replaces when the module is
 * evaluated, and the English module holds their values in that order.
 */
function splitDefinition(ctx, code, id) {
  const name = id.match(DEFINITION)[1];
  const ast = ctx.parse(code);
  const fail = (why) => ctx.error(`language-chunks: definition ${name}: ${why}; review scripts/language-chunks.mjs`);
  // esbuild writes a string with both kinds of quote as a template without expressions.
  const isString = (node) => (node?.type === 'Literal' && typeof node.value === 'string') || (node?.type === 'TemplateLiteral' && !node.expressions.length);
  const values = [];
  const edits = [];
  const number = (node) => {
    edits.push([node.start, node.end, String(values.length)]);
    values.push(code.slice(node.start, node.end));
  };
  walk(ast, {
    enter(node, parent) {
      const key = node.type === 'Property' && !node.computed ? keyOf(node) : undefined;
      if (key === 'en') {
        if (!isString(node.value)) fail('an `en` that is not a string written out');
        number(node.value);
      } else if (key === 'notes') {
        if (!isString(node.value) && !(node.value.type === 'ArrayExpression' && node.value.elements.every(isString))) fail('notes that are not strings written out');
        number(node.value);
        this.skip();
      } else if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'options') {
        for (const row of node.arguments) {
          if (row.type !== 'ArrayExpression' || !isString(row.elements[1]) || !isString(row.elements[2])) fail('an option row other than [code, sv, en, mark?] written out');
          number(row.elements[2]);
        }
      } else if (node.type === 'Identifier' && node.name === 'en' && !(parent?.type === 'Property' && parent.key === node)) {
        fail('`en` named other than as the key of a text');
      }
    },
  });
  if (!values.length) fail('no English');
  // Every top-level constant is a root of the walk that finds the numbers (texts shared between questions are found once).
  const roots = ast.body.flatMap((statement) => {
    const node = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    return node?.type === 'VariableDeclaration' ? node.declarations.map((d) => d.id.name) : [];
  });
  let rest = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) rest = rest.slice(0, start) + text + rest.slice(end);
  const enId = `${PREFIX}definition-${name}`;
  const prelude =
    `import { languageArea as __languageArea, languageLoaded as __languageLoaded } from ${JSON.stringify(LANGUAGES)}; ` +
    `import { marksOf as __marksOf, setMarks as __setMarks } from ${JSON.stringify(DEFINITION_TEXTS)}; ` +
    `let __marks; export function __setEn(value) { __setMarks(__marks, value); __languageLoaded(); } `;
  rest =
    `${prelude}${rest}\n__marks = __marksOf([${roots.join(', ')}]);\n` +
    `__languageArea('en', () => import(${JSON.stringify(enId)}).then((m) => __setEn(m.en)));\n`;
  return { rest, english: `export const en = [${values.join(', ')}];\n`, enId };
}

/** Every `import(…)` of a module wrapped in `withLanguages(…)`; null when it has none. */
function wrapImports(ctx, code) {
  const ast = ctx.parse(code);
  const edits = [];
  walk(ast, {
    enter(node) {
      if (node.type === 'ImportExpression') edits.push(node);
    },
  });
  if (!edits.length) return null;
  let out = code;
  for (const node of edits.sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, node.start)}__withLanguages(${out.slice(node.start, node.end)})${out.slice(node.end)}`;
  }
  return `import { withLanguages as __withLanguages } from ${JSON.stringify(LANGUAGES)}; ${out}`;
}

export function languageChunks() {
  /** The English modules' code, by id, made when their area is transformed. */
  const english = new Map();
  const areaFiles = new Map();
  return {
    name: 'samsyn-language-chunks',
    resolveId(source) {
      if (source.startsWith(PREFIX) || source.startsWith(EVERY_PREFIX)) return source;
      return null;
    },
    async load(id) {
      if (id.startsWith(PREFIX)) {
        if (!english.has(id)) {
          // Imported by another area's English before its own area was read.
          const area = id.slice(PREFIX.length);
          const definition = area.match(/^definition-(.+)$/)?.[1];
          const file = definition ? resolve('src/definitions', `${definition}.ts`) : resolve('src/i18n/messages', `${area}.ts`);
          await this.load({ id: areaFiles.get(area) ?? file });
        }
        return english.get(id);
      }
      if (id.startsWith(EVERY_PREFIX)) {
        // The English of every split area the entry's module reaches through static imports.
        const seen = new Set([id]);
        const areas = new Map();
        const visit = async (module) => {
          if (seen.has(module)) return;
          seen.add(module);
          const info = await this.load({ id: module, resolveDependencies: true });
          const area = areaOf(module);
          if (area) areas.set(area, module);
          await Promise.all(info.importedIds.map(visit));
        };
        await visit(id.slice(EVERY_PREFIX.length));
        // Each area's English, installed in the area when this module runs (before the entry's own code).
        return (
          [...areas]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([area, file], i) => {
              const en = JSON.stringify(`${PREFIX}${area}`);
              return `import { en as en${i} } from ${en};\nimport { __setEn as set${i} } from ${JSON.stringify(file)};\nset${i}(en${i});\n`;
            })
            .join('') || 'export {};\n'
        );
      }
      return null;
    },
    transform(code, id) {
      const definition = id.match(DEFINITION);
      if (definition) {
        const { rest, english: en, enId } = splitDefinition(this, code, id);
        areaFiles.set(`definition-${definition[1]}`, id);
        english.set(enId, en);
        return { code: rest, map: null };
      }
      const match = id.match(AREA);
      if (match) {
        if (WHOLE.has(match[1])) return null;
        areaFiles.set(match[1], id);
        const { rest, english: en, enId } = splitArea(this, code, id);
        english.set(enId, en);
        return { code: rest, map: null };
      }
      if (!SOURCE.test(id) || id === LANGUAGES) return null;
      let out = wrapImports(this, code) ?? code;
      if (EVERY_LANGUAGE.has(id)) out = `import ${JSON.stringify(`${EVERY_PREFIX}${id}`)}; ${out}`;
      return out === code ? null : { code: out, map: null };
    },
  };
}
