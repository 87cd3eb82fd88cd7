// A rollup plugin that writes `dist/preload.json`: for each entry of the
// package, every file a page fetches before the entry can run, the entry
// first, then every chunk it imports statically, transitively, each once.
//
// A browser learns an entry's chunks only by fetching it, and a chunk's only
// by fetching that chunk: a page that loads one element with one script tag
// waits for its own module, then the element's entry, then the chunks, one
// round trip after another. Over HTTP/1.1 a browser also opens at most six
// connections to a host, so the chunks queue. `<link rel="modulepreload">`
// for each file, in the page's head, starts every fetch as soon as the HTML
// arrives (docs/elements.md, "Loading fast"). The chunks' names carry a hash
// of their content and change between versions, so a portal's template
// writes the links from this file when it deploys dist/, rather than by hand
// (scripts/preload-links.mjs does it for the pages scripts/serve.mjs serves).
//
// What an entry loads with `import()` (Chart.js, the English texts, a view
// shown only in one mode) is left out: a page that never needs it should not
// fetch it.

/**
 * The entry's file, then every chunk it imports statically, transitively,
 * each once, the largest first: the browser fetches preloads in the order of
 * the links, and over a few connections the large files started first end
 * soonest all together.
 */
export function staticClosure(bundle, entry) {
  const files = [entry];
  for (let i = 0; i < files.length; i++) {
    for (const imported of bundle[files[i]]?.imports ?? []) if (!files.includes(imported)) files.push(imported);
  }
  const size = (file) => bundle[file]?.code?.length ?? 0;
  return [entry, ...files.slice(1).sort((a, b) => size(b) - size(a) || a.localeCompare(b))];
}

export function modulePreloads() {
  return {
    name: 'module-preloads',
    generateBundle(_options, bundle) {
      const entries = Object.values(bundle)
        .filter((chunk) => chunk.type === 'chunk' && chunk.isEntry)
        .map((chunk) => chunk.fileName)
        .sort();
      const preloads = Object.fromEntries(entries.map((entry) => [entry, staticClosure(bundle, entry)]));
      this.emitFile({ type: 'asset', fileName: 'preload.json', source: `${JSON.stringify(preloads, null, 2)}\n` });
    },
  };
}
