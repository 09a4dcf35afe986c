import { forgetRules } from './ingest/station-rules.js';
import { type HandlingSettings, HandlingSettingsSchema } from './schemas/cases.js';
import type { Store } from './store/store.js';

/** The settings key of a station's handling settings. */
export const handlingSettingsKey = (stationId: string) => `handling-settings:${stationId}`;

/** A station's deadlines and standing thresholds; the defaults until someone sets them. */
export async function handlingSettingsOf(store: Store, stationId: string): Promise<HandlingSettings> {
  const stored = await store.settings.get(handlingSettingsKey(stationId));
  const parsed = HandlingSettingsSchema.safeParse(stored === undefined ? {} : JSON.parse(stored));
  // Stored values were checked when written; a later, stricter schema falls back to the defaults.
  return parsed.success ? parsed.data : HandlingSettingsSchema.parse({});
}

/** Stores checked settings (missing fields took their defaults); returns what is now in force. */
export async function setHandlingSettings(store: Store, stationId: string, settings: HandlingSettings): Promise<HandlingSettings> {
  await store.settings.set(handlingSettingsKey(stationId), JSON.stringify(settings));
  forgetRules(store, stationId); // ingest's days-to-late
  return settings;
}
