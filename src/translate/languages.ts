import { textDirection as directionOf } from '../i18n/locales';
/**
 * Language codes, names and writing direction. Providers speak in their own codes (LibreTranslate's
 * "zt", Chrome's "iw"); the page needs BCP 47 tags for `lang`, and each language's name in itself.
 */

/** Provider codes that are not BCP 47 tags, and the tag they stand for. */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  zt: 'zh-Hant',
  iw: 'he',
  pb: 'pt-BR',
};

/** The BCP 47 tag for a provider's language code, for `lang` attributes and Intl. */
export function languageTag(code: string): string {
  const tag = PROVIDER_ALIASES[code] ?? code;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/** The language subtag of a locale ("en" for "en-US"), or null for a tag Intl cannot read or "und". */
export function baseLanguage(locale: string): string | null {
  try {
    // "und" (undetermined) reads back as undefined in some engines, as "und" in others.
    const language: string | undefined = new Intl.Locale(locale).language;
    return !language || language === 'und' ? null : language;
  } catch {
    return null;
  }
}

/** The direction of a provider's language (src/i18n/locales.ts knows them). */
export function textDirection(code: string): 'ltr' | 'rtl' {
  return directionOf(languageTag(code));
}

/**
 * The language's name in that language ("Français", "日本語"), so a reader finds their own language
 * whatever language the page is in. Falls back to the provider's label, then the code.
 */
export function ownLanguageName(code: string, providerName?: string): string {
  const tag = languageTag(code);
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
    if (name) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // An unknown or malformed tag: use what the provider called it.
  }
  return providerName ?? code;
}
