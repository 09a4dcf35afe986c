import { type Channel, type ComplaintRecord, complaintSecret } from '@manyi/core';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { RecordSink } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { onDemand } from '../on-demand.js';
import { PendingWork } from '../pending-work.js';
import { COMPLAINT_FORM_CATALOGUE } from './catalogue.js';
import { emit } from './complaint-form.events.js';
import { complaintFormStyles } from './complaint-form.styles.js';
import { type FieldView, fieldTarget, formView, successView } from './complaint-form.view.js';
import type { Identity } from './complaint-record.js';
import { ComplaintSendError, type SendFailure } from './send-error.js';
import {
  type ComplaintAnswers,
  type ComplaintContext,
  type ComplaintField,
  EMPTY_ANSWERS,
  FIELDS,
  type FieldErrors,
} from './validation.js';

/** Anything that keeps a complaint durably, such as `@manyi/outbox`'s Outbox. */
export type ComplaintSink = RecordSink<ComplaintRecord>;

/** Judging and making complaint records with the shared schema: fetched as the form starts, not with it. */
type ComplaintRecords = typeof import('./complaint-record.js');
const complaintRecords = onDemand<ComplaintRecords>(() => import('./complaint-record.js'));

// The screen reader hears the count once typing pauses, not after every character (GOV.UK).
const ANNOUNCE_DELAY_MS = 800;

/**
 * @summary A complaint form (投诉): category, what happened, and — only if the citizen wants a reply —
 * a phone number with consent. Anonymous by default; the citizen leaves with a tracking number.
 *
 * @event {ComplaintFormComplaintEvent} manyi-complaint - Cancelable, before the complaint is kept or sent; `detail.record` may be changed.
 * @event {ComplaintFormSubmittedEvent} manyi-complaint-submitted - Kept or accepted; `detail: { record, trackingNo, secret }` (with `endpoint`, the collector's number).
 * @event {ComplaintFormErrorEvent} manyi-error - Keeping or sending failed; the form keeps everything, a retry reuses the record id.
 *
 * @csspart base - The form, the success panel or the set-up error.
 * @csspart title - The form's heading.
 * @csspart context - The read-only window / staff / service item the complaint is about.
 * @csspart error-summary - The list of problems at the top (GOV.UK error summary).
 * @csspart field - Each question's group.
 * @csspart field-error - The message beside a field with a problem.
 * @csspart option - Each category or reply choice.
 * @csspart count - The visible length counter of the description.
 * @csspart submit - The send button.
 * @csspart error - The message when sending failed or the form is not set up.
 * @csspart success - The panel shown once the complaint is in.
 * @csspart tracking-number - The tracking number on the success panel.
 * @csspart tracking-secret - The secret the status lookup needs with the number.
 * @csspart another - The button to make another complaint.
 *
 * @cssproperty --manyi-color-scheme - `light dark` (default, follows the system), `light` or `dark`.
 * @cssproperty --manyi-color-accent - Buttons, focus ring and choices.
 * @cssproperty --manyi-color-error - Error summary, messages and borders.
 * @cssproperty --manyi-color-text - Text.
 * @cssproperty --manyi-color-muted - Hints.
 * @cssproperty --manyi-color-surface - Background.
 * @cssproperty --manyi-font-family - Font stack.
 * @cssproperty --manyi-font-size - Base text size.
 * @cssproperty --manyi-tracking-size - Size of the tracking number (default 2.25em).
 * @cssproperty --manyi-radius - Corner radius of buttons, fields and panels.
 */
export class ManyiComplaintForm extends LitElement {
  static override styles = complaintFormStyles;

  // Declared here rather than by decorators: no decorator helpers in every portal's bundle. Internal
  // state says `attribute: false` too, so the manifest does not list it as an attribute.
  static override properties: PropertyDeclarations = {
    station: {},
    window: {},
    staff: {},
    serviceItem: { attribute: 'service-item' },
    windowName: { attribute: 'window-name' },
    staffName: { attribute: 'staff-name' },
    serviceItemName: { attribute: 'service-item-name' },
    channel: {},
    endpoint: {},
    trackingNode: { type: Number, attribute: 'tracking-node' },
    outbox: { attribute: false },
    submit: { attribute: false },
    answers: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    trackingNo: { state: true, attribute: false },
    announcedLength: { state: true, attribute: false },
  };

