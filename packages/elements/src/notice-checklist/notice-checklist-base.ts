import type { Channel, NoticeRecord, ServiceItem } from '@manyi/core';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { RecordSink } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { OnDemand } from '../on-demand.js';
import { PendingWork } from '../pending-work.js';
import { NOTICE_CHECKLIST_CATALOGUE } from './catalogue.js';
// Types only: what this class needs of clerk mode is handed to its constructor, or not at all.
import type { ClerkMode, ClerkModule, SharedChecklist } from './clerk-mode.js';
import { type MaterialCheck, UNCHECKED } from './material-state.js';
import type { NoticeChecklistSelfCheckMessages } from './messages.js';
import { emit } from './notice-checklist.events.js';
import { noticeChecklistStyles } from './notice-checklist.styles.js';
import type { NoticePaper } from './print.js';
import { selfCheckMissing, selfCheckView } from './self-check-view.js';
import { ServiceItemController, type ServiceItemResult } from './service-item-source.js';
import { sourceView } from './source-view.js';

/** Anything that keeps a notice durably, such as `@manyi/outbox`'s Outbox. */
export type NoticeSink = RecordSink<NoticeRecord>;

export type NoticeChecklistMode = 'self-check' | 'clerk';

/** Clerk mode's module, made for this element (clerk-desk.ts). */
export type ClerkDeskModule = ClerkModule<NoticeChecklistBase>;

/**
 * What both builds of `manyi-notice-checklist` share: the attributes, the service item, the ticks
 * and the citizen's self-check. Clerk mode comes from the module handed to the constructor, fetched
 * when `mode` becomes `clerk`; a build handed none says so to staff.
 *
 * @event {NoticeChecklistSelfCheckEvent} manyi-self-check-change - Self-check mode, after every tick: `detail.missing` lists what to bring.
 * @event {NoticeChecklistNoticeEvent} manyi-notice - Cancelable, before a notice is kept; `detail.record` may be changed.
 * @event {NoticeChecklistIssuedEvent} manyi-notice-issued - The notice was kept (or accepted by `submit`) and is shown for printing.
 * @event {NoticeChecklistErrorEvent} manyi-error - Keeping the notice failed (input stays, a retry sends the same record), the service item is unusable, or clerk mode cannot be had (its module could not be fetched, or this build is self-check only).
 *
 * @csspart base - The element's container.
 * @csspart material - Each material's group of boxes.
 * @csspart summary - What is still missing (self-check) or the tally of missing and defective (clerk).
 * @csspart applicant - The applicant's name and phone.
 * @csspart error-summary - The list of problems above the clerk's form.
 * @csspart error - A failure message (bad service item, saving failed, clerk mode unavailable).
 * @csspart issue - The button that issues the notice.
 * @csspart notice - The printable notice.
 * @csspart qr - The notice's QR code.
 * @csspart actions - Buttons, never printed.
 * @csspart print - The print button.
 *
 * @cssproperty --manyi-color-scheme - `light dark` (default, follows the system), `light` or `dark`.
 * @cssproperty --manyi-font-family - Text font.
 * @cssproperty --manyi-font-size - Base text size.
 * @cssproperty --manyi-color-text - Text colour.
 * @cssproperty --manyi-color-surface - Background.
 * @cssproperty --manyi-color-muted - Hints and secondary text.
 * @cssproperty --manyi-color-border - Borders of fields and materials.
 * @cssproperty --manyi-color-accent - Focus ring, primary button, ticked materials.
 * @cssproperty --manyi-color-error - Error messages and their fields.
 * @cssproperty --manyi-radius - Corner radius.
 */
export abstract class NoticeChecklistBase extends LitElement {
  static override styles = noticeChecklistStyles;

