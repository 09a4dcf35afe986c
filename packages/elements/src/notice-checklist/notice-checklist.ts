import type { Channel, NoticeRecord, ServiceItem } from '@manyi/core';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { RecordSink } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { onDemand } from '../on-demand.js';
import { PendingWork } from '../pending-work.js';
import { type FieldError, validateClerkEntry } from './clerk-validation.js';
import { clerkView } from './clerk-view.js';
import { type MaterialCheck, UNCHECKED } from './material-state.js';
import { NOTICE_CHECKLIST_CATALOGUE, type NoticeChecklistMessages } from './messages.js';
import { noticeChecklistStyles } from './notice-checklist.styles.js';
import { noticeView } from './notice-view.js';
import { type NoticePaper, NoticePrintController } from './print.js';
import type { qrCode } from './qr-code.js';
import { qrContent } from './qr-content.js';
import { selfCheckMissing, selfCheckView } from './self-check-view.js';
import { ServiceItemController, type ServiceItemResult } from './service-item-source.js';
import { sourceView } from './source-view.js';

/** Anything that keeps a notice durably, such as `@manyi/outbox`'s Outbox. */
export type NoticeSink = RecordSink<NoticeRecord>;

export type NoticeChecklistMode = 'self-check' | 'clerk';
type Problem = { kind: 'save' | 'setup'; detail: string } | undefined;

/** The QR encoder, fetched on demand; a notice that cannot have it is still issued, number printed. */
const loadQrCode = (): Promise<typeof qrCode | undefined> =>
  import('./qr-code.js').then(
    (module) => module.qrCode,
    () => undefined,
  );

/** Making and checking notice records, with the shared schema: fetched when a clerk first issues one. */
type NoticeRecords = typeof import('./notice-record.js');
const noticeRecords = onDemand<NoticeRecords>(() => import('./notice-record.js'));

