import type * as RendererModule from './chart-render.js';

/*
 * When charts are drawn: Chart.js fetched once for the page when the first
 * chart is shown, and the charts in view drawn a few a frame, so that a
 * report of many charts never holds the page in one long task.
 */

type Renderer = typeof RendererModule;

let renderer: Renderer | undefined;

/** Chart.js and the drawing code, once they have arrived. */
export function loadedRenderer(): Renderer | undefined {
  return renderer;
}
let loadingRenderer: Promise<Renderer> | undefined;

/** Chart.js and the drawing code, fetched once for the whole page when the first chart is shown. */
export function loadRenderer(): Promise<Renderer> {
  loadingRenderer ??= import('./chart-render.js').then((module) => (renderer = module));
  return loadingRenderer;
}

/**
 * Starts fetching Chart.js and the drawing code now, for an element that will show charts: by the time
 * its first chart is in view they are there. A failure is kept for the chart to handle (it opens its table).
 */
export function preloadRenderer(): void {
  loadRenderer().catch(() => undefined);
}

/** Charts in view waiting to be drawn, with how each draws itself. */
const drawQueue = new Map<HTMLElement, () => void>();
let drawScheduled = false;
/** When the last batch ended: the first batch after a pause runs at once, the next ones a frame apart. */
let lastBatch = -Infinity;
/**
 * How long one frame's batch of charts may take: a few charts a frame (most take 3–15 ms), no task
 * much over the 50 ms a long task starts at, and the page answers between frames. Fewer, fuller frames
 * paint less often than one chart a frame would.
 */
const FRAME_BUDGET_MS = 40;
/**
 * Whether a chart has been drawn on this page. The first one pays for Chart.js's first run (its code
 * compiled and its defaults resolved: tens of milliseconds, once), which alone would use up its batch's
 * budget; after it the batch goes on for a quarter of a budget, so that the charts beside it in the first
 * screenful are painted in the same frame, not one frame later. In that quarter a chart is begun only
 * while the one before it would still fit: a chart below the first screenful would hold back its paint.
 */
let warmedUp = false;

/**
 * Draws the waiting charts a few per frame, nearest the viewport first (then from the top), so that the
 * first screenful appears at once and one long task never holds the page while a report's charts are drawn.
 */
function drawQueued(): void {
  // Called by a frame or by the timer behind it, whichever comes first.
  if (!drawScheduled) return;
  drawScheduled = false;
  let started = performance.now();
  // Every position read before any chart is drawn: drawing resizes canvases, and a read after it would lay out the page again.
  const order = [...drawQueue.keys()]
    .map((el) => {
      const { top, bottom } = el.getBoundingClientRect();
      return { el, top, distance: top > innerHeight ? top - innerHeight : bottom < 0 ? -bottom : 0 };
    })
    .sort((a, b) => a.distance - b.distance || a.top - b.top);
  /** In the batch that warmed Chart.js up: how long the last chart took, which the next one must fit beside. */
  let last: number | undefined;
  for (const { el } of order) {
    const begun = performance.now();
    if (begun - started + (last ?? 0) > FRAME_BUDGET_MS) break;
    const draw = drawQueue.get(el);
    drawQueue.delete(el);
    draw?.();
    if (last !== undefined) last = performance.now() - begun;
    if (!warmedUp) {
      warmedUp = true;
      last = 0;
      started = performance.now() - (FRAME_BUDGET_MS * 3) / 4;
    }
  }
  lastBatch = performance.now();
  scheduleDrawing();
}

/** Where the browser has it: tasks that run when the page has no other task waiting. */
const scheduler = (globalThis as { scheduler?: { postTask(task: () => void, options: { priority: 'background' }): Promise<void> } }).scheduler;

function scheduleDrawing(): void {
  if (drawScheduled || drawQueue.size === 0) return;
  drawScheduled = true;
  // After a pause, in the next task, to be painted with the next frame; while charts are being drawn, one
  // batch a frame, each once the frame that shows the last one is painted (a batch in the frame's own
  // callbacks would hold back the charts already drawn until it is done too) and the page's own tasks
  // have gone first, or a task shortly after where the page renders no frames (a background tab).
  if (performance.now() - lastBatch > 50) {
    setTimeout(drawQueued);
  } else {
    requestAnimationFrame(() => (scheduler ? void scheduler.postTask(drawQueued, { priority: 'background' }) : setTimeout(drawQueued)));
    setTimeout(drawQueued, 100);
  }
}

let colourQueries: MediaQueryList[] | undefined;

/**
 * Forced colours (a Windows high-contrast theme) and the colour scheme: the canvas is drawn in colours
 * read when it is drawn, so a change of either redraws it. The first one says whether colours are forced.
 */
export const colourModes = () => (colourQueries ??= ['(forced-colors: active)', '(prefers-color-scheme: dark)'].map((q) => matchMedia(q)));

/** Draws `el` with the next batch: nearest the viewport first, a few charts a frame. */
export function queueDrawing(el: HTMLElement, draw: () => void): void {
  drawQueue.set(el, draw);
  scheduleDrawing();
}

/** Takes `el` out of the queue (it was drawn at once, or left the page). */
export function unqueueDrawing(el: HTMLElement): void {
  drawQueue.delete(el);
}
