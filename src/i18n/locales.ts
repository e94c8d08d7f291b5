/** The languages Lectern speaks, English the source; each other one is a catalog in src/i18n/catalogs/. */
export const CATALOG_LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'pt-BR',
  'it',
  'nl',
  'pl',
  'ru',
  'tr',
  'ja',
  'zh-CN',
  'ar',
  'he',
  'fa',
] as const;

export type CatalogLocale = (typeof CATALOG_LOCALES)[number];

/** Old codes some backends still send (Blogger's Hebrew is `iw`), when Intl does not already map them. */
const ALIASES: Record<string, string> = { iw: 'he', ji: 'yi', in: 'id' };

/** The tag in its canonical spelling (`pt-br` → `pt-BR`), or null when it is not a language tag. */
export function canonicalLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.replace(/_/g, '-'));
    if (!canonical) return null;
    const [language = '', ...rest] = canonical.split('-');
    return [ALIASES[language] ?? language, ...rest].join('-');
  } catch {
    return null;
  }
}

/**
 * The catalog for a blog's language: the same tag (`pt-BR`), else the catalog of the same language
 * (`pt-PT` → `pt-BR`, `de-AT` → `de`, `zh-TW` → `zh-CN`), else English.
 */
export function catalogLocaleFor(tag: string | null | undefined): CatalogLocale {
  const canonical = canonicalLocale(tag);
  if (!canonical) return 'en';
  const exact = CATALOG_LOCALES.find((l) => l.toLowerCase() === canonical.toLowerCase());
  if (exact) return exact;
  const language = canonical.split('-')[0]?.toLowerCase();
  return CATALOG_LOCALES.find((l) => l.split('-')[0] === language) ?? 'en';
}

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Mand', 'Samr', 'Rohg', 'Yezi']);

/** Languages written right to left, where Intl.Locale#maximize is missing or does not know the script. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/**
 * The direction a language is written in: a script subtag says it, else the language's likely script,
 * else the list. The blog's, for `<html dir>`, whatever catalog its words use; a translation's, for its region.
 */
export function textDirection(tag: string | null | undefined): 'ltr' | 'rtl' {
  const canonical = canonicalLocale(tag);
  if (!canonical) return 'ltr';
  try {
    const locale = new Intl.Locale(canonical);
    if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
    if (RTL_LANGUAGES.has(locale.language)) return 'rtl';
    const script = locale.maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return RTL_LANGUAGES.has(canonical.split('-')[0] ?? canonical) ? 'rtl' : 'ltr';
  }
}
