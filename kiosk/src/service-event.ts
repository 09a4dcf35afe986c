import { CurrentServiceEventSchema, type ServiceEvent } from '@manyi/core';
import { API_BASE } from './api.js';

/** Often enough that the pad for a clerk's new event shows within a second, light enough for a hall of tablets. */
const POLL_MS = 700;
const RATED_KEY = 'manyi-kiosk-rated-events';
/** Events this tablet rated, kept across reloads until the collector has long stopped offering them. */
const RATED_KEPT = 50;

/**
 * The service event a clerk started at this tablet's window, asked of the collector while online.
 * Offline, the last one stays (a visitor still rates the service they had); once this tablet rated
 * an event it never offers it again, even before the rating reached the collector.
 */
export class ServiceEventWatch {
  current: ServiceEvent | undefined;
  readonly #rated: string[];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChange: () => void) {
    let kept: unknown;
    try {
      kept = JSON.parse(localStorage.getItem(RATED_KEY) ?? '[]');
    } catch {
      kept = [];
    }
    this.#rated = Array.isArray(kept) ? kept.filter((id): id is string => typeof id === 'string') : [];
  }

  /** Asks now and then every POLL_MS for as long as the page lives. */
  start(where: () => Promise<{ token: string; windowId: string } | undefined>): void {
    const poll = async () => {
      const asked = await where().catch(() => undefined);
      if (asked) await this.#ask(asked.token, asked.windowId).catch(() => undefined);
      this.#timer = setTimeout(() => void poll(), POLL_MS);
    };
    clearTimeout(this.#timer);
    void poll();
  }

  async #ask(token: string, windowId: string): Promise<void> {
    const url = new URL('devices/me/service-event', API_BASE);
    url.searchParams.set('windowId', windowId);
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
    if (!response.ok) return;
    const { event } = CurrentServiceEventSchema.parse(await response.json());
    const next = event && !this.#rated.includes(event.eventId) && event.windowId === windowId ? event : undefined;
    if (next?.eventId === this.current?.eventId) return;
    this.current = next;
    this.onChange();
  }

  /** The tablet kept a rating of this event: the pad goes back to rating the window alone. */
  rated(eventId: string): void {
    this.#rated.push(eventId);
    this.#rated.splice(0, Math.max(0, this.#rated.length - RATED_KEPT));
    localStorage.setItem(RATED_KEY, JSON.stringify(this.#rated));
    if (this.current?.eventId !== eventId) return;
    this.current = undefined;
    this.onChange();
  }
}
