// What a portal's page template does with dist/preload.json (written by the
// build, scripts/module-preloads.mjs), for the pages scripts/serve.mjs
// serves: a comment
//
//   <!-- samsyn-preload dist="../../dist/" entry="components/inventory-form.js" -->
//
// in a page's head becomes one `<link rel="modulepreload">` per file the
// entry needs, `dist` being where dist/ is, relative to the page. A page
// without the comment is sent as it is; an entry the build did not write, or
// a build without preload.json, leaves the comment (the page still works,
// fetching one module after another).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MARKER = /<!--\s*samsyn-preload\s+dist="([^"]*)"\s+entry="([^"]+)"\s*-->/g;

/** The `<link rel="modulepreload">` lines for `entry`, or undefined when `preloads` (preload.json's content) has no such entry. */
export function preloadLinks(preloads, entry, dist) {
  const files = preloads[entry];
  return files?.map((file) => `<link rel="modulepreload" href="${dist}${file}" />`).join('\n    ');
}

/** `html`, the page at `file` on disk, with every samsyn-preload comment replaced by its links. */
export function expandPreloads(html, file) {
  return html.replace(MARKER, (comment, dist, entry) => {
    const manifest = join(dirname(file), dist, 'preload.json');
    if (!existsSync(manifest)) return comment;
    return preloadLinks(JSON.parse(readFileSync(manifest, 'utf8')), entry, dist) ?? comment;
  });
}
