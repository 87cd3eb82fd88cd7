// A rollup plugin that removes the indentation of Lit's `html`, `svg` and
// `css` template literals: terser keeps template strings as written, so every
// element shipped its source's newlines and indentation. A run of whitespace
// that contains a line break becomes one space (HTML and CSS treat both the
// same; no template has <pre> content), and CSS comments go.
import { walk } from 'estree-walker';

const TAGS = new Set(['html', 'svg', 'css']);

function minifyQuasi(raw, tag) {
  let out = raw;
  if (tag === 'css') out = out.replace(/\/\*[^]*?\*\//g, '');
  out = out.replace(/\s*\n\s*/g, ' ');
  if (tag === 'css') out = outsideStrings(out, minifyCss);
  return out;
}

/**
 * Spaces CSS does not need: around braces, semicolons, commas and the child
 * combinator, after a colon, and the last semicolon of a block. Never around
 * `+`, `-` or `*` (calc() needs them) and never inside a quoted string.
 */
function minifyCss(text) {
  return text
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function outsideStrings(text, fn) {
  return text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) => (i % 2 ? part : fn(part)))
    .join('');
}

export function minifyTemplates() {
  return {
    name: 'samsyn-minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      const ast = this.parse(code);
      const edits = [];
      walk(ast, {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const min = minifyQuasi(raw, node.tag.name);
            if (min !== raw) edits.push([quasi.start, quasi.end, min]);
          }
        },
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
