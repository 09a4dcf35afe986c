import type { NoticeRecord, ServiceItem } from '@manyi/core';
import { fixture, settle } from './fixture.js';
import { HUKOU_MOVE } from './hukou-move-notice.js';
import '../notice-checklist/define.js';
import type { ManyiNoticeChecklist } from '../notice-checklist/notice-checklist.js';

/** A fresh checklist on the page, given the service item by property (`null`: none) before it first renders. */
export async function checklist(
  attributes: Record<string, string> = {},
  item: unknown = HUKOU_MOVE,
  container: HTMLElement = document.body,
): Promise<ManyiNoticeChecklist> {
  const el = document.createElement('manyi-notice-checklist');
  if (item !== null) el.serviceItem = item as ServiceItem;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await settle(el);
  return el;
}

export function clerk(attributes: Record<string, string> = {}, item: unknown = HUKOU_MOVE): Promise<ManyiNoticeChecklist> {
  return checklist({ mode: 'clerk', station: 'demo', window: 'w03', staff: 's07', 'tracking-node': '17', ...attributes }, item);
}

export { fixture, HUKOU_MOVE, settle };

/** Keeps what the checklist hands over, like an outbox would; fails the first `fail` times. */
export function sink(fail = 0) {
  const kept: NoticeRecord[] = [];
  return {
    kept,
    async put(record: NoticeRecord) {
      if (fail-- > 0) throw new DOMException('disk full', 'QuotaExceededError');
      kept.push(record);
    },
  };
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The box labelled `label` in the fieldset of the material named `material`. */
export function box(el: Element, material: string, label: string): HTMLInputElement {
  const fieldset = [...(el.shadowRoot?.querySelectorAll('fieldset.material') ?? [])].find(
    (f) => f.querySelector('.material-name')?.textContent?.trim() === material,
  );
  if (!fieldset) throw new Error(`no material "${material}"`);
  const found = [...fieldset.querySelectorAll('label.check')].find((l) => l.textContent?.trim() === label)?.querySelector('input');
  if (!found) throw new Error(`no box "${label}" for "${material}"`);
  return found;
}

/** The text field whose label reads `label`. */
export function field(el: Element, label: string): HTMLInputElement | HTMLTextAreaElement {
  const labelEl = [...(el.shadowRoot?.querySelectorAll('label[for]') ?? [])].find((l) => l.textContent?.trim() === label);
  const id = labelEl?.getAttribute('for');
  const found = id ? el.shadowRoot?.getElementById(id) : null;
  if (!(found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement)) throw new Error(`no field "${label}"`);
  return found;
}

/** Types into a field the way a person's input reaches it (value, then an input event). */
export function type(target: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function tick(target: HTMLInputElement): void {
  target.click();
}

/** Forgets this device's notice counters, so each test starts the day's numbering afresh. */
export function clearNoticeCounters(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith('manyi-notice-seq:')) localStorage.removeItem(key);
  }
}

export function nextEvent<T extends Event = CustomEvent>(el: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => el.addEventListener(type, (e) => resolve(e as T), { once: true }));
}

// The runner's own commands (real keyboard, print media), reached the way @web/test-runner-commands
// does: that package is not a dependency of this one, but every runner serves the socket.
async function serverCommand(command: string, payload: unknown): Promise<unknown> {
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  const socketModule = '/__web-dev-server__web-socket.js';
  const socket = (await import(socketModule)) as {
    sendMessageWaitForResponse(message: unknown): Promise<{ executed: boolean; result: unknown }>;
  };
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command, payload });
  if (!response.executed) throw new Error(`the test runner did not run ${command}`);
  return response.result;
}

/** Presses real keys in the browser: `press('Tab')`, `press('Space')`, or types text. */
export async function press(key: string): Promise<void> {
  await serverCommand('send-keys', { press: key });
}

export async function typeKeys(text: string): Promise<void> {
  await serverCommand('send-keys', { type: text });
}

export async function emulatePrint(print: boolean): Promise<void> {
  await serverCommand('emulate-media', { media: print ? 'print' : 'screen' });
}

/** The element focused inside the checklist's shadow root. */
export function focused(el: Element): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}
