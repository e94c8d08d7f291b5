import {
  ApiError,
  InvalidResponseError,
  MAX_RETRY_AFTER_MS,
  NotFoundError,
  ValidationError,
  words,
  type Words,
} from './errors';
import { withDeadline } from '../lib/deadline';
import { DecodeError, isRecord, type Decoder } from './decode';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export type RequestOptions = {
  signal?: AbortSignal | undefined;
  /** Overrides the client's default timeout. */
  timeoutMs?: number;
};

export type HttpClient = {
  getJson<T>(url: string, decoder: Decoder<T>, options?: RequestOptions): Promise<T>;
  sendJson<T>(
    method: 'POST' | 'PUT' | 'PATCH',
    url: string,
    body: unknown,
    decoder: Decoder<T>,
    options?: RequestOptions,
  ): Promise<T>;
};

export type HttpClientOptions = {
  timeoutMs?: number | undefined;
  headers?: Record<string, string>;
  /** Larger answers are refused as invalid; tests lower it. */
  maxBodyBytes?: number;
};

/** config.json's `backend.timeoutMs` overrides it. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** No page of a blog needs more; a bigger answer is a broken or hostile server, not content. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Statuses where the same request may well succeed a moment later. */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

type ErrorBody = { message: string | null; field: string | null };

function readErrorBody(body: unknown): ErrorBody {
  // Lectern's contract sends { error: { message, field } }; other backends send { message } or { code }.
  const error = isRecord(body) && isRecord(body.error) ? body.error : body;
  if (!isRecord(error)) return { message: null, field: null };
  const message = typeof error.message === 'string' ? error.message : null;
  const field = typeof error.field === 'string' ? error.field : null;
  return { message, field };
}

/*
 * An API key's quota used up: Google's APIs (Blogger) answer 403 with the reason `dailyLimitExceeded`,
 * `rateLimitExceeded`, `quotaExceeded` or `userRateLimitExceeded` in the domain `usageLimits`, or 429
 * RESOURCE_EXHAUSTED. Not "refused access": nothing is wrong with the page, and it comes back once
 * the quota refills, which is why it is not retried at once (each try would spend quota again).
 */
const QUOTA_REASON = /^(daily|user)?(rate)?limitexceeded$|^quotaexceeded$/i;

function isQuotaAnswer(status: number, body: unknown): boolean {
  if (status !== 403 && status !== 429) return false;
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error) return false;
  if (error.status === 'RESOURCE_EXHAUSTED') return true;
  const details = Array.isArray(error.errors) ? error.errors : [];
  return details.some(
    (detail) =>
      isRecord(detail) &&
      (detail.domain === 'usageLimits' ||
        (typeof detail.reason === 'string' && QUOTA_REASON.test(detail.reason))),
  );
}

function describeStatus(status: number): Words {
  const key =
    status === 401 || status === 403
      ? 'errors.http.refused'
      : status === 429
        ? 'errors.http.tooMany'
        : status >= 500
          ? 'errors.http.server'
          : 'errors.http.other';
  return words(key, { status });
}

/**
 * `Retry-After` as milliseconds to wait: delay-seconds (`120`) or an HTTP-date. Null when absent or
 * unreadable; a date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date) || !/[a-z]/i.test(text)) return null;
  return Math.max(0, date - now);
}

/** "…: try again in about 2 minutes": for a wait too long to be done for the reader. */
function withPause(cause: Words, ms: number): Words {
  const minutes = Math.ceil(ms / 60_000);
  const [unit, count] = minutes < 60 ? ['minutes', minutes] : ['hours', Math.ceil(minutes / 60)];
  return words('errors.http.pause', { cause, unit, count });
}

