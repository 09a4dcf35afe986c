import { ManyiNoticeChecklist } from './notice-checklist.js';

// Guarded so two copies of the bundle on one page do not throw.
if (!customElements.get('manyi-notice-checklist')) customElements.define('manyi-notice-checklist', ManyiNoticeChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'manyi-notice-checklist': ManyiNoticeChecklist;
  }
}

export { ManyiNoticeChecklist };
