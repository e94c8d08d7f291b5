import { escapeText, packItems, textContentOf, translateInChunks, unpackItems } from './chunk-html';
import { isAbort, TranslateError } from './errors';
import { withDeadline } from '../lib/deadline';
import type { ProviderLanguage, TranslateItem, TranslateOptions, TranslationProvider } from './types';

/**
 * Any LibreTranslate-compatible endpoint (https://libretranslate.com, a self-hosted server, the demo's
 * mock): `POST /translate` with `{q, source, target, format: "html", api_key?}` and `GET /languages`.
 */

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export type LibreTranslateOptions = {
  /** The server's root, e.g. https://translate.example.org (a path such as /demo-translate works too). */
  url: string;
  key?: string | undefined;
  fetchFn?: FetchFn;
  /** Per request; a server busy translating a long chunk can take several seconds. */
  timeoutMs?: number;
  /**
   * Characters per request. Public servers often refuse more than a few thousand (their `char_limit`);
   * a post body longer than this goes in several requests split at element boundaries.
   */
  maxChars?: number;
};

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_CHARS = 2_000;

/** LibreTranslate answers errors as `{"error": "…"}`; some compatible servers use `message` or `detail`. */
function serverMessage(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null) {
      for (const field of ['error', 'message', 'detail'] as const) {
        const value = (body as Record<string, unknown>)[field];
        if (typeof value === 'string' && value.trim() !== '') return value.trim();
      }
    }
  } catch {
    // Not JSON (a proxy's HTML error page): nothing useful to quote.
  }
  return null;
}

function errorForStatus(status: number, detail: string | null): TranslateError {
  if (status === 429 || status === 403) {
    return new TranslateError('quota', `The translation service refused the request (HTTP ${status}).`, {
      detail,
    });
  }
  if (status === 400 && detail !== null && /not supported|unsupported/i.test(detail)) {
    return new TranslateError('unsupported', 'The translation service does not offer this language pair.', {
      detail,
    });
  }
  if (status === 404 || status >= 500) {
    return new TranslateError('down', `The translation service is not available (HTTP ${status}).`, {
      detail,
    });
  }
  return new TranslateError(
    'failed',
    `The translation service could not handle the request (HTTP ${status}).`,
    {
      detail,
    },
  );
}

type LibreLanguage = { code: string; name: string | undefined; targets: string[] | undefined };

function decodeLanguages(json: unknown): LibreLanguage[] {
  if (!Array.isArray(json))
    throw new TranslateError('failed', 'The translation service sent no language list.');
  return json.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { code, name, targets } = entry as Record<string, unknown>;
    if (typeof code !== 'string' || code === '') return [];
    return [
      {
        code,
        name: typeof name === 'string' ? name : undefined,
        targets: Array.isArray(targets)
          ? targets.filter((t): t is string => typeof t === 'string')
          : undefined,
      },
    ];
  });
}

export function createLibreTranslateProvider(options: LibreTranslateOptions): TranslationProvider {
  const root = options.url.replace(/\/+$/, '');
  const fetchFn: FetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;

  async function call(path: string, init: RequestInit, signal: AbortSignal): Promise<unknown> {
    const deadline = withDeadline(signal, timeoutMs);
    try {
      const response = await fetchFn(`${root}${path}`, {
        ...init,
        headers: { Accept: 'application/json', ...init.headers },
        signal: deadline.signal,
      });
      const text = await response.text();
      if (!response.ok) throw errorForStatus(response.status, serverMessage(text));
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new TranslateError(
          'failed',
          'The translation service answered with something other than JSON.',
        );
      }
    } catch (error) {
      if (error instanceof TranslateError) throw error;
      if (deadline.timedOut()) {
        throw new TranslateError('timeout', 'The translation service took too long to answer.', {
          cause: error,
        });
      }
      // Cancelled by the caller (another language, another page): not a failure, passed on as is.
      if (isAbort(error, signal)) throw error;
      throw new TranslateError('down', 'The translation service could not be reached.', { cause: error });
    } finally {
      deadline.done();
    }
  }

  async function translateHtml(html: string, source: string | null, target: string, signal: AbortSignal) {
    return translateInChunks(html, maxChars, async (q) => {
      const body = {
        q,
        source: source ?? 'auto',
        target,
        format: 'html',
        ...(options.key ? { api_key: options.key } : {}),
      };
      const json = await call(
        '/translate',
        { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
        signal,
      );
      const translated =
        typeof json === 'object' && json !== null ? (json as Record<string, unknown>).translatedText : null;
      if (typeof translated !== 'string') {
        throw new TranslateError('failed', 'The translation service answered without a translatedText.');
      }
      return translated;
    });
  }

  return {
    id: `libretranslate:${root}`,
    kind: 'libretranslate',

    async languages(source, signal): Promise<ProviderLanguage[]> {
      const languages = decodeLanguages(await call('/languages', { method: 'GET' }, signal));
      const from = source === null ? undefined : languages.find((language) => language.code === source);
      if (source !== null && !from) return [];
      const codes = new Set(from?.targets ?? languages.map((language) => language.code));
      return languages
        .filter((language) => codes.has(language.code) && language.code !== source)
        .map(({ code, name }) => ({ code, name }));
    },

    async translate(items: readonly TranslateItem[], { source, target, signal }: TranslateOptions) {
      const asHtml = items.map((item) => (item.format === 'text' ? escapeText(item.content) : item.content));
      let translated: string[] | null;
      if (asHtml.length === 1) {
        translated = [await translateHtml(asHtml[0] ?? '', source, target, signal)];
      } else {
        // Short items (a title, comments) share requests; if the service did not keep them apart,
        // they are translated one by one instead.
        translated = unpackItems(
          await translateHtml(packItems(asHtml), source, target, signal),
          items.length,
        );
        if (!translated) {
          translated = [];
          for (const html of asHtml) translated.push(await translateHtml(html, source, target, signal));
        }
      }
      return translated.map((html, i) => (items[i]?.format === 'text' ? textContentOf(html).trim() : html));
    },
  };
}
