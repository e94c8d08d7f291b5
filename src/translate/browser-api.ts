/**
 * The browser's on-device Translator API (and Language Detector API), where it exists. Typed here by
 * hand: it is experimental, not in TypeScript's DOM library, and must never be assumed to be there.
 * https://webmachinelearning.github.io/translation-api/
 */

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The `downloadprogress` event: `loaded` is a fraction from 0 to 1. */
export type DownloadProgressEvent = Event & { loaded: number; total?: number };

export type CreateMonitor = EventTarget;

export type BrowserTranslator = {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  translateStreaming?(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
  destroy(): void;
};

export type TranslatorStatic = {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<Availability>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (monitor: CreateMonitor) => void;
    signal?: AbortSignal;
  }): Promise<BrowserTranslator>;
};

export type LanguageDetection = { detectedLanguage: string; confidence: number };

export type BrowserLanguageDetector = {
  detect(input: string, options?: { signal?: AbortSignal }): Promise<LanguageDetection[]>;
  destroy(): void;
};

export type LanguageDetectorStatic = {
  availability(options?: { expectedInputLanguages?: string[] }): Promise<Availability>;
  create(options?: {
    monitor?: (monitor: CreateMonitor) => void;
    signal?: AbortSignal;
  }): Promise<BrowserLanguageDetector>;
};

export type BrowserTranslationApi = {
  Translator: TranslatorStatic;
  /** Null where the browser translates but cannot detect languages. */
  LanguageDetector: LanguageDetectorStatic | null;
};
