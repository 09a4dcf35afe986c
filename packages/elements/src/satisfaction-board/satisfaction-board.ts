import { MonthSchema, type StationResults } from '@manyi/core';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import { PendingWork } from '../pending-work.js';
import { SATISFACTION_BOARD_CATALOGUE } from './catalogue.js';
import { checkResults, fetchResults, resultsUrl, type SatisfactionBoardError } from './load.js';
import { FIGURE_NAMES, type SatisfactionBoardMessages } from './messages.js';
import { monthOf, selectableMonths } from './months.js';
import { emit } from './satisfaction-board.events.js';
import { satisfactionBoardStyles } from './satisfaction-board.styles.js';
import { figuresList, levelBars, windowsList, windowsTable } from './views.js';

export type SatisfactionBoardLayout = 'list' | 'compact';

type BoardState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; results: StationResults }
  | { status: 'error'; error: SatisfactionBoardError; fromSource: boolean };

const DEFAULT_MONTHS = 12;

/**
 * @summary A station's published monthly satisfaction results (满意度评价公示): ratings per level,
 * good-review rate, bad reviews and how many were handled, the 100-point score and tier when the
 * collector publishes them, and the same per window. `list` layout for pages, `compact` for
 * portal sidebars; a month picker when reading the collector's public endpoint.
 *
 * @event {SatisfactionResultsLoadedEvent} manyi-results-loaded - Results from `endpoint` or `src` were fetched and valid;
 *   `detail`: stationId, month, total, complete.
 * @event {Event} change - The reader picked another month; `month` holds it and the results reload.
 * @event {SatisfactionBoardErrorEvent} manyi-error - Results (fetched or by property) could not be shown; `detail.error` is a
 *   SatisfactionBoardError (`problem`: config, network, http, json or schema).
 *
 * @csspart base - The board's container.
 * @csspart header - Heading, month and month picker.
 * @csspart heading - The board's heading.
 * @csspart period - The month shown, when there is no picker.
 * @csspart month-label - The month picker's label.
 * @csspart month-select - The month picker (a native select).
 * @csspart provisional - The note that the month is still running.
 * @csspart figures - A description list of figures (the month's, and each window's in compact layout).
 * @csspart figure - One figure's row, also `figure-<name>`: total, goodReviewRate, badReviewCount,
 *   badReviewsHandled, score, tier.
 * @csspart term - A figure's name.
 * @csspart value - A figure's value.
 * @csspart levels - Ratings per level, with its subheading.
 * @csspart level - One level's row, also `level-<5..1>` (5 非常满意 … 1 非常不满意).
 * @csspart level-label - The level's name.
 * @csspart bar - The level's bar, decorative: its count and share are written beside it.
 * @csspart level-count - The level's count and share, e.g. "12 条，占 40%".
 * @csspart windows - Per-window figures: a scrollable table in list layout, a list in compact layout.
 * @csspart window - One window's row.
 * @csspart window-name - A window's name.
 * @csspart subheading - The levels' and windows' headings.
 * @csspart status - Loading, no data and no ratings messages.
 * @csspart error - The error message.
 * @csspart error-detail - The field, setting or server message at fault.
 * @csspart retry - Fetches again after a network or server failure.
 *
 * @cssproperty --manyi-color-scheme - `light dark` (default, follows the system), `light` or `dark`.
 * @cssproperty --manyi-font-family - Font stack.
 * @cssproperty --manyi-font-size - Base text size.
 * @cssproperty --manyi-color-text - Text colour.
 * @cssproperty --manyi-color-surface - Background.
 * @cssproperty --manyi-color-card - Background of the figures and rows.
 * @cssproperty --manyi-color-muted - Figure names and secondary text.
 * @cssproperty --manyi-color-accent - Focus ring, bars of good levels, the reload button.
 * @cssproperty --manyi-color-bad - Bars of bad levels (差评); each bar also has its count written beside it.
 * @cssproperty --manyi-color-error - The error message.
 * @cssproperty --manyi-radius - Corner radius.
 */
