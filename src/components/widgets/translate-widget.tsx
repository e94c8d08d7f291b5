import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Message, useT } from '../../i18n/language-context';
import type { MessageKey } from '../../i18n/en/index';
import type { Translate } from '../../i18n/translator';
import type { TranslateError } from '../../translate/errors';
import { baseLanguage, languageTag, ownLanguageName } from '../../translate/languages';
import {
  useTranslationAvailability,
  useTranslationState,
  useTranslationStore,
} from '../../translate/translation-context';
import { languagesQuery } from '../../translate/translation-queries';
import type { TranslationStatus, TranslationStore } from '../../translate/translation-store';
import { DOWNLOAD_STALL_MS } from '../../translate/types';
import { useBlog } from '../use-blog';
import { Skeleton } from '../widget-boundary';

/**
 * Blogger's Translate gadget, done without rewriting the page: the reader picks a language here, and
 * the post page renders its title, body and comments translated (src/translate/translation-context.tsx).
 * Its own words are the blog's language (useT), whatever language the post is being translated into.
 */
export function TranslateWidget() {
  const t = useT();
  const availability = useTranslationAvailability();
  const store = useTranslationStore();
  if (availability === 'none' || availability === 'unavailable') {
    return <p className="translate-widget">{t('gadgets.translate.notInBrowser')}</p>;
  }
  // Not known yet (the server's HTML, hydration), or the translation code arrives just after the page
  // (translation-context.tsx): either way the widget is on its way.
  if (availability === 'checking' || !store) {
    return <Skeleton label={t('gadgets.loading', { title: t('gadgets.title.translate') })} />;
  }
  return <TranslateControls store={store} />;
}

type LanguageOption = { code: string; tag: string; name: string };

/** "45%", "45 %", "٪٤٥": the download's share in the blog's language. */
function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

const REASONS: Record<TranslateError['kind'], MessageKey> = {
  unsupported: 'gadgets.translate.error.unsupported',
  down: 'gadgets.translate.error.down',
  quota: 'gadgets.translate.error.quota',
  timeout: 'gadgets.translate.error.timeout',
  'needs-permission': 'gadgets.translate.error.needs-permission',
  failed: 'gadgets.translate.error.failed',
};

/** The language's name in itself, isolated (and marked as that language) inside the blog's sentence. */
type LanguageName = { name: string; tag: string } | null;

function named(language: LanguageName): ReactNode {
  return language ? (
    <bdi lang={language.tag} dir="auto">
      {language.name}
    </bdi>
  ) : (
    ''
  );
}

function errorMessage(error: TranslateError, language: LanguageName): ReactNode {
  const reason = <Message id={REASONS[error.kind]} values={{ language: named(language) }} />;
  return error.detail ? (
    <Message
      id="gadgets.translate.errorWithDetail"
      values={{ reason, detail: <bdi dir="auto">{error.detail}</bdi> }}
    />
  ) : (
    <Message id="gadgets.translate.error" values={{ reason }} />
  );
}

function statusMessage(
  status: TranslationStatus,
  language: LanguageName,
  restored: boolean,
  t: Translate,
): ReactNode {
  const values = { language: named(language) };
  switch (status.kind) {
    case 'original':
      return restored ? t('gadgets.translate.status.original') : '';
    case 'ready':
      return <Message id="gadgets.translate.status.ready" values={values} />;
    case 'translating':
      return (
        <Message
          id={status.fallback ? 'gadgets.translate.status.fallback' : 'gadgets.translate.status.translating'}
          values={values}
        />
      );
    case 'downloading':
      return status.stalled ? (
        <Message
          id="gadgets.translate.status.stalled"
          values={{ ...values, seconds: DOWNLOAD_STALL_MS / 1000 }}
        />
      ) : (
        <Message id="gadgets.translate.status.downloading" values={values} />
      );
    case 'translated':
      return <Message id="gadgets.translate.status.translated" values={values} />;
    case 'failed':
      return '';
  }
}

function TranslateControls({ store }: { store: TranslationStore }) {
  const t = useT();
  const blog = useBlog();
  const source = baseLanguage(blog.locale);
  const languages = useQuery(languagesQuery(store, source));
  const { language, status } = useTranslationState();
  const selectId = useId();
  const progressId = useId();
  const select = useRef<HTMLSelectElement>(null);
  // "Showing the original." is said only after the reader asked for it, not on every page load.
  const [restored, setRestored] = useState(false);

  const options = useMemo(() => {
    const list: LanguageOption[] = (languages.data ?? []).map(({ code, name }) => ({
      code,
      tag: languageTag(code),
      name: ownLanguageName(code, name),
    }));
    // The remembered choice stays visible while the list loads (or if the provider stopped listing it).
    if (language && !list.some((option) => option.code === language)) {
      list.push({ code: language, tag: languageTag(language), name: ownLanguageName(language) });
    }
    return list.sort((a, b) => a.name.localeCompare(b.name));
  }, [languages.data, language]);

  const languageName: LanguageName = language
    ? {
        name: options.find((option) => option.code === language)?.name ?? ownLanguageName(language),
        tag: languageTag(language),
      }
    : null;

  function choose(code: string | null) {
    setRestored(code === null);
    store.choose(code);
  }

  return (
    <div className="translate-widget">
      <label htmlFor={selectId}>{t('gadgets.translate.select')}</label>{' '}
      <select
        id={selectId}
        ref={select}
        value={language ?? ''}
        onChange={(event) => choose(event.target.value || null)}
      >
        <option value="">
          {source
            ? t('gadgets.translate.original', { language: ownLanguageName(source) })
            : t('gadgets.translate.originalUnknown')}
        </option>
        {options.map((option) => (
          <option key={option.code} value={option.code} lang={option.tag}>
            {option.name}
          </option>
        ))}
      </select>
      {language ? (
        <button
          type="button"
          className="translate-widget__original"
          onClick={() => {
            choose(null);
            // The button goes away with the translation: keep keyboard focus in the widget.
            select.current?.focus();
          }}
        >
          {t('gadgets.translate.showOriginal')}
        </button>
      ) : null}
      {status.kind === 'downloading' ? (
        <p className="translate-widget__download">
          <label htmlFor={progressId}>{t('gadgets.translate.downloadLabel')}</label>{' '}
          <progress id={progressId} max={1} value={status.loaded}>
            {percent(status.loaded, t.locale)}
          </progress>
          {status.stalled ? (
            <>
              {' '}
              <button
                type="button"
                onClick={() => {
                  choose(null);
                  select.current?.focus();
                }}
              >
                {t('gadgets.translate.cancel')}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      <p role="status" className="translate-widget__status">
        {statusMessage(status, languageName, restored, t)}
      </p>
      {status.kind === 'failed' ? (
        <div role="alert" className="translate-widget__error">
          <p>{errorMessage(status.error, languageName)}</p>
          {status.error.retryable ? (
            <button type="button" onClick={() => store.retry()}>
              {t(
                status.error.kind === 'needs-permission'
                  ? 'gadgets.translate.downloadAndTranslate'
                  : 'gadgets.translate.retry',
              )}
            </button>
          ) : null}
        </div>
      ) : null}
      {languages.isSuccess && languages.data.length === 0 ? (
        <p>{t('gadgets.translate.noLanguages')}</p>
      ) : null}
      {languages.isError ? (
        <div role="alert" className="translate-widget__error">
          <p>
            <Message
              id="gadgets.translate.languagesFailed"
              values={{ message: <bdi dir="auto">{languages.error.message}</bdi> }}
            />
          </p>
          <button type="button" onClick={() => void languages.refetch()}>
            {t('gadgets.translate.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
