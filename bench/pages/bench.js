// What every bench page shares: timing up to the next paint, finding
// elements through shadow roots, watching the main thread, and handing the
// result to bench/render.mjs (which waits for `window.__bench.done`).

/**
 * Resolves after the next frame is painted: a rAF callback runs just before
 * the frame's style, layout and paint, and a message posted from it is
 * delivered once that frame is done.
 */
export function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });
}

/** Every element matching `selector` under `root`, looking inside open shadow roots too (root's own included). */
export function deepQueryAll(root, selector) {
  const found = [];
  const visit = (node) => {
    if (node.shadowRoot) visit(node.shadowRoot);
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Whether `el` takes up space on the page (not hidden by display, a closed section or a hidden step). */
export const isShown = (el) => el.getClientRects().length > 0;

/** Waits, frame by frame, until `predicate()` is truthy; rejects after `timeout` ms with `what`. */
export async function waitFor(predicate, what, timeout = 30_000) {
  const started = performance.now();
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Watches the main thread until `stop()`: the longest task Chromium reports
 * as a long task (over 50 ms), and the longest gap between animation frames
 * (what a person sees as a freeze, shorter tasks included).
 */
export function watchMainThread() {
  const tasks = [];
  const take = (entries) => tasks.push(...entries.map((e) => ({ start: e.startTime, duration: e.duration })));
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'longtask' });
  let last = performance.now();
  let longestGap = 0;
  let running = true;
  const frame = (now) => {
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {
    /** The figures; `longestTaskAfter` is the longest task that started at or after `split` (a performance.now() time). */
    stop(split = Infinity) {
      running = false;
      take(observer.takeRecords());
      observer.disconnect();
      const longest = (list) => Math.max(0, ...list.map((t) => t.duration));
      return {
        longestTask: longest(tasks),
        longestTaskBefore: longest(tasks.filter((t) => t.start < split)),
        longestTaskAfter: longest(tasks.filter((t) => t.start >= split)),
        longTasks: tasks.length,
        longestFrameGap: longestGap,
      };
    },
  };
}

/** Query parameters of the page, numbers as numbers. */
export function params() {
  const out = {};
  for (const [k, v] of new URLSearchParams(location.search)) out[k] = v !== '' && !Number.isNaN(Number(v)) ? Number(v) : v;
  return out;
}

/** Runs the page's measurement and publishes its result (or its error) for the harness. */
export async function publish(measure) {
  try {
    window.__bench = { done: true, result: await measure() };
  } catch (error) {
    window.__bench = { done: true, error: String(error?.stack ?? error) };
  }
}

/** Answers to the first section of the national inventory, so that Next moves on in both forms. */
export const FIRST_SECTION_ANSWERS = { gender: 'woman', ageBand: '25-34', household: ['alone'] };

/** The title of the national inventory's second section, which Next leads to. */
export const SECOND_SECTION_TITLE = 'Samverkan';
