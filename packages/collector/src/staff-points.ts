import { DEFAULT_STAFF_POINTS_RULES, type StaffComplaint, staffPointsLedger } from '@manyi/core';
import { ledgerStatus } from './complaint-findings.js';
import { handlingSettingsOf } from './handling-settings.js';
import type { StoredComplaint } from './store/complaint-store.js';
import type { Store } from './store/store.js';

/**
 * A complaint naming a staff member counts against them once its finding is 查实 (or 部分查实 where
 * the station's settings say so) and no supervisor voided it; closing alone costs nothing. Until a
 * finding it is pending; any other finding, or voiding, deducts nothing and stays in the history.
 */
function staffComplaintOf(c: StoredComplaint, partlyDeducts: boolean): StaffComplaint | undefined {
  if (c.staffId === null) return undefined;
  return { id: c.recordId, staffId: c.staffId, at: c.receivedAt, status: ledgerStatus(c, partlyDeducts) };
}

const YEAR_LIMIT = 100_000;

/** `GET /stations/{id}/staff-points`: every staff member's points for the year, with each deduction and its warning talk. */
export async function stationStaffPoints(store: Store, stationId: string, year: number) {
  const staff = await store.catalogue.list(stationId, 'staff');
  const partlyDeducts = (await handlingSettingsOf(store, stationId)).partlySubstantiatedDeducts;
  // Complaints of the China calendar year; its bounds in UTC are eight hours earlier.
  const from = new Date(Date.UTC(year, 0, 1, -8)).toISOString();
  const to = new Date(Date.UTC(year + 1, 0, 1, -8)).toISOString();
  const complaints = await store.complaints.list({ stationId, from, to, limit: YEAR_LIMIT });
  const talks = new Map((await store.findings.talks(stationId, from, to)).map((t) => [t.recordId, t]));
  const byId = new Map(complaints.map((c) => [c.recordId, c]));
  const counted = complaints.map((c) => staffComplaintOf(c, partlyDeducts)).filter((c) => c !== undefined);
  const names = new Map(staff.map((s) => [s.id, s.name]));
  // Staff since removed from the catalogue keep their ledger: the complaints still stand.
  const ids = [...new Set([...staff.map((s) => s.id), ...counted.map((c) => c.staffId)])];
  return {
    year,
    rules: { ...DEFAULT_STAFF_POINTS_RULES, partlySubstantiatedDeducts: partlyDeducts },
    staff: ids.map((staffId) => {
      const ledger = staffPointsLedger(staffId, year, counted);
      return {
        staffId,
        name: names.get(staffId) ?? staffId,
        points: ledger.remaining,
        pending: ledger.entries.filter((e) => e.status === 'pending').length,
        deductions: ledger.entries
          .filter((e) => e.status === 'valid')
          .map((e) => {
            const c = byId.get(e.complaintId);
            const talk = talks.get(e.complaintId);
            return {
              trackingNo: c?.trackingNo ?? e.complaintId,
              at: e.date,
              points: e.points,
              deducted: e.deducted,
              finding: c?.finding?.code ?? 'substantiated',
              talk: talk ? { heldAt: talk.heldAt, heldBy: talk.heldBy } : null,
            };
          }),
      };
    }),
  };
}