export class ManyiSatisfactionBoard extends LitElement {
  static override styles = satisfactionBoardStyles;

  // Declared here rather than by decorators: no decorator helpers in every portal's bundle. Internal
  // state says `attribute: false` too, so the manifest does not list it as an attribute.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    station: {},
    src: {},
    month: { reflect: true },
    months: { type: Number },
    layout: { reflect: true },
    heading: {},
    results: { attribute: false },
    board: { state: true, attribute: false },
  };

  /** The collector's public API, e.g. `https://collector.example/api/v1/public`; with `station`, results are fetched per month. */
  endpoint = '';
  /** The station whose results are shown (its id, e.g. `demo`). */
  station = '';
  /** A URL answering one month's results (a saved JSON file, another API); no month picker. Wins over `endpoint`. */
  src = '';
  /** The month shown, `YYYY-MM`; by default the last complete month (China Standard Time). Changes when the reader picks one. */
  month = '';
  /** How many months the picker offers, the running one first; 1 or less hides the picker. */
  months: number = DEFAULT_MONTHS;
  /** `list` for pages (windows as a table), `compact` for sidebars. */
  layout: SatisfactionBoardLayout = 'list';
  /** Replaces the heading "<station name> 满意度评价公示". */
  heading = '';
  /** Results to show, validated with the shared StationResultsSchema. Of this and `endpoint`/`src`, the one set last wins. */
  results: StationResults | undefined;

  private board: BoardState = { status: 'idle' };

  readonly #work = new PendingWork();
  readonly #locale = new LocaleController(this, SATISFACTION_BOARD_CATALOGUE, this.#work);
  #loading: AbortController | undefined;
  /** The station's name from its last results, so the heading stays put while another month loads. */
  #stationName: { stationId: string; name: string } | undefined;

  protected override getUpdateComplete(): Promise<boolean> {
    // Also after catalogues fetched on demand: awaiting updateComplete shows the final state.
    return this.#work.updateComplete(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout') && this.layout !== 'list' && this.layout !== 'compact') this.layout = 'list';
    if (changed.has('months') && !Number.isInteger(this.months)) this.months = DEFAULT_MONTHS;
    const sourceChanged = changed.has('endpoint') || changed.has('station') || changed.has('src') || changed.has('month');
    if (sourceChanged && (this.src || this.endpoint)) this.#load();
    else if (changed.has('results') || (sourceChanged && !this.src && !this.endpoint)) this.#showProperty();
  }

  /** Fetches the results again, e.g. after the network came back. */
  reload(): void {
    if (this.src || this.endpoint) this.#load();
  }

  /** The month asked for: `month`, else the last complete one. */
  get #askedMonth(): string {
    return this.month || monthOf(new Date(), -1);
  }

  #load(): void {
    this.#loading?.abort();
    const month = this.#askedMonth;
    const url = resultsUrl(this, month);
    if (!url.ok) {
      this.#loading = undefined;
      this.#fail(url.error, true);
      return;
    }
    const loading = new AbortController();
    this.#loading = loading;
    this.board = { status: 'loading' };
    const expected = this.src ? {} : { stationId: this.station, month };
    void fetchResults(url.value, expected, loading.signal).then((result) => {
      // A newer load, or results set by property, replaced this one.
      if (this.#loading !== loading) return;
      this.#loading = undefined;
      if (!result.ok) return this.#fail(result.error, true);
      const { stationId, month: shown, overall, complete } = result.value;
      this.board = { status: 'ready', results: result.value };
      this.#stationName = { stationId, name: result.value.stationName };
      const detail = { stationId, month: shown, total: overall.total, complete };
      emit(this, 'manyi-results-loaded', detail);
    });
  }

  #showProperty(): void {
    this.#loading?.abort();
    this.#loading = undefined;
    if (this.results === undefined) {
      this.board = { status: 'idle' };
      return;
    }
    const checked = checkResults(this.results);
    if (checked.ok) this.board = { status: 'ready', results: checked.value };
    else this.#fail(checked.error, false);
  }

  #fail(error: SatisfactionBoardError, fromSource: boolean): void {
    this.board = { status: 'error', error, fromSource };
    emit(this, 'manyi-error', { error });
  }

  #pickMonth(event: Event): void {
    const picked = (event.target as HTMLSelectElement).value;
    if (picked === this.#askedMonth) return;
    this.month = picked;
    // The select's own change event does not leave the shadow root.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  override render() {
    if (this.#locale.waiting) return nothing;
    const t = this.#locale.messages;
    const board = this.board;
    const results = board.status === 'ready' ? board.results : undefined;
    const named = results ? results.stationName : this.#stationName?.stationId === this.station ? this.#stationName.name : undefined;
    const heading = this.heading || (named ? t.stationHeading(named) : t.heading);
    return html`<section part="base" class="layout-${this.layout}" lang=${this.#locale.fallbackLang ?? nothing} aria-labelledby="heading" aria-busy=${board.status === 'loading' ? 'true' : nothing}>
      <header part="header" class="header">
        <h2 id="heading" part="heading">${heading}</h2>
        ${this.#period(t, results)}
      </header>
      ${this.#body(t, board)}
    </section>`;
  }

  /** The month picker when the results come from the endpoint, else the month as text. */
  #period(t: SatisfactionBoardMessages, results: StationResults | undefined) {
    const fromEndpoint = !this.src && Boolean(this.endpoint);
    // A `month` that is not YYYY-MM shows as the config error alone, not as a picker entry.
    const asked = fromEndpoint && MonthSchema.safeParse(this.#askedMonth).success ? this.#askedMonth : undefined;
    const shown = results?.month ?? asked;
    const options = shown ? selectableMonths(shown, new Date(), this.months, results?.months) : [];
    if (fromEndpoint && shown && this.months > 1 && options.length > 1) {
      return html`<div class="picker">
        <label part="month-label" for="month">${t.monthPicker}</label>
        <select id="month" part="month-select" @change=${this.#pickMonth}>
          ${options.map((m) => html`<option value=${m} ?selected=${m === shown}>${t.month(m)}</option>`)}
        </select>
      </div>`;
    }
    return shown ? html`<p part="period" class="period">${t.month(shown)}</p>` : nothing;
  }

  #body(t: SatisfactionBoardMessages, board: BoardState) {
    switch (board.status) {
      case 'idle':
        return html`<p part="status" class="status">${t.noData}</p>`;
      case 'loading':
        return html`<p part="status" class="status" role="status">${t.loading}</p>`;
      case 'error':
        return this.#error(t, board.error, board.fromSource);
      case 'ready':
        return this.#results(t, board.results);
    }
  }

  #results(t: SatisfactionBoardMessages, results: StationResults) {
    const { overall, windows, complete } = results;
    const compact = this.layout === 'compact';
    return html`${complete ? nothing : html`<p part="provisional" class="provisional">${t.provisional}</p>`}
      ${figuresList(t, overall, FIGURE_NAMES)}
      ${
        overall.total === 0
          ? html`<p part="status" class="status">${t.noRatings}</p>`
          : html`${levelBars(t, overall)}
            ${windows.length === 0 ? nothing : compact ? windowsList(t, windows) : windowsTable(t, windows, FIGURE_NAMES)}`
      }`;
  }

  #error(t: SatisfactionBoardMessages, error: SatisfactionBoardError, fromSource: boolean) {
    const summary = {
      config: t.config,
      network: t.network,
      http: error.status === 404 && error.code === 'station-not-found' ? t.notFound : t.http(error.status ?? 0),
      json: t.notJson,
      schema: t.invalidData,
    }[error.problem];
    const detailed = error.problem === 'schema' || error.problem === 'config' || (error.problem === 'http' && error.code);
    return html`<div part="error" class="error" role="alert">
        <p>${summary}</p>
        ${detailed ? html`<p part="error-detail" class="detail">${t.details}<code>${error.message}</code></p>` : nothing}
      </div>
      ${fromSource && error.problem !== 'config' ? html`<button part="retry" class="retry" @click=${() => this.reload()}>${t.retry}</button>` : nothing}`;
  }
}
