// A rollup plugin that leaves Chart.js's colour library (@kurkle/color, about
// 3.6 KiB gzip) out of the chart chunk. Chart.js uses it in two places only:
// to blend colours while animating, and to derive the hover colours
// (`hoverBackgroundColor` …, resolved only for an element under the pointer
// or set active). chart-render.ts draws with `animation: false`, so no
// property is ever animated, and with `events: []` and no
// `setActiveElements()`, so no element is ever active. In its place is a
// `Color` that says so if it is ever made: a chart that needed it would fail
// loudly (the element then shows its table), never draw wrong colours.
const ID = '\0samsyn-chart-color';

export function chartColor() {
  return {
    name: 'samsyn-chart-color',
    resolveId(source, importer) {
      if (source === '@kurkle/color' && importer && /[\\/]node_modules[\\/]chart\.js[\\/]/.test(importer)) return ID;
      return null;
    },
    load(id) {
      if (id !== ID) return null;
      return `export class Color {
  constructor() {
    throw new Error('Samsyn draws charts without animation and hover colours: Chart.js asked for a colour blend, which this build leaves out.');
  }
}
`;
    },
  };
}
