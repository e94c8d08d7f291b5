import {
  array,
  DecodeError,
  intInRange,
  isRecord,
  map,
  nonEmptyString,
  object,
  withDefault,
  type Decoder,
} from '../src/api/decode';
import { configError, parseConfig, type AppConfig } from '../src/config';
import { configExtras } from '../src/config-extras';

/**
 * config.json's `server` settings (docs/deploy.md): read by `npm start` only. The browser reads the same
 * file and ignores them, so they cost the app nothing.
 */
export type ServerConfig = {
  /** How long the server reuses a backend's answer, in seconds (0: never); a burst of readers costs one request. */
  backendCacheSeconds: number;
  /**
   * How long the server reuses a page it rendered (200, 404 and permanent redirects), in seconds (0:
   * never); emptied by any write. Unset, the same as backendCacheSeconds. Each answer still gets its
   * own nonce (server/page-cache.ts).
   */
  pageCacheSeconds: number;
  /** A page's `s-maxage`: how long a CDN may serve it without asking again, in seconds. */
  pageMaxAgeSeconds: number;
  /** A page's `stale-while-revalidate`, in seconds: served stale while the CDN fetches it afresh. */
  staleWhileRevalidateSeconds: number;
  /**
   * How long the server waits for what sits beside the page (sidebar gadgets, comments) after the page's
   * own data, in milliseconds; what misses it is drawn by the browser.
   */
  widgetDeadlineMs: number;
};

/** config.json's `prerender` settings (docs/deploy.md): read by `npm run prerender` only. */
export type PrerenderConfig = {
  /** Requests to the backend at a time. */
  concurrency: number;
  /** Tries after the first for a request answered 429 or 5xx (after its Retry-After) or lost. */
  retries: number;
  /** Static pages to write besides those the blog's pages link to (slugs, as in /p/<slug>.html). */
  pages: string[];
};

export type LecternConfig = AppConfig & { server: ServerConfig; prerender: PrerenderConfig };

export const DEFAULT_PRERENDER: PrerenderConfig = { concurrency: 4, retries: 4, pages: [] };

const prerenderSettings: Decoder<PrerenderConfig> = withDefault(
  object({
    concurrency: withDefault(intInRange(1, 64), DEFAULT_PRERENDER.concurrency),
    retries: withDefault(intInRange(0, 10), DEFAULT_PRERENDER.retries),
    pages: withDefault(array(nonEmptyString), DEFAULT_PRERENDER.pages),
  }),
  DEFAULT_PRERENDER,
);

export const DEFAULT_SERVER: ServerConfig = {
  backendCacheSeconds: 10,
  pageCacheSeconds: 10,
  pageMaxAgeSeconds: 60,
  staleWhileRevalidateSeconds: 600,
  widgetDeadlineMs: 1_000,
};

const YEAR = 31_536_000;

const serverSettings: Decoder<ServerConfig> = withDefault(
  map(
    object({
      backendCacheSeconds: withDefault(intInRange(0, 86_400), DEFAULT_SERVER.backendCacheSeconds),
      // Unset: as long as the backend's answers are reused (a server told to reuse none shows fresh pages).
      pageCacheSeconds: withDefault<number | null>(intInRange(0, 86_400), null),
      pageMaxAgeSeconds: withDefault(intInRange(0, YEAR), DEFAULT_SERVER.pageMaxAgeSeconds),
      staleWhileRevalidateSeconds: withDefault(
        intInRange(0, YEAR),
        DEFAULT_SERVER.staleWhileRevalidateSeconds,
      ),
      widgetDeadlineMs: withDefault(intInRange(0, 10_000), DEFAULT_SERVER.widgetDeadlineMs),
    }),
    ({ pageCacheSeconds, ...settings }) => ({
      ...settings,
      pageCacheSeconds: pageCacheSeconds ?? settings.backendCacheSeconds,
    }),
  ),
  DEFAULT_SERVER,
);

/** The browser's configuration and the server's settings, each field checked; a ConfigError names a bad one. */
export function parseLecternConfig(json: unknown): LecternConfig {
  const app = parseConfig(json, configExtras);
  try {
    const record = isRecord(json) ? json : {};
    return {
      ...app,
      server: serverSettings(record.server, 'server'),
      prerender: prerenderSettings(record.prerender, 'prerender'),
    };
  } catch (error) {
    if (error instanceof DecodeError) throw configError(error);
    throw error;
  }
}
