import { describeIssues } from '@manyi/core';
import { ApiError } from './errors.js';
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

/** Checks and stores new settings (missing fields take their defaults); returns what is now in force. */
export async function setHandlingSettings(store: Store, stationId: string, body: unknown): Promise<HandlingSettings> {
  const parsed = HandlingSettingsSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'invalid-handling-settings', describeIssues(parsed.error.issues));
  await store.settings.set(handlingSettingsKey(stationId), JSON.stringify(parsed.data));
  forgetRules(store, stationId); // ingest's days-to-late
  return parsed.data;
}
