/**
 * What each role may see and do, mirroring the collector's route permissions (its http/roles.ts),
 * so the dashboard hides what would only be refused. The collector still decides every call.
 */
import type { Role } from './account-schemas.js';
import type { MessageKey } from './i18n/messages.js';
import type { RoutePath } from './routes.js';

const EVERYONE: readonly Role[] = ['admin', 'supervisor', 'observer', 'manager', 'clerk'];
const READ_STATION: readonly Role[] = ['admin', 'supervisor', 'observer', 'manager'];

/** The pages each role has use for; the rest are left out of the navigation. */
const PAGES: Readonly<Record<RoutePath, readonly Role[]>> = {
  overview: EVERYONE,
  regions: ['admin', 'supervisor', 'observer'],
  ledger: READ_STATION,
  complaints: ['admin', 'supervisor', 'manager'],
  catalogue: EVERYONE,
  notices: EVERYONE,
  devices: READ_STATION,
  misuse: READ_STATION,
  audit: ['admin', 'supervisor'],
  late: READ_STATION,
  users: ['admin', 'supervisor'],
  security: ['admin', 'supervisor'],
  'staff-points': READ_STATION,
  standing: READ_STATION,
  settings: ['admin', 'supervisor', 'manager'],
  hall: ['admin', 'supervisor', 'manager'],
  console: ['admin', 'manager', 'clerk'],
};

const ACTIONS = {
  /** Catalogue, tablets: the station's own running. */
  manageStation: ['admin', 'manager'],
  /** Thresholds, misuse: what decides how ratings count. */
  setRules: ['admin', 'supervisor'],
  handleComplaints: ['admin', 'supervisor', 'manager'],
  /** Moving a bad review on, and filing an appeal (申诉). */
  handleCases: ['admin', 'supervisor', 'manager'],
  /** Deciding an appeal: never the station that filed it. */
  decideAppeals: ['admin', 'supervisor'],
  /** The tree of regions and which region a station lies in. */
  shapeRegions: ['admin'],
  /** The whole phone number, one complaint at a time (audited). */
  showPhone: ['admin', 'supervisor', 'manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

export const mayOpen = (role: Role, page: RoutePath): boolean => PAGES[page].includes(role);
export const may = (role: Role | undefined, action: Action): boolean =>
  role !== undefined && (ACTIONS[action] as readonly Role[]).includes(role);

export const ROLE_LABEL: Readonly<Record<Role, MessageKey>> = {
  admin: 'roleAdmin',
  supervisor: 'roleSupervisor',
  observer: 'roleObserver',
  manager: 'roleManager',
  clerk: 'roleClerk',
};
