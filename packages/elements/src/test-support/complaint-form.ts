// Test helpers shared by the complaint form's test files (named *.test.* so they are not published).
import type { ComplaintRecord } from '@manyi/core';
import { fixture, settle } from './fixture.js';
import '../complaint-form/define.js';
import type { ComplaintFormErrorEvent } from '../complaint-form/complaint-form.events.js';
import type { ManyiComplaintForm } from '../complaint-form/complaint-form.js';

export function complaintForm(attributes: Record<string, string> = {}, container?: HTMLElement): Promise<ManyiComplaintForm> {
  return fixture<ManyiComplaintForm>('manyi-complaint-form', { station: 'demo', ...attributes }, container);
}

/** Keeps what the form hands over, like an outbox would; the first `fail` puts throw. */
export function sink(fail = 0, delayMs = 0) {
  const kept: ComplaintRecord[] = [];
  return {
    kept,
    async put(record: ComplaintRecord) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (fail-- > 0) throw new DOMException('disk full', 'QuotaExceededError');
      kept.push(record);
    },
  };
}

export function inner<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function has(el: Element, selector: string): boolean {
  return !!el.shadowRoot?.querySelector(selector);
}

export function submitButton(el: Element): HTMLButtonElement {
  return inner<HTMLButtonElement>(el, 'button[type="submit"]');
}

/** Types into a text field as a person would (value, then an input event). */
export function type(el: Element, selector: string, value: string): void {
  const field = inner<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export interface Answers {
  category?: string;
  description?: string;
  reply?: boolean;
  name?: string;
  phone?: string;
  consent?: boolean;
}

/** Fills the form through its controls; each step lets the form re-render as it would between taps. */
export async function fill(el: ManyiComplaintForm, answers: Answers): Promise<void> {
  if (answers.category) inner(el, `#category-${answers.category}`).click();
  if (answers.description !== undefined) type(el, '#description', answers.description);
  await settle(el);
  if (answers.reply !== undefined) inner(el, answers.reply ? '#reply-yes' : '#reply-no').click();
  await settle(el);
  if (answers.name !== undefined) type(el, '#name', answers.name);
  if (answers.phone !== undefined) type(el, '#phone', answers.phone);
  if (answers.consent) inner(el, '#consent').click();
  await settle(el);
}

export const ANONYMOUS: Answers = { category: 'delay', description: '等了两个小时，窗口一直没人' };
export const WITH_CONTACT: Answers = { ...ANONYMOUS, reply: true, name: '王女士', phone: '138 0013 8000', consent: true };

/** Sends the form as the visitor does, and lets the sending finish. */
export async function send(el: ManyiComplaintForm): Promise<void> {
  submitButton(el).click();
  await settle(el);
}

/** Collects the element's events of one type. */
export function events<T extends CustomEvent>(el: Element, name: string): T[] {
  const seen: T[] = [];
  el.addEventListener(name, (e) => seen.push(e as T));
  return seen;
}

export const errorEvents = (el: Element) => events<ComplaintFormErrorEvent>(el, 'manyi-error');

/** The messages in the error summary, in order. */
export function summaryLinks(el: Element): HTMLAnchorElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLAnchorElement>('[part~="error-summary"] a') ?? [])];
}

/** The inline message of a field, or '' when it has none. */
export function fieldMessage(el: Element, field: string): string {
  return el.shadowRoot?.querySelector(`#${field}-error`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The tracking number on the success panel. */
export function shownTrackingNo(el: Element): string {
  return el.shadowRoot?.querySelector('[part~="tracking-number"]')?.textContent?.trim() ?? '';
}
