import type { DeviceConfig } from '@manyi/core';
import { readCatalogue } from './catalogue.js';
import { ApiError } from './errors.js';
import { kioskPinHashOf } from './kiosk-pin.js';
import type { Device, Store } from './store/store.js';

/** `GET /api/v1/devices/me/config`: what a kiosk needs to run, its station's settings and catalogue. */
export async function deviceConfig(store: Store, device: Device): Promise<DeviceConfig> {
  const station = await store.stations.get(device.stationId);
  if (!station) throw new ApiError(404, 'station-not-found', 'the station this device was enrolled at no longer exists');
  const kioskPinHash = await kioskPinHashOf(store, station.id);
  return {
    deviceId: device.id,
    ...(device.trackingNode !== null ? { trackingNode: device.trackingNode } : {}),
    station,
    ...(await readCatalogue(store, station.id)),
    ...(kioskPinHash ? { kioskPinHash } : {}),
  };
}
