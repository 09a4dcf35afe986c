import type { ServiceItem } from '@manyi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onDemand } from '../on-demand.js';
import type { PendingWork } from '../pending-work.js';
import type { ServiceItemResult } from './check-service-item.js';

export type { ServiceItemResult } from './check-service-item.js';

const serviceItemCheck = onDemand(() => import('./check-service-item.js'));

/**
 * Validates a service item given by a property or fetched, with the shared schema fetched with zod
 * on demand; the detail names each wrong field. A schema that cannot be fetched makes it unreachable.
 */
export async function checkServiceItem(value: unknown): Promise<ServiceItemResult> {
  try {
    return (serviceItemCheck.loaded ?? (await serviceItemCheck.load())).checkServiceItem(value);
  } catch (error) {
    return {
      ok: false,
      problem: 'unreachable',
      detail: `the service item schema: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Fetches a service item from `src` (relative to the page) and validates it. Never throws but for an abort. */
export async function fetchServiceItem(src: string, signal: AbortSignal): Promise<ServiceItemResult> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return { ok: false, problem: 'invalid', detail: `src: not a URL (${src})` };
  }
  // The schema is fetched while the service item is.
  serviceItemCheck.load().catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, problem: 'unreachable', detail: `${url.href}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!response.ok) return { ok: false, problem: 'unreachable', detail: `${url.href}: HTTP ${response.status}` };
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, problem: 'invalid', detail: `${url.href}: not JSON` };
  }
  return checkServiceItem(body);
}

/**
 * Holds the element's service item: checks one given by property, or fetches `src` (a newer
 * request aborts an older one), and tells the host when the result changes.
 */
export class ServiceItemController implements ReactiveController {
  source: ServiceItemResult | 'loading' | undefined;
  #load: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onResult: (next: ServiceItemResult | undefined, previous: ServiceItemResult | 'loading' | undefined) => void,
    /** What the host's updateComplete waits for: the check of a service item given by property. */
    private readonly pending: PendingWork,
  ) {
    host.addController(this);
  }

  get item(): ServiceItem | undefined {
    return this.source && this.source !== 'loading' && this.source.ok ? this.source.item : undefined;
  }

  hostDisconnected(): void {
    this.#load?.abort();
  }

  /** A property value wins over `src`; `null` and `undefined` mean none was given. */
  resolve(given: unknown, src: string): void {
    this.#load?.abort();
    this.#load = undefined;
    const check = serviceItemCheck.loaded;
    if (given !== undefined && given !== null) {
      if (check) this.#use(check.checkServiceItem(given));
      else void this.pending.track(this.#check(given));
    } else if (src) void this.#fetch(src);
    else this.#use(undefined);
  }

  async #check(given: unknown): Promise<void> {
    const load = new AbortController();
    this.#load = load;
    // A guide already shown stays until its replacement has passed; none yet says it is loading.
    if (!this.item) this.#loading();
    const result = await checkServiceItem(given);
    if (this.#load === load) {
      this.#load = undefined;
      this.#use(result);
    }
  }

  #loading(): void {
    this.source = 'loading';
    this.host.requestUpdate();
  }

  async #fetch(src: string): Promise<void> {
    const load = new AbortController();
    this.#load = load;
    this.#loading();
    try {
      const result = await fetchServiceItem(src, load.signal);
      if (this.#load === load) this.#use(result);
    } catch {
      // Aborted: a newer src or service item took over.
    }
  }

  #use(next: ServiceItemResult | undefined): void {
    const previous = this.source;
    this.source = next;
    this.host.requestUpdate();
    this.onResult(next, previous);
  }
}
