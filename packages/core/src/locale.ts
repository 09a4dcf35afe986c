/** Locales every label in Manyi is written in; zh-CN is the default. */
export const LOCALES = ['zh-CN', 'en', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A text in every supported locale. */
export type Labels = Readonly<Record<Locale, string>>;

/**
 * Picks the supported locale closest to a BCP 47 tag (`lang` attribute, navigator.language):
 * Traditional-script and Taiwan/Hong Kong/Macau tags get zh-TW, other Chinese tags zh-CN,
 * English tags en, anything else the default.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === '') return DEFAULT_LOCALE;
  if (t.startsWith('en')) return 'en';
  if (t.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(t) ? 'zh-TW' : 'zh-CN';
  }
  return DEFAULT_LOCALE;
}
