// Layout checks for the small-screen tests: what reaches past an element's edges, and text broken
// over more lines than it should be. Geometry is read from the real layout, in real Chromium.
import { command } from './runner-commands.js';

export interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

/** The sizes every element must hold at: two phones and a portrait tablet. */
export const VIEWPORTS: readonly Viewport[] = [
  { name: 'phone 360×640', width: 360, height: 640 },
  { name: 'phone 390×844', width: 390, height: 844 },
  { name: 'tablet portrait 800×1280', width: 800, height: 1280 },
];

export const setViewport = (size: Viewport) => command('set-viewport', { width: size.width, height: size.height });

/** Where a node is, for a failure message: tag, part and class. */
function describe(node: Element): string {
  const part = node.getAttribute('part');
  const cls = node.getAttribute('class');
  return `<${node.localName}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}> "${node.textContent?.trim().slice(0, 20)}"`;
}

/** Inside a frame that scrolls sideways on purpose (a wide table): its content may be wider than the element. */
function inScrollFrame(node: Element, root: ShadowRoot): boolean {
  for (let n = node.parentElement; n && root.contains(n); n = n.parentElement) {
    const overflow = getComputedStyle(n).overflowX;
    if (overflow === 'auto' || overflow === 'scroll') return true;
  }
  return false;
}

/** Everything shown in the element's shadow root that reaches past the element's left or right edge, and a page that scrolls sideways. */
export function overflowing(el: Element): string[] {
  const root = el.shadowRoot;
  if (!root) throw new Error(`${el.localName} has no shadow root`);
  const host = el.getBoundingClientRect();
  const found: string[] = [];
  if (document.documentElement.scrollWidth > window.innerWidth)
    found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  for (const node of root.querySelectorAll('*')) {
    if (node.localName === 'style' || inScrollFrame(node, root)) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > host.right + 0.5 || box.left < host.left - 0.5) {
      found.push(
        `${describe(node)} spans ${Math.round(box.left)}–${Math.round(box.right)} px, the element ${Math.round(host.left)}–${Math.round(host.right)}`,
      );
    }
  }
  return found;
}

/** How many lines the text inside `node` takes (text boxes only: a face's picture is not a line). */
export function textLines(node: Node): number {
  const rects: DOMRect[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const rect of range.getClientRects()) if (rect.width > 0) rects.push(rect);
  }
  rects.sort((a, b) => a.top - b.top);
  let lines = 0;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const rect of rects) {
    // A box starting below the current line's bottom opens a new line.
    if (rect.top >= bottom - 1) {
      lines++;
      bottom = rect.bottom;
    } else bottom = Math.max(bottom, rect.bottom);
  }
  return lines;
}

/** Each of these (buttons, a tracking number) whose text breaks over more than one line. */
export function brokenOverLines(nodes: Iterable<Element>): string[] {
  return [...nodes].filter((n) => textLines(n) > 1).map((n) => `${describe(n)} takes ${textLines(n)} lines`);
}

/** Buttons of the element, as shown: each on one line. */
export function brokenButtons(el: Element): string[] {
  return brokenOverLines(el.shadowRoot?.querySelectorAll('button') ?? []);
}
