// Imported on demand (see rating-pad.ts): the check of the pad's setup and everything that happens
// once a face is tapped — the reason screen, building and keeping the record, saving, thank-you and
// failure. The pad fetches it right after its faces are first shown, so it is here before anyone
// can tap; a tap that still comes first is kept and finished when it arrives.
import { type BadReviewReasonCode, type Face, isBadReview, type Locale, makeRatingRecord, type RatingRecord } from '@manyi/core';
import { adoptStyles, html, type TemplateResult } from 'lit';
import { afterTapStyles } from './after-tap.styles.js';
import { allMessages } from './messages.after-tap.js';
import type { RatingPadMessages, RatingPadStartMessages } from './messages.js';
// A static import back into the pad: a bundler then ships the pad and Lit as one file (they share
// this module's imports), which compresses better than two.
import { emit } from './rating-pad.events.js';
import { ManyiRatingPad } from './rating-pad.js';
import { reasonView } from './reason-view.js';

type TapState = 'ready' | 'reason' | 'saving' | 'thanks' | 'error';

// A sink that answers quicker than this goes straight to the thank-you: the screen is not torn down
// twice on every tap (a kiosk's outbox answers in a few milliseconds); a slower one shows "saving".
const SAVING_SHOWN_AFTER_MS = 300;

/** The pad's setup check: the faces show without it, and no record can be made before it is here. */
export { ratingContextProblems } from '@manyi/core';

/** A deep-frozen copy: what a host may read but not change. */
function frozenCopy(record: RatingRecord): RatingRecord {
  const copy = { ...record, ...(record.reasons ? { reasons: Object.freeze([...record.reasons]) } : {}) };
  return Object.freeze(copy) as RatingRecord;
}

/** One pad's answers after a tap, from the face chosen to the thank-you, then ready again. */
export class RatingFlow {
  #state: TapState = 'ready';
  /** While saving: whether "saving" is on screen yet, or still what the visitor answered on. */
  #savingShown = false;
  #savingFrom: TapState = 'ready';
  #chosen: Face | undefined;
  #reasons = new Set<BadReviewReasonCode>();
  #comment = '';
  #pending: RatingRecord | undefined;
  #lastRatedAt = Number.NEGATIVE_INFINITY;
  #thanksTimer: ReturnType<typeof setTimeout> | undefined;
  #savingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ManyiRatingPad) {
    // The after-tap screens' styles join the pad's own once they are here.
    adoptStyles(host.renderRoot as ShadowRoot, [...ManyiRatingPad.elementStyles, afterTapStyles]);
  }

  /** Whether the faces are shown, ready for a tap. */
  get ready(): boolean {
    return this.#state === 'ready';
  }

  #set(state: TapState): void {
    this.#state = state;
    this.host.requestUpdate();
  }

  /** A face tapped at `at` (ms since the epoch): a bad review asks for a reason first. */
  choose(f: Face, at: number = Date.now()): void {
    if (this.#state !== 'ready') return;
    this.#chosen = f;
    if (isBadReview(f.level)) this.#set('reason');
    else this.#rate(f, at);
  }

  /** Back to the faces, dropping anything half-chosen (the next visitor must not see it). */
  reset(): void {
    clearTimeout(this.#thanksTimer);
    this.#doneSaving();
    this.#chosen = undefined;
    this.#reasons = new Set();
    this.#comment = '';
    this.#pending = undefined;
    this.#set('ready');
  }

  /** The pad left the page: no timer fires on it. */
  stop(): void {
    clearTimeout(this.#thanksTimer);
    clearTimeout(this.#savingTimer);
  }

  #rate(f: Face, now: number): void {
    let record: RatingRecord;
    try {
      record = makeRatingRecord(
        this.host,
        { face: f, reasons: [...this.#reasons], comment: this.#comment, misuse: now - this.#lastRatedAt < this.host.cooldownMs },
        now,
      );
    } catch (error) {
      // Only a host changing attributes mid-tap gets here: say so rather than lose the tap quietly.
      this.#set('error');
      emit(this.host, 'manyi-error', { error });
      return;
    }
    void this.#keep(record);
  }

  async #keep(record: RatingRecord): Promise<void> {
    // The screen answered on may still show while saving: a second tap must not keep a second record.
    if (this.#state === 'saving') return;
    const host = this.host;
    // The host hears what is about to be kept, as a frozen copy: it can neither veto nor change
    // what the visitor chose, so every kept record says what was really tapped.
    emit(host, 'manyi-rate', Object.freeze({ record: frozenCopy(record) }));
    const kept = record;
    this.#pending = kept;
    this.#savingFrom = this.#state;
    this.#state = 'saving';
    host.requestUpdate();
    this.#savingTimer = setTimeout(() => {
      this.#savingShown = true;
      host.requestUpdate();
    }, SAVING_SHOWN_AFTER_MS);
    try {
      if (host.outbox) await host.outbox.put(kept);
      else if (host.submit) await host.submit(kept);
    } catch (error) {
      this.#doneSaving();
      if (this.#state === 'saving') this.#set('error');
      emit(host, 'manyi-error', { record: kept, error });
      return;
    }
    this.#lastRatedAt = Date.parse(kept.createdAt);
    emit(host, 'manyi-rated', { record: kept });
    // A host's reset() while saving means the next visitor is already there: no thank-you over them.
    if (this.#state !== 'saving') return;
    this.#pending = undefined;
    this.#doneSaving();
    this.#set('thanks');
    this.#thanksTimer = setTimeout(() => this.reset(), host.thankYouMs);
  }

  /** "Back" on the screen still shown while saving waits for the answer like every other button. */
  back(): void {
    if (this.#state !== 'saving') this.reset();
  }

  #doneSaving(): void {
    clearTimeout(this.#savingTimer);
    this.#savingShown = false;
  }

  /** Keeps the same record (same id) again: a retry can never count twice. */
  retry(): void {
    if (this.#pending) void this.#keep(this.#pending);
    else this.reset();
  }

  /** What to show in `locale`; undefined while the faces are (the pad draws those). */
  view(start: RatingPadStartMessages | RatingPadMessages, locale: Locale): TemplateResult | undefined {
    const t = allMessages(start);
    const shown = this.#state === 'saving' && !this.#savingShown ? this.#savingFrom : this.#state;
    switch (shown) {
      case 'ready':
        return undefined;
      case 'error':
        return html`<p part="error" role="alert">${t.saveFailed}</p>
          <button class="primary" @click=${() => this.retry()}>${t.retry}</button>
          <button class="secondary" @click=${() => this.back()}>${t.back}</button>`;
      case 'reason':
        return reasonView({
          t,
          locale,
          reasons: this.#reasons,
          comment: this.#comment,
          toggle: (code) => {
            const next = new Set(this.#reasons);
            if (!next.delete(code)) next.add(code);
            this.#reasons = next;
            this.host.requestUpdate();
          },
          type: (comment) => {
            this.#comment = comment;
            this.host.requestUpdate();
          },
          back: () => this.back(),
          submit: () => this.#chosen && this.#rate(this.#chosen, Date.now()),
        });
      case 'saving':
        return html`<p role="status">${t.saving}</p>`;
      case 'thanks':
        return html`<p part="thanks" role="status" tabindex="-1">${t.thanks}</p>
          <p>${t.thanksDetail}</p>`;
    }
  }
}
