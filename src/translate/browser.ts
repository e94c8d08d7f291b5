import { textContentOf } from './chunk-html';
import { TranslateError, isAbort } from './errors';
import { translateTextRuns } from './html-text';
import {
  DOWNLOAD_STALL_MS,
  type ProviderLanguage,
  type TranslateItem,
  type TranslateOptions,
  type TranslationProvider,
} from './types';

import type {
  Availability,
  BrowserLanguageDetector,
  BrowserTranslationApi,
  BrowserTranslator,
  DownloadProgressEvent,
} from './browser-api';

// The API's types, for whoever uses the provider.
export type {
  Availability,
  BrowserLanguageDetector,
  BrowserTranslationApi,
  BrowserTranslator,
  CreateMonitor,
  DownloadProgressEvent,
  LanguageDetection,
  LanguageDetectorStatic,
  TranslatorStatic,
} from './browser-api';

/**
 * Languages the on-device models cover (Chrome's list); which pairs really work is asked of the
 * browser with `availability`, so this only bounds the question.
 */
export const ON_DEVICE_LANGUAGES: readonly string[] = [
  ...'ar bg bn cs da de el en es fi fr hi hr hu id it he ja kn ko lt mr nl no pl pt ro ru'.split(' '),
  ...'sk sl sv ta te th tr uk vi zh zh-Hant'.split(' '),
];

/** Below this the detector's guess is not trusted, and the caller's hint is used instead. */
const MIN_CONFIDENCE = 0.5;

