// Plugins for the custom elements manifest analyzer, so that
// custom-elements.json (read by editors, Storybook's docs and vendors'
// tooling) is complete for Samsyn's conventions:
// - elements are registered with `define('samsyn-x', SamsynX)` from
//   components/shared/define.ts, which the analyzer does not know as a
//   registration: each call becomes a custom-element definition (tag name),
//   pointing at the module that declares the class (`x.component.ts`, which
//   the registering entry `x.ts` imports);
// - a class's `@description` tag becomes its description (the summary when
//   there is none);
// - events get the `detail` type named for them in components/shared/events.ts;
// - the shared `--samsyn-*` tokens of components/shared/tokens.styles.ts
//   (excluded from the analysis as shared code) are listed on every element,
//   since every element honours them.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** `'samsyn-change': CustomEvent<SamsynChangeDetail>` lines of the event map. */
function eventTypes() {
  const source = readFileSync('src/components/shared/events.ts', 'utf8');
  return new Map([...source.matchAll(/'(samsyn-[a-z-]+)':\s*(CustomEvent<\w+>)/g)].map((m) => [m[1], m[2]]));
}

/** `@cssprop --samsyn-x - description` lines of the shared tokens. */
function sharedTokens() {
  const source = readFileSync('src/components/shared/tokens.styles.ts', 'utf8');
  return [...source.matchAll(/@cssprop\s+(--samsyn-[\w-]+)\s+-\s+(.+)/g)].map((m) => ({ name: m[1], description: m[2].trim() }));
}

/** The module a class named in `define()` comes from: this one, or the one it is imported from. */
function declaringModule(ts, node, path) {
  const name = node.arguments[1].text;
  for (const statement of node.getSourceFile().statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named) || !named.elements.some((e) => e.name.text === name)) continue;
    const from = statement.moduleSpecifier.text.replace(/\.js$/, '.ts');
    return posix.normalize(posix.join(posix.dirname(path), from));
  }
  return path;
}

export function samsynManifestPlugins() {
  const descriptions = new Map();
  return [
    {
      name: 'samsyn-define-calls',
      analyzePhase({ ts, node, moduleDoc }) {
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'define' &&
          node.arguments.length === 2 &&
          ts.isStringLiteral(node.arguments[0]) &&
          ts.isIdentifier(node.arguments[1])
        ) {
          moduleDoc.exports = [
            ...(moduleDoc.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: node.arguments[0].text,
              declaration: { name: node.arguments[1].text, module: declaringModule(ts, node, moduleDoc.path) },
            },
          ];
        }
        if (ts.isClassDeclaration(node) && node.name) {
          const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'description');
          const text = tag ? ts.getTextOfJSDocComment(tag.comment)?.trim() : undefined;
          if (text) descriptions.set(`${moduleDoc.path}#${node.name.text}`, text);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        const events = eventTypes();
        const tokens = sharedTokens();
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.kind !== 'class') continue;
            const description = descriptions.get(`${mod.path}#${decl.name}`);
            if (description) decl.description = description;
            if (!decl.tagName) continue;
            decl.customElement = true;
            if (!decl.description && decl.summary) decl.description = decl.summary;
            for (const event of decl.events ?? []) {
              if (!event.type && events.has(event.name)) event.type = { text: events.get(event.name) };
            }
            const own = new Set((decl.cssProperties ?? []).map((p) => p.name));
            decl.cssProperties = [...(decl.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name))];
          }
        }
      },
    },
    {
      // The analyzer lists modules in the order it finishes reading them,
      // which varies from run to run: the same sources gave a different file.
      // Sorted by path, the manifest is the same for the same sources, so a
      // build leaves it unchanged and the staleness check compares like with like.
      name: 'samsyn-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ];
}
