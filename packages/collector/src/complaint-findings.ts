import type { Labels } from '@manyi/core';

/**
 * What investigating a complaint found. Only a finding costs a staff member points, never closing:
 * 查实 always does, 部分查实 when the station's settings say so, 不属实 and 无法查实 never.
 */
export const FINDINGS = ['substantiated', 'partly', 'unsubstantiated', 'unverifiable'] as const;
export type Finding = (typeof FINDINGS)[number];

export const FINDING_LABELS: Readonly<Record<Finding, Labels>> = {
  substantiated: { 'zh-CN': '查实', en: 'Substantiated', 'zh-TW': '查實' },
  partly: { 'zh-CN': '部分查实', en: 'Partly substantiated', 'zh-TW': '部分查實' },
  unsubstantiated: { 'zh-CN': '不属实', en: 'Not substantiated', 'zh-TW': '不屬實' },
  unverifiable: { 'zh-CN': '无法查实', en: 'Could not be verified', 'zh-TW': '無法查實' },
};

/** The citizen's satisfaction with the handling, asked after the reply (回访满意度). */
export const HANDLING_SATISFACTION = ['satisfied', 'fairly-satisfied', 'dissatisfied'] as const;
export type HandlingSatisfaction = (typeof HANDLING_SATISFACTION)[number];
/** How it was asked: a callback, keyed in from a form, or read on the status page. */
export const SATISFACTION_VIA = ['phone', 'keyed', 'status-page'] as const;

/** A staff member's appeal (申诉) of a finding that costs them points, and the supervisor's decision. */
export interface ComplaintAppeal {
  note: string;
  by: string;
  at: string;
  decision: 'upheld' | 'overturned' | null;
  decisionNote: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface FindingState {
  finding: { code: Finding; reasons: string; by: string; at: string } | null;
  /** A supervisor set the complaint aside: it counts against nobody, whatever was found. */
  voided: { reason: string; by: string; at: string } | null;
}

/** Whether the complaint costs the staff member it names points (and brings a warning talk). */
export function findingDeducts(state: FindingState, partlyDeducts: boolean): boolean {
  if (state.voided !== null || state.finding === null) return false;
  return state.finding.code === 'substantiated' || (state.finding.code === 'partly' && partlyDeducts);
}

/** The staff-points ledger's view: still open without a finding, counted, or counting nothing. */
export function ledgerStatus(state: FindingState & { status: string }, partlyDeducts: boolean): 'pending' | 'valid' | 'voided' {
  if (findingDeducts(state, partlyDeducts)) return 'valid';
  const open = state.status !== 'closed' && state.voided === null && state.finding === null;
  return open ? 'pending' : 'voided';
}
