import { toChinaDate } from '@manyi/core';
import { complaintDueAt } from './cases-due.js';
import { handlingSettingsOf } from './handling-settings.js';
import type { StoredComplaint } from './store/complaint-store.js';
import type { Store } from './store/store.js';

/**
 * Complaint figures as units report them: received, 办结 (closed, voided ones included: they were
 * handled to an end), 按期办结 (closed by the reply deadline in working days), findings, and
 * 回访满意率 (satisfied or fairly satisfied among those asked after the reply). Rates are null with
 * nothing to divide by. Consultations are counted apart.
 */
export interface ComplaintFigures {
  received: number;
  closed: number;
  closedInTime: number;
  substantiated: number;
  partly: number;
  unsubstantiated: number;
  unverifiable: number;
  voided: number;
  satisfactionAsked: number;
  satisfied: number;
  fairlySatisfied: number;
  dissatisfied: number;
  closedRate: number | null;
  closedInTimeRate: number | null;
  /** 查实 among complaints with a finding that were not voided. */
  substantiatedRate: number | null;
  satisfactionRate: number | null;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The figures of some complaints; `dueAt` gives each one's reply deadline. */
export function complaintFigures(complaints: readonly StoredComplaint[], dueAt: (c: StoredComplaint) => Date): ComplaintFigures {
  const count = (test: (c: StoredComplaint) => boolean) => complaints.filter(test).length;
  const closed = complaints.filter((c) => c.status === 'closed');
  const found = (code: string) => count((c) => c.voided === null && c.finding?.code === code);
  const asked = (level: string) => count((c) => c.satisfaction?.level === level);
  const f = {
    received: complaints.length,
    closed: closed.length,
    closedInTime: closed.filter((c) => c.closedAt !== null && Date.parse(c.closedAt) <= dueAt(c).getTime()).length,
    substantiated: found('substantiated'),
    partly: found('partly'),
    unsubstantiated: found('unsubstantiated'),
    unverifiable: found('unverifiable'),
    voided: count((c) => c.voided !== null),
    satisfactionAsked: count((c) => c.satisfaction !== null),
    satisfied: asked('satisfied'),
    fairlySatisfied: asked('fairly-satisfied'),
    dissatisfied: asked('dissatisfied'),
  };
  const withFinding = f.substantiated + f.partly + f.unsubstantiated + f.unverifiable;
  return {
    ...f,
    closedRate: rate(f.closed, f.received),
    closedInTimeRate: rate(f.closedInTime, f.received),
    substantiatedRate: rate(f.substantiated, withFinding),
    satisfactionRate: rate(f.satisfied + f.fairlySatisfied, f.satisfactionAsked),
  };
}

const PERIOD_LIMIT = 100_000;

/** Groups in first-seen order, keyed as `key` says. */
function groups<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** The figures of the stations' complaints received in [from, to): in total, by station, month, channel and category. */
export async function complaintFiguresOf(store: Store, stations: readonly { id: string; name: string }[], from: string, to: string) {
  const complaints: StoredComplaint[] = [];
  const days = new Map<string, number>();
  for (const s of stations) {
    complaints.push(...(await store.complaints.list({ stationId: s.id, from, to, limit: PERIOD_LIMIT })));
    days.set(s.id, (await handlingSettingsOf(store, s.id)).complaintReplyWorkingDays);
  }
  const dueAt = (c: StoredComplaint) => complaintDueAt(c.receivedAt, days.get(c.stationId) ?? 5);
  const grouped = (key: (c: StoredComplaint) => string) =>
    [...groups(complaints, key)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, list]) => ({ key: k, ...complaintFigures(list, dueAt) }));
  const ids = stations.map((s) => s.id);
  const consultations = ids.length === 0 ? [] : await store.consultations.list(ids, from, to, PERIOD_LIMIT);
  return {
    from,
    to,
    totals: complaintFigures(complaints, dueAt),
    consultations: consultations.length,
    byStation: stations.map((s) => ({
      key: s.id,
      name: s.name,
      ...complaintFigures(
        complaints.filter((c) => c.stationId === s.id),
        dueAt,
      ),
    })),
    byMonth: grouped((c) => toChinaDate(c.receivedAt).slice(0, 7)),
    byChannel: grouped((c) => c.intakeChannel ?? c.channel),
    byCategory: grouped((c) => c.category),
  };
}
