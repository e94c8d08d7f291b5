import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
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
 */
export function TranslateWidget() {
  const availability = useTranslationAvailability();
  const store = useTranslationStore();
  if (availability === 'none' || availability === 'unavailable') {
    return <p className="translate-widget">Translation is not available in this browser.</p>;
  }
  // Not known yet (the server's HTML, hydration), or the translation code arrives just after the page
  // (translation-context.tsx): either way the widget is on its way.
  if (availability === 'checking' || !store) return <Skeleton label="Loading Translate" />;
  return <TranslateControls store={store} />;
}

type LanguageOption = { code: string; tag: string; name: string };

function errorMessage(error: TranslateError, language: string): string {
  const reasons: Record<TranslateError['kind'], string> = {
    unsupported: `Translation into ${language} is not available for this blog.`,
    down: 'The translation service is not reachable right now.',
    quota: 'The translation service refused more work: its quota or rate limit is used up.',
    timeout: 'The translation service took too long to answer.',
    'needs-permission': 'Your browser needs your go-ahead to download the translation model.',
    failed: 'The translation did not work.',
  };
  const said = error.detail ? ` The service said: “${error.detail}”` : '';
  return `${reasons[error.kind]}${said} The original text is shown.`;
}

function statusMessage(status: TranslationStatus, language: string, restored: boolean): string {
  switch (status.kind) {
    case 'original':
      return restored ? 'Showing the original.' : '';
    case 'ready':
      return `Posts you open are translated into ${language}.`;
    case 'translating':
      return status.fallback
        ? `This browser could not download its ${language} translation model: translating with the translation service instead…`
        : `Translating into ${language}…`;
    case 'downloading':
      return status.stalled
        ? `The ${language} translation model has not downloaded any further for ${DOWNLOAD_STALL_MS / 1000} seconds. The browser may be offline or not allowed to download it.`
        : `Downloading the ${language} translation model…`;
    case 'translated':
      return `Translated into ${language} by machine.`;
    case 'failed':
      return '';
  }
}

function TranslateControls({ store }: { store: TranslationStore }) {
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

  const languageName = language
    ? (options.find((option) => option.code === language)?.name ?? ownLanguageName(language))
    : '';

  function choose(code: string | null) {
    setRestored(code === null);
    store.choose(code);
  }

  return (
    <div className="translate-widget">
      <label htmlFor={selectId}>Select Language</label>{' '}
      <select
        id={selectId}
        ref={select}
        value={language ?? ''}
        onChange={(event) => choose(event.target.value || null)}
      >
        <option value="">{source ? `Original (${ownLanguageName(source)})` : 'Original'}</option>
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
          Show original
        </button>
      ) : null}
      {status.kind === 'downloading' ? (
        <p className="translate-widget__download">
          <label htmlFor={progressId}>Downloading the translation model</label>{' '}
          <progress id={progressId} max={1} value={status.loaded}>
            {Math.round(status.loaded * 100)}%
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
                Cancel
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      <p role="status" className="translate-widget__status">
        {statusMessage(status, languageName, restored)}
      </p>
      {status.kind === 'failed' ? (
        <div role="alert" className="translate-widget__error">
          <p>{errorMessage(status.error, languageName)}</p>
          {status.error.retryable ? (
            <button type="button" onClick={() => store.retry()}>
              {status.error.kind === 'needs-permission' ? 'Download and translate' : 'Try again'}
            </button>
          ) : null}
        </div>
      ) : null}
      {languages.isSuccess && languages.data.length === 0 ? (
        <p>No translations are offered for this blog’s language.</p>
      ) : null}
      {languages.isError ? (
        <div role="alert" className="translate-widget__error">
          <p>The list of languages could not be loaded: {languages.error.message}</p>
          <button type="button" onClick={() => void languages.refetch()}>
            Try again
          </button>
        </div>
      ) : null}
    </div>
  );
}
