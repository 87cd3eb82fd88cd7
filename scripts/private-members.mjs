// A rollup plugin that gives terser the class members that are private to
// Samsyn's code, so that their long names are shortened in every chunk the
// same way (`this.ensureFiguresRun()` becomes `this.Xa()`), as a minifier
// already does to local variables.
//
// A member is shortened only when nothing outside the class can reach it by
// its name:
// - it is declared `private` or `protected` in a class under src/, without a
//   decorator (`@state()` and `@property()` register their name as a string);
// - the name is declared nowhere else in src/ as a public member, an
//   interface or type field, an object literal's key or a destructured key;
// - it occurs in no string or template text of any module (a name looked up
//   by string, a template's `.prop=` binding, a decorator's key);
// - it occurs nowhere in the bundled libraries (Lit calls `willUpdate` or
//   `render` on a `protected` override, Chart.js and zod look options up by
//   name), nor among terser's DOM and built-in names (a browser calls
//   `formResetCallback`), nor in the list below.
// Every chunk gets the same table (terser's `only_cache`), so a subclass or
// a part loaded later reaches its base's members under the same short name;
// the short names are ones no module uses as a word at all.
import ts from 'typescript';

/** Names a browser or a protocol calls by name that terser's DOM list may not hold. */
const CALLED_BY_NAME = /Callback$|^(handleEvent|toJSON|then|toString|valueOf|constructor|hostConnected|hostDisconnected|hostUpdate|hostUpdated)$/;
const WORD = /[A-Za-z_$][\w$]*/g;
const OURS = /[\\/]src[\\/].*\.ts$/;

const isPrivate = (node) => ts.getModifiers?.(node)?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
const hasDecorators = (node) => (ts.getDecorators?.(node)?.length ?? 0) > 0;
const nameOf = (name) => (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) ? name.text : undefined);

/** The private members a TypeScript module declares and every name it uses publicly, with how often each private one is used. */
function scanTypeScript(code, id, found) {
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const pub = (name) => name && found.public.add(name);
  const words = (text) => {
    for (const w of text.match(WORD) ?? []) found.public.add(w);
  };
  const visit = (node) => {
    if (ts.isClassElement(node) && !ts.isConstructorDeclaration(node) && node.name) {
      const name = nameOf(node.name);
      if (name && isPrivate(node) && !hasDecorators(node) && ts.isIdentifier(node.name)) found.private.add(name);
      else pub(name);
    } else if (ts.isParameter(node) && ts.getModifiers?.(node)?.length && ts.isIdentifier(node.name)) {
      if (isPrivate(node)) found.private.add(node.name.text);
      else pub(node.name.text);
    } else if (
      ts.isPropertySignature(node) ||
      ts.isMethodSignature(node) ||
      ts.isPropertyAssignment(node) ||
      ts.isShorthandPropertyAssignment(node) ||
      ts.isEnumMember(node) ||
      ((ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) && ts.isObjectLiteralExpression(node.parent))
    ) {
      pub(nameOf(node.name));
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      pub(nameOf(node.propertyName ?? node.name));
    } else if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      words(node.text);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
      found.uses.set(node.name.text, (found.uses.get(node.name.text) ?? 0) + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Every string and template text of an ES module (what esbuild wrote: decorator keys are strings there). */
function stringWords(ast, found) {
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Literal' && typeof node.value === 'string') for (const w of node.value.match(WORD) ?? []) found.public.add(w);
    if (node.type === 'TemplateElement') for (const w of (node.value.cooked ?? node.value.raw).match(WORD) ?? []) found.public.add(w);
    for (const key in node) if (key !== 'type' && key !== 'start' && key !== 'end') walk(node[key]);
  };
  walk(ast);
}

/** Short identifiers in terser's order of preference, skipping `taken`. */
function* shortNames(taken) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
  const rest = `${first}0123456789`;
  for (let length = 1; ; length++) {
    const at = (i) => {
      let n = i;
      let s = first[n % first.length];
      n = Math.floor(n / first.length);
      for (let k = 1; k < length; k++) {
        s += rest[n % rest.length];
        n = Math.floor(n / rest.length);
      }
      return s;
    };
    const count = first.length * rest.length ** (length - 1);
    for (let i = 0; i < count; i++) {
      const name = at(i);
      if (!taken.has(name)) yield name;
    }
  }
}

/**
 * @param {{ props: Record<string, string> }} cache terser's property cache
 * (`mangle.properties.cache`), filled when every module is parsed, before
 * any chunk is minified.
 * @param {{ reserved?: Iterable<string> }} [options]
 */
export function privateMembers(cache, { reserved = [] } = {}) {
  const found = {};
  return {
    name: 'samsyn-private-members',
    buildStart() {
      Object.assign(found, { private: new Set(), public: new Set(reserved), uses: new Map(), words: new Set() });
      for (const key of Object.keys(cache.props)) delete cache.props[key];
    },
    transform(code, id) {
      if (OURS.test(id) && !id.startsWith('\0')) scanTypeScript(code, id, found);
      return null;
    },
    moduleParsed(info) {
      if (!info.code) return;
      for (const w of info.code.match(WORD) ?? []) found.words.add(w);
      if (OURS.test(info.id) && !info.id.startsWith('\0')) stringWords(info.ast, found);
      // Library code: every word it holds may be a property it reads or writes by name.
      else for (const w of info.code.match(WORD) ?? []) found.public.add(w);
    },
    buildEnd() {
      const names = [...found.private]
        .filter((n) => !found.public.has(n) && !CALLED_BY_NAME.test(n) && n.length > 2)
        .sort((a, b) => (found.uses.get(b) ?? 0) - (found.uses.get(a) ?? 0) || (a < b ? -1 : 1));
      const short = shortNames(found.words);
      for (const name of names) cache.props[`$${name}`] = /** @type {string} */ (short.next().value);
    },
  };
}
