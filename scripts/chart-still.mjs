// A rollup plugin that leaves out of the chart chunk the parts of Chart.js
// that samsyn-chart never runs, about 3.6 KiB gzip: its animation engine,
// its interaction modes (which elements lie under the pointer) and the
// active elements' hover styles.
//
// chart-render.ts makes every chart with `animation: false` and `events: []`,
// and is the only place that makes one. With `animation: false` Chart.js
// gives each element's update an `Animations` without a configuration, which
// assigns the new values at once; nothing is ever handed to the animator, so
// `render()` draws at once and `resize()` resizes at once. With no events, no
// pointer event reaches the chart, and only a pointer event (or a page
// calling `getElementsAtEventForMode()` or `setActiveElements()`, which
// samsyn-chart does not) looks elements up by interaction mode or makes one
// active. In their place are an animator that never holds an animation,
// `Animations` that assign at once, and methods that say so if they are ever
// called: a chart that needed them would fail loudly (the element then shows
// its table), never draw differently. The build fails if Chart.js's text is
// not what this was written against.
import { parseAst } from 'rollup/parseAst';

const CHART_JS = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/;

/** The animation engine: from the animator's class to the first declaration after it, with what it declares. */
const ANIMATION = {
  from: 'class Animator {',
  to: 'function scaleClip(',
  declares: ['Animator', 'animator', 'transparent', 'interpolators', 'Animation', 'Animations', 'awaitAll', 'resolveTargetOptions'],
  still: `class Animator {
  listen() {}
  has() { return false; }
  running() { return false; }
  start() {}
  stop() {}
  remove() { return false; }
}
var animator = /* #__PURE__ */ new Animator();
function animated() {
  throw new Error('Samsyn draws charts without animation: Chart.js was asked to animate, which this build leaves out.');
}
class Animation {
  constructor() { animated(); }
}
class Animations {
  constructor(chart, config) { if (isObject(config)) animated(); }
  update(target, values) { Object.assign(target, values); }
}
`,
};

/**
 * Methods that only a pointer event reaches (with `events: []` none does), or a page calling them,
 * which samsyn-chart does not: the interaction lookup, the active elements and their hover styles.
 */
const POINTER_ONLY = {
  Chart: ['getElementsAtEventForMode', 'setActiveElements', '_updateHoverStyles', 'updateHoverStyle', '_eventHandler', '_handleEvent', '_getActiveElements'],
  DatasetController: ['_setStyle', 'removeHoverStyle', 'setHoverStyle', '_removeDatasetHoverStyle', '_setDatasetHoverStyle'],
  // Whether a point lies on an element: asked only by the interaction modes.
  ArcElement: ['inRange'],
  BarElement: ['inRange', 'inXRange', 'inYRange', 'getRange'],
  // The page's listener for a pointer event of `events` (resizing and attaching have listeners of their own).
  '': ['createProxyAndListen'],
};
const POINTER = `function samsynPointer() {
  throw new Error('Samsyn draws charts without pointer events: Chart.js was asked for the elements under the pointer or their hover styles, which this build leaves out.');
}
`;

/** The body of each method of POINTER_ONLY as [start, end], or a message naming what is not there. */
function pointerOnlyBodies(ast) {
  const bodies = [];
  const missing = [];
  for (const [className, methods] of Object.entries(POINTER_ONLY)) {
    const cls = ast.body.find((node) => node.type === 'ClassDeclaration' && node.id?.name === className);
    for (const name of methods) {
      const method = className
        ? cls?.body.body.find((m) => m.type === 'MethodDefinition' && !m.static && m.key.name === name)?.value
        : ast.body.find((node) => node.type === 'FunctionDeclaration' && node.id.name === name);
      if (method) bodies.push([method.body.start, method.body.end]);
      else missing.push(className ? `${className}.${name}` : name);
    }
  }
  return { bodies, missing };
}

/** The names a piece of code declares at its top level, in order (what is not a declaration by its kind). */
function declared(code) {
  return parseAst(code).body.flatMap((node) => {
    if (node.type === 'VariableDeclaration') return node.declarations.map((d) => (d.id.type === 'Identifier' ? d.id.name : d.id.type));
    if ((node.type === 'ClassDeclaration' || node.type === 'FunctionDeclaration') && node.id) return [node.id.name];
    return [node.type];
  });
}

export function chartStill() {
  return {
    name: 'samsyn-chart-still',
    transform(code, id) {
      if (!CHART_JS.test(id)) return null;
      const from = code.indexOf(ANIMATION.from);
      const to = code.indexOf(ANIMATION.to, from);
      const found = from < 0 || to < 0 ? [] : declared(code.slice(from, to));
      const { bodies, missing } = pointerOnlyBodies(parseAst(code));
      if (found.join() !== ANIMATION.declares.join() || missing.length) {
        this.error(
          `chart-still: Chart.js is not what scripts/chart-still.mjs was written against (its animation engine declares ${found.join(', ') || 'nothing found'}; missing methods: ${missing.join(', ') || 'none'}); review it`,
        );
      }
      // From the end, so that the offsets found still hold.
      let still = code;
      for (const [start, end] of bodies.sort((a, b) => b[0] - a[0])) still = `${still.slice(0, start)}{ samsynPointer(); }${still.slice(end)}`;
      if (bodies.some(([start]) => start > from && start < to)) this.error('chart-still: a pointer-only method inside the animation engine');
      const cut = still.indexOf(ANIMATION.to, still.indexOf(ANIMATION.from));
      still = still.slice(0, still.indexOf(ANIMATION.from)) + ANIMATION.still + POINTER + still.slice(cut);
      return { code: still, map: null };
    },
  };
}
