// Only zod-free parts of core: the pad stays a few kilobytes; the collector validates fully.
import {
  type BadReviewReasonCode,
  type Face,
  isBadReview,
  makeRatingRecord,
  type RatingContextProblem,
  type RatingRecord,
  ratingContextProblems,
  SCALES,
  type ScaleId,
} from '@manyi/core';
import { adoptStyles, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { RecordSink } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { onDemand } from '../on-demand.js';
import { PendingWork } from '../pending-work.js';
import { face } from './faces.js';
import { RATING_PAD_CATALOGUE, type RatingPadMessages } from './messages.js';
import { ratingPadStyles } from './rating-pad.styles.js';

/** The bad-review screen: not on the first screen, so fetched just after it. */
const reasonScreen = onDemand(() => import('./reason-view.js'));

type PadState = 'ready' | 'reason' | 'saving' | 'thanks' | 'error';

// A sink that answers quicker than this goes straight to the thank-you: the screen is not torn down
// twice on every tap (a kiosk's outbox answers in a few milliseconds); a slower one shows "saving".
const SAVING_SHOWN_AFTER_MS = 300;

/**
 * @summary A satisfaction rating pad: a visitor taps a face; a bad review asks for a reason first.
 *
 * @event manyi-rate - Cancelable, before a record is kept; `detail.record` may be changed.
 * @event manyi-rated - The record is durably kept (or accepted by `submit`).
 * @event manyi-error - Keeping the record failed; the visitor's answer stays on screen.
 *
 * @csspart base - The pad's container.
 * @csspart face - Each face button.
 * @csspart label - The text label under each face.
 * @csspart reason - Each reason chip of a bad review.
 * @csspart thanks - The thank-you message.
 * @csspart error - The failure message.
 *
 * @cssproperty --manyi-face-size - Size of each face (default 6rem).
 * @cssproperty --manyi-face-1 - Colour of the worst face, through --manyi-face-5 for the best.
 * @cssproperty --manyi-color-accent - Focus ring and selected chips.
 * @cssproperty --manyi-font-size - Base text size.
 */
export class ManyiRatingPad extends LitElement {
  static override styles = ratingPadStyles;

  // Declared here rather than by decorators: no decorator helpers in every portal's bundle. Internal
  // state says `attribute: false` too, so the manifest does not list it as an attribute.
  static override properties: PropertyDeclarations = {
    scale: { type: Number, reflect: true },
    station: {},
    window: {},
    staff: {},
    serviceItem: { attribute: 'service-item' },
    ticket: {},
    channel: {},
    thankYouMs: { type: Number, attribute: 'thank-you-ms' },
    cooldownMs: { type: Number, attribute: 'cooldown-ms' },
    outbox: { attribute: false },
    submit: { attribute: false },
    padState: { state: true, attribute: false },
    savingShown: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    reasons: { state: true, attribute: false },
    comment: { state: true, attribute: false },
    setupProblems: { state: true, attribute: false },
  };

  /** Number of faces: 3, 4 or 5. */
  scale: ScaleId = 5;
  station = '';
  window = '';
  staff = '';
  serviceItem = '';
  /** 办件号 of the service event being rated. */
  ticket = '';
  channel: RatingRecord['channel'] = 'device';
  /** How long the thank-you message stays before the pad is ready again. */
  thankYouMs = 3000;
  /** Taps closer than this to the previous rating are kept but flagged as misuse. */
  cooldownMs = 0;

  /** Where records go: an outbox on a kiosk. */
  outbox: RecordSink<RatingRecord> | undefined;
  /** Or an integrator's own function; a rejected promise shows the failure message. */
  submit: ((record: RatingRecord) => Promise<void>) | undefined;

  private padState: PadState = 'ready';
  /** While saving: whether "saving" is on screen yet, or still what the visitor answered on. */
  private savingShown = false;
  private chosen: Face | undefined;
  private reasons = new Set<BadReviewReasonCode>();
  private comment = '';
  /** Attributes a record cannot be made with; the pad shows them to staff instead of faces. */
  private setupProblems: RatingContextProblem[] = [];

  readonly #work = new PendingWork();
  readonly #locale = new LocaleController(this, RATING_PAD_CATALOGUE, this.#work);
  #lastRatedAt = Number.NEGATIVE_INFINITY;
  #thanksTimer: ReturnType<typeof setTimeout> | undefined;
  #savingTimer: ReturnType<typeof setTimeout> | undefined;
  #savingFrom: PadState = 'ready';
  #pending: RatingRecord | undefined;
  #announceSetup = false;
  #reasonsStyled = false;

  protected override getUpdateComplete(): Promise<boolean> {
    // Also after catalogues and schemas fetched on demand: awaiting updateComplete shows the final state.
    return this.#work.updateComplete(() => super.getUpdateComplete());
  }

  protected override firstUpdated(): void {
    // Fetched as soon as the faces are up (updateComplete waits for it), so a tap on a bad face
    // finds the reason screen here; were it not yet, the tap is kept and the chips follow.
    this.#work.track(
      reasonScreen.load().then(
        (screen) => {
          adoptStyles(this.renderRoot as ShadowRoot, [...ManyiRatingPad.elementStyles, screen.reasonStyles]);
          this.#reasonsStyled = true;
          this.requestUpdate();
        },
        () => undefined,
      ),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#thanksTimer);
    clearTimeout(this.#savingTimer);
  }

  /** Back to the faces, dropping anything half-chosen (the next visitor must not see it). */
  reset(): void {
    clearTimeout(this.#thanksTimer);
    this.#doneSaving();
    this.padState = 'ready';
    this.chosen = undefined;
    this.reasons = new Set();
    this.comment = '';
    this.#pending = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scale') && !(this.scale in SCALES)) this.scale = 5;
    const context = ['station', 'window', 'staff', 'serviceItem', 'ticket', 'channel'] as const;
    if (context.some((key) => changed.has(key))) {
      this.setupProblems = ratingContextProblems(this);
      this.#announceSetup = this.setupProblems.length > 0;
    }
  }

  protected override updated(): void {
    // Said once per change of setup, so a host's log is not flooded with one error per render.
    if (this.#announceSetup) {
      this.#announceSetup = false;
      const error = new TypeError(this.setupProblems.map((p) => p.message).join('; '));
      this.dispatchEvent(new CustomEvent('manyi-error', { detail: { error }, bubbles: true, composed: true }));
    }
  }

  #choose(f: Face): void {
    if (this.padState !== 'ready') return;
    this.chosen = f;
    if (isBadReview(f.level)) {
      this.padState = 'reason';
      return;
    }
    this.#rate(f);
  }

  #rate(f: Face): void {
    let record: RatingRecord;
    try {
      record = this.#record(f);
    } catch (error) {
      // Only a host changing attributes mid-tap gets here: say so rather than lose the tap quietly.
      this.padState = 'error';
      this.dispatchEvent(new CustomEvent('manyi-error', { detail: { error }, bubbles: true, composed: true }));
      return;
    }
    void this.#keep(record);
  }

  #record(f: Face): RatingRecord {
    const now = Date.now();
    return makeRatingRecord(
      this,
      { face: f, reasons: [...this.reasons], comment: this.comment, misuse: now - this.#lastRatedAt < this.cooldownMs },
      now,
    );
  }

  async #keep(record: RatingRecord): Promise<void> {
    // The screen answered on may still show while saving: a second tap must not keep a second record.
    if (this.padState === 'saving') return;
    const event = new CustomEvent('manyi-rate', { detail: { record }, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) {
      this.reset();
      return;
    }
    const kept = event.detail.record;
    this.#pending = kept;
    this.#savingFrom = this.padState;
    this.padState = 'saving';
    this.#savingTimer = setTimeout(() => {
      this.savingShown = true;
    }, SAVING_SHOWN_AFTER_MS);
    try {
      if (this.outbox) await this.outbox.put(kept);
      else if (this.submit) await this.submit(kept);
    } catch (error) {
      this.#doneSaving();
      if (this.padState === 'saving') this.padState = 'error';
      this.dispatchEvent(new CustomEvent('manyi-error', { detail: { record: kept, error }, bubbles: true, composed: true }));
      return;
    }
    this.#lastRatedAt = Date.parse(kept.createdAt);
    this.dispatchEvent(new CustomEvent('manyi-rated', { detail: { record: kept }, bubbles: true, composed: true }));
    // A host's reset() while saving means the next visitor is already there: no thank-you over them.
    if (this.padState !== 'saving') return;
    this.#pending = undefined;
    this.#doneSaving();
    this.padState = 'thanks';
    this.#thanksTimer = setTimeout(() => this.reset(), this.thankYouMs);
  }

  /** "Back" on the screen still shown while saving waits for the answer like every other button. */
  #back(): void {
    if (this.padState !== 'saving') this.reset();
  }

  #doneSaving(): void {
    clearTimeout(this.#savingTimer);
    this.savingShown = false;
  }

  #retry(): void {
    // The same record (same id) again: a retry can never count twice.
    if (this.#pending) void this.#keep(this.#pending);
    else this.reset();
  }

  #toggleReason(code: BadReviewReasonCode): void {
    const next = new Set(this.reasons);
    if (!next.delete(code)) next.add(code);
    this.reasons = next;
  }

  override render() {
    if (this.#locale.waiting) return nothing;
    const t = this.#locale.messages;
    const setup = this.setupProblems;
    return html`<div part="base" aria-live="polite" lang=${this.#locale.fallbackLang ?? nothing}>
      ${setup.length > 0 ? html`<p part="error" role="alert">${t.badSetup(setup.map((p) => p.attribute))}</p>` : this.#view(t)}
    </div>`;
  }

  #view(t: RatingPadMessages) {
    const locale = this.#locale.locale;
    const shown = this.padState === 'saving' && !this.savingShown ? this.#savingFrom : this.padState;
    switch (shown) {
      case 'ready':
        return html`<h2>${t.ratePrompt}</h2>
          <div class="faces" role="group" aria-label=${t.ratePrompt}>
            ${SCALES[this.scale].faces.map(
              (f) => html`<button part="face face-${f.level}" class="level-${f.level}" @click=${() => this.#choose(f)}>
                ${face(f.level)}<span part="label">${f.labels[locale]}</span>
              </button>`,
            )}
          </div>`;
      case 'reason': {
        const screen = reasonScreen.loaded;
        if (!screen || !this.#reasonsStyled) return html`<h2>${t.reasonPrompt}</h2>`;
        return screen.reasonView({
          t,
          locale,
          reasons: this.reasons,
          comment: this.comment,
          toggle: (code) => this.#toggleReason(code),
          type: (comment) => {
            this.comment = comment;
          },
          back: () => this.#back(),
          submit: () => this.chosen && this.#rate(this.chosen),
        });
      }
      case 'saving':
        return html`<p role="status">${t.saving}</p>`;
      case 'thanks':
        return html`<p part="thanks" role="status">${t.thanks}</p>
          <p>${t.thanksDetail}</p>`;
      case 'error':
        return html`<p part="error" role="alert">${t.saveFailed}</p>
          <button class="primary" @click=${() => this.#retry()}>${t.retry}</button>
          <button class="secondary" @click=${() => this.#back()}>${t.back}</button>`;
    }
  }
}
