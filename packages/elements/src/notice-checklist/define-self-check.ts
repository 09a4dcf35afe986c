// `@manyi/elements/notice-checklist/self-check.js`: registers manyi-notice-checklist without clerk mode.
import type { ManyiNoticeChecklist } from './notice-checklist.js';
import { ManyiNoticeSelfCheck } from './self-check-only.js';

// Guarded so two copies of the bundle on one page (or the full checklist already defined) do not throw.
if (!customElements.get('manyi-notice-checklist')) customElements.define('manyi-notice-checklist', ManyiNoticeSelfCheck);

declare global {
  interface HTMLElementTagNameMap {
    // The same public API as the full element's (clerk mode simply says it is not in this build).
    'manyi-notice-checklist': ManyiNoticeChecklist;
  }
}

export { ManyiNoticeSelfCheck };