  // Declared here rather than by decorators: no decorator helpers in every portal's bundle. Internal
  // state says `attribute: false` too, so the manifest does not list it as an attribute.
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    src: {},
    station: {},
    window: {},
    staff: {},
    windowName: { attribute: 'window-name' },
    staffName: { attribute: 'staff-name' },
    office: {},
    channel: {},
    trackingNode: { type: Number, attribute: 'tracking-node' },
    noticeUrl: { attribute: 'notice-url' },
    timeLimitDays: { type: Number, attribute: 'time-limit-days' },
    paper: {},
    serviceItem: { attribute: false },
    outbox: { attribute: false },
    submit: { attribute: false },
    checks: { state: true, attribute: false },
  };

  /** `self-check` for a citizen (nothing is sent), `clerk` for window staff issuing notices. */
  mode: NoticeChecklistMode = 'self-check';
  /** URL of a service item (JSON), used when the `serviceItem` property is not set. */
  src = '';
  station = '';
  window = '';
  staff = '';
  /** The window's name as the hall shows it (1号窗口 综合受理), printed on the notice instead of its id. */
  windowName = '';
  /** The clerk's name, printed on the notice instead of their id. */
  staffName = '';
  /** The issuing office (出具单位), printed on the notice: usually the station's name. */
  office = '';
  channel: Channel = 'device';
  /** The device's tracking-number node (0–1023), so notice numbers never collide across devices. */
  trackingNode: number | null = 0;
  /** URL template with `{noticeNo}` for the QR code; without it the QR code carries the number itself. */
  noticeUrl = '';
  /** Working days the applicant has to bring the materials, printed on the notice. */
  timeLimitDays: number | null | undefined;
  /** `A4` or `A5` fixes the printed page size; empty leaves it to the print dialog. */
  paper: NoticePaper = '';

  /** The service item and its guide; validated, and preferred over `src`. */
  serviceItem: ServiceItem | undefined;
  /** Where notices go: an outbox on a kiosk. */
  outbox: NoticeSink | undefined;
  /** Or an integrator's own function; a rejected promise shows the failure message. */
  submit: ((record: NoticeRecord) => Promise<void>) | undefined;

  /** Ticks of the guide's materials: both modes share them, so they carry over between the modes. */
  private checks: MaterialCheck[] = [];

  readonly #work = new PendingWork();
  readonly #locale = new LocaleController(this, NOTICE_CHECKLIST_CATALOGUE, this.#work);
  readonly #source = new ServiceItemController(this, (next, previous) => this.#sourceChanged(next, previous), this.#work);
  readonly #clerkModule: OnDemand<ClerkDeskModule> | undefined;
  /** Clerk mode's state and views, once its module is here. */
  #desk: ClerkMode | undefined;
  #deskFetching = false;
  /** The clerk module could not be fetched (offline, nothing cached): clerk mode offers a retry. */
  #deskUnavailable = false;
  readonly #shared: SharedChecklist = {
    item: () => this.#source.item,
    checks: () => this.checks,
    change: (index, change) => this.#change(index, change),
    work: this.#work,
  };

  /** `clerkModule`: where clerk mode comes from; without one this build is self-check only. */
  constructor(clerkModule: OnDemand<ClerkDeskModule> | undefined) {
    super();
    this.#clerkModule = clerkModule;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    // Also after catalogues, schemas and clerk mode fetched on demand: awaiting updateComplete shows the final state.
    return this.#work.updateComplete(() => super.getUpdateComplete());
  }

  /** Clears everything entered and any issued notice: ready for the next applicant. */
  reset(): void {
    this.checks = [];
    this.#desk?.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.mode !== 'clerk' && this.mode !== 'self-check') this.mode = 'self-check';
    if (changed.has('paper') && this.paper !== 'A4' && this.paper !== 'A5') this.paper = '';
    if (changed.has('serviceItem') || changed.has('src')) this.#source.resolve(this.serviceItem, this.src);
    // Switching to clerk mode tries its module again if it could not be fetched before.
    if (changed.has('mode')) this.#deskUnavailable = false;
    if (this.mode === 'clerk') this.#openDesk();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Said once each time clerk mode is asked of a build without it, so a host's log is not flooded.
    if (changed.has('mode') && this.mode === 'clerk' && !this.#clerkModule) {
      this.#error(
        new TypeError('manyi-notice-checklist: this build is self-check only; import @manyi/elements/notice-checklist.js for mode="clerk"'),
      );
    }
  }

  /** Sets up clerk mode: at once when its module is here (another checklist fetched it), else fetched. */
  #openDesk(): void {
    const module = this.#clerkModule;
    if (this.#desk || !module || this.#deskFetching || this.#deskUnavailable) return;
    const loaded = module.loaded;
    if (loaded) {
      this.#desk = new loaded.ClerkDesk(this, this.#shared);
      return;
    }
    this.#deskFetching = true;
    void this.#work.track(
      module.load().then(
        (m) => {
          this.#deskFetching = false;
          this.#desk ??= new m.ClerkDesk(this, this.#shared);
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#deskFetching = false;
          this.#deskUnavailable = true;
          this.requestUpdate();
          this.#error(error);
        },
      ),
    );
  }

  #retryDesk(): void {
    this.#deskUnavailable = false;
    this.requestUpdate();
  }

  #error(error: unknown): void {
    emit(this, 'manyi-error', { error });
  }

  /** The same guide again (a framework re-render) keeps what was entered; a different one starts afresh. */
  #sourceChanged(next: ServiceItemResult | undefined, previous: ServiceItemResult | 'loading' | undefined): void {
    if (next && !next.ok) this.#error(new Error(next.detail));
    const same =
      previous && previous !== 'loading' && previous.ok && next?.ok && JSON.stringify(previous.item) === JSON.stringify(next.item);
    if (!same) this.reset();
  }

  #change(index: number, change: Partial<MaterialCheck>): void {
    const checks = [...this.checks];
    checks[index] = { ...(checks[index] ?? UNCHECKED), ...change };
    this.checks = checks;
    this.#desk?.edited();
    const item = this.#source.item;
    if (this.mode === 'self-check' && item) {
      const detail = { serviceItemId: item.id, missing: selfCheckMissing(item.guide.materials, checks) };
      emit(this, 'manyi-self-check-change', detail);
    }
  }

  override render() {
    // Clerk mode speaks with its own catalogue once the desk is here (element's and clerk's texts together).
    const desk = this.mode === 'clerk' && this.#desk && !this.#desk.language.waiting ? this.#desk : undefined;
    const language = desk?.language ?? this.#locale;
    if (language.waiting) return nothing;
    return html`<div part="base" class="base" lang=${language.fallbackLang ?? nothing}>${this.#view(language.messages, desk)}</div>`;
  }

  #view(t: NoticeChecklistSelfCheckMessages, desk: ClerkMode | undefined) {
    const item = this.#source.item;
    if (!item) {
      const reload = this.serviceItem == null && this.src ? () => this.#source.resolve(undefined, this.src) : undefined;
      return sourceView(t, this.#source.source, reload);
    }
    if (this.mode === 'self-check') return selfCheckView(t, item, this.checks, (i, c) => this.#change(i, c));
    return desk ? desk.view(item) : this.#clerkPending(t);
  }

  /** Clerk mode before its desk is here: on its way, unavailable (with a retry), or not in this build. */
  #clerkPending(t: NoticeChecklistSelfCheckMessages): TemplateResult {
    if (!this.#clerkModule) {
      return html`<div part="error" class="problem" role="alert"><p class="problem-title">${t.selfCheckOnly}</p></div>`;
    }
    if (this.#deskUnavailable) {
      return html`<div part="error" class="problem" role="alert">
        <p class="problem-title">${t.clerkUnavailable}</p>
        <button class="primary" @click=${() => this.#retryDesk()}>${t.retry}</button>
      </div>`;
    }
    return html`<p class="loading" role="status">${t.clerkLoading}</p>`;
  }
}
