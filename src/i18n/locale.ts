/** The languages of the UI, and the choice of one from the browser's preferences. */

/** Every language the app speaks. English is the source language of every catalogue. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** What the language switch shows for each locale: each name in its own language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages that the app speaks. Chinese written in simplified
 * characters (zh, zh-CN, zh-SG, zh-Hans-*) picks 简体中文; traditional Chinese (zh-TW, zh-HK,
 * zh-Hant) is not offered a simplified UI by default and falls through to the next preference.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const raw of languages) {
    const tag = raw.toLowerCase();
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-sg' || tag.startsWith('zh-hans')) {
      return 'zh-CN';
    }
  }
  return 'en';
}
