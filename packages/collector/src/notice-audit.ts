import { createHash } from 'node:crypto';
import { type NoticeItem, type NoticeRecord, normalizePhone } from '@manyi/core';

/** An applicant told of their materials on one notice who later got another listing one more. */
export interface NoticeFinding {
  /** Salted hash of the applicant's phone: tells applicants apart, never shows who they are. */
  applicant: string;
  noticeNos: [string, string];
  serviceItemId: string;
  material: string;
  firstAt: string;
  laterAt: string;
}

const applicantHash = (stationId: string, phone: string) =>
  createHash('sha256')
    .update(`manyi-notice-applicant:${stationId}:${normalizePhone(phone)}`)
    .digest('hex')
    .slice(0, 16);

const materialKey = (item: NoticeItem) => item.materialId ?? item.name.trim();

/**
 * 一次性告知 audit: for each applicant (by phone) and service item, every material a later notice
 * asks for that their first notice did not list — the applicant had to come back for it, which
 * the one-time notice exists to prevent. Notices without a phone cannot be linked and are skipped.
 */
export function auditNotices(notices: readonly { notice: NoticeRecord; createdAt: string }[]): NoticeFinding[] {
  const first = new Map<string, { notice: NoticeRecord; createdAt: string; listed: Set<string> }>();
  const findings: NoticeFinding[] = [];
  for (const entry of notices) {
    const { notice } = entry;
    if (!notice.applicant.phone) continue;
    const applicant = applicantHash(notice.stationId, notice.applicant.phone);
    const key = `${applicant}\n${notice.serviceItemId}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { ...entry, listed: new Set(notice.items.map(materialKey)) });
      continue;
    }
    for (const item of notice.items) {
      if (earlier.listed.has(materialKey(item))) continue;
      findings.push({
        applicant,
        noticeNos: [earlier.notice.noticeNo, notice.noticeNo],
        serviceItemId: notice.serviceItemId,
        material: item.name,
        firstAt: earlier.createdAt,
        laterAt: entry.createdAt,
      });
    }
  }
  return findings;
}
