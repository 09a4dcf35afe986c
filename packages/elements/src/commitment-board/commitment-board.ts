import type { Commitment } from '@manyi/core';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { PendingWork } from '../pending-work.js';
import { COMMITMENT_BOARD_CATALOGUE } from './catalogue.js';
import { emit } from './commitment-board.events.js';
import { commitmentBoardStyles } from './commitment-board.styles.js';
import {
  type Checked,
  type CommitmentBoardError,
  checkCommitments,
  checkKeptRates,
  commitmentCheck,
  fetchCommitments,
  type KeptRates,
} from './load.js';
import type { CommitmentBoardMessages, CommitmentField } from './messages.js';
import { SignagePaging } from './paging.js';
import { commitmentArticle, pauseIcon, sharedFields, sharedFooter } from './views.js';

export type CommitmentBoardMode = 'list' | 'signage';

type BoardState =
  | { status: 'loading' }
  | { status: 'ready'; commitments: Commitment[] }
  | { status: 'error'; error: CommitmentBoardError; fromSrc: boolean };

/** A `lang` for the content while it shows a fallback language, else none. */
type Lang = string | typeof nothing;

const DEFAULT_PAGE_MS = 10_000;
const DEFAULT_PER_PAGE = 3;

/**
 * @summary A station's posted service commitments (服务承诺): the promise, its time limits, fees,
 * hours, legal basis, hotline, complaint phone, liability when broken and, optionally, how often it
 * was kept. `list` mode for portals; `signage` mode for hall screens, paging on a timer.
 *
 * @event {CommitmentsLoadedEvent} manyi-commitments-loaded - Commitments from `src` were fetched and valid; `detail.count`.
 * @event {CommitmentBoardErrorEvent} manyi-error - Commitments (from `src` or by property) or kept rates could not be shown;
 *   `detail.error` is a CommitmentBoardError (`problem`: network, http, json or schema).
 *
 * @csspart base - The board's container.
 * @csspart heading - The board's heading.
 * @csspart list - The list of commitments (one page of it in signage mode).
 * @csspart commitment - Each commitment's article.
 * @csspart promise - A commitment's promise, the article's heading.
 * @csspart fields - A commitment's description list; each row is `field field-<name>` with `term`
 *   and `value`, names: limits, fees, hours, legalBasis, hotline, complaintPhone, liability, keptRate.
 * @csspart limits - The list of a commitment's limits when it has several.
 * @csspart phone - A tel: link (list mode).
 * @csspart kept-rate - The kept rate as a percentage; kept-meter is the bar beside it.
 * @csspart shared - Signage footer: hours and phones common to every commitment, posted once.
 * @csspart controls - Signage paging controls; previous, next, indicator ("第 1/3 页"), paused.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message; error-detail names the field at fault; retry reloads `src`.
 *
 * @cssproperty --manyi-color-scheme - `light dark` (default, follows the system), `light` or `dark`.
 * @cssproperty --manyi-font-family - Font stack.
 * @cssproperty --manyi-font-size - Base text size in list mode.
 * @cssproperty --manyi-signage-font-size - Base text size in signage mode (default scales with the screen).
 * @cssproperty --manyi-color-text - Text colour.
 * @cssproperty --manyi-color-surface - Background.
 * @cssproperty --manyi-color-card - Background of each commitment.
 * @cssproperty --manyi-color-muted - Field names and secondary text.
 * @cssproperty --manyi-color-accent - Focus ring, headings' rule, buttons.
 * @cssproperty --manyi-color-error - The error message.
 * @cssproperty --manyi-radius - Corner radius of cards and buttons.
 */
export class ManyiCommitmentBoard extends LitElement {
  static override styles = commitmentBoardStyles;

  // Declared here rather than by decorators: no decorator helpers in every portal's bundle. Internal
  // state says `attribute: false` too, so the manifest does not list it as an attribute.
  static override properties: PropertyDeclarations = {
    commitments: { attribute: false },
    src: {},
    requestInit: { attribute: false },
    keptRates: { attribute: false },
    mode: { reflect: true },
    heading: {},
    pageMs: { type: Number, attribute: 'page-ms' },
    perPage: { type: Number, attribute: 'per-page' },
    board: { state: true, attribute: false },
    ratesError: { state: true, attribute: false },
  };

