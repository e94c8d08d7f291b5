import type {
  Availability,
  BrowserTranslationApi,
  BrowserTranslator,
  CreateMonitor,
  LanguageDetection,
} from '../../src/translate/browser';

/**
 * A stand-in for the browser's on-device Translator and Language Detector APIs, with their shape:
 * `availability()` answering one of unavailable | downloadable | downloading | available, `create()`
 * taking `{sourceLanguage, targetLanguage, monitor, signal}` and firing `downloadprogress` events (with
 * `loaded` from 0 to 1) on the monitor while a model downloads, and translators with `translate()`.
 * "Translating" appends the target: "Hello" → "Hello (fr)".
 */

export type FakeOptions = {
  availability?: (source: string, target: string) => Availability;
  /** The test drives the download with progress() and finishDownload(); otherwise it runs by itself. */
  manualDownload?: boolean;
  /** What create() throws, e.g. new DOMException('…', 'NotAllowedError'). */
  createError?: DOMException;
  /** What translate() throws. */
  translateError?: DOMException;
  /** null: the browser has no Language Detector API. */
  detector?: { availability?: Availability; detect: (text: string) => LanguageDetection[] } | null;
};

type Download = {
  monitor: EventTarget;
  resolve: () => void;
  reject: (error: unknown) => void;
};

function progressEvent(loaded: number): Event {
  const event = new Event('downloadprogress');
  Object.defineProperty(event, 'loaded', { value: loaded });
  Object.defineProperty(event, 'total', { value: 1 });
  return event;
}

export function fakeTranslationApi(options: FakeOptions = {}) {
  const availability = options.availability ?? (() => 'available');
  const downloads: Download[] = [];
  const creations: { source: string; target: string; signal: AbortSignal | undefined }[] = [];
  const translated: string[] = [];
  const detected: string[] = [];

  function translator(target: string): BrowserTranslator {
    return {
      async translate(input, { signal } = {}) {
        signal?.throwIfAborted();
        if (options.translateError) throw options.translateError;
        translated.push(input);
        return `${input} (${target})`;
      },
      destroy() {},
    };
  }

  const api: BrowserTranslationApi = {
    Translator: {
      async availability({ sourceLanguage, targetLanguage }) {
        return availability(sourceLanguage, targetLanguage);
      },
      create({ sourceLanguage, targetLanguage, monitor, signal }) {
        creations.push({ source: sourceLanguage, target: targetLanguage, signal });
        return new Promise<BrowserTranslator>((resolve, reject) => {
          if (signal?.aborted) return reject(signal.reason);
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
          if (options.createError) return reject(options.createError);
          const done = () => resolve(translator(targetLanguage));
          const state = availability(sourceLanguage, targetLanguage);
          if (state === 'unavailable') return reject(new DOMException('unsupported', 'NotSupportedError'));
          if (state === 'available') return done();
          const target = new EventTarget();
          monitor?.(target as CreateMonitor);
          const download: Download = { monitor: target, resolve: done, reject };
          downloads.push(download);
          if (!options.manualDownload) {
            queueMicrotask(() => {
              for (const loaded of [0, 0.5, 1]) target.dispatchEvent(progressEvent(loaded));
              done();
            });
          }
        });
      },
    },
    LanguageDetector:
      options.detector === null
        ? null
        : {
            async availability() {
              return options.detector?.availability ?? 'available';
            },
            async create() {
              return {
                async detect(input) {
                  detected.push(input);
                  return options.detector?.detect(input) ?? [{ detectedLanguage: 'en', confidence: 0.9 }];
                },
                destroy() {},
              };
            },
          },
  };

  return {
    api,
    creations,
    translated,
    detected,
    /** Fires a downloadprogress event on every model download in progress. */
    progress(loaded: number) {
      for (const download of downloads) download.monitor.dispatchEvent(progressEvent(loaded));
    },
    finishDownload() {
      for (const download of downloads.splice(0)) {
        download.monitor.dispatchEvent(progressEvent(1));
        download.resolve();
      }
    },
    failDownload(error: unknown) {
      for (const download of downloads.splice(0)) download.reject(error);
    },
  };
}
