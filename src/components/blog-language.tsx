import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useBlogQueries, useConfiguredLocale } from '../api/blog-api-context';
import { LanguageProvider } from '../i18n/language-context';
import { catalogLocaleFor } from '../i18n/locales';
import { en } from '../i18n/en/index';
import { makeLanguage } from '../i18n/translator';

/**
 * Lectern's words in the blog's language (config.json's ui.locale, else the backend's). The root loader
 * has the blog and its catalog in the cache before the layout renders (on the server, in the page's
 * state), so nothing here fetches: before they are there (the loading page, an error before the blog
 * was read) it is the configured language if its catalog is loaded, else English.
 */
export function BlogLanguage({ children }: { children: ReactNode }) {
  const queries = useBlogQueries();
  const configured = useConfiguredLocale();
  const { data: blog } = useQuery({ ...queries.blog(), enabled: false });
  const lang = blog?.locale ?? configured ?? 'en';
  const locale = catalogLocaleFor(lang);
  const { data: catalog } = useQuery({ ...queries.catalog(locale), enabled: false });
  const messages = locale === 'en' ? en : catalog;
  const language = useMemo(
    () => (messages ? makeLanguage(lang, locale, messages) : makeLanguage(lang, 'en', en)),
    [messages, lang, locale],
  );
  return <LanguageProvider value={language}>{children}</LanguageProvider>;
}
