import type { Channel } from '@manyi/core';
import { STATION_UTC_OFFSET_MINUTES } from '../clock.js';
import type { Catalogue, Provenance } from '../store/store.js';

/** Words a spreadsheet reader in a hall understands, zh-CN. (Channel labels belong in @manyi/core once it has them.) */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  device: '评价器',
  web: '网站',
  qr: '扫码',
  sms: '短信',
  hotline: '热线电话',
  paper: '纸质',
  staff: '工作人员代录',
};

/** Who handed the record to the collector: tapped on a tablet, sent from the web, or keyed in by staff. */
export const PROVENANCE_LABELS: Readonly<Record<Provenance, string>> = {
  device: '设备上传',
  web: '网上提交',
  staff: '工作人员录入',
};

export const yesNo = (value: boolean) => (value ? '是' : '否');

/** An instant as the hall's wall clock shows it, `2026-11-23 09:30:00` (China Standard Time), which Excel reads as a date. */
export function hallTime(iso: string | null): string {
  if (iso === null) return '';
  return new Date(Date.parse(iso) + STATION_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Names of a station's windows, staff and service items by id (a removed entry reads as empty), and
 * the 行政区划代码 its records file under (empty for a station in no region with a code).
 */
export function catalogueNames(catalogue: Catalogue, divisionCode = '') {
  const index = (entries: readonly { id: string; name: string }[]) => new Map(entries.map((e) => [e.id, e.name]));
  const windows = index(catalogue.windows);
  const staff = index(catalogue.staff);
  const serviceItems = index(catalogue.serviceItems);
  const lookup = (names: Map<string, string>) => (id: string | null | undefined) => (id ? (names.get(id) ?? '') : '');
  return { window: lookup(windows), staff: lookup(staff), serviceItem: lookup(serviceItems), divisionCode };
}
export type CatalogueNames = ReturnType<typeof catalogueNames>;
