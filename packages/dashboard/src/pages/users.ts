import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { type Account, AccountListSchema, AccountSchema, type Role } from '../account-schemas.js';
import { DashboardPage } from '../parts/page.js';
import { ROLE_LABEL } from '../permissions.js';

const REGION_ROLES: readonly Role[] = ['supervisor', 'observer'];
const STATION_ROLES: readonly Role[] = ['manager', 'clerk'];

/** The role with the one scope it takes, from the form's `role` and `scope` fields. */
function scoped(role: Role, scope: string): { role: Role; regionId?: string | null; stationId?: string | null } {
  if (REGION_ROLES.includes(role)) return { role, regionId: scope, stationId: null };
  if (STATION_ROLES.includes(role)) return { role, stationId: scope, regionId: null };
  return { role, regionId: null, stationId: null };
}

const scopeOf = (a: Account) => a.regionId ?? a.stationId ?? '';

/**
 * Named accounts an admin, or a supervisor within their region, manages: create with a temporary
 * password, change role and scope, reset a password, disable or enable. The collector refuses
 * (403) anything outside the caller's own region; a supervisor is never offered the admin role.
 */
@customElement('manyi-dashboard-users')
export class UsersPage extends DashboardPage {
  @state() private accounts: Account[] = [];
  @state() private notice = '';

  protected async load(): Promise<void> {
    this.accounts = (await this.api.call(AccountListSchema, 'users')).items;
  }

  protected override async reload(): Promise<void> {
    if (this.api) await this.run(() => this.load());
  }

  private get roles(): Role[] {
    const all: Role[] = ['admin', 'supervisor', 'observer', 'manager', 'clerk'];
    return this.signedInRole === 'admin' ? all : all.filter((r) => r !== 'admin');
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const d = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const { regionId, stationId, role } = scoped(d.role as Role, d.scope?.trim() ?? '');
    const body = {
      username: d.username?.trim(),
      displayName: d.displayName?.trim(),
      password: d.password,
      role,
      ...(regionId ? { regionId } : {}),
      ...(stationId ? { stationId } : {}),
    };
    this.notice = '';
    const ok = await this.run(async () => {
      await this.api.call(AccountSchema, 'users', { method: 'POST', body });
      await this.load();
    });
    if (ok) {
      this.notice = this.t('userCreated', { username: body.username ?? '' });
      form.reset();
    }
  }

  private async change(a: Account, patch: Record<string, unknown>, notice = ''): Promise<void> {
    this.notice = '';
    const ok = await this.run(async () => {
      await this.api.call(AccountSchema, `users/${encodeURIComponent(a.username)}`, { method: 'PATCH', body: patch });
      await this.load();
    });
    this.notice = ok ? notice || this.t('saved') : '';
  }

  private edit(event: SubmitEvent, a: Account): void {
    event.preventDefault();
    const d = Object.fromEntries(new FormData(event.target as HTMLFormElement)) as Record<string, string>;
    if (d.password) void this.change(a, { password: d.password }, this.t('userResetDone', { username: a.username }));
    else void this.change(a, { displayName: d.displayName?.trim(), ...scoped(d.role as Role, d.scope?.trim() ?? '') });
  }

  private roleSelect(selected: Role) {
    return html`<select name="role">
      ${this.roles.map((r) => html`<option value=${r} ?selected=${r === selected}>${this.t(ROLE_LABEL[r])}</option>`)}
    </select>`;
  }

  private row(a: Account) {
    const t = this.t;
    const state = a.disabled ? t('userDisabledState') : a.mustChangePassword ? t('userMustChange') : t('userActive');
    return html`<tr data-username=${a.username}>
      <th scope="row">${a.username}</th>
      <td>${a.displayName}</td>
      <td>${t(ROLE_LABEL[a.role])}</td>
      <td>${scopeOf(a) || '—'}</td>
      <td><span class=${a.disabled ? 'badge bad' : 'badge'}>${state}</span></td>
      <td>
        <button type="button" @click=${() => this.change(a, { disabled: !a.disabled })}>
          ${a.disabled ? t('userEnable') : t('userDisable')}
        </button>
        <details>
          <summary>${t('userReset')} / ${t('userRole')}</summary>
          <form @submit=${(e: SubmitEvent) => this.edit(e, a)} aria-label=${a.username}>
            <label>${t('userDisplayName')} <input name="displayName" .value=${a.displayName} maxlength="100" /></label>
            <label>${t('userRole')} ${this.roleSelect(a.role)}</label>
            <label>${t('userScope')} <input name="scope" .value=${scopeOf(a)} /></label>
            <label
              >${t('userResetPassword', { username: a.username })}
              <input name="password" type="password" autocomplete="new-password"
            /></label>
            <p><button class="primary" ?disabled=${this.busy}>${t('save')}</button></p>
          </form>
        </details>
      </td>
    </tr>`;
  }

  protected override render() {
    const t = this.t;
    return html`<h2>${t('usersTitle')}</h2>
      <p class="status">${t('usersIntro')}</p>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${this.notice ? html`<p role="status">${this.notice}</p>` : nothing}
      <section class="card scroll" aria-label=${t('usersTitle')}>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('signInUsername')}</th><th scope="col">${t('userDisplayName')}</th><th scope="col">${t('userRole')}</th>
              <th scope="col">${t('userScope')}</th><th scope="col">${t('status')}</th><th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            ${this.accounts.length ? this.accounts.map((a) => this.row(a)) : html`<tr><td colspan="6">${this.busy ? t('loading') : t('noUsers')}</td></tr>`}
          </tbody>
        </table>
      </section>
      <form class="card" @submit=${this.create} aria-label=${t('usersNew')}>
        <h3>${t('usersNew')}</h3>
        <label>${t('signInUsername')} <input name="username" required autocomplete="off" /></label>
        <label>${t('userDisplayName')} <input name="displayName" required maxlength="100" /></label>
        <label>${t('userRole')} ${this.roleSelect('clerk')}</label>
        <label>${t('userScope')} <input name="scope" .value=${this.station} aria-describedby="scope-hint" /></label>
        <p id="scope-hint" class="status">${t('userScopeHint')}</p>
        <label>${t('userInitialPassword')} <input name="password" type="password" required autocomplete="new-password" /></label>
        <p><button class="primary" ?disabled=${this.busy}>${t('userCreate')}</button></p>
      </form>`;
  }
}
