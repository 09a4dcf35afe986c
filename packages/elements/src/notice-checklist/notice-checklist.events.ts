import type { Material, NoticeRecord } from '@manyi/core';
import { emitter } from '../emit.js';
import type { ManyiErrorEvent } from '../events.js';

/** Before a notice is kept or sent: cancel to veto it, or change `detail.record` to enrich it. */
export type NoticeChecklistNoticeEvent = CustomEvent<{ record: NoticeRecord }>;
/** After the notice was durably kept (outbox), accepted by `submit`, or (with neither) announced. */
export type NoticeChecklistIssuedEvent = CustomEvent<{ record: NoticeRecord }>;
/** Self-check mode: what the citizen still has to bring, after every tick. Nothing is sent anywhere. */
export type NoticeChecklistSelfCheckEvent = CustomEvent<{ serviceItemId: string; missing: Material[] }>;
/**
 * Keeping or sending the notice failed (with the record, which a retry sends again unchanged), or
 * the service item could not be used (without a record). Everything entered stays on screen.
 */
export type NoticeChecklistErrorEvent = ManyiErrorEvent<NoticeRecord>;

/** Every event of `manyi-notice-checklist`, by name: what `emit` dispatches and frameworks listen to. */
export interface NoticeChecklistEventMap {
  'manyi-notice': NoticeChecklistNoticeEvent;
  'manyi-notice-issued': NoticeChecklistIssuedEvent;
  'manyi-self-check-change': NoticeChecklistSelfCheckEvent;
  'manyi-error': NoticeChecklistErrorEvent;
}

export const emit = emitter<NoticeChecklistEventMap>();

declare global {
  interface HTMLElementEventMap extends Omit<NoticeChecklistEventMap, 'manyi-error'> {}
}
