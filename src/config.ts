import {
  array,
  DecodeError,
  intInRange,
  isRecord,
  number,
  nonEmptyString,
  object,
  oneOf,
  optional,
  url,
  withDefault,
  type Decoder,
} from './api/decode';
import { canonicalLocale } from './i18n/locales';
import { DEFAULT_LAYOUT, type LayoutConfig } from './layout-config';
import { DEFAULT_THEME, type ThemeConfig } from './theme/theme-config';

/**
 * Runtime configuration: public/config.json is fetched once at start-up, so replacing that one file
 * on a server points the same build at another backend without a rebuild.
 */

export const BACKEND_KINDS = ['demo', 'native', 'wordpress', 'blogger', 'ghost', 'jsonfeed'] as const;
export const TRANSLATE_PROVIDERS = ['auto', 'browser', 'libretranslate', 'none'] as const;
/** Blog Archive widget: Blogger's three styles (years ▸ months ▸ posts, a flat list of months, a drop-down). */
export const ARCHIVE_STYLES = ['hierarchy', 'flat', 'menu'] as const;
export const ARCHIVE_ORDERS = ['newest', 'oldest'] as const;

/**
 * The demo backend's fault mode (docs/fault-mode.md): a share of answers fail, come late, hang or are
 * malformed, so anyone can watch the app cope with a bad backend.
 */
export type DemoFaultsConfig = {
  /** Share of answers that are a 503, 0–1. */
  errors?: number | undefined;
  /** Each answer waits up to this many milliseconds. */
  latency?: number | undefined;
  /** How many requests (the first ones) never get an answer. */
  hang?: number | undefined;
  /** Share of answers whose body is malformed, 0–1. */
  malformed?: number | undefined;
  /** Same seed, same faults. */
  seed?: number | undefined;
};

export type BackendConfig = (
  | { kind: 'demo'; faults?: DemoFaultsConfig | undefined }
  | { kind: 'native'; url: string }
  | { kind: 'wordpress'; url: string }
  | { kind: 'blogger'; blogId: string; key: string; url?: string | undefined }
  | { kind: 'ghost'; url: string; key: string }
  | { kind: 'jsonfeed'; url: string }
) & {
  /** How long a request to the backend may take before the reader is told (default 10 s). */
  timeoutMs?: number | undefined;
};

export type BackendKind = BackendConfig['kind'];

export type TranslateConfig = {
  provider: (typeof TRANSLATE_PROVIDERS)[number];
  url?: string | undefined;
  key?: string | undefined;
};

/** Third-party players posts may embed; without it (the default) iframes are stripped from posts. */
export type EmbedsConfig = {
  /** Exact host names, e.g. "www.youtube-nocookie.com": https iframes from them are kept, sandboxed. */
  iframeHosts: string[];
};

export type ArchiveConfig = {
  style: (typeof ARCHIVE_STYLES)[number];
  order: (typeof ARCHIVE_ORDERS)[number];
};

/** The reader-facing language (docs/i18n.md): Lectern's words, `<html lang dir>`, dates and numbers. */
export type UiConfig = {
  /** A language tag ("de", "pt-BR", "ar"): wins over the language the backend reports. */
  locale?: string | undefined;
};

/** Offline reading (docs/offline.md); `enabled: false` removes the worker and what it saved. */
export type OfflineConfig = { enabled: boolean };

export type AppConfig = {
  backend: BackendConfig;
  translate: TranslateConfig;
  archive: ArchiveConfig;
  offline: OfflineConfig;
  ui: UiConfig;
  embeds?: EmbedsConfig | undefined;
  /** The blog's public address (https://blog.example.org/): absolute URLs use it when set. */
  siteUrl?: string | undefined;
  /** Colours, fonts, logo, widths, the sidebar's side (src/theme/theme-config.ts). */
  theme: ThemeConfig;
  /** The sidebar's gadgets and the posts per page (src/layout-config.ts). */
  layout: LayoutConfig;
};