function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function parseJsonOrNull(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

async function errorFromResponse(response: Response, url: string, maxBytes: number): Promise<ApiError> {
  const text = await readBody(response, url, maxBytes).catch(() => '');
  const body = parseJsonOrNull(text);
  const { message, field } = readErrorBody(body);
  if (isQuotaAnswer(response.status, body)) {
    return new ApiError(words('errors.quota', { status: response.status }), {
      kind: 'http',
      status: response.status,
      retryable: false,
      url,
    });
  }
  if (response.status === 404) return new NotFoundError(message ?? 'Not found', url);
  if ((response.status === 400 || response.status === 422) && field) {
    return new ValidationError(message ?? words('errors.checkField', { field }), field, response.status, url);
  }
  const retryable = isRetryableStatus(response.status);
  const retryAfterMs = retryable ? parseRetryAfter(response.headers.get('Retry-After')) : null;
  const said = describeStatus(response.status);
  const wait = retryAfterMs !== null && retryAfterMs > MAX_RETRY_AFTER_MS ? retryAfterMs : null;
  return new ApiError(wait === null ? said : withPause(said, wait), {
    kind: 'http',
    status: response.status,
    retryable,
    retryAfterMs,
    url,
  });
}

/** `declared`: the size the server announced, when it did; a streamed answer is cut off unmeasured. */
function tooLarge(url: string, maxBytes: number, declared?: number): InvalidResponseError {
  const size = declared === undefined ? 'larger' : formatBytes(declared);
  return new InvalidResponseError('', `at most ${formatBytes(maxBytes)}`, url, size);
}

/**
 * The body as text, refusing more than `maxBytes`: a declared Content-Length is checked before
 * reading, and the stream is counted as it arrives (the length may be absent or wrong).
 */
async function readBody(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, maxBytes, declared);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      // Not awaited: some streams (MSW's in Node) settle their cancel only once fully read.
      void reader.cancel().catch(() => undefined);
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** JSON by its media type: application/json, any +json type (JSON Feed), or none said at all. */
function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  // text/plain too: static hosts often serve a .json feed that way, and the body is still checked.
  return type === '' || type === 'application/json' || type.endsWith('+json') || type === 'text/plain';
}

/** What came instead of JSON, in words: an HTML error page is the usual case. */
function describeNonJson(text: string, mediaType: string | null): string {
  const html = /^\s*</.test(text);
  if (mediaType) return html ? `an HTML page (${mediaType})` : mediaType;
  return html ? 'an HTML page' : 'text that is not valid JSON';
}

export function createHttpClient(fetchFn: FetchFn, options: HttpClientOptions = {}): HttpClient {
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;

  async function request<T>(
    url: string,
    init: RequestInit,
    decoder: Decoder<T>,
    requestOptions: RequestOptions,
  ) {
    const timeoutMs = requestOptions.timeoutMs ?? defaultTimeout;
    const deadline = withDeadline(requestOptions.signal, timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(url, {
        ...init,
        headers: { Accept: 'application/json', ...options.headers, ...init.headers },
        signal: deadline.signal,
      });
      if (!response.ok) throw await errorFromResponse(response, url, maxBytes);
      text = await readBody(response, url, maxBytes);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (deadline.timedOut()) {
        const seconds = Math.round(timeoutMs / 100) / 10;
        throw new ApiError(words('errors.timeout', { seconds }), {
          kind: 'timeout',
          retryable: true,
          url,
          cause: error,
        });
      }
      // The caller went away (navigation, unmount): let the abort propagate as it is.
      if (requestOptions.signal?.aborted) throw error;
      throw new ApiError(words('errors.network'), {
        kind: 'network',
        retryable: true,
        url,
        cause: error,
      });
    } finally {
      deadline.done();
    }

    const contentType = response.headers.get('Content-Type');
    if (!isJsonContentType(contentType)) {
      const mediaType = contentType?.split(';')[0]?.trim() ?? null;
      throw new InvalidResponseError('', 'JSON', url, describeNonJson(text, mediaType));
    }
    // 204 No Content is the one answer where nothing is the expected shape.
    if (text.trim() === '' && response.status !== 204) {
      throw new InvalidResponseError('', 'JSON', url, 'an empty answer');
    }
    let json: unknown;
    try {
      json = text.trim() === '' ? null : JSON.parse(text);
    } catch {
      throw new InvalidResponseError('', 'JSON', url, describeNonJson(text, null));
    }
    try {
      return decoder(json, '');
    } catch (error) {
      if (error instanceof DecodeError) throw new InvalidResponseError(error.path, error.expected, url);
      throw error;
    }
  }

  return {
    getJson(url, decoder, requestOptions = {}) {
      return request(url, { method: 'GET' }, decoder, requestOptions);
    },
    sendJson(method, url, body, decoder, requestOptions = {}) {
      return request(
        url,
        { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
        decoder,
        requestOptions,
      );
    },
  };
}
