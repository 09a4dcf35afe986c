import { type DailyChore, scheduleDaily } from './daily-chore.js';
import type { Logger } from './log.js';
import type { Store } from './store/store.js';

const DAY_MS = 86_400_000;

/**
 * How long each personal field is kept (PIPL least data), in days. A complaint's contact exists to
 * reply to it: erased `contactDays` after closing, or `openContactDays` after it came in while it
 * is still open (nobody replied in all that time). Descriptions go `descriptionDays` after
 * closing, consultations that long after they came in; rating comments and notice applicants'
 * names and phones go that many days after they were made. The complaint, rating or notice itself
 * stays, anonymous, so the figures do not change.
 */
export interface PersonalDataRetention {
  contactDays: number;
  openContactDays: number;
  descriptionDays: number;
  ratingCommentDays: number;
  noticeApplicantDays: number;
}

export const DEFAULT_PERSONAL_DATA_RETENTION: PersonalDataRetention = {
  contactDays: 180,
  openContactDays: 365,
  descriptionDays: 1095,
  ratingCommentDays: 730,
  noticeApplicantDays: 365,
};

const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();

/**
 * Least data: erases the contact details of complaints closed `retentionDays` ago or longer.
 * Returns how many complaints lost their contact details.
 */
export async function eraseExpiredContacts(store: Store, retentionDays: number, now = new Date()): Promise<number> {
  return store.complaints.eraseContacts(before(now, retentionDays), now.toISOString());
}

/** Erases every personal field whose retention has ended; how many records lost something, by field. */
export async function erasePersonalData(store: Store, r: PersonalDataRetention, now = new Date()) {
  const at = now.toISOString();
  return {
    contacts: await eraseExpiredContacts(store, r.contactDays, now),
    openContacts: await store.personalData.eraseOpenComplaintContacts(before(now, r.openContactDays), at),
    descriptions: await store.personalData.eraseComplaintDescriptions(before(now, r.descriptionDays), at),
    consultations: await store.personalData.eraseConsultations(before(now, r.descriptionDays), at),
    ratingComments: await store.personalData.eraseRatingComments(before(now, r.ratingCommentDays)),
    noticeApplicants: await store.personalData.eraseNoticeApplicants(before(now, r.noticeApplicantDays)),
  };
}

/** Runs the erasure now and then daily until stopped; a failed run is logged and tried again next time. */
export function schedulePersonalDataErasure(store: Store, retention: PersonalDataRetention, log: Logger, everyMs = DAY_MS): DailyChore {
  return scheduleDaily(
    async () => {
      const { contacts, ...others } = await erasePersonalData(store, retention);
      if (contacts > 0) log.info('complaint contact details erased', { complaints: contacts, retentionDays: retention.contactDays });
      const more = Object.fromEntries(Object.entries(others).filter(([, n]) => n > 0));
      if (Object.keys(more).length > 0)
        log.info('personal data erased after its retention period', { ...more, retention: { ...retention } });
    },
    (error) => log.error('erasing expired personal data failed', { error: error instanceof Error ? error.message : String(error) }),
    everyMs,
  );
}
