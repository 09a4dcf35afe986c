import { createHash, randomInt } from 'node:crypto';
import type { Store } from './store/store.js';

/**
 * The station's kiosk PIN, kept only as a hash salted with the station id. Kiosks receive the
 * hash in their configuration so they can check the PIN offline (kiosk/src/pin.ts does the same).
 */
export function kioskPinHash(stationId: string, pin: string): string {
  return createHash('sha256').update(`manyi-kiosk-pin:${stationId}:${pin}`).digest('hex');
}

/** The settings key of a station's PIN hash. */
export const kioskPinKey = (stationId: string) => `kiosk-pin-hash:${stationId}`;

export async function setKioskPin(store: Store, stationId: string, pin: string): Promise<void> {
  await store.settings.set(kioskPinKey(stationId), kioskPinHash(stationId, pin));
}

export function kioskPinHashOf(store: Store, stationId: string): Promise<string | undefined> {
  return store.settings.get(kioskPinKey(stationId));
}

/** A fresh six-digit PIN for a new station. */
export function newKioskPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
