import { readStored, removeStored, writeStored } from '../lib/local-store';
import { isAbort, toTranslateError, type TranslateError } from './errors';
import type { ProviderLanguage, TranslateItem, TranslationProvider } from './types';

/**
 * The reader's translation, outside React: the chosen language (remembered across visits), the
 * translations made so far (cached per post and language), and what is going on now, for the widget.
 * Components subscribe with useSyncExternalStore (translation-context.tsx), each to the one value it
 * shows, so a comment re-renders when its own translation arrives and not when anything else changes.
 */

export type TranslationStatus =
  /** No language chosen: the original is shown. */
  | { kind: 'original' }
  /** A language is chosen and nothing on this page needs work (or there is nothing to translate). */
  | { kind: 'ready' }
  /** `fallback`: by the translation service, because the on-device model could not be had. */
  | { kind: 'translating'; fallback: boolean }
  /** An on-device model is downloading; `loaded` is 0–1; `stalled`: no progress for a while. */
  | { kind: 'downloading'; loaded: number; stalled: boolean }
  | { kind: 'translated' }
  | { kind: 'failed'; error: TranslateError };

export type TranslationState = {
  /** The chosen language (the provider's code), or null for the original. */
  language: string | null;
  status: TranslationStatus;
  /** Bumped by retry(): work keyed on it starts again. */
  attempt: number;
};

/** A translation ready to show, in `language`. Untrusted text: HTML goes through SanitizedHtml. */
export type Translation = { text: string; language: string };

export type TranslationRequest = {
  /** What the items belong to (a post's id): translations are cached per scope and language. */
  scope: string;
  /** Which part of the scope this is ("post", "comments"): each part fails and recovers on its own. */
  part: string;
  items: readonly (TranslateItem & { key: string })[];
  /** The items' language, or null when unknown (comments). */
  source: string | null;
  sourceHint?: string | undefined;
  /** Items per provider call, so long lists show their first translations early. */
  batchSize?: number;
};

export type TranslationStore = {
  readonly providerId: string;
  subscribe(listener: () => void): () => void;
  getState(): TranslationState;
  /** A language to translate into, or null to show the original. Remembered for the next visit. */
  choose(language: string | null): void;
  /** Forgets failures and starts the work again. */
  retry(): void;
  /** Marks a scope as shown on the page: the widget's status speaks of shown scopes only. */
  watch(scope: string): () => void;
  /** Translates what is missing from the cache; resolves when done, failed or cancelled. */
  translate(request: TranslationRequest, language: string, signal: AbortSignal): Promise<void>;
  /** The cached translation of `content` into the chosen language, if there is one. Stable identity. */
  lookup(scope: string, key: string, content: string): Translation | undefined;
  languages(source: string | null, signal: AbortSignal): Promise<ProviderLanguage[]>;
};

export const LANGUAGE_STORAGE_KEY = 'lectern:translate-language';
/** Posts whose translations are kept for the visit; the oldest are forgotten first. */
const MAX_CACHED_SCOPES = 30;

type Entry = Translation & { source: string };
type Job = { language: string; scope: string; progress: number | null; stalled: boolean; fallback: boolean };

function isLanguageCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(value);
}

function sameState(a: TranslationState, b: TranslationState): boolean {
  if (a.language !== b.language || a.attempt !== b.attempt || a.status.kind !== b.status.kind) return false;
  if (a.status.kind === 'downloading' && b.status.kind === 'downloading')
    return a.status.loaded === b.status.loaded && a.status.stalled === b.status.stalled;
  if (a.status.kind === 'translating' && b.status.kind === 'translating')
    return a.status.fallback === b.status.fallback;
  if (a.status.kind === 'failed' && b.status.kind === 'failed') return a.status.error === b.status.error;
  return true;
}

