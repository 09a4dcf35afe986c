/**
 * Work an element finishes after a render, such as fetching a catalogue or a schema on demand.
 * The element's `updateComplete` waits for it (see `updateComplete` below), so a host or a test
 * that awaits `el.updateComplete` sees the final state, as when the work was synchronous.
 */
export class PendingWork {
  readonly #work = new Set<Promise<unknown>>();

  /** Adds `work` to what `updateComplete` waits for, and returns it. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#work.add(work);
    const done = () => this.#work.delete(work);
    work.then(done, done);
    return work;
  }

  /** For an element's getUpdateComplete: Lit's own, then again after each round of pending work. */
  async updateComplete(litUpdateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await litUpdateComplete();
    while (this.#work.size > 0) {
      await Promise.allSettled([...this.#work]);
      complete = await litUpdateComplete();
    }
    return complete;
  }
}
