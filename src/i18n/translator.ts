import { en, type Catalog, type MessageKey } from './en/index';
import { formatMessage, formatParts, type MessageValues } from './format';
import { textDirection, type CatalogLocale } from './locales';

/** Lectern's words in one language: `t(key, values)` for text, `t.rich` when a value is an element. */
export type Translate = {
  (key: MessageKey, values?: MessageValues): string;
  /** The message's pieces, with the values given (links, `<time>`s) where the message puts them. */
  rich(key: MessageKey, values: MessageValues): unknown[];
  /** The catalog's language, whose plural rules and digits the messages use. */
  readonly locale: CatalogLocale;
};

export type Language = {
  t: Translate;
  /** The blog's own language tag, for `lang` (which may be finer than the catalog's: `de-AT`). */
  lang: string;
  dir: 'ltr' | 'rtl';
};

export function makeTranslate(locale: CatalogLocale, catalog: Catalog): Translate {
  // A key missing from a catalog (its tests forbid it) still says something: the English words.
  const source = (key: MessageKey) => catalog[key] ?? en[key];
  const t = (key: MessageKey, values?: MessageValues) => formatMessage(source(key), locale, values);
  return Object.assign(t, {
    rich: (key: MessageKey, values: MessageValues) => formatParts(source(key), locale, values),
    locale,
  });
}

export function makeLanguage(lang: string, locale: CatalogLocale, catalog: Catalog): Language {
  return { t: makeTranslate(locale, catalog), lang, dir: textDirection(lang) };
}

/** English words, left to right: before the blog's language is known, and wherever none is given. */
export const ENGLISH: Language = makeLanguage('en', 'en', en);
