// Only zod-free parts of core: the pad stays a few kilobytes; the collector validates fully.
import { type Face, type RatingContextProblem, type RatingRecord, SCALES, type ScaleId } from '@manyi/core';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { RecordSink } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { onDemand } from '../on-demand.js';
import { PendingWork } from '../pending-work.js';
import type { RatingFlow } from './after-tap.js';
import { RATING_PAD_CATALOGUE } from './catalogue.js';
import { face } from './faces.js';
import type { RatingPadStartMessages } from './messages.js';
import { emit } from './rating-pad.events.js';
import { ratingPadStyles } from './rating-pad.styles.js';

/**
 * Everything after the faces are shown: the setup check, the reason screen, keeping the record and
 * the thank-you. Fetched as soon as the faces are up, so it is here before anyone can tap.
 */
const afterTap = onDemand(() => import('./after-tap.js'));

/**
 * @summary A satisfaction rating pad: a visitor taps a face; a bad review asks for a reason first.
 *
 * @event {RatingPadRateEvent} manyi-rate - Before a record is kept: a frozen copy to read; not cancelable, and the record cannot be changed.
 * @event {RatingPadRatedEvent} manyi-rated - The record is durably kept (or accepted by `submit`).
 * @event {RatingPadErrorEvent} manyi-error - Keeping the record failed; the visitor's answer stays on screen.
 *
 * @csspart base - The pad's container.
 * @csspart face - Each face button.
 * @csspart label - The text label under each face.
 * @csspart reason - Each reason chip of a bad review.
 * @csspart thanks - The thank-you message.
 * @csspart error - The failure message.
 *
 * @cssproperty --manyi-color-scheme - `light dark` (default, follows the system), `light` or `dark`.
 * @cssproperty --manyi-font-family - Font stack.
 * @cssproperty --manyi-font-size - Base text size.
 * @cssproperty --manyi-color-text - Text colour.
 * @cssproperty --manyi-color-surface - Background.
 * @cssproperty --manyi-color-accent - Focus ring, the submit button and selected chips.
 * @cssproperty --manyi-color-error - The failure message.
 * @cssproperty --manyi-radius - Corner radius of the buttons.
 * @cssproperty --manyi-face-size - Size of each face (default 6rem; at most 3.5rem in the phone list).
 * @cssproperty --manyi-face-1 - Colour of the worst face (非常不满意).
 * @cssproperty --manyi-face-2 - Colour of the second-worst face.
 * @cssproperty --manyi-face-3 - Colour of the middle face.
 * @cssproperty --manyi-face-4 - Colour of the second-best face.
 * @cssproperty --manyi-face-5 - Colour of the best face (非常满意).
 */
export class ManyiRatingPad extends LitElement {
  static override styles = ratingPadStyles;

  // Declared here rather than by decorators: no decorator helpers in every portal's bundle. `outbox`
  // and `submit` are plain fields: nothing shown depends on them, so setting one needs no render.
  static override properties: PropertyDeclarations = {
    scale: { type: Number, reflect: true },
    station: {},
    window: {},
    staff: {},
    serviceItem: { attribute: 'service-item' },
    ticket: {},
    event: {},
    channel: {},
    thankYouMs: { type: Number, attribute: 'thank-you-ms' },
    cooldownMs: { type: Number, attribute: 'cooldown-ms' },
  };

  /** Number of faces: 3, 4 or 5. */
  scale: ScaleId = 5;
  station = '';
  window = '';
  staff = '';
  serviceItem = '';
  /** 办件号 of the service event being rated. */
  ticket = '';
  /** The service event's id, as the collector named it: the collector counts one rating per event. */
  event = '';
  channel: RatingRecord['channel'] = 'device';
  /** How long the thank-you message stays before the pad is ready again. */
  thankYouMs = 3000;
  /** Taps closer than this to the previous rating are kept but flagged as misuse. */
  cooldownMs = 0;

  /** Where records go: an outbox on a kiosk. */
  outbox: RecordSink<RatingRecord> | undefined;
  /** Or an integrator's own function; a rejected promise shows the failure message. */
  submit: ((record: RatingRecord) => Promise<void>) | undefined;

  /** Attributes a record cannot be made with; the pad shows them to staff instead of faces (set in willUpdate). */
  #setupProblems: RatingContextProblem[] = [];
  /** The context changed since it was last checked (the check comes with the after-tap module). */
  #setupUnchecked = true;

  readonly #work = new PendingWork();
  readonly #locale = new LocaleController(this, RATING_PAD_CATALOGUE, this.#work);
  /** What happens after a tap, once its module is here. */
  #flow: RatingFlow | undefined;
  /** A face tapped before that module arrived, and when: finished as soon as it is here. */
  #early: { face: Face; at: number } | undefined;
  /** The module could not be fetched for a tap (offline, nothing cached): the tap waits for a retry. */
  #unfetched = false;
  #announceSetup = false;
  /** Focus was inside the pad when a screen was replaced: it goes to the new screen, not the page. */
  #keepFocus = false;

