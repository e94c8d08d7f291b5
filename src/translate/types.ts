/**
 * One interface for every way Lectern can translate: the browser's on-device Translator API, or any
 * LibreTranslate-compatible HTTP endpoint. The UI sees only this, never which provider is behind it.
 */

/** How long a model download may go without progress before the reader is told (and a fallback used). */
export const DOWNLOAD_STALL_MS = 20_000;

/** A piece of the page to translate: plain text (a title) or untrusted HTML (a body, a comment). */
export type TranslateItem = {
  content: string;
  format: 'text' | 'html';
};

export type TranslateOptions = {
  /**
   * Language of the items (a provider code such as "en"), or null when it is not known (readers'
   * comments may be written in any language): the provider then detects it.
   */
  source: string | null;
  /** Used when the source is unknown and the provider cannot detect it. */
  sourceHint?: string | undefined;
  target: string;
  signal: AbortSignal;
  /** Model download progress, 0–1 (on-device models only); called with 1 when the download ends. */
  onDownloadProgress?: ((loaded: number) => void) | undefined;
  /**
   * The model download has made no progress for a while (offline, blocked, a policy): called once per
   * stall, again after progress resumes and stops anew. The download itself goes on.
   */
  onDownloadStalled?: (() => void) | undefined;
  /** The items go to the next provider instead (fallback-provider.ts): the first one could not. */
  onFallback?: (() => void) | undefined;
};

/** A target language the provider offers. `name` is the provider's own label, used when Intl has none. */
export type ProviderLanguage = {
  code: string;
  name?: string | undefined;
};

export type TranslationProvider = {
  /** Stable identity, for cache keys: two providers never share translations. */
  id: string;
  kind: 'browser' | 'libretranslate';
  /** The languages text in `source` can be translated into (source itself left out). */
  languages(source: string | null, signal: AbortSignal): Promise<ProviderLanguage[]>;
  /**
   * Translates every item, keeping HTML markup (tags and attributes are never sent for translation as
   * words). The result is in the order of `items`, untrusted: it is sanitized when rendered.
   */
  translate(items: readonly TranslateItem[], options: TranslateOptions): Promise<string[]>;
};
