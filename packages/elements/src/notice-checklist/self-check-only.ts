// The checklist for pages that never issue notices (a citizen's portal, the hall kiosk): no clerk
// module is referenced, so a bundler ships none of it, not even as a chunk to fetch later.
import { NoticeChecklistBase } from './notice-checklist-base.js';

/**
 * `manyi-notice-checklist` for self-check only: the same attributes, events and parts, without clerk
 * mode. `mode="clerk"` shows staff that this build cannot issue notices and raises `manyi-error`.
 *
 * @summary One-time notification (一次性告知), self-check only: a citizen checks a service's materials before queueing.
 */
export class ManyiNoticeSelfCheck extends NoticeChecklistBase {
  constructor() {
    super(undefined);
  }
}
