import { html, nothing, type TemplateResult } from 'lit';
import type { NoticeChecklistSelfCheckMessages } from './messages.js';
import type { ServiceItemResult } from './service-item-source.js';

/** What shows while there is no usable service item: none given, loading, or why it cannot be used. */
export function sourceView(
  t: NoticeChecklistSelfCheckMessages,
  source: ServiceItemResult | 'loading' | undefined,
  onReload: (() => void) | undefined,
): TemplateResult {
  if (source === undefined) return html`<p class="empty" role="status">${t.noServiceItem}</p>`;
  if (source === 'loading') return html`<p class="loading" role="status">${t.loading}</p>`;
  if (source.ok) return html``;
  return html`<div part="error" class="problem" role="alert">
    <p class="problem-title">${source.problem === 'invalid' ? t.invalidServiceItem : t.unreachableServiceItem}</p>
    <p class="detail">${t.problemDetail(source.detail)}</p>
    ${onReload ? html`<button class="secondary" @click=${onReload}>${t.reload}</button>` : nothing}
  </div>`;
}