  station = '';
  window = '';
  staff = '';
  serviceItem = '';
  /** Names shown to the citizen instead of the ids above (e.g. "3号窗口"), when given. */
  windowName = '';
  staffName = '';
  serviceItemName = '';
  channel: Channel = 'web';
  /**
   * The collector's public web channel, e.g. `/api/v1/public/complaints`: the complaint is POSTed
   * there (without the device-made number, which the collector refuses) and its number is shown.
   */
  endpoint = '';
  /** This device's node from enrolment (0–1023), for tracking numbers made on the device. */
  trackingNode: number | undefined;

  /** Where complaints go on a kiosk: the number is made on the device, so it works offline. */
  outbox: ComplaintSink | undefined;
  /** Or an integrator's own function; a rejected promise shows the failure message. */
  submit: ((record: ComplaintRecord) => Promise<unknown>) | undefined;

  private answers: ComplaintAnswers = { ...EMPTY_ANSWERS };
  private errors: FieldErrors = {};
  private sending = false;
  private failure: SendFailure | undefined;
  private trackingNo = '';
  /** The short secret shown with the number: the status lookup needs both. */
  private secret = '';
  private announcedLength = 0;

  readonly #work = new PendingWork();
  readonly #locale = new LocaleController(this, COMPLAINT_FORM_CATALOGUE, this.#work);
  #contextProblem: string | undefined;
  /** The check of the attributes while the schema is on its way; a submit waits for it. */
  #contextChecked: Promise<void> | undefined;
  /** The id and number of the complaint being sent, kept until it is in: a retry reuses them. */
  #session: { identity?: Identity | undefined } = {};
  /** Between a submit and its record being judged: a second submit (double tap) is ignored. */
  #submitting = false;
  /** Bumped by reset(), so a send that finishes afterwards does not show the next visitor anything. */
  #generation = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  protected override getUpdateComplete(): Promise<boolean> {
    // Also after catalogues and schemas fetched on demand: awaiting updateComplete shows the final state.
    return this.#work.updateComplete(() => super.getUpdateComplete());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  /** Back to an empty, anonymous form; nothing the last visitor entered is kept (the kiosk calls it on idle). */
  reset(): void {
    this.#generation++;
    clearTimeout(this.#announceTimer);
    this.answers = { ...EMPTY_ANSWERS };
    this.errors = {};
    this.sending = false;
    this.failure = undefined;
    this.trackingNo = '';
    this.announcedLength = 0;
    this.#session = {};
  }

  #context(): ComplaintContext {
    const { station, window, staff, serviceItem, channel, trackingNode, endpoint } = this;
    return { station, window, staff, serviceItem, channel, trackingNode, endpoint };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const watched = ['station', 'window', 'staff', 'serviceItem', 'channel', 'trackingNode', 'endpoint'] as const;
    if (watched.some((key) => changed.has(key))) this.#checkContext();
  }

  /** The attributes through the record schema's own fields; the form shows while that is fetched. */
  #checkContext(): void {
    const context = this.#context();
    const loaded = complaintRecords.loaded;
    if (loaded) {
      this.#contextProblem = loaded.contextProblem(context);
      this.#contextChecked = undefined;
      return;
    }
    const checked: Promise<void> = complaintRecords.load().then(
      (records) => {
        if (this.#contextChecked !== checked) return;
        this.#contextChecked = undefined;
        this.#contextProblem = records.contextProblem(context);
        this.requestUpdate();
      },
      // Not fetched (offline, nothing cached): a submit says so when it tries again.
      () => undefined,
    );
    this.#contextChecked = checked;
    this.#work.track(checked);
  }

