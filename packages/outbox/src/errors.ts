/**
 * `put` failed: the record is NOT on the device. The caller must tell the visitor (never thank
 * them) — e.g. when storage is full or the browser refuses IndexedDB.
 */
export class OutboxWriteError extends Error {
  override readonly name = 'OutboxWriteError';
  constructor(
    /** `quota` when the device's storage is full, `unavailable` for any other refusal. */
    readonly reason: 'quota' | 'unavailable',
    options?: { cause?: unknown },
  ) {
    super(
      reason === 'quota' ? 'device storage is full: the record could not be kept' : 'the record could not be kept on this device',
      options,
    );
  }
}

/** A full disk: IndexedDB reports it as QuotaExceededError in Chromium, Firefox and Safari. */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}
