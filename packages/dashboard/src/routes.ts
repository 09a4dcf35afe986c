import type { MessageKey } from './i18n/messages.js';

/** The pages, in the order the navigation lists them; the URL hash names the current one. */
export const ROUTES = [
  { path: 'overview', label: 'navOverview' },
  { path: 'regions', label: 'navRegions' },
  { path: 'ledger', label: 'navLedger' },
  { path: 'complaints', label: 'navComplaints' },
  { path: 'catalogue', label: 'navCatalogue' },
  { path: 'notices', label: 'navNotices' },
  { path: 'devices', label: 'navDevices' },
  { path: 'misuse', label: 'navMisuse' },
  { path: 'audit', label: 'navAudit' },
  { path: 'late', label: 'navLate' },
  { path: 'users', label: 'navUsers' },
  { path: 'security', label: 'navSecurity' },
  { path: 'staff-points', label: 'navStaffPoints' },
  { path: 'standing', label: 'navStanding' },
  { path: 'settings', label: 'navSettings' },
  { path: 'hall', label: 'navHall' },
  { path: 'console', label: 'navConsole' },
] as const satisfies readonly { path: string; label: MessageKey }[];

export type RoutePath = (typeof ROUTES)[number]['path'];

export function routeFromHash(hash: string): RoutePath {
  const path = hash.replace(/^#\/?/, '');
  return ROUTES.find((r) => r.path === path)?.path ?? 'overview';
}
