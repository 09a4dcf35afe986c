import type { LitElement } from 'lit';

/** Puts a fresh element on the page with these attributes and waits for its first render. */
export async function fixture<T extends LitElement>(
  tag: string,
  attributes: Record<string, string> = {},
  container: HTMLElement = document.body,
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await el.updateComplete;
  return el;
}

/** Lets pending promises, timers of 0 ms and Lit updates run. */
export async function settle(el: LitElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

/** The buttons in the element's shadow root, and one of them by its visible text. */
export function buttons(el: Element): HTMLButtonElement[] {
  return [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
}

export function button(el: Element, name: string): HTMLButtonElement {
  const found = buttons(el).find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}" among ${buttons(el).map((b) => b.textContent?.trim())}`);
  return found;
}

/** All text the element shows, whitespace collapsed. */
export function shownText(el: Element): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/** The shadow root's element matching a part, or a failure naming it. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T {
  const found = el.shadowRoot?.querySelector<T>(`[part~='${name}']`);
  if (!found) throw new Error(`no part "${name}"`);
  return found;
}

export function parts(el: Element, name: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~='${name}']`) ?? [])];
}

/** Waits until `check` holds, re-rendering in between; fails after `ms`. */
export async function until(el: LitElement, check: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}