/** A DOMException from the API, as what the reader is told. */
function fromDomException(error: unknown): TranslateError {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotSupportedError') {
    return new TranslateError('unsupported', 'This browser cannot translate between these languages.', {
      cause: error,
    });
  }
  if (name === 'QuotaExceededError') {
    return new TranslateError('quota', 'The text is too long for the on-device translator.', {
      cause: error,
    });
  }
  if (name === 'NotAllowedError') {
    const message = 'The browser wants a click before it downloads a translation model.';
    return new TranslateError('needs-permission', message, { cause: error });
  }
  if (name === 'NetworkError' || name === 'OperationError') {
    return new TranslateError('down', 'The translation model could not be downloaded.', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TranslateError('failed', `The on-device translator failed: ${message}`, { cause: error });
}

/** Settles like `promise`, or rejects as soon as `signal` fires (the work itself may go on). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A model being created (perhaps downloaded), shared by every job that needs the same language pair
 * (the post and its comments translate at once). It is cancelled only when all of them have gone.
 */
type SharedCreation = {
  promise: Promise<BrowserTranslator>;
  controller: AbortController;
  settled: boolean;
  waiters: number;
  progress: Set<(loaded: number) => void>;
  /** The model is being downloaded (not merely loaded from the device). */
  download: boolean;
};

export function createBrowserProvider(
  api: BrowserTranslationApi,
  { stallMs = DOWNLOAD_STALL_MS }: { stallMs?: number } = {},
): TranslationProvider {
  // Creating a translator loads (maybe downloads) a model: one per language pair, kept for the visit.
  const translators = new Map<string, SharedCreation>();
  let detector: Promise<BrowserLanguageDetector> | null = null;

  function startCreation(key: string, source: string, target: string, download: boolean): SharedCreation {
    const controller = new AbortController();
    const progress = new Set<(loaded: number) => void>();
    const promise = api.Translator.create({
      sourceLanguage: source,
      targetLanguage: target,
      signal: controller.signal,
      monitor: download
        ? (monitor) =>
            monitor.addEventListener('downloadprogress', (event) => {
              const { loaded } = event as DownloadProgressEvent;
              if (typeof loaded !== 'number') return;
              for (const report of progress) report(Math.min(1, Math.max(0, loaded)));
            })
        : undefined,
    });
    const creation: SharedCreation = { promise, controller, settled: false, waiters: 0, progress, download };
    creation.promise.then(
      () => (creation.settled = true),
      () => {
        creation.settled = true;
        // A cancelled or failed creation is forgotten, so the next attempt starts afresh.
        if (translators.get(key) === creation) translators.delete(key);
      },
    );
    translators.set(key, creation);
    return creation;
  }

  async function translatorFor(source: string, target: string, options: TranslateOptions) {
    const key = `${source}>${target}`;
    let creation = translators.get(key);
    if (!creation) {
      const availability = await abortable(
        api.Translator.availability({ sourceLanguage: source, targetLanguage: target }),
        options.signal,
      );
      if (availability === 'unavailable') {
        throw new TranslateError('unsupported', 'This browser cannot translate between these languages.');
      }
      creation = translators.get(key) ?? startCreation(key, source, target, availability !== 'available');
    }
    if (creation.settled) return creation.promise;
    // Every job waiting on a download sees it, the one that started it and any that joined later.
    const download = creation.download;

    const report = options.onDownloadProgress;
    const stalled = options.onDownloadStalled;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    // Restarted by every progress event: a download that goes quiet for stallMs is reported.
    const watch = () => {
      clearTimeout(watchdog);
      if (download && stalled) watchdog = setTimeout(stalled, stallMs);
    };
    const onProgress = (loaded: number) => {
      report?.(loaded);
      watch();
    };
    creation.progress.add(onProgress);
    if (download) report?.(0);
    watch();
    creation.waiters += 1;
    try {
      return await abortable(creation.promise, options.signal);
    } finally {
      clearTimeout(watchdog);
      creation.waiters -= 1;
      creation.progress.delete(onProgress);
      if (report && download) report(1);
      if (creation.waiters === 0 && !creation.settled) creation.controller.abort();
    }
  }

  /** The detector's best guess at the language of `text`, or null when it is missing or unsure. */
  async function detect(text: string, signal: AbortSignal): Promise<string | null> {
    const LanguageDetector = api.LanguageDetector;
    if (!LanguageDetector) return null;
    try {
      if (!detector) {
        if ((await abortable(LanguageDetector.availability(), signal)) === 'unavailable') return null;
        // Shared by every job, so not tied to this one's signal.
        detector = LanguageDetector.create();
        detector.catch(() => (detector = null));
      }
      const ready = await abortable(detector, signal);
      const [best] = await ready.detect(text, { signal });
      if (!best || best.confidence < MIN_CONFIDENCE || best.detectedLanguage === 'und') return null;
      return best.detectedLanguage;
    } catch (error) {
      if (isAbort(error, signal)) throw error;
      // Detection is a nicety: without it the caller's hint (the blog's language) is used.
      return null;
    }
  }

  async function translateOne(item: TranslateItem, options: TranslateOptions): Promise<string> {
    const { signal, target } = options;
    const plain = item.format === 'text' ? item.content : textContentOf(item.content);
    if (plain.trim() === '') return item.content;
    const source = options.source ?? (await detect(plain, signal)) ?? options.sourceHint ?? null;
    if (!source)
      throw new TranslateError('unsupported', 'The language of this text could not be recognised.');
    // Already in the reader's language (a comment written in it): nothing to do.
    if (source.split('-')[0] === target.split('-')[0]) return item.content;
    const translator = await translatorFor(source, target, options);
    const run = (text: string) => translator.translate(text, { signal });
    return item.format === 'text' ? run(item.content) : translateTextRuns(item.content, run, signal);
  }

  return {
    id: 'browser',
    kind: 'browser',

    async languages(source, signal): Promise<ProviderLanguage[]> {
      const candidates = ON_DEVICE_LANGUAGES.filter((code) => code !== source);
      if (source === null) return candidates.map((code) => ({ code }));
      const answers = await Promise.all(
        candidates.map((code) =>
          api.Translator.availability({ sourceLanguage: source, targetLanguage: code }).catch(
            (): Availability => 'unavailable',
          ),
        ),
      );
      signal.throwIfAborted();
      return candidates.filter((_, i) => answers[i] !== 'unavailable').map((code) => ({ code }));
    },

    async translate(items, options) {
      const results: string[] = [];
      try {
        for (const item of items) {
          options.signal.throwIfAborted();
          results.push(await translateOne(item, options));
        }
      } catch (error) {
        if (isAbort(error, options.signal) || error instanceof TranslateError) throw error;
        throw fromDomException(error);
      }
      return results;
    },
  };
}
