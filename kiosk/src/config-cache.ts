import { type DeviceConfig, DeviceConfigSchema } from '@manyi/core';

// Not secret: the station's settings and windows, kept so the kiosk starts with no network.
const CONFIG_KEY = 'manyi-kiosk:config';
const WINDOW_KEY = 'manyi-kiosk:window';

/**
 * The settings this kiosk last received. Written by this very build they were checked against
 * the schema when they arrived, so start-up takes them as they are (no second check on the way
 * to the first paint); settings an older build kept are checked again.
 */
export function cachedConfig(): DeviceConfig | undefined {
  try {
    const kept = JSON.parse(localStorage.getItem(CONFIG_KEY) ?? 'null') as { build?: string; config?: unknown } | null;
    if (kept?.build === __KIOSK_VERSION__ && kept.config) return kept.config as DeviceConfig;
    const parsed = DeviceConfigSchema.safeParse(kept?.config ?? kept);
    if (!parsed.success) return undefined;
    cacheConfig(parsed.data);
    return parsed.data;
  } catch {
    return undefined;
  }
}

export function cacheConfig(config: DeviceConfig | undefined): void {
  if (config) localStorage.setItem(CONFIG_KEY, JSON.stringify({ build: __KIOSK_VERSION__, config }));
  else localStorage.removeItem(CONFIG_KEY);
}

export function chosenWindow(config: DeviceConfig): string | undefined {
  const saved = localStorage.getItem(WINDOW_KEY);
  if (saved && config.windows.some((w) => w.id === saved)) return saved;
  return config.windows.length === 1 ? config.windows[0]?.id : undefined;
}

export function chooseWindow(windowId: string | undefined): void {
  if (windowId) localStorage.setItem(WINDOW_KEY, windowId);
  else localStorage.removeItem(WINDOW_KEY);
}
