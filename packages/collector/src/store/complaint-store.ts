import type { Channel, ComplaintCategoryCode, RatingRecord } from '@manyi/core';
import type { HandlingState, HandlingStatus } from '../complaint-handling.js';
import type { Provenance } from './store.js';

/** A complaint as kept: what the citizen filed, how it arrived, and its handling. */
export interface StoredComplaint extends HandlingState {
  recordId: string;
  /** Canonical form, e.g. `TS-250128-7K04AK`. */
  trackingNo: string;
  stationId: string;
  category: ComplaintCategoryCode;
  windowId: string | null;
  staffId: string | null;
  serviceItemId: string | null;
  description: string;
  wantsReply: boolean;
  /** Kept only with consent, and erased a while after the complaint is closed. */
  contact: { name: string | null; phone: string } | null;
  /** When the citizen handed it in (the device's time, corrected for clock skew). */
  receivedAt: string;
  contactErasedAt: string | null;
  channel: Channel;
  provenance: Provenance;
  deviceId: string | null;
}

/** Where a page of a listing ends, so the next page starts after it. */
export interface ListCursor {
  at: string;
  id: string;
}

export interface ComplaintFilter {
  stationId?: string;
  status?: HandlingStatus;
  /** Inclusive lower and exclusive upper bound on `receivedAt`, ISO UTC. */
  from?: string;
  to?: string;
  /** Oldest first unless set. */
  newestFirst?: boolean;
  after?: ListCursor;
  limit: number;
}

export interface RatingExportFilter {
  stationId: string;
  from?: string;
  to?: string;
  after?: ListCursor;
  limit: number;
}

/** A rating with what the collector knows of its arrival, oldest first. */
export interface ExportedRating {
  record: RatingRecord;
  provenance: Provenance;
  deviceId: string | null;
  createdAt: string;
  receivedAt: string;
}

/** Complaints, their handling and least-data erasure, and record listings for export. */
export interface ComplaintStore {
  /** The next number (0, 1, …) of a tracking node's counter for a China day, atomically across collectors. */
  nextTrackingSeq(node: number, day: string): Promise<number>;
  getComplaint(by: { trackingNo: string } | { recordId: string }): Promise<StoredComplaint | undefined>;
  listComplaints(filter: ComplaintFilter): Promise<StoredComplaint[]>;
  /** Writes the new handling state if the complaint still has `expected` status; false when it changed meanwhile. */
  updateComplaintHandling(trackingNo: string, expected: HandlingStatus, next: HandlingState): Promise<boolean>;
  /** Erases the contact details of complaints closed before `closedBefore`; how many were erased. */
  eraseComplaintContacts(closedBefore: string, now: string): Promise<number>;
  listRatingsForExport(filter: RatingExportFilter): Promise<ExportedRating[]>;
}
