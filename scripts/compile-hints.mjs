// A rollup plugin, placed after terser, that asks V8 to compile the chunks a
// report's first screenful runs through (Lit and the element base, the
// chart element, the aggregation) while they load, rather than each
// function the first time it is called. The magic comment is V8's
// explicit compile hint (`//# allFunctionsCalledOnLoad`, first line of a
// script or module); a browser without it reads a comment. Nothing runs
// earlier: the code is compiled, not called. A profile of the report with
// 3,596 records spent about 27 ms compiling during its first screenful; with
// the hint about 5, at the cost of compiling these chunks whole while they
// load. Chart.js's chunk is left without: compiled whole, it made every
// chart drawn later in alternating runs. Other chunks are left as they are:
// most of a form's or a plan's code runs only when someone uses it.

const HINT = '//# allFunctionsCalledOnLoad\n';

/** @param {string[]} names chunk names (`[name]` of chunkFileNames) to hint */
export function compileHints(names) {
  const wanted = new Set(names);
  return {
    name: 'samsyn-compile-hints',
    generateBundle(_options, bundle) {
      const found = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !wanted.has(chunk.name)) continue;
        found.add(chunk.name);
        chunk.code = HINT + chunk.code;
        // One more line at the top: the map's lines move down by one. Rollup
        // has already put the map file into the bundle as an asset by now,
        // so that is where the shift has to go as well.
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        const mapFile = bundle[`${chunk.fileName}.map`];
        if (mapFile?.type === 'asset') {
          const map = JSON.parse(String(mapFile.source));
          map.mappings = `;${map.mappings}`;
          mapFile.source = JSON.stringify(map);
        }
      }
      const lost = [...wanted].filter((name) => !found.has(name));
      if (lost.length) this.error(`compile-hints: no chunk named ${lost.join(', ')}; review scripts/compile-hints.mjs`);
    },
  };
}