  protected override getUpdateComplete(): Promise<boolean> {
    // Also after catalogues and modules fetched on demand: awaiting updateComplete shows the final state.
    return this.#work.updateComplete(() => super.getUpdateComplete());
  }

  protected override firstUpdated(): void {
    // Fetched as soon as the faces are up (updateComplete waits for it), so a tap finds it here.
    void this.#fetchFlow().catch(() => undefined);
  }

  /** The after-tap module, fetched (once per page) and set up for this pad; then any early tap goes on. */
  #fetchFlow(): Promise<void> {
    return this.#work.track(
      afterTap.load().then((m) => {
        this.#flow ??= new m.RatingFlow(this);
        const early = this.#early;
        this.#early = undefined;
        this.#unfetched = false;
        if (early) this.#flow.choose(early.face, early.at);
        this.requestUpdate();
      }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flow?.stop();
  }

  /** Back to the faces, dropping anything half-chosen (the next visitor must not see it). */
  reset(): void {
    this.#early = undefined;
    this.#unfetched = false;
    this.#flow?.reset();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#keepFocus ||= !!this.shadowRoot?.activeElement;
    if (changed.has('scale') && !(this.scale in SCALES)) this.scale = 5;
    const context = ['station', 'window', 'staff', 'serviceItem', 'ticket', 'event', 'channel'] as const;
    if (context.some((key) => changed.has(key))) this.#setupUnchecked = true;
    // A correctly set up pad (every visitor's) shows its faces at once; a wrongly set up one shows
    // them until the check is here, a few milliseconds, and no record can be made meanwhile.
    const check = afterTap.loaded;
    if (check && this.#setupUnchecked) {
      this.#setupUnchecked = false;
      this.#setupProblems = check.ratingContextProblems(this);
      this.#announceSetup = this.#setupProblems.length > 0;
    }
  }

  protected override updated(): void {
    this.#placeFocus();
    // Said once per change of setup, so a host's log is not flooded with one error per render.
    if (this.#announceSetup) {
      this.#announceSetup = false;
      this.#error(new TypeError(this.#setupProblems.map((p) => p.message).join('; ')));
    }
  }

  /**
   * A keyboard user's focus was on a control the last screen took away: it moves to the new screen's
   * first control (or its message), so the next step is one key away. Focus the visitor moved
   * elsewhere on the page is left alone.
   */
  #placeFocus(): void {
    if (!this.#keepFocus) return;
    const root = this.shadowRoot;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (root?.activeElement || !lost) {
      this.#keepFocus = false;
      return;
    }
    const target = root?.querySelector<HTMLElement>('button, textarea, [tabindex="-1"]');
    if (!target) return; // "saving": the next screen takes it
    this.#keepFocus = false;
    target.focus();
  }

  #error(error: unknown): void {
    emit(this, 'manyi-error', { error });
  }

  #choose(f: Face): void {
    if (this.#flow) this.#flow.choose(f);
    else if (!this.#early) {
      // Tapped before the after-tap module is here: the tap is kept (one), and finished when it is.
      this.#early = { face: f, at: Date.now() };
      this.#fetchForTap();
    }
  }

  /** Fetches the after-tap module for a waiting tap; when it cannot be had, says so and keeps the tap. */
  #fetchForTap(): void {
    this.#fetchFlow().catch((error: unknown) => {
      if (!this.#early) return;
      this.#unfetched = true;
      this.requestUpdate();
      this.#error(error);
    });
  }

  #retry(): void {
    this.#unfetched = false;
    this.requestUpdate();
    this.#fetchForTap();
  }

  override render() {
    if (this.#locale.waiting) return nothing;
    const t = this.#locale.messages;
    const setup = this.#setupProblems;
    return html`<div part="base" aria-live="polite" lang=${this.#locale.fallbackLang ?? nothing}>
      ${setup.length > 0 ? html`<p part="error" role="alert">${t.badSetup(setup.map((p) => p.attribute))}</p>` : this.#view(t)}
    </div>`;
  }

  #view(t: RatingPadStartMessages) {
    const locale = this.#locale.locale;
    if (this.#unfetched) {
      // The tap waits here until the after-tap module can be fetched.
      return html`<p part="error" role="alert">${t.saveFailed}</p>
        <button class="primary" @click=${() => this.#retry()}>${t.retry}</button>`;
    }
    return (
      this.#flow?.view(t, locale) ??
      html`<h2>${t.ratePrompt}</h2>
        <div class="faces" role="group" aria-label=${t.ratePrompt}>
          ${SCALES[this.scale].faces.map(
            (f) => html`<button part="face face-${f.level}" class="level-${f.level}" @click=${() => this.#choose(f)}>
              ${face(f.level)}<span part="label">${f.labels[locale]}</span>
            </button>`,
          )}
        </div>`
    );
  }
}
