import type { BackendConfig } from '../config';
import type { BloggerApiConfig } from './adapters/blogger';
import type { GhostApiConfig } from './adapters/ghost';
import type { JsonFeedApiConfig } from './adapters/json-feed';
import type { NativeApiConfig } from './adapters/native';
import type { WordPressApiConfig } from './adapters/wordpress';
import type { FetchFn } from './http';
import type { BlogApi } from './types';

/**
 * Every backend `config.json` can name, in one place: the adapter's settings made from the config, and
 * where its code is. The browser downloads only its blog's adapter (load-blog-api.ts); the server, the
 * tests and the tools have them all at hand (create-blog-api.ts). A kind added to the config's
 * decoder and missing here, or here and not in either of those, fails the type-check.
 */

export type BackendKind = BackendConfig['kind'];
type BackendOf<K extends BackendKind> = Extract<BackendConfig, { kind: K }>;

/** Each kind's adapter settings. */
export type AdapterSettings = {
  demo: NativeApiConfig;
  native: NativeApiConfig;
  wordpress: WordPressApiConfig;
  blogger: BloggerApiConfig;
  ghost: GhostApiConfig;
  jsonfeed: JsonFeedApiConfig;
};

export type AdapterFactory<K extends BackendKind> = (
  settings: AdapterSettings[K],
  fetchFn: FetchFn,
) => BlogApi;

type Backend<K extends BackendKind> = {
  settings(backend: BackendOf<K>): AdapterSettings[K];
  /** The adapter's module, as its own chunk. */
  load(): Promise<AdapterFactory<K>>;
};

/** Where the embedded demo blog lives: served by the MSW worker in the browser, msw/node in tests. */
export function demoApiRoot(): string {
  return `${import.meta.env.BASE_URL}api`;
}

export const BACKENDS: { [K in BackendKind]: Backend<K> } = {
  demo: {
    settings: (b) => ({ url: demoApiRoot(), id: 'demo', timeoutMs: b.timeoutMs }),
    load: () => import('./adapters/native').then((m) => m.createNativeApi),
  },
  native: {
    settings: (b) => ({ url: b.url, timeoutMs: b.timeoutMs }),
    load: () => import('./adapters/native').then((m) => m.createNativeApi),
  },
  wordpress: {
    settings: (b) => ({ url: b.url, timeoutMs: b.timeoutMs }),
    load: () => import('./adapters/wordpress').then((m) => m.createWordPressApi),
  },
  blogger: {
    settings: (b) => ({ blogId: b.blogId, key: b.key, url: b.url, timeoutMs: b.timeoutMs }),
    load: () => import('./adapters/blogger').then((m) => m.createBloggerApi),
  },
  ghost: {
    settings: (b) => ({ url: b.url, key: b.key, timeoutMs: b.timeoutMs }),
    load: () => import('./adapters/ghost').then((m) => m.createGhostApi),
  },
  jsonfeed: {
    settings: (b) => ({ url: b.url, timeoutMs: b.timeoutMs }),
    load: () => import('./adapters/json-feed').then((m) => m.createJsonFeedApi),
  },
};

/**
 * `backend`'s adapter, made by `factory` (its kind's) from the settings its kind's entry makes. Callers
 * look the factory up by `backend.kind` and pass it as `AdapterFactory<BackendKind>`: TypeScript cannot
 * follow that the two lookups share one kind.
 */
export function makeBlogApi<K extends BackendKind>(
  backend: BackendOf<K>,
  factory: AdapterFactory<K>,
  fetchFn: FetchFn,
): BlogApi {
  const entry = BACKENDS[backend.kind as K];
  return factory(entry.settings(backend), fetchFn);
}