export function createTranslationStore(
  provider: TranslationProvider,
  options: { storageKey?: string } = {},
): TranslationStore {
  const storageKey = options.storageKey ?? LANGUAGE_STORAGE_KEY;
  let language = readStored(storageKey, isLanguageCode);
  let attempt = 0;
  const active = new Set<Job>();
  const watched = new Map<string, number>();
  /** Per scope and language, then per part. */
  const failures = new Map<string, Map<string, TranslateError>>();
  const cache = new Map<string, Map<string, Entry>>();
  const listeners = new Set<() => void>();

  const cacheKey = (scope: string, lang: string) => `${lang}\u0000${scope}`;

  function entriesFor(scope: string, lang: string): Map<string, Entry> {
    const key = cacheKey(scope, lang);
    const entries = cache.get(key) ?? new Map<string, Entry>();
    // Most recently used last, so the oldest scope is the first key.
    cache.delete(key);
    cache.set(key, entries);
    for (const oldest of cache.keys()) {
      if (cache.size <= MAX_CACHED_SCOPES) break;
      cache.delete(oldest);
    }
    return entries;
  }

  function computeStatus(): TranslationStatus {
    if (language === null) return { kind: 'original' };
    const lang = language;
    const shown = [...watched.keys()];
    const failure = shown
      .flatMap((scope) => [...(failures.get(cacheKey(scope, lang))?.values() ?? [])])
      .find((error) => error);
    if (failure) return { kind: 'failed', error: failure };
    const jobs = [...active].filter((job) => job.language === lang && watched.has(job.scope));
    const downloads = jobs.filter((job) => job.progress !== null);
    if (downloads.length > 0) {
      const loaded = Math.min(...downloads.map((job) => job.progress ?? 0));
      return { kind: 'downloading', loaded, stalled: downloads.some((job) => job.stalled) };
    }
    if (jobs.length > 0) return { kind: 'translating', fallback: jobs.some((job) => job.fallback) };
    const translatedSome = shown.some((scope) => (cache.get(cacheKey(scope, lang))?.size ?? 0) > 0);
    return translatedSome ? { kind: 'translated' } : { kind: 'ready' };
  }

  let state: TranslationState = { language, attempt, status: computeStatus() };

  function emit() {
    const next: TranslationState = { language, attempt, status: computeStatus() };
    // Same state, same object: the widget does not re-render when only cached translations changed.
    if (!sameState(next, state)) state = next;
    for (const listener of listeners) listener();
  }

  return {
    providerId: provider.id,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    getState: () => state,

    choose(next) {
      if (next === language) return;
      language = next;
      failures.clear();
      if (next === null) removeStored(storageKey);
      else writeStored(storageKey, next);
      emit();
    },

    retry() {
      attempt += 1;
      failures.clear();
      emit();
    },

    watch(scope) {
      watched.set(scope, (watched.get(scope) ?? 0) + 1);
      emit();
      return () => {
        const count = (watched.get(scope) ?? 1) - 1;
        if (count > 0) watched.set(scope, count);
        else watched.delete(scope);
        emit();
      };
    },

    async translate(request, lang, signal) {
      const entries = entriesFor(request.scope, lang);
      const missing = request.items.filter((item) => entries.get(item.key)?.source !== item.content);
      if (missing.length === 0 || signal.aborted) return;
      // A new attempt at this part: its last failure no longer describes the page.
      const partFailures = failures.get(cacheKey(request.scope, lang)) ?? new Map<string, TranslateError>();
      failures.set(cacheKey(request.scope, lang), partFailures);
      partFailures.delete(request.part);

      const job: Job = {
        language: lang,
        scope: request.scope,
        progress: null,
        stalled: false,
        fallback: false,
      };
      active.add(job);
      // Cancelled (another language, another page): the widget stops saying "Translating…" at once.
      const onAbort = () => {
        active.delete(job);
        emit();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      emit();
      const size = Math.max(1, request.batchSize ?? missing.length);
      try {
        for (let start = 0; start < missing.length; start += size) {
          const batch = missing.slice(start, start + size);
          const texts = await provider.translate(batch, {
            source: request.source,
            sourceHint: request.sourceHint,
            target: lang,
            signal,
            onDownloadProgress: (loaded) => {
              job.progress = loaded < 1 ? loaded : null;
              job.stalled = false;
              emit();
            },
            onDownloadStalled: () => {
              job.stalled = true;
              emit();
            },
            onFallback: () => {
              Object.assign(job, { progress: null, stalled: false, fallback: true });
              emit();
            },
          });
          batch.forEach((item, i) => {
            entries.set(item.key, { source: item.content, text: texts[i] ?? item.content, language: lang });
          });
          emit();
        }
      } catch (error) {
        if (!isAbort(error, signal)) partFailures.set(request.part, toTranslateError(error));
      } finally {
        signal.removeEventListener('abort', onAbort);
        active.delete(job);
        emit();
      }
    },

    lookup(scope, key, content) {
      if (language === null) return undefined;
      const entry = cache.get(cacheKey(scope, language))?.get(key);
      return entry && entry.source === content ? entry : undefined;
    },

    languages: (source, signal) => provider.languages(source, signal),
  };
}
