/** The detail an event of an element's event map carries. */
export type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;

/** An element's events that carry a detail, the ones `emit` dispatches (not native ones like `change`). */
type CustomEvents<Events> = { [K in keyof Events & string]: Events[K] extends CustomEvent ? K : never }[keyof Events & string];

/**
 * The one way an element dispatches its events, typed by its event map (`<element>.events.ts`):
 * `emitter<RatingPadEventMap>()` gives `emit(host, 'manyi-rated', { record })`. Every Manyi event
 * bubbles and leaves the shadow root (composed), so a page hears it on any ancestor; a `cancelable`
 * one is a veto point. The event comes back so the caller can read a veto or a changed detail.
 */
export function emitter<Events>() {
  return <K extends CustomEvents<Events>>(host: EventTarget, type: K, detail: DetailOf<Events[K]>, cancelable = false): Events[K] => {
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
    host.dispatchEvent(event);
    return event as Events[K];
  };
}