/**
 * The service item comes from the `serviceItem` property or is fetched from `src`, and is validated;
 * a bad or unreachable one shows what is wrong. In clerk mode, fields are validated when the clerk
 * asks for the notice; from then on messages update on every edit. An issued notice prints on A4 or
 * A5 (see `noticePageStyles` for the page-level CSS the element adds while printing).
 *
 * @summary One-time notification (一次性告知): a citizen checks a service's materials before queueing;
 * a clerk ticks what was received and issues a printable notice of everything missing or defective.
 *
 * @event manyi-self-check-change - Self-check mode, after every tick: `detail.missing` lists what to bring.
 * @event manyi-notice - Cancelable, before a notice is kept; `detail.record` may be changed.
 * @event manyi-notice-issued - The notice was kept (or accepted by `submit`) and is shown for printing.
 * @event manyi-error - Keeping the notice failed (input stays, a retry sends the same record), or the service item is unusable.
 *
 * @csspart base - The element's container.
 * @csspart material - Each material's group of boxes.
 * @csspart summary - What is still missing (self-check) or the tally of missing and defective (clerk).
 * @csspart applicant - The applicant's name and phone.
 * @csspart error-summary - The list of problems above the clerk's form.
 * @csspart error - A failure message (bad service item, saving failed).
 * @csspart issue - The button that issues the notice.
 * @csspart notice - The printable notice.
 * @csspart qr - The notice's QR code.
 * @csspart actions - Buttons, never printed.
 * @csspart print - The print button.
 *
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
export class ManyiNoticeChecklist extends LitElement {
  static override styles = noticeChecklistStyles;

  // Declared here rather than by decorators: no decorator helpers in every portal's bundle. Internal
  // state says `attribute: false` too, so the manifest does not list it as an attribute.
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    src: {},
    station: {},
    window: {},
    staff: {},
    channel: {},
    trackingNode: { type: Number, attribute: 'tracking-node' },
    noticeUrl: { attribute: 'notice-url' },
    timeLimitDays: { type: Number, attribute: 'time-limit-days' },
    paper: {},
    serviceItem: { attribute: false },
    outbox: { attribute: false },
    submit: { attribute: false },
    checks: { state: true, attribute: false },
    applicantName: { state: true, attribute: false },
    applicantPhone: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    issued: { state: true, attribute: false },
  };

  /** `self-check` for a citizen (nothing is sent), `clerk` for window staff issuing notices. */
  mode: NoticeChecklistMode = 'self-check';
  /** URL of a service item (JSON), used when the `serviceItem` property is not set. */
  src = '';
  station = '';
  window = '';
  staff = '';
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

  private checks: MaterialCheck[] = [];
  private applicantName = '';
  private applicantPhone = '';
  private errors: FieldError[] = [];
  private sending = false;
  private problem: Problem;
  private issued: NoticeRecord | undefined;

  readonly #work = new PendingWork();
  readonly #locale = new LocaleController(this, NOTICE_CHECKLIST_CATALOGUE, this.#work);
  readonly #source = new ServiceItemController(this, (next, previous) => this.#sourceChanged(next, previous), this.#work);
  readonly #printing = new NoticePrintController(this, {
    active: () => this.mode === 'clerk' && this.issued !== undefined,
    paper: () => this.paper,
  });
  #showErrors = false;
  #pending: NoticeRecord | undefined;
  #qrCode: typeof qrCode | undefined;
  /** Between the clerk's "issue" and the record being kept: a second press must not make a second notice. */
  #issuing = false;

  protected override getUpdateComplete(): Promise<boolean> {
    // Also after catalogues and schemas fetched on demand: awaiting updateComplete shows the final state.
    return this.#work.updateComplete(() => super.getUpdateComplete());
  }

  /** Clears everything entered and any issued notice: ready for the next applicant. */
  reset(): void {
    this.checks = [];
    this.applicantName = '';
    this.applicantPhone = '';
    this.errors = [];
    this.#showErrors = false;
    this.problem = undefined;
    this.issued = undefined;
    this.#pending = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.mode !== 'clerk' && this.mode !== 'self-check') this.mode = 'self-check';
    if (changed.has('paper') && this.paper !== 'A4' && this.paper !== 'A5') this.paper = '';
    if (changed.has('serviceItem') || changed.has('src')) this.#source.resolve(this.serviceItem, this.src);
  }

  protected override updated(): void {
    // A clerk with a guide on screen is about to issue: what makes and checks a notice is fetched now.
    if (this.mode === 'clerk' && this.#item && !noticeRecords.loaded) noticeRecords.load().catch(() => undefined);
  }

  /** The same guide again (a framework re-render) keeps what was entered; a different one starts afresh. */
  #sourceChanged(next: ServiceItemResult | undefined, previous: ServiceItemResult | 'loading' | undefined): void {
    if (next && !next.ok) {
      this.dispatchEvent(new CustomEvent('manyi-error', { detail: { error: new Error(next.detail) }, bubbles: true, composed: true }));
    }
    const same =
      previous && previous !== 'loading' && previous.ok && next?.ok && JSON.stringify(previous.item) === JSON.stringify(next.item);
    if (!same) this.reset();
  }

  get #item(): ServiceItem | undefined {
    return this.#source.item;
  }

  #change(index: number, change: Partial<MaterialCheck>): void {
    const checks = [...this.checks];
    checks[index] = { ...(checks[index] ?? UNCHECKED), ...change };
    this.checks = checks;
    this.#edited();
    const item = this.#item;
    if (this.mode === 'self-check' && item) {
      const detail = { serviceItemId: item.id, missing: selfCheckMissing(item.guide.materials, checks) };
      this.dispatchEvent(new CustomEvent('manyi-self-check-change', { detail, bubbles: true, composed: true }));
    }
  }

  /** After an edit, a failed record no longer says what the form says: the next attempt makes a new one. */
  #edited(): void {
    if (!this.sending && this.#pending) {
      this.#pending = undefined;
      this.problem = undefined;
    }
    if (this.#showErrors) this.errors = this.#validate();
  }

  #validate(): FieldError[] {
    const materials = this.#item?.guide.materials ?? [];
    return validateClerkEntry({ name: this.applicantName, phone: this.applicantPhone, materials, checks: this.checks });
  }

  async #issue(t: NoticeChecklistMessages): Promise<void> {
    const item = this.#item;
    if (!item || this.sending || this.#issuing) return;
    this.#showErrors = true;
    this.errors = this.#validate();
    if (this.errors.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    this.#issuing = true;
    let records: NoticeRecords;
    try {
      records = noticeRecords.loaded ?? (await this.#work.track(noticeRecords.load()));
    } catch (error) {
      this.#fail({ kind: 'save', detail: '' }, error);
      return;
    } finally {
      this.#issuing = false;
    }
    const made = records.makeNotice({
      item,
      t,
      station: this.station,
      window: this.window,
      staff: this.staff,
      channel: this.channel,
      trackingNode: this.trackingNode,
      timeLimitDays: this.timeLimitDays,
      name: this.applicantName,
      phone: this.applicantPhone,
      checks: this.checks,
    });
    if (made.ok) await this.#keep(made.record, records);
    else this.#fail({ kind: 'setup', detail: made.detail }, made.error, made.record);
  }

  async #keep(record: NoticeRecord, records: NoticeRecords): Promise<void> {
    const event = new CustomEvent('manyi-notice', { detail: { record }, bubbles: true, composed: true, cancelable: true });
    // Vetoed: nothing is issued, and everything entered stays for the clerk.
    if (!this.dispatchEvent(event)) return;
    const enriched = records.checkNotice(event.detail.record);
    if (!enriched.ok) {
      this.#fail({ kind: 'setup', detail: enriched.detail }, enriched.error, event.detail.record);
      return;
    }
    const kept = enriched.record;
    this.#pending = kept;
    this.sending = true;
    this.problem = undefined;
    // The QR encoder is fetched while the record is kept, so the notice shows complete at once.
    const encoder = this.#qrCode ? undefined : loadQrCode();
    try {
      if (this.outbox) await this.outbox.put(kept);
      else if (this.submit) await this.submit(kept);
    } catch (error) {
      this.sending = false;
      this.#fail({ kind: 'save', detail: '' }, error, kept);
      return;
    }
    if (encoder) this.#qrCode = await encoder;
    this.sending = false;
    this.#pending = undefined;
    this.issued = kept;
    this.dispatchEvent(new CustomEvent('manyi-notice-issued', { detail: { record: kept }, bubbles: true, composed: true }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notice-title')?.focus();
  }

  #fail(problem: Problem, error: unknown, record?: NoticeRecord): void {
    this.problem = problem;
    const detail = record ? { record, error } : { error };
    this.dispatchEvent(new CustomEvent('manyi-error', { detail, bubbles: true, composed: true }));
  }

  #retry(): void {
    // The same record (same id and notice number) again: a retry can never make two notices.
    const records = noticeRecords.loaded;
    if (this.#pending && records) void this.#keep(this.#pending, records);
    // Nothing made yet (the record module could not be fetched): issue afresh.
    else void this.#issue(this.#locale.messages);
  }

  #focusField(e: Event, field: string): void {
    e.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  async #next(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  }

  override render() {
    if (this.#locale.waiting) return nothing;
    const t = this.#locale.messages;
    return html`<div part="base" class="base" lang=${this.#locale.fallbackLang ?? nothing}>${this.#view(t)}</div>`;
  }

  #view(t: NoticeChecklistMessages) {
    const item = this.#item;
    if (!item) {
      const reload = this.serviceItem == null && this.src ? () => this.#source.resolve(undefined, this.src) : undefined;
      return sourceView(t, this.#source.source, reload);
    }
    if (this.mode === 'self-check') return selfCheckView(t, item, this.checks, (i, c) => this.#change(i, c));
    if (this.issued) {
      return noticeView({
        t,
        locale: this.#locale.locale,
        record: this.issued,
        item,
        qrContent: qrContent(this.issued.noticeNo, this.noticeUrl),
        qrCode: this.#qrCode,
        onPrint: () => this.#printing.print(),
        onNext: () => void this.#next(),
      });
    }
    return clerkView({
      t,
      item,
      name: this.applicantName,
      phone: this.applicantPhone,
      checks: this.checks,
      errors: this.errors,
      sending: this.sending,
      problem: this.problem,
      onName: (v) => {
        this.applicantName = v;
        this.#edited();
      },
      onPhone: (v) => {
        this.applicantPhone = v;
        this.#edited();
      },
      onChange: (i, c) => this.#change(i, c),
      onIssue: () => void this.#issue(t),
      onRetry: () => this.#retry(),
      onErrorLink: (e, field) => this.#focusField(e, field),
    });
  }
}
