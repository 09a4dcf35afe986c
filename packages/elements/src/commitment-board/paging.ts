import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the paging needs to know from its host on every update. */
export interface PagingSettings {
  /** Whether pages advance on their own (signage mode with more than one page). */
  auto: boolean;
  pageCount: number;
  intervalMs: number;
}

/**
 * Signage paging: one page at a time, advancing on a timer that pauses while the pointer is over
 * the host or focus is inside it (someone is reading or navigating), and restarts a full interval
 * after every page change so a page turned by hand stays for its whole time.
 */
export class SignagePaging implements ReactiveController {
  page = 0;
  #hovered = false;
  #focused = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerPage = -1;
  #timerInterval = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settings: () => PagingSettings,
  ) {
    host.addController(this);
  }

  get paused(): boolean {
    return this.#hovered || this.#focused;
  }

  /** The page shown, kept inside the current page count. */
  current(pageCount: number): number {
    if (this.page >= pageCount) this.page = Math.max(0, pageCount - 1);
    return this.page;
  }

  go(delta: number): void {
    const { pageCount } = this.settings();
    if (pageCount < 1) return;
    this.page = (((this.page + delta) % pageCount) + pageCount) % pageCount;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.host.addEventListener('pointerenter', this.#onPointerEnter);
    this.host.addEventListener('pointerleave', this.#onPointerLeave);
    this.host.addEventListener('focusin', this.#onFocusIn);
    this.host.addEventListener('focusout', this.#onFocusOut);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerenter', this.#onPointerEnter);
    this.host.removeEventListener('pointerleave', this.#onPointerLeave);
    this.host.removeEventListener('focusin', this.#onFocusIn);
    this.host.removeEventListener('focusout', this.#onFocusOut);
    this.#stop();
  }

  hostUpdated(): void {
    const { auto, pageCount, intervalMs } = this.settings();
    if (!auto || pageCount < 2 || this.paused || !this.host.isConnected) {
      this.#stop();
      return;
    }
    if (this.#timer !== undefined && this.#timerPage === this.page && this.#timerInterval === intervalMs) return;
    this.#stop();
    this.#timerPage = this.page;
    this.#timerInterval = intervalMs;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.go(1);
    }, intervalMs);
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #set(hovered: boolean, focused: boolean): void {
    if (hovered === this.#hovered && focused === this.#focused) return;
    this.#hovered = hovered;
    this.#focused = focused;
    this.host.requestUpdate();
  }

  #onPointerEnter = (): void => this.#set(true, this.#focused);
  #onPointerLeave = (): void => this.#set(false, this.#focused);
  #onFocusIn = (): void => this.#set(this.#hovered, true);
  #onFocusOut = (event: FocusEvent): void => {
    // Focus moving between the board's own buttons keeps it paused.
    const next = event.relatedTarget;
    const inside = next instanceof Node && (next === this.host || this.host.contains(next) || !!this.host.shadowRoot?.contains(next));
    this.#set(this.#hovered, inside);
  };
}