  /** The commitments to show, validated with the shared CommitmentSchema. Of this and `src`, the one set last wins. */
  commitments: Commitment[] = [];
  /** A URL returning an array of commitments or `{ "commitments": [...] }`, such as the device config. */
  src = '';
  /** Extra fetch options for `src`, e.g. an Authorization header for the device config. */
  requestInit: RequestInit = {};
  /** commitment id → share of cases in which the promise was kept (0..1). */
  keptRates: KeptRates | undefined;
  /** `list` for portals, `signage` for hall screens. */
  mode: CommitmentBoardMode = 'list';
  /** Replaces the default heading "服务承诺". */
  heading = '';
  /** Signage: how long each page stays, in milliseconds. */
  pageMs = DEFAULT_PAGE_MS;
  /** Signage: commitments per page. */
  perPage = DEFAULT_PER_PAGE;

  private board: BoardState = { status: 'ready', commitments: [] };
  private ratesError: CommitmentBoardError | undefined;

  readonly #work = new PendingWork();
  readonly #locale = new LocaleController(this, COMMITMENT_BOARD_CATALOGUE, this.#work);
  readonly #paging = new SignagePaging(this, () => ({
    auto: this.mode === 'signage' && this.board.status === 'ready',
    pageCount: this.#pageCount(),
    intervalMs: this.pageMs,
  }));
  #loading: AbortController | undefined;
  #checking: object | undefined;

  protected override getUpdateComplete(): Promise<boolean> {
    // Also after catalogues and schemas fetched on demand: awaiting updateComplete shows the final state.
    return this.#work.updateComplete(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.mode !== 'list' && this.mode !== 'signage') this.mode = 'list';
    if (changed.has('pageMs') && !(Number.isFinite(this.pageMs) && this.pageMs > 0)) this.pageMs = DEFAULT_PAGE_MS;
    if (changed.has('perPage') && !(Number.isInteger(this.perPage) && this.perPage > 0)) this.perPage = DEFAULT_PER_PAGE;
    if (changed.has('src') && this.src) this.#load();
    else if (changed.has('commitments') || changed.has('src')) this.#check(this.commitments);
    if (changed.has('keptRates')) {
      const rates = checkKeptRates(this.keptRates);
      this.ratesError = rates.ok ? undefined : rates.error;
      if (!rates.ok) this.#fail(rates.error);
    }
  }

  /** Fetches `src` again, e.g. after the network came back. */
  reload(): void {
    if (this.src) this.#load();
  }

  #load(): void {
    this.#loading?.abort();
    this.#checking = undefined;
    const loading = new AbortController();
    this.#loading = loading;
    this.board = { status: 'loading' };
    void fetchCommitments(this.src, this.requestInit, loading.signal).then((result) => {
      // A newer load, or commitments set by property, replaced this one.
      if (this.#loading !== loading) return;
      this.#loading = undefined;
      this.#show(result, true);
      if (result.ok) emit(this, 'manyi-commitments-loaded', { count: result.value.length });
    });
  }

  /** Commitments set by property: checked by the shared schema, fetched on demand; updateComplete waits for it. */
  #check(commitments: unknown): void {
    this.#loading?.abort();
    this.#loading = undefined;
    const check = commitmentCheck.loaded;
    if (check || (Array.isArray(commitments) && commitments.length === 0)) {
      this.#show(check ? check.checkCommitments(commitments) : { ok: true, value: [] }, false);
      return;
    }
    const checking = {};
    this.#checking = checking;
    // Commitments already shown stay until their replacement has passed; a board with none says it is loading.
    if (this.board.status !== 'ready' || this.board.commitments.length === 0) this.board = { status: 'loading' };
    this.#work.track(
      checkCommitments(commitments).then((result) => {
        if (this.#checking === checking) this.#show(result, false);
      }),
    );
  }

  #show(result: Checked<Commitment[]>, fromSrc: boolean): void {
    this.#checking = undefined;
    if (result.ok) {
      this.board = { status: 'ready', commitments: result.value };
      return;
    }
    this.board = { status: 'error', error: result.error, fromSrc };
    this.#fail(result.error);
  }

  #fail(error: CommitmentBoardError): void {
    emit(this, 'manyi-error', { error });
  }

  #pageCount(): number {
    return this.board.status === 'ready' ? Math.ceil(this.board.commitments.length / this.perPage) : 0;
  }

  override render() {
    if (this.#locale.waiting) return nothing;
    const t = this.#locale.messages;
    const lang = this.#locale.fallbackLang ?? nothing;
    const heading = html`<h2 id="heading" part="heading">${this.heading || t.heading}</h2>`;
    const board = this.board;
    if (board.status === 'loading') {
      return html`<section part="base" lang=${lang} aria-labelledby="heading" aria-busy="true">
        ${heading}<p part="status" role="status">${t.loading}</p>
      </section>`;
    }
    const error = board.status === 'error' ? board.error : this.ratesError;
    if (error) {
      return html`<section part="base" lang=${lang} aria-labelledby="heading">${heading}${this.#error(t, error, board.status === 'error' && board.fromSrc)}</section>`;
    }
    if (board.status !== 'ready') return nothing;
    if (board.commitments.length === 0) {
      return html`<section part="base" lang=${lang} aria-labelledby="heading">${heading}<p part="status">${t.empty}</p></section>`;
    }
    return this.mode === 'signage' ? this.#signage(t, heading, board.commitments, lang) : this.#list(t, heading, board.commitments, lang);
  }

  #list(t: CommitmentBoardMessages, heading: TemplateResult, commitments: readonly Commitment[], lang: Lang) {
    const options = { phoneLinks: true, omit: new Set<CommitmentField>(), keptRates: this.keptRates };
    return html`<section part="base" class="list" lang=${lang} aria-labelledby="heading">
      ${heading}
      <ul part="list" class="commitments" role="list">
        ${commitments.map((c, i) => html`<li>${commitmentArticle(c, i, t, options)}</li>`)}
      </ul>
    </section>`;
  }

  #signage(t: CommitmentBoardMessages, heading: TemplateResult, commitments: readonly Commitment[], lang: Lang) {
    const pageCount = this.#pageCount();
    const page = this.#paging.current(pageCount);
    const paused = this.#paging.paused;
    const shared = sharedFields(commitments);
    const options = { phoneLinks: false, omit: new Set(Object.keys(shared) as CommitmentField[]), keptRates: this.keptRates };
    const first = page * this.perPage;
    const onPage = commitments.slice(first, first + this.perPage);
    return html`<section part="base" class="signage ${paused ? 'is-paused' : ''}" lang=${lang} aria-labelledby="heading">
      <header class="bar">${heading}${pageCount > 1 ? this.#controls(t, page, pageCount, paused) : nothing}</header>
      <!-- Announced only when paused, i.e. when a person turned the page (as in the APG carousel). -->
      <div class="page-frame" aria-live=${paused ? 'polite' : 'off'}>
        ${keyed(
          page,
          html`<ul part="list" class="commitments page columns-${Math.min(this.perPage, 4)}" role="list">
            ${onPage.map((c, i) => html`<li>${commitmentArticle(c, first + i, t, options)}</li>`)}
          </ul>`,
        )}
      </div>
      ${sharedFooter(shared, t)}
    </section>`;
  }

  #controls(t: CommitmentBoardMessages, page: number, pageCount: number, paused: boolean) {
    return html`<nav part="controls" class="controls" aria-label=${t.pages}>
      <p part="paused" class="paused" ?hidden=${!paused}>${pauseIcon} ${t.paused}</p>
      <button part="previous" @click=${() => this.#paging.go(-1)}><span aria-hidden="true">‹</span> ${t.previous}</button>
      <p part="indicator" class="indicator">${t.page(page + 1, pageCount)}</p>
      <button part="next" @click=${() => this.#paging.go(1)}>${t.next} <span aria-hidden="true">›</span></button>
    </nav>`;
  }

  #error(t: CommitmentBoardMessages, error: CommitmentBoardError, fromSrc: boolean) {
    const summary = { network: t.network, http: t.http(error.status ?? 0), json: t.notJson, schema: t.invalidData }[error.problem];
    return html`<div part="error" class="error" role="alert">
        <p>${summary}</p>
        ${error.problem === 'schema' ? html`<p part="error-detail" class="detail">${t.details}<code>${error.message}</code></p>` : nothing}
      </div>
      ${fromSrc ? html`<button part="retry" class="retry" @click=${() => this.reload()}>${t.retry}</button>` : nothing}`;
  }
}