  #answer(patch: Partial<ComplaintAnswers>): void {
    const next = { ...this.answers, ...patch };
    // Anonymous again: drop what was typed for a reply rather than keep it unseen.
    if (patch.wantsReply === false) Object.assign(next, { name: '', phone: '', consent: false });
    this.answers = next;
    if (patch.description !== undefined) {
      clearTimeout(this.#announceTimer);
      this.#announceTimer = setTimeout(() => {
        this.announcedLength = this.answers.description.length;
      }, ANNOUNCE_DELAY_MS);
    }
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Double tap, double Enter: the second submit finds the first under way (or already in).
    if (this.sending || this.trackingNo || this.#contextProblem || this.#submitting) return;
    this.#submitting = true;
    let record: ComplaintRecord | undefined;
    let records: ComplaintRecords;
    try {
      try {
        records = complaintRecords.loaded ?? (await this.#work.track(complaintRecords.load()));
      } catch (cause) {
        throw new ComplaintSendError('offline', 'could not fetch the complaint schema', { cause });
      }
      // Once the schema is here the whole check runs in the tapping task, as a kiosk's reset() expects.
      if (this.#contextChecked) await this.#contextChecked;
      if (this.#contextProblem) return;
      const valid = records.validRecord(this.answers, this.#context(), this.#session);
      this.errors = valid.errors;
      if (!valid.record) {
        void this.#focusSummary();
        return;
      }
      record = valid.record;
      const veto = emit(this, 'manyi-complaint', { record }, true);
      if (veto.defaultPrevented) return;
      record = records.checkRecord(veto.detail.record);
    } catch (error) {
      this.#fail(record, error);
      return;
    } finally {
      this.#submitting = false;
    }
    await this.#send(record, records);
  }

  async #send(ready: ComplaintRecord, records: ComplaintRecords): Promise<void> {
    const generation = this.#generation;
    this.sending = true;
    this.failure = undefined;
    let record = ready;
    try {
      if (this.outbox) await this.outbox.put(record);
      else if (this.submit) await this.submit(record);
      // The collector's number replaces the device-made one: it is the one the citizen can look up.
      else if (this.endpoint) record = { ...record, trackingNo: await records.postComplaint(this.endpoint, record) };
    } catch (error) {
      if (generation === this.#generation) this.#fail(record, error);
      else this.#emitError(record, error);
      return;
    }
    const { trackingNo } = record;
    const secret = complaintSecret(record.id);
    emit(this, 'manyi-complaint-submitted', { record, trackingNo, secret });
    if (generation !== this.#generation) return;
    // Least data: the element forgets the complaint, contact details included, once it is in.
    this.reset();
    this.trackingNo = trackingNo;
    this.secret = secret;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="success"] h2')?.focus();
  }

  #fail(record: ComplaintRecord | undefined, error: unknown): void {
    this.sending = false;
    this.failure = error instanceof ComplaintSendError ? error.failure : 'failed';
    this.#emitError(record, error);
  }

  #emitError(record: ComplaintRecord | undefined, error: unknown): void {
    emit(this, 'manyi-error', record ? { record, error } : { error });
  }

  async #focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
  }

  /** An error summary link: focus the field and bring its question into view (GOV.UK). */
  #jumpTo(event: Event, field: ComplaintField): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldTarget(field)}`);
    target?.closest('[part~="field"]')?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }

  async #another(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus();
  }

  override render() {
    if (this.#locale.waiting) return nothing;
    const t = this.#locale.messages;
    const lang = this.#locale.fallbackLang ?? nothing;
    if (this.#contextProblem) {
      return html`<div part="base" lang=${lang}>
        <p part="error" role="alert">${t.misconfigured}</p>
        <p class="detail">${this.#contextProblem}</p>
      </div>`;
    }
    if (this.trackingNo) return successView(t, lang, { trackingNo: this.trackingNo, secret: this.secret }, () => void this.#another());
    const view: FieldView = {
      t,
      locale: this.#locale.locale,
      answers: this.answers,
      errors: FIELDS.flatMap((field) => {
        const problem = this.errors[field];
        return problem ? [{ field, problem }] : [];
      }),
      announcedLength: this.announcedLength,
      shared: this.channel === 'device',
      context: [
        [t.window, this.windowName || this.window],
        [t.staff, this.staffName || this.staff],
        [t.serviceItem, this.serviceItemName || this.serviceItem],
      ],
      answer: (patch) => this.#answer(patch),
      jumpTo: (event, field) => this.#jumpTo(event, field),
    };
    return html`<form part="base" lang=${lang} novalidate @submit=${(e: SubmitEvent) => void this.#onSubmit(e)}>
      ${formView(view)}
      ${this.failure ? html`<p part="error" role="alert">${t[this.failure]}</p>` : nothing}
      <button type="submit" part="submit" class="primary" aria-disabled=${this.sending ? 'true' : nothing}>
        ${this.sending ? t.submitting : this.failure ? t.resubmit : t.submit}
      </button>
    </form>`;
  }
}
