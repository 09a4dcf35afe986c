import { chinaDateOf, chinaDayStart, type Labels, type Locale, resolveLocale } from '@manyi/core';
import { en } from './en.js';
import { type MessageKey, zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

export type { MessageKey };

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { 'zh-CN': zhCN, en, 'zh-TW': zhTW };

/** The dashboard's text in one locale, with `{name}` placeholders filled in. */
export interface Messages {
  readonly locale: Locale;
  (key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** A label from @manyi/core's own catalogues (levels, tiers, categories). */
  label(labels: Labels | undefined, fallback?: string): string;
  dateTime(iso: string | null | undefined): string;
  /** A deadline: one at 24:00 China time reads as the last day it allows, date only. */
  deadline(iso: string | null | undefined): string;
  percent(rate: number | null | undefined): string;
}

export function messagesFor(tag: string | null | undefined): Messages {
  const locale = resolveLocale(tag);
  const catalogue = CATALOGUES[locale];
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  // Hall time: every station keeps China Standard Time, whatever the manager's computer says.
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'Asia/Shanghai' });
  const t = ((key, params) => catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole))) as Messages;
  return Object.assign(t, {
    locale,
    label: (labels: Labels | undefined, fallback = '') => labels?.[locale] ?? fallback,
    dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—'),
    deadline: (iso: string | null | undefined) => {
      if (!iso) return '—';
      const at = new Date(iso);
      // "2026/12/4 00:00" would send a reader to the wrong day: the case is due by the end of 12/3.
      const endsADay = chinaDayStart(chinaDateOf(at)).getTime() === at.getTime();
      return endsADay ? date.format(new Date(at.getTime() - 1)) : dateTime.format(at);
    },
    percent: (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : percent.format(rate)),
  });
}
