import type { TranslateConfig } from '../config';
import type { BrowserTranslationApi } from './browser-api';
import { detectBrowserTranslation } from './detect-browser';
import { lazyProvider } from './lazy-provider';
import type { FetchFn } from './libretranslate';
import type { TranslationProvider } from './types';

/**
 * What the Translate widget can offer here:
 * - `none`: config.json switched translation off: no widget at all;
 * - `unavailable`: asked for, but nothing here can translate: the widget says so;
 * - `ready`: a provider to translate with.
 */
export type TranslationSetup =
  { kind: 'none' } | { kind: 'unavailable' } | { kind: 'ready'; provider: TranslationProvider };

export type ChooseOptions = {
  fetchFn?: FetchFn;
  /** The on-device API; by default feature-detected in this browser. */
  browserApi?: BrowserTranslationApi | null;
  /**
   * An endpoint to fall back on when `auto` finds no on-device API and config.json names no URL. Only
   * demo mode sets it: the demo's mock LibreTranslate (mocks/handlers/libretranslate.ts).
   */
  fallbackUrl?: string | undefined;
};

function browserProvider(api: BrowserTranslationApi, fallback?: TranslationSetup): TranslationSetup {
  const provider = lazyProvider({ id: 'browser', kind: 'browser' }, () =>
    import('./browser').then((m) => m.createBrowserProvider(api)),
  );
  if (fallback?.kind !== 'ready') return { kind: 'ready', provider };
  const next = fallback.provider;
  const both = lazyProvider({ id: `${provider.id}+${next.id}`, kind: 'browser' }, () =>
    import('./fallback-provider').then((m) => m.fallbackProvider(provider, next)),
  );
  return { kind: 'ready', provider: both };
}

function libreTranslateProvider(url: string, key: string | undefined, fetchFn?: FetchFn): TranslationSetup {
  // The same identity createLibreTranslateProvider gives itself (lazyProvider checks it on loading).
  const id = `libretranslate:${url.replace(/\/+$/, '')}`;
  const provider = lazyProvider({ id, kind: 'libretranslate' }, () =>
    import('./libretranslate').then((m) => m.createLibreTranslateProvider({ url, key, fetchFn })),
  );
  return { kind: 'ready', provider };
}

/**
 * The provider's code is downloaded only when the reader first uses translation (lazy-provider.ts).
 * `browser`: the on-device API only. `libretranslate`: the configured server. `auto`: on-device where
 * the browser has it, else the configured server, else (demo only) the mock; otherwise unavailable.
 * With both, `auto` falls back on the server when the on-device model cannot be downloaded.
 * A server (Node) has no on-device API, so its answer can differ from the browser's: TranslationProvider
 * shows neither until the page is hydrated (`checking`), except `none`, which config.json alone decides.
 */
export function chooseProvider(config: TranslateConfig, options: ChooseOptions = {}): TranslationSetup {
  if (config.provider === 'none') return { kind: 'none' };
  const browserApi = options.browserApi === undefined ? detectBrowserTranslation() : options.browserApi;
  const http = (url: string) => libreTranslateProvider(url, config.key, options.fetchFn);

  switch (config.provider) {
    case 'browser':
      return browserApi ? browserProvider(browserApi) : { kind: 'unavailable' };
    case 'libretranslate':
      return config.url ? http(config.url) : { kind: 'unavailable' };
    case 'auto': {
      const url = config.url ?? options.fallbackUrl;
      // On-device first; where its model cannot be had, the service (fallback-provider.ts).
      if (browserApi) return browserProvider(browserApi, url ? http(url) : undefined);
      return url ? http(url) : { kind: 'unavailable' };
    }
  }
}

/** Where the demo's mock LibreTranslate answers (served by the MSW worker next to the demo API). */
export function demoTranslateUrl(): string {
  return `${import.meta.env.BASE_URL}demo-translate`;
}
