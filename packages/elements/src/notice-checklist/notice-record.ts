// Imported on demand, when a clerk issues a notice (see clerk-desk.ts): the shared schema
// brings zod, which the self-check mode and a clerk still ticking never need.
import {
  type Channel,
  describeIssues,
  type Material,
  type NoticeItem,
  type NoticeRecord,
  NoticeRecordSchema,
  normalizePhone,
  type ServiceItem,
  uuidv7,
} from '@manyi/core';
import { checkedMaterials, MAX_DEFECT, type MaterialCheck, requirementText } from './material-state.js';
import type { NoticeChecklistMessages } from './messages.js';
import { reserveNoticeNumber } from './notice-number.js';

/** Everything a notice is made from: the element's setup, the guide and what the clerk entered. */
export interface NoticeDraft {
  readonly item: ServiceItem;
  readonly t: NoticeChecklistMessages;
  readonly station: string;
  readonly window: string;
  readonly staff: string;
  readonly channel: Channel;
  readonly trackingNode: number | null | undefined;
  readonly timeLimitDays: number | null | undefined;
  readonly name: string;
  readonly phone: string;
  readonly checks: readonly MaterialCheck[];
}

/** The notice's items: every missing and every defective material, in guide order, once each. */
export function noticeItems(materials: readonly Material[], checks: readonly MaterialCheck[], t: NoticeChecklistMessages): NoticeItem[] {
  const items: NoticeItem[] = [];
  for (const { material, check, status } of checkedMaterials(materials, checks, true)) {
    if (status === 'missing') {
      items.push({
        materialId: material.id,
        name: material.name,
        problem: 'missing',
        detail: requirementText(material, t).slice(0, MAX_DEFECT),
      });
    } else if (status === 'defective') {
      items.push({ materialId: material.id, name: material.name, problem: 'defective', detail: check.defect.trim() });
    }
  }
  return items;
}

export type NoticeMade =
  | { readonly ok: true; readonly record: NoticeRecord }
  | { readonly ok: false; readonly detail: string; readonly error: unknown; readonly record?: NoticeRecord };

/**
 * A new notice record, validated against NoticeRecordSchema, with the next notice number of the
 * day. The number is used up only when the record is valid: a setup mistake does not burn one.
 */
export function makeNotice(d: NoticeDraft, now = Date.now()): NoticeMade {
  let reserved: ReturnType<typeof reserveNoticeNumber>;
  try {
    reserved = reserveNoticeNumber(d.trackingNode ?? 0, now);
  } catch (error) {
    return { ok: false, detail: `tracking-node: ${error instanceof Error ? error.message : String(error)}`, error };
  }
  const guide = d.item.guide;
  const record: NoticeRecord = {
    id: uuidv7(now),
    kind: 'notice',
    createdAt: new Date(now).toISOString(),
    stationId: d.station,
    channel: d.channel,
    noticeNo: reserved.noticeNo,
    windowId: d.window,
    serviceItemId: d.item.id,
    applicant: { name: d.name.trim() },
    items: noticeItems(guide.materials, d.checks, d.t),
    // What the notice cites, as printed: the guide's own basis, else the Licensing Law's art. 32.
    legalBasis: guide.legalBasis ?? d.t.defaultLegalBasis,
  };
  if (d.staff) record.staffId = d.staff;
  if (d.phone.trim()) record.applicant.phone = normalizePhone(d.phone);
  if (d.timeLimitDays !== undefined && d.timeLimitDays !== null) record.timeLimitDays = d.timeLimitDays;
  if (guide.place) record.place = guide.place;
  if (guide.queryPhone) record.queryPhone = guide.queryPhone;
  const parsed = NoticeRecordSchema.safeParse(record);
  if (!parsed.success) return { ok: false, detail: describeIssues(parsed.error.issues), error: parsed.error, record };
  reserved.commit();
  return { ok: true, record: parsed.data };
}

export type NoticeChecked =
  | { readonly ok: true; readonly record: NoticeRecord }
  | { readonly ok: false; readonly detail: string; readonly error: unknown };

/** A record as a host's `manyi-notice` listener left it, judged by the same schema again. */
export function checkNotice(record: NoticeRecord): NoticeChecked {
  const parsed = NoticeRecordSchema.safeParse(record);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, detail: describeIssues(parsed.error.issues), error: parsed.error };
}
