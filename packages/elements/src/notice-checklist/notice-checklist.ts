import { onDemand } from '../on-demand.js';
import { type ClerkDeskModule, NoticeChecklistBase } from './notice-checklist-base.js';

export type { NoticeChecklistMode, NoticeSink } from './notice-checklist-base.js';

/**
 * Clerk mode: fetched (once per page) when a checklist's `mode` becomes `clerk`, so a citizen's
 * self-check never loads the clerk's form, the notice, its QR code, printing or their texts.
 */
const clerkDesk = onDemand<ClerkDeskModule>(() => import('./clerk-desk.js'));

/**
 * The service item comes from the `serviceItem` property or is fetched from `src`, and is validated;
 * a bad or unreachable one shows what is wrong. In clerk mode, fields are validated when the clerk
 * asks for the notice; from then on messages update on every edit. An issued notice prints on A4 or
 * A5 (see `noticePageStyles` for the page-level CSS the element adds while printing). Clerk mode is
 * fetched when `mode` becomes `clerk`; if it cannot be, the element says so and offers a retry.
 * Pages that never issue notices can import `@manyi/elements/notice-checklist/self-check.js`
 * instead: the same tag without clerk mode.
 *
 * @summary One-time notification (一次性告知): a citizen checks a service's materials before queueing;
 * a clerk ticks what was received and issues a printable notice of everything missing or defective.
 */
export class ManyiNoticeChecklist extends NoticeChecklistBase {
  constructor() {
    super(clerkDesk);
  }
}
