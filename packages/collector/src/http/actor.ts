/**
 * Who is making a request, as the gates established it: every change and every read of personal
 * data is recorded under this name. Accounts with roles (CONTRACT "Accounts, roles and audit")
 * extend `role`; until then the admin token acts as `admin-token` with the `admin` role.
 */
export type Role = 'admin' | 'supervisor' | 'observer' | 'manager' | 'clerk';

export interface Actor {
  /** The account's username; `admin-token` for the setup token; `device:<id>` for a tablet. */
  name: string;
  role: Role | 'device';
  /** A supervisor's or observer's region (and all within it). */
  regionId?: string;
  /** A manager's or clerk's station. */
  stationId?: string;
}

export const ADMIN_TOKEN_ACTOR: Actor = { name: 'admin-token', role: 'admin' };
