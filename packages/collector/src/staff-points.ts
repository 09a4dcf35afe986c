import { type StaffComplaint, staffPointsLedger } from '@manyi/core';
import type { Store } from './store/store.js';

/**
 * A complaint naming a staff member counts against them once it is closed (办结: checked and
 * answered); until then it is pending and deducts nothing, as @manyi/core's ledger has it.
 */
function staffComplaintOf(c: { recordId: string; staffId: string | null; receivedAt: string; status: string }): StaffComplaint | undefined {
  if (c.staffId === null) return undefined;
  return { id: c.recordId, staffId: c.staffId, at: c.receivedAt, status: c.status === 'closed' ? 'valid' : 'pending' };
}

const YEAR_LIMIT = 100_000;

/** `GET /stations/{id}/staff-points`: every staff member's points for the year, with each deduction. */
export async function stationStaffPoints(store: Store, stationId: string, year: number) {
  const staff = await store.catalogue.list(stationId, 'staff');
  // Complaints of the China calendar year; its bounds in UTC are eight hours earlier.
  const complaints = await store.complaints.list({
    stationId,
    from: new Date(Date.UTC(year, 0, 1, -8)).toISOString(),
    to: new Date(Date.UTC(year + 1, 0, 1, -8)).toISOString(),
    limit: YEAR_LIMIT,
  });
  const trackingNo = new Map(complaints.map((c) => [c.recordId, c.trackingNo]));
  const counted = complaints.map(staffComplaintOf).filter((c) => c !== undefined);
  const names = new Map(staff.map((s) => [s.id, s.name]));
  // Staff since removed from the catalogue keep their ledger: the complaints still stand.
  const ids = [...new Set([...staff.map((s) => s.id), ...counted.map((c) => c.staffId)])];
  return {
    year,
    staff: ids.map((staffId) => {
      const ledger = staffPointsLedger(staffId, year, counted);
      return {
        staffId,
        name: names.get(staffId) ?? staffId,
        points: ledger.remaining,
        deductions: ledger.entries
          .filter((e) => e.status === 'valid')
          .map((e) => ({ trackingNo: trackingNo.get(e.complaintId) ?? e.complaintId, at: e.date, points: e.points })),
      };
    }),
  };
}
