// Imported on demand (see notice-checklist.ts) when `mode` becomes `clerk`: everything only clerk
// mode uses — the applicant's fields and their validation, issuing and keeping the notice, the
// notice itself with its QR code and printing, their styles and texts. A citizen's self-check, and
// the self-check-only build, never fetch it.
import type { NoticeRecord, ServiceItem } from '@manyi/core';
import { adoptStyles, type ReactiveController, type TemplateResult } from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import { onDemand } from '../on-demand.js';
import { clerkStyles } from './clerk.styles.js';
import type { ClerkMode, SharedChecklist } from './clerk-mode.js';
import { type FieldError, validateClerkEntry } from './clerk-validation.js';
import { clerkView } from './clerk-view.js';
import { NOTICE_CHECKLIST_CLERK_CATALOGUE } from './messages.clerk.js';
import type { NoticeChecklistMessages } from './messages.js';
import { emit } from './notice-checklist.events.js';
import type { NoticeChecklistBase } from './notice-checklist-base.js';
import { noticeView } from './notice-view.js';
import { NoticePrintController } from './print.js';
import type { qrCode } from './qr-code.js';
import { qrContent } from './qr-content.js';

type Problem = { kind: 'save' | 'setup'; detail: string } | undefined;

/** The QR encoder, fetched on demand; a notice that cannot have it is still issued, number printed. */
const qrEncoder = onDemand(() => import('./qr-code.js'));
const loadQrCode = (): Promise<typeof qrCode | undefined> =>
  qrEncoder.load().then(
    (module) => module.qrCode,
    () => undefined,
  );

/** Making and checking notice records, with the shared schema: fetched when a clerk first issues one. */
type NoticeRecords = typeof import('./notice-record.js');
const noticeRecords = onDemand<NoticeRecords>(() => import('./notice-record.js'));

/**
 * One checklist's clerk mode: what the clerk entered, issuing and keeping the notice, and the issued
 * notice for printing. In clerk mode, fields are validated when the clerk asks for the notice; from
 * then on messages update on every edit.
 */
export class ClerkDesk implements ClerkMode, ReactiveController {
  /** Clerk mode's texts: the element's and the clerk's, following `lang` together. */
  readonly language: LocaleController<NoticeChecklistMessages>;
  #name = '';
  #phone = '';
  #errors: FieldError[] = [];
  #showErrors = false;
  #sending = false;
  #problem: Problem;
  #issued: NoticeRecord | undefined;
  /** A notice that failed to be kept: a retry sends this same record (same id and number). */
  #pending: NoticeRecord | undefined;
  #qrCode: typeof qrCode | undefined;
  /** Between the clerk's "issue" and the record being kept: a second press must not make a second notice. */
  #issuing = false;
  readonly #printing: NoticePrintController;

