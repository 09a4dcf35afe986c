/**
 * Calls `onIdle` when nobody has touched the tablet for `timeoutMs`: the kiosk then returns to
 * the rating screen, clears anything half-typed, and may apply a waiting update.
 */
export class IdleWatcher {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timeoutMs: number;
  readonly #onIdle: () => void;
  readonly #touched = () => this.restart();

  constructor(timeoutMs: number, onIdle: () => void) {
    this.#timeoutMs = timeoutMs;
    this.#onIdle = onIdle;
    for (const type of ['pointerdown', 'keydown', 'input', 'wheel'])
      document.addEventListener(type, this.#touched, { capture: true, passive: true });
    this.restart();
  }

  set timeoutMs(ms: number) {
    this.#timeoutMs = ms;
    this.restart();
  }

  restart(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#onIdle(), this.#timeoutMs);
  }
}
