// A rollup plugin that moves zod's less common schema kinds (union,
// discriminated union, record, literal, boolean, null; enum apart) out of
// zod's large modules into modules of their own. Rollup places each module in
// one chunk: with every kind in one module, every element downloaded every
// kind that any element's schema uses. Split, the SIP overview, the SIP plan,
// the action plan and the participation element download none of the first
// group (1.2 to 1.4 KiB each); the questionnaire and the reports load it as
// one more shared chunk, and everything together grows by about 1 KiB (the
// moved code no longer shares gzip's window with the rest of zod). Only code
// moves: each moved declaration keeps its text, reads what it needs from the
// module it came from, and is exported from the same places as before; the
// build fails if zod's modules change so that the kinds are not found.
import { dirname, resolve } from 'node:path';
import { walk } from 'estree-walker';

/**
 * The modules split, in order: each one's declarations that use what an
 * earlier one moved (through the namespace `ns`) move too, transitively.
 */
const targets = [
  { file: 'core/schemas.js', ns: null },
  { file: 'core/api.js', ns: 'schemas' },
  { file: 'mini/schemas.js', ns: 'core' },
];
/**
 * The kinds moved, in groups: each group is a module of its own. Enums are
 * apart because the action plan's and the SIP plan's schemas use them and
 * nothing else of the first group.
 */
const groups = [
  ['$ZodUnion', '$ZodDiscriminatedUnion', '$ZodRecord', '$ZodLiteral', '$ZodBoolean', '$ZodNull'],
  ['$ZodEnum'],
];
const ZOD = /\/zod\/v4\/(core|mini)\/[^/]+\.js$/;
const zodFile = (id) => id.match(/\/zod\/v4\/((?:core|mini)\/[^/]+\.js)$/)?.[1];
const extraId = (group, file) => `\0zod-extra:${group}:${file}`;
/** Everything a split module exported, for importers that read it as a namespace. */
const wholeId = (file) => `\0zod-whole:${file}`;

/** The names a top-level statement declares. */
function declared(statement) {
  const node = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
  if (!node) return [];
  if (node.type === 'VariableDeclaration') return node.declarations.map((d) => d.id.name).filter(Boolean);
  if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) return [node.id.name];
  return [];
}

/** The identifiers a node reads, and the members it reads of namespace `ns` (`ns.name`). */
function references(node, ns) {
  const names = new Set();
  const members = new Set();
  walk(node, {
    enter(n, parent) {
      if (n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.object.name === ns) members.add(n.property.name);
      if (n.type !== 'Identifier') return;
      if (parent?.type === 'MemberExpression' && parent.property === n && !parent.computed) return;
      if (parent?.type === 'Property' && parent.key === n && !parent.computed && !parent.shorthand) return;
      names.add(n.name);
    },
  });
  return { names, members };
}

/** Splits one module. Returns the code that stays, the extra module's code and the names moved; null when nothing moves. */
function split(code, ast, { seeds, ns, movedElsewhere, self }) {
  const info = ast.body.map((s) => ({ statement: s, declares: declared(s), ...references(s, ns) }));
  const topLevel = new Set(info.flatMap((i) => i.declares));
  const moved = new Set();
  const movedStatements = new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of info) {
      if (movedStatements.has(i) || !i.declares.length) continue;
      if (
        i.declares.some((n) => seeds.includes(n)) ||
        [...i.names].some((n) => moved.has(n)) ||
        [...i.members].some((m) => movedElsewhere.has(m))
      ) {
        movedStatements.add(i);
        for (const n of i.declares) moved.add(n);
        changed = true;
      }
    }
  }
  if (!moved.size) return null;
  // What the moved code reads from the declarations that stay: exported from the original for the extra module.
  const needed = new Set();
  for (const i of movedStatements) for (const n of i.names) if (topLevel.has(n) && !moved.has(n)) needed.add(n);
  const exported = new Set(info.filter((i) => i.statement.type === 'ExportNamedDeclaration').flatMap((i) => i.declares));
  const absolute = (source) => {
    if (!source.startsWith('.')) return source;
    const path = resolve(dirname(self), source);
    const file = zodFile(path);
    return targets.some((t) => t.file === file) && path !== self ? wholeId(file) : path;
  };
  // The original's imports, by absolute path (the extra module has no directory); a namespace of a split module sees it whole.
  let extra = info
    .filter((i) => i.statement.type === 'ImportDeclaration')
    .map((i) => `${code.slice(i.statement.start, i.statement.source.start)}${JSON.stringify(absolute(i.statement.source.value))};`)
    .join('\n');
  extra += '\n';
  if (needed.size) extra += `import { ${[...needed].join(', ')} } from ${JSON.stringify(self)};\n`;
  let rest = '';
  let last = 0;
  let previousEnd = 0;
  for (const i of info) {
    const s = i.statement;
    if (movedStatements.has(i)) {
      // A moved statement takes the comments before it (a `@__NO_SIDE_EFFECTS__` annotation) along.
      rest += code.slice(last, previousEnd);
      extra += code.slice(previousEnd, s.end) + '\n';
      last = s.end;
    } else if (s.type === 'ExportNamedDeclaration' && !s.declaration && !s.source) {
      // `export { _null as null }`: the specifiers of moved names are exported by the extra module.
      const away = s.specifiers.filter((sp) => moved.has(sp.local.name));
      if (away.length) {
        const text = (list) => `export { ${list.map((sp) => code.slice(sp.start, sp.end)).join(', ')} };`;
        const stay = s.specifiers.filter((sp) => !moved.has(sp.local.name));
        rest += code.slice(last, s.start) + (stay.length ? text(stay) : '');
        extra += text(away) + '\n';
        last = s.end;
      }
    }
    previousEnd = s.end;
  }
  rest += code.slice(last);
  const toExport = [...needed].filter((n) => !exported.has(n));
  if (toExport.length) rest += `\nexport { ${toExport.join(', ')} };\n`;
  return { rest, extra, moved };
}