  constructor(
    private readonly host: NoticeChecklistBase,
    private readonly shared: SharedChecklist,
  ) {
    // Clerk mode's styles join the element's own once they are here (constructable sheets: strict-CSP safe).
    const element = host.constructor as typeof NoticeChecklistBase;
    adoptStyles(host.renderRoot as ShadowRoot, [...element.elementStyles, ...clerkStyles]);
    this.language = new LocaleController(host, NOTICE_CHECKLIST_CLERK_CATALOGUE, shared.work);
    this.#printing = new NoticePrintController(host, {
      active: () => host.mode === 'clerk' && this.#issued !== undefined,
      paper: () => host.paper,
    });
    host.addController(this);
  }

  hostUpdated(): void {
    // A clerk with a guide on screen is about to issue: what makes and checks a notice is fetched now.
    if (this.host.mode === 'clerk' && this.shared.item() && !noticeRecords.loaded) noticeRecords.load().catch(() => undefined);
  }

  #set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  /** Clears what was entered and any issued notice (the element clears the ticks). */
  reset(): void {
    this.#set(() => {
      this.#name = '';
      this.#phone = '';
      this.#errors = [];
      this.#showErrors = false;
      this.#problem = undefined;
      this.#issued = undefined;
      this.#pending = undefined;
    });
  }

  /** After an edit, a failed record no longer says what the form says: the next attempt makes a new one. */
  edited(): void {
    if (!this.#sending && this.#pending) {
      this.#pending = undefined;
      this.#problem = undefined;
    }
    if (this.#showErrors) this.#errors = this.#validate();
    this.host.requestUpdate();
  }

  #validate(): FieldError[] {
    const materials = this.shared.item()?.guide.materials ?? [];
    return validateClerkEntry({ name: this.#name, phone: this.#phone, materials, checks: this.shared.checks() });
  }

  async #issue(t: NoticeChecklistMessages): Promise<void> {
    const item = this.shared.item();
    const host = this.host;
    if (!item || this.#sending || this.#issuing) return;
    this.#showErrors = true;
    this.#set(() => {
      this.#errors = this.#validate();
    });
    if (this.#errors.length > 0) {
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    this.#issuing = true;
    let records: NoticeRecords;
    try {
      records = noticeRecords.loaded ?? (await this.shared.work.track(noticeRecords.load()));
    } catch (error) {
      this.#fail({ kind: 'save', detail: '' }, error);
      return;
    } finally {
      this.#issuing = false;
    }
    const made = records.makeNotice({
      item,
      t,
      station: host.station,
      window: host.window,
      staff: host.staff,
      channel: host.channel,
      trackingNode: host.trackingNode,
      timeLimitDays: host.timeLimitDays,
      name: this.#name,
      phone: this.#phone,
      checks: this.shared.checks(),
    });
    if (made.ok) await this.#keep(made.record, records);
    else this.#fail({ kind: 'setup', detail: made.detail }, made.error, made.record);
  }

  async #keep(record: NoticeRecord, records: NoticeRecords): Promise<void> {
    const host = this.host;
    const event = emit(host, 'manyi-notice', { record }, true);
    // Vetoed: nothing is issued, and everything entered stays for the clerk.
    if (event.defaultPrevented) return;
    const enriched = records.checkNotice(event.detail.record);
    if (!enriched.ok) {
      this.#fail({ kind: 'setup', detail: enriched.detail }, enriched.error, event.detail.record);
      return;
    }
    const kept = enriched.record;
    this.#set(() => {
      this.#pending = kept;
      this.#sending = true;
      this.#problem = undefined;
    });
    // The QR encoder is fetched while the record is kept, so the notice shows complete at once
    // (updateComplete waits for the fetch, not for the outbox or submit).
    const encoder = this.#qrCode ? undefined : this.shared.work.track(loadQrCode());
    try {
      if (host.outbox) await host.outbox.put(kept);
      else if (host.submit) await host.submit(kept);
    } catch (error) {
      this.#sending = false;
      this.#fail({ kind: 'save', detail: '' }, error, kept);
      return;
    }
    if (encoder) this.#qrCode = await encoder;
    this.#set(() => {
      this.#sending = false;
      this.#pending = undefined;
      this.#issued = kept;
    });
    emit(host, 'manyi-notice-issued', { record: kept });
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('#notice-title')?.focus();
  }

  #fail(problem: Problem, error: unknown, record?: NoticeRecord): void {
    this.#set(() => {
      this.#problem = problem;
    });
    const detail = record ? { record, error } : { error };
    emit(this.host, 'manyi-error', detail);
  }

  #retry(): void {
    // The same record (same id and notice number) again: a retry can never make two notices.
    const records = noticeRecords.loaded;
    if (this.#pending && records) void this.#keep(this.#pending, records);
    // Nothing made yet (the record module could not be fetched): issue afresh.
    else void this.#issue(this.language.messages);
  }

  #focusField(e: Event, field: string): void {
    e.preventDefault();
    const target = this.host.renderRoot.querySelector<HTMLElement>(`#${field}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  async #next(): Promise<void> {
    this.host.reset();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('input')?.focus();
  }

  /** Clerk mode's screen for this guide: the clerk's form, or the issued notice. */
  view(item: ServiceItem): TemplateResult {
    const t = this.language.messages;
    if (this.#issued) {
      return noticeView({
        t,
        locale: this.language.locale,
        record: this.#issued,
        item,
        qrContent: qrContent(this.#issued.noticeNo, this.host.noticeUrl),
        qrCode: this.#qrCode,
        issuer: {
          office: this.host.office,
          window: this.host.windowName || this.#issued.windowId,
          staff: this.host.staffName || (this.#issued.staffId ?? ''),
        },
        onPrint: () => this.#printing.print(),
        onNext: () => void this.#next(),
      });
    }
    return clerkView({
      t,
      item,
      name: this.#name,
      phone: this.#phone,
      checks: this.shared.checks(),
      errors: this.#errors,
      sending: this.#sending,
      problem: this.#problem,
      onName: (v) => {
        this.#name = v;
        this.edited();
      },
      onPhone: (v) => {
        this.#phone = v;
        this.edited();
      },
      onChange: (i, c) => this.shared.change(i, c),
      onIssue: () => void this.#issue(t),
      onRetry: () => this.#retry(),
      onErrorLink: (e, field) => this.#focusField(e, field),
    });
  }
}
