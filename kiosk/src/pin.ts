/**
 * The station's kiosk PIN arrives in the configuration only as a SHA-256 hash, salted with the
 * station id, so the tablet can check it with no network. It keeps visitors out of the admin
 * area; it is not what protects the data (the device token does).
 */
export async function pinMatches(pin: string, stationId: string, expectedHash: string): Promise<boolean> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`manyi-kiosk-pin:${stationId}:${pin.trim()}`));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return hex === expectedHash;
}

/** Calls `onLongPress` when something in `target` is held for `ms` (a visitor's tap never opens anything). */
export function onLongPress(target: HTMLElement, ms: number, onLongPress: (event: PointerEvent) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => clearTimeout(timer);
  target.addEventListener('pointerdown', (event) => {
    cancel();
    timer = setTimeout(() => onLongPress(event), ms);
  });
  for (const type of ['pointerup', 'pointerleave', 'pointercancel']) target.addEventListener(type, cancel);
  target.addEventListener('contextmenu', (e) => e.preventDefault());
}