export function splitZod() {
  /** Per split file: the code that stays; per extra module: its code. */
  const done = new Map();
  const extras = new Map();
  const ids = new Map();
  /** Splits the targets in order (each needs what the earlier ones moved), once. */
  let splitting;
  const splitAll = (ctx) =>
    (splitting ??= (async () => {
      const { readFileSync } = await import('node:fs');
      const rest = new Map(targets.map((t) => [t.file, readFileSync(ids.get(t.file), 'utf8')]));
      for (const [group, seeds] of groups.entries()) {
        const movedSoFar = new Set();
        for (const t of targets) {
          const id = ids.get(t.file);
          const code = rest.get(t.file);
          const result = split(code, ctx.parse(code), { seeds: t.ns ? [] : seeds, ns: t.ns, movedElsewhere: movedSoFar, self: id });
          if (!result) {
            // The kinds themselves must be found; a module that does not build on them keeps everything.
            if (!t.ns) throw new Error(`split-zod: ${seeds.join(', ')} not found in zod/v4/${t.file}; zod changed, review scripts/split-zod.mjs`);
            extras.set(extraId(group, t.file), 'export {};\n');
            continue;
          }
          rest.set(t.file, result.rest);
          extras.set(extraId(group, t.file), result.extra);
          for (const n of result.moved) movedSoFar.add(n);
        }
      }
      for (const [file, code] of rest) done.set(file, code);
    })());
  const locate = async (ctx, from) => {
    for (const t of targets) if (!ids.has(t.file)) ids.set(t.file, (await ctx.resolve(`../${t.file}`, from)).id);
  };
  return {
    name: 'samsyn-split-zod',
    resolveId(source) {
      if (source.startsWith('\0zod-extra:') || source.startsWith('\0zod-whole:')) return { id: source, moduleSideEffects: false };
      return null;
    },
    async load(id) {
      if (id.startsWith('\0zod-extra:')) {
        await splitAll(this);
        return extras.get(id);
      }
      if (id.startsWith('\0zod-whole:')) {
        const file = id.slice('\0zod-whole:'.length);
        return [ids.get(file), ...groups.map((_, g) => extraId(g, file))].map((from) => `export * from ${JSON.stringify(from)};\n`).join('');
      }
      return null;
    },
    async transform(code, id) {
      if (!ZOD.test(id)) return null;
      await locate(this, id);
      await splitAll(this);
      const file = zodFile(id);
      if (done.has(file)) return { code: done.get(file), map: null };
      // Every other zod module: what it imports from a split module, it imports from the whole (original and extra).
      let out = code;
      const ast = this.parse(code);
      const edits = [];
      for (const s of ast.body) {
        if (!s.source || !['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration'].includes(s.type)) continue;
        const target = zodFile(resolve(dirname(id), s.source.value));
        if (done.has(target)) edits.push([s.source.start, s.source.end, JSON.stringify(wholeId(target))]);
      }
      if (!edits.length) return null;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
