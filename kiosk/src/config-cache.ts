import { type DeviceConfig, DeviceConfigSchema } from '@manyi/core';

// Not secret: the station's settings and windows, kept so the kiosk starts with no network.
const CONFIG_KEY = 'manyi-kiosk:config';
const WINDOW_KEY = 'manyi-kiosk:window';

export function cachedConfig(): DeviceConfig | undefined {
  try {
    const parsed = DeviceConfigSchema.safeParse(JSON.parse(localStorage.getItem(CONFIG_KEY) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function cacheConfig(config: DeviceConfig | undefined): void {
  if (config) localStorage.setItem(CONFIG_KEY, JSON.stringify(config));
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
