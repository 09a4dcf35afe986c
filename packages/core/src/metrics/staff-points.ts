/**
 * The staff complaint-points ledger, borrowed from the driving licence: each staff member holds 12
 * points a calendar year and every valid complaint (有效投诉) deducts 4. A complaint still under
 * review deducts nothing yet, and one voided on appeal deducts nothing; both stay in the history
 * so the ledger shows every decision. The balance never goes below 0.
 */
import * as z from 'zod/mini';
import { chinaDayStart, type DayInput, type IsoDate, toChinaDate } from '../calendar/china-date.js';

export const COMPLAINT_STATUSES = ['pending', 'valid', 'voided'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const ComplaintStatusSchema = z.enum(COMPLAINT_STATUSES);

export interface StaffComplaint {
  readonly id: string;
  readonly staffId: string;
  /** When the complaint was made; its China Standard Time day decides the year it counts in. */
  readonly at: DayInput;
  readonly status: ComplaintStatus;
}

export interface StaffPointsEntry {
  readonly complaintId: string;
  readonly date: IsoDate;
  readonly status: ComplaintStatus;
  /** What the complaint's status calls for: the deduction when valid, else 0. */
  readonly points: number;
  /** What was taken: less than `points` once the balance ran out. */
  readonly deducted: number;
  readonly balance: number;
}

export interface StaffPointsLedger {
  readonly staffId: string;
  readonly year: number;
  readonly allowance: number;
  readonly deducted: number;
  readonly remaining: number;
  /** All points gone: the seed's rule then calls for a formal talk (诫勉谈话). */
  readonly exhausted: boolean;
  /** Every complaint of the year, oldest first. */
  readonly entries: readonly StaffPointsEntry[];
}

export interface StaffPointsRules {
  readonly allowance: number;
  readonly deduction: number;
}
export const DEFAULT_STAFF_POINTS_RULES: StaffPointsRules = { allowance: 12, deduction: 4 };

/** One staff member's ledger for one calendar year. */
export function staffPointsLedger(
  staffId: string,
  year: number,
  complaints: readonly StaffComplaint[],
  rules: StaffPointsRules = DEFAULT_STAFF_POINTS_RULES,
): StaffPointsLedger {
  checkRules(rules);
  if (!Number.isSafeInteger(year)) throw new RangeError(`year must be a whole number, got ${year}`);
  const dated = datedComplaints(complaints).filter((c) => c.complaint.staffId === staffId && c.date.startsWith(`${year}-`));
  let balance = rules.allowance;
  const entries = dated.map(({ complaint, date }): StaffPointsEntry => {
    const points = complaint.status === 'valid' ? rules.deduction : 0;
    const deducted = Math.min(points, balance);
    balance -= deducted;
    return { complaintId: complaint.id, date, status: complaint.status, points, deducted, balance };
  });
  return {
    staffId,
    year,
    allowance: rules.allowance,
    deducted: rules.allowance - balance,
    remaining: balance,
    exhausted: balance === 0,
    entries,
  };
}

/** The ledgers of every staff member with a complaint in the year, by staff id. */
export function staffPointsLedgers(
  year: number,
  complaints: readonly StaffComplaint[],
  rules: StaffPointsRules = DEFAULT_STAFF_POINTS_RULES,
): StaffPointsLedger[] {
  const staff = new Set(
    datedComplaints(complaints)
      .filter((c) => c.date.startsWith(`${year}-`))
      .map((c) => c.complaint.staffId),
  );
  return [...staff].sort().map((staffId) => staffPointsLedger(staffId, year, complaints, rules));
}

function checkRules(rules: StaffPointsRules): void {
  for (const [name, value] of [
    ['allowance', rules.allowance],
    ['deduction', rules.deduction],
  ] as const) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`staff points ${name} must be a whole number > 0, got ${value}`);
  }
}

function datedComplaints(complaints: readonly StaffComplaint[]): { complaint: StaffComplaint; date: IsoDate; ms: number }[] {
  const ids = new Set<string>();
  const dated = complaints.map((complaint) => {
    if (ids.has(complaint.id)) throw new RangeError(`complaint ${complaint.id} is listed twice; it would be deducted twice`);
    ids.add(complaint.id);
    const date = toChinaDate(complaint.at);
    // A bare day sorts at its start; instants sort by time, so the ledger reads in order.
    const ms = typeof complaint.at === 'string' && complaint.at.length === 10 ? chinaDayStart(date).getTime() : instantMs(complaint.at);
    return { complaint, date, ms };
  });
  return dated.sort((a, b) => a.ms - b.ms);
}

function instantMs(at: DayInput): number {
  if (at instanceof Date) return at.getTime();
  return typeof at === 'number' ? at : Date.parse(at);
}