/** A configuration problem, worded for the blog's owner; `field` is the JSON path at fault. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly field: string | null;

  constructor(message: string, field: string | null = null) {
    super(message);
    this.field = field;
  }
}

const share = (value: unknown, path: string) => {
  const n = number(value, path);
  if (n < 0 || n > 1) throw new DecodeError(path, 'a share from 0 to 1');
  return n;
};

const demoFaults: Decoder<DemoFaultsConfig> = object({
  errors: optional(share),
  latency: optional(intInRange(0, 60_000)),
  hang: optional(intInRange(0, 1_000)),
  malformed: optional(share),
  seed: optional(intInRange(0, 2 ** 31)),
});

const backendDecoders: { [K in BackendKind]: Decoder<Extract<BackendConfig, { kind: K }>> } = {
  demo: (value, path) => ({ kind: 'demo', ...object({ faults: optional(demoFaults) })(value, path) }),
  native: (value, path) => ({ kind: 'native', ...object({ url: url })(value, path) }),
  wordpress: (value, path) => ({ kind: 'wordpress', ...object({ url: url })(value, path) }),
  blogger: (value, path) => ({
    kind: 'blogger',
    ...object({ blogId: nonEmptyString, key: nonEmptyString, url: optional(url) })(value, path),
  }),
  ghost: (value, path) => ({ kind: 'ghost', ...object({ url: url, key: nonEmptyString })(value, path) }),
  jsonfeed: (value, path) => ({ kind: 'jsonfeed', ...object({ url: url })(value, path) }),
};

const backend: Decoder<BackendConfig> = (value, path) => {
  if (!isRecord(value)) throw new DecodeError(path, 'an object');
  const kind = oneOf(...BACKEND_KINDS)(value.kind, `${path}.kind`);
  const timeoutMs = optional(intInRange(1_000, 120_000))(value.timeoutMs, `${path}.timeoutMs`);
  return { ...backendDecoders[kind](value, path), timeoutMs };
};

const translate: Decoder<TranslateConfig> = withDefault(
  object({
    provider: withDefault(oneOf(...TRANSLATE_PROVIDERS), 'auto'),
    url: optional(url),
    key: optional(nonEmptyString),
  }),
  { provider: 'auto', url: undefined, key: undefined },
);

const HOST_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;

const hostName: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !HOST_NAME.test(value)) {
    throw new DecodeError(path, 'a host name such as "player.vimeo.com" (no scheme, path or port)');
  }
  return value.toLowerCase();
};

const embeds: Decoder<EmbedsConfig | undefined> = optional(
  object({ iframeHosts: withDefault(array(hostName), []) }),
);

export const DEFAULT_ARCHIVE: ArchiveConfig = { style: 'hierarchy', order: 'newest' };

const archive: Decoder<ArchiveConfig> = withDefault(
  object({
    style: withDefault(oneOf(...ARCHIVE_STYLES), DEFAULT_ARCHIVE.style),
    order: withDefault(oneOf(...ARCHIVE_ORDERS), DEFAULT_ARCHIVE.order),
  }),
  DEFAULT_ARCHIVE,
);

const boolean: Decoder<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new DecodeError(path, 'true or false');
  return value;
};

const offline: Decoder<OfflineConfig> = withDefault(object({ enabled: withDefault(boolean, true) }), {
  enabled: true,
});

/** The blog's public address: absolute, http(s). */
const siteUrl: Decoder<string> = (value, path) => {
  const parsed = typeof value === 'string' && URL.canParse(value) ? new URL(value) : null;
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new DecodeError(path, 'the absolute address of the blog, such as "https://blog.example.org/"');
  }
  return value as string;
};

const languageTag: Decoder<string> = (value, path) => {
  const tag = typeof value === 'string' ? canonicalLocale(value) : null;
  if (!tag) throw new DecodeError(path, 'a language tag such as "de", "pt-BR" or "ar"');
  return tag;
};

const ui: Decoder<UiConfig> = withDefault(object({ locale: optional(languageTag) }), { locale: undefined });

const appConfig = object({
  backend,
  translate,
  archive,
  offline,
  ui,
  embeds,
  siteUrl: optional(siteUrl),
});

/** The decoders of `theme` and `layout` (src/config-extras.ts), which the browser downloads only when used. */
export type ConfigExtras = {
  theme: Decoder<ThemeConfig>;
  layout: Decoder<LayoutConfig>;
  /** What the layout changes elsewhere: a Blog Archive gadget's own style and order win over `archive`. */
  finish: (config: AppConfig) => AppConfig;
  /** Applies the theme's styles to this document (src/theme/apply-theme.ts). */
  apply?: (theme: ThemeConfig) => Promise<void>;
};

const WITHOUT_EXTRAS: ConfigExtras = {
  theme: () => DEFAULT_THEME,
  layout: () => DEFAULT_LAYOUT,
  finish: (config) => config,
};

/** Whether the file sets a theme or a layout other than the defaults (a page's state carries the defaults). */
export function needsConfigExtras(json: unknown): boolean {
  if (!isRecord(json)) return false;
  const differs = (value: unknown, fallback: unknown) =>
    value !== undefined && JSON.stringify(value) !== JSON.stringify(fallback);
  return differs(json.theme, DEFAULT_THEME) || differs(json.layout, DEFAULT_LAYOUT);
}

/** config.json's wording of a decoder's complaint, naming the field. */
export function configError(error: DecodeError): ConfigError {
  return new ConfigError(
    `In config.json, ${error.path || 'the top level'} should be ${error.expected}.`,
    error.path,
  );
}

export function parseConfig(json: unknown, extras?: ConfigExtras): AppConfig {
  if (!extras && needsConfigExtras(json)) {
    throw new Error('parseConfig needs configExtras');
  }
  const { theme, layout, finish } = extras ?? WITHOUT_EXTRAS;
  try {
    const base = appConfig(json, '');
    const record = json as Record<string, unknown>;
    const config = finish({
      ...base,
      theme: theme(record.theme, 'theme'),
      layout: layout(record.layout, 'layout'),
    });
    if (config.translate.provider === 'libretranslate' && !config.translate.url) {
      throw new DecodeError('translate.url', 'the URL of a LibreTranslate-compatible server');
    }
    return config;
  } catch (error) {
    if (error instanceof DecodeError) throw configError(error);
    throw error;
  }
}

/**
 * parseConfig, downloading the theme and layout decoders first when the file uses them; with `apply`
 * (a page the browser draws alone), the theme's styles are applied too, before the first render.
 */
export async function decodeConfig(json: unknown, apply = false): Promise<AppConfig> {
  const extras = needsConfigExtras(json) ? (await import('./config-extras')).configExtras : undefined;
  const config = parseConfig(json, extras);
  if (apply) await extras?.apply?.(config.theme);
  return config;
}

export function configUrl(): string {
  return `${import.meta.env.BASE_URL}config.json`;
}

export async function loadConfig(
  fetchFn: typeof fetch = fetch,
  from: string = configUrl(),
): Promise<AppConfig> {
  let response: Response;
  try {
    // no-cache: a replaced config.json must take effect on the next visit.
    response = await fetchFn(from, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  } catch {
    throw new ConfigError(`config.json could not be loaded from ${from}: the server did not answer.`);
  }
  if (!response.ok) {
    throw new ConfigError(`config.json could not be loaded from ${from} (HTTP ${response.status}).`);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`config.json at ${from} is not valid JSON.`);
  }
  return decodeConfig(json, true);
}
