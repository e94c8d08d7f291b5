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

// Languages written right to left (CLDR's list, the ones with a blogging public); a script subtag wins.
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
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/** The direction a language is written in: the blog's, for `<html dir>`, whatever catalog its chrome uses. */
export function textDirection(tag: string | null | undefined): 'ltr' | 'rtl' {
  const canonical = canonicalLocale(tag);
  if (!canonical) return 'ltr';
  const [language = '', ...rest] = canonical.toLowerCase().split('-');
  const script = rest.find((s) => s.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
