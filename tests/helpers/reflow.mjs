// Reflow (WCAG 1.4.10) checks, shared by the Node tests (run in the page
// through Puppeteer's `page.evaluate`, so the function is self-contained: no
// imports, no outer variables) and the browser tests (imported as a module).

/**
 * What keeps `root` (the page by default) from reflowing, as readable lines;
 * an empty list when nothing does:
 *
 * - the page scrolls sideways (document.scrollingElement.scrollWidth > clientWidth),
 *   with the elements that stick out past its right edge;
 * - an element, in the light tree or any shadow tree, is wider inside than
 *   its box (scrollWidth > clientWidth) and is not a scroll container a user
 *   can reach: overflow-x auto or scroll, tabindex="0", a role and an
 *   accessible name (aria-label, or aria-labelledby naming elements with text).
 *
 * Content that spills out of its box is fine when a scroll box of that kind
 * above it holds it (the cells of a table in a scroll region). Visually hidden
 * text (clipped to nothing on purpose, for screen readers), form fields (they
 * scroll their own text) and elements that are not rendered are left out.
 *
 * @param {ParentNode} [root]
 * @returns {string[]}
 */
export function reflowProblems(root = document) {
  const problems = [];
  const deep = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
  const describe = (el) => {
    const name = (node) => {
      const part = node.getAttribute('part');
      const cls = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
      return `${node.localName}${node.id ? `#${node.id}` : ''}${cls}${part ? `[part="${part}"]` : ''}`;
    };
    // The element, after the shadow hosts it lives in: enough to find it, short enough to read.
    const path = [name(el)];
    for (let host = el.getRootNode().host; host; host = host.getRootNode().host) path.unshift(`${host.localName} >>>`);
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${path.join(' ')}${text ? ` ("${text}")` : ''}`;
  };
  const visuallyHidden = (el) => {
    for (let node = el; node; node = node.parentElement ?? (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null)) {
      const style = getComputedStyle(node);
      if (style.clip !== 'auto' && style.clip !== '') return true;
      if (style.clipPath !== 'none') return true;
    }
    return false;
  };
  const accessibleName = (el) => {
    const label = el.getAttribute('aria-label')?.trim();
    if (label) return label;
    const ids = el.getAttribute('aria-labelledby')?.trim();
    if (!ids) return '';
    const scope = el.getRootNode();
    return ids
      .split(/\s+/)
      .map((id) => scope.getElementById?.(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .filter(Boolean)
      .join(' ');
  };
  const elements = deep(root).filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
  // The box an element's overflow goes to: its parent in the flattened tree (slots and shadow hosts included).
  const parentOf = (el) => el.assignedSlot ?? el.parentElement ?? el.getRootNode().host ?? null;
  const isPage = (el) => el === document.documentElement || el === document.body;
  const clipsOrScrolls = (el) => getComputedStyle(el).overflowX !== 'visible';
  /** The first box above `el` that does not let overflow through: a scroll box, a clipping box, or none (the page). */
  const catcherOf = (el) => {
    for (let up = parentOf(el); up && !isPage(up); up = parentOf(up)) if (clipsOrScrolls(up)) return up;
    return null;
  };
  const unreachable = (el) => {
    const missing = [];
    if (el.getAttribute('tabindex') !== '0') missing.push('no tabindex="0"');
    const role = el.getAttribute('role');
    if (!role || role === 'none' || role === 'presentation' || role === 'generic') missing.push('no role');
    if (!accessibleName(el)) missing.push('no accessible name');
    return missing;
  };
  // Form fields scroll their own text and are reached with the keyboard by nature.
  const fields = new Set(['input', 'textarea', 'select']);

  if (root === document) {
    const page = document.scrollingElement;
    if (page.scrollWidth > page.clientWidth) {
      // What sticks out past the right edge and no scroll box holds: out of flow (absolutely positioned, which
      // escapes a scroll box that is not positioned), or with no scroll box above it.
      // An absolutely positioned box belongs to its containing block, not to its parent: when a scroll box
      // is not positioned, the box passes over it.
      const holdsAbsolute = (el) => {
        const style = getComputedStyle(el);
        return (
          style.position !== 'static' ||
          style.transform !== 'none' ||
          style.contentVisibility === 'auto' ||
          /paint|layout|strict|content/.test(style.contain)
        );
      };
      const heldBy = (el) => {
        let from = el;
        if (getComputedStyle(el).position === 'absolute') {
          for (from = parentOf(el); from && !isPage(from) && !holdsAbsolute(from); ) from = parentOf(from);
          if (!from || isPage(from)) return null;
          if (clipsOrScrolls(from)) return from;
        }
        return catcherOf(from);
      };
      const outside = elements.filter(
        (el) => el.getBoundingClientRect().right > page.clientWidth + 0.5 && getComputedStyle(el).position !== 'fixed' && !heldBy(el),
      );
      const outermost = outside.filter((el) => {
        for (let up = parentOf(el); up; up = parentOf(up)) if (outside.includes(up)) return false;
        return true;
      });
      problems.push(
        `the page is ${page.scrollWidth} px wide in a ${page.clientWidth} px viewport; sticking out: ${outermost
          .map((el) => `${describe(el)} to ${Math.round(el.getBoundingClientRect().right)} px`)
          .join('; ')}`,
      );
    }
  }

  const failing = [];
  for (const el of elements) {
    if (isPage(el) || fields.has(el.localName)) continue;
    if (el.scrollWidth <= el.clientWidth || el.clientWidth === 0) continue;
    if (visuallyHidden(el)) continue;
    const overflow = getComputedStyle(el).overflowX;
    const size = `${el.scrollWidth} px of content in ${el.clientWidth} px`;
    if (overflow === 'auto' || overflow === 'scroll') {
      const missing = unreachable(el);
      if (missing.length) failing.push({ el, line: `${describe(el)}: a scroll box with ${size}, and ${missing.join(', ')}` });
    } else if (overflow !== 'visible') {
      failing.push({ el, line: `${describe(el)}: ${size}, cut off (overflow-x ${overflow})` });
    } else {
      // Content that spills out of its box is fine inside a scroll box a user can reach, and nowhere else.
      const catcher = catcherOf(el);
      if (!catcher) failing.push({ el, line: `${describe(el)}: ${size}, spilling out of its box (no scroll box holds it)` });
      else if (!['auto', 'scroll'].includes(getComputedStyle(catcher).overflowX)) {
        failing.push({ el, line: `${describe(el)}: ${size}, cut off by ${describe(catcher)} (overflow-x ${getComputedStyle(catcher).overflowX})` });
      }
      // Inside a scroll box that is not reachable, that box is the problem and is reported itself.
    }
  }
  // The innermost of them: the boxes around one that is too wide are too wide because of it.
  const contains = (outer, inner) => {
    for (let up = parentOf(inner); up; up = parentOf(up)) if (up === outer) return true;
    return false;
  };
  for (const { el, line } of failing) if (!failing.some((other) => other.el !== el && contains(el, other.el))) problems.push(line);
  return problems;
}
