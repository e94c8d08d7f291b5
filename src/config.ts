import {
  DecodeError,
  isRecord,
  nonEmptyString,
  object,
  oneOf,
  optional,
  url,
  withDefault,
  type Decoder,
} from './api/decode';

/**
 * Runtime configuration: public/config.json is fetched once at start-up, so replacing that one file
 * on a server points the same build at another backend without a rebuild.
 */

export const BACKEND_KINDS = ['demo', 'native', 'wordpress', 'blogger', 'ghost', 'jsonfeed'] as const;
export const TRANSLATE_PROVIDERS = ['auto', 'browser', 'libretranslate', 'none'] as const;

export type BackendConfig =
  | { kind: 'demo' }
  | { kind: 'native'; url: string }
  | { kind: 'wordpress'; url: string }
  | { kind: 'blogger'; blogId: string; key: string; url?: string | undefined }
  | { kind: 'ghost'; url: string; key: string }
  | { kind: 'jsonfeed'; url: string };

export type BackendKind = BackendConfig['kind'];

export type TranslateConfig = {
  provider: (typeof TRANSLATE_PROVIDERS)[number];
  url?: string | undefined;
  key?: string | undefined;
};

export type AppConfig = {
  backend: BackendConfig;
  translate: TranslateConfig;
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

const backendDecoders: { [K in BackendKind]: Decoder<Extract<BackendConfig, { kind: K }>> } = {
  demo: () => ({ kind: 'demo' }),
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
  return backendDecoders[kind](value, path);
};

const translate: Decoder<TranslateConfig> = withDefault(
  object({
    provider: withDefault(oneOf(...TRANSLATE_PROVIDERS), 'auto'),
    url: optional(url),
    key: optional(nonEmptyString),
  }),
  { provider: 'auto', url: undefined, key: undefined },
);

const appConfig = object({ backend, translate });

export function parseConfig(json: unknown): AppConfig {
  try {
    const config = appConfig(json, '');
    if (config.translate.provider === 'libretranslate' && !config.translate.url) {
      throw new DecodeError('translate.url', 'the URL of a LibreTranslate-compatible server');
    }
    return config;
  } catch (error) {
    if (error instanceof DecodeError) {
      throw new ConfigError(
        `In config.json, ${error.path || 'the top level'} should be ${error.expected}.`,
        error.path,
      );
    }
    throw error;
  }
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
  return parseConfig(json);
}
