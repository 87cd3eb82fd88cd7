// A rollup plugin that leaves out of the chart chunk the parts of Chart.js
// that samsyn-chart never runs, about 3 KiB gzip: its animation engine and
// its interaction modes (which elements lie under the pointer).
//
// chart-render.ts makes every chart with `animation: false` and `events: []`,
// and is the only place that makes one. With `animation: false` Chart.js
// gives each element's update an `Animations` without a configuration, which
// assigns the new values at once; nothing is ever handed to the animator, so
// `render()` draws at once and `resize()` resizes at once. With no events, no
// pointer event reaches the chart, and only a pointer event (or a page
// calling `getElementsAtEventForMode()`, which samsyn-chart does not) looks
// elements up by interaction mode. In their place are an animator that never
// holds an animation, `Animations` that assign at once, and an interaction
// lookup that says so if it is ever asked: a chart that needed them would
// fail loudly (the element then shows its table), never draw differently.
// The build fails if Chart.js's text is not what this was written against.
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

const INTERACTION = {
  text: 'const method = Interaction.modes[mode];',
  still:
    "const method = (() => { throw new Error('Samsyn draws charts without pointer events: Chart.js looked for the elements under the pointer, which this build leaves out.'); })();",
};

function declared(code) {
  return parseAst(code).body.flatMap((node) =>
    node.type === 'VariableDeclaration' ? node.declarations.map((d) => d.id.name) : node.id ? [node.id.name] : [node.type],
  );
}

export function chartStill() {
  return {
    name: 'samsyn-chart-still',
    transform(code, id) {
      if (!CHART_JS.test(id)) return null;
      const from = code.indexOf(ANIMATION.from);
      const to = code.indexOf(ANIMATION.to, from);
      const interaction = code.split(INTERACTION.text).length - 1;
      const found = from < 0 || to < 0 ? [] : declared(code.slice(from, to));
      if (found.join() !== ANIMATION.declares.join() || interaction !== 1) {
        this.error(
          `chart-still: Chart.js is not what scripts/chart-still.mjs was written against (animation engine declares ${found.join(', ') || 'nothing found'}; the interaction lookup found ${interaction} times); review it`,
        );
      }
      const still = code.slice(0, from) + ANIMATION.still + code.slice(to);
      return { code: still.replace(INTERACTION.text, INTERACTION.still), map: null };
    },
  };
}
