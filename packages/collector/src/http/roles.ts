/**
 * The permissions route tables declare, by what the route does (CONTRACT "Accounts, roles and
 * audit"): a manager runs one station (catalogue, settings, devices, cases, complaints); a clerk
 * works at its windows; a supervisor reads everything in a region and decides what counts; an
 * observer (行风监督员) reads a region without personal data; an admin does everything.
 */
import type { Permission } from './route.js';

/** Reads a station's figures, cases and settings. */
export const READ_STATION: Permission = { roles: ['admin', 'supervisor', 'observer', 'manager'], scope: 'station' };
/** Reads what a window clerk also needs: the station, its catalogue, its figures and notices. */
export const READ_AT_WINDOW: Permission = { roles: ['admin', 'supervisor', 'observer', 'manager', 'clerk'], scope: 'station' };
/** Reads figures a station or a whole region may be asked for. */
export const READ_FIGURES: Permission = { roles: ['admin', 'supervisor', 'observer', 'manager', 'clerk'], scope: 'region' };
/** Reads contacts or phone numbers: never an observer. */
export const READ_PERSONAL: Permission = { roles: ['admin', 'supervisor', 'manager'], scope: 'station', personal: true };
/** Runs the station: catalogue, devices, settings that do not change how ratings count. */
export const MANAGE_STATION: Permission = { roles: ['admin', 'manager'], scope: 'station', writes: true };
/** Handles complaints (their answers show contacts). */
export const HANDLE_COMPLAINTS: Permission = { roles: ['admin', 'supervisor', 'manager'], scope: 'station', writes: true, personal: true };
/** Moves bad-review cases on; who may decide an appeal is judged by the handler (case-desk.ts). */
export const HANDLE_CASES: Permission = { roles: ['admin', 'supervisor', 'manager'], scope: 'station', writes: true };
/** Changes how ratings count (thresholds, periods, misuse): a supervisor's, never the station's own. */
export const SET_RULES: Permission = { roles: ['admin', 'supervisor'], scope: 'station', writes: true };
/** Reads the region tree. */
export const READ_REGIONS: Permission = { roles: ['admin', 'supervisor', 'observer', 'manager', 'clerk'], scope: 'none' };
/** Shapes the tree of stations and regions. */
export const ADMIN_ONLY: Permission = { roles: ['admin'], scope: 'none', writes: true };
/** Manages accounts: the handler keeps a supervisor within their region. */
export const MANAGE_ACCOUNTS: Permission = { roles: ['admin', 'supervisor'], scope: 'none', writes: true };
/** The caller's own account and session. */
export const OWN_ACCOUNT: Permission = {
  roles: ['admin', 'supervisor', 'observer', 'manager', 'clerk'],
  scope: 'none',
  ownAccount: true,
};
/** Decides above the station what a complaint counts for (voiding one): a supervisor's, as appeals are. */
export const DECIDE_COMPLAINTS: Permission = { roles: ['admin', 'supervisor'], scope: 'station', writes: true, personal: true };
/** Keys in a complaint or consultation that came by box, phone, letter, visit or symposium: the station's people, clerks too. */
export const KEY_IN_COMPLAINTS: Permission = {
  roles: ['admin', 'supervisor', 'manager', 'clerk'],
  scope: 'station',
  writes: true,
  personal: true,
};
/** Serves people at a window: starts service events and follows their rating. */
export const SERVE_AT_WINDOW: Permission = { roles: ['admin', 'manager', 'clerk'], scope: 'station', writes: true };
/** Follows a service event started at a window. */
export const FOLLOW_AT_WINDOW: Permission = { roles: ['admin', 'manager', 'clerk'], scope: 'station' };
/**
 * Reads the audit trail: an admin all of it, a supervisor the entries about stations in the region
 * named (`?region=`, or one `?station=`) within their own; entries about no station stay the admin's.
 */
export const READ_AUDIT: Permission = { roles: ['admin', 'supervisor'], scope: 'region' };
