import { ApiError, InvalidResponseError, NotFoundError, ValidationError } from './errors';
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
  timeoutMs?: number;
  headers?: Record<string, string>;
};

export const DEFAULT_TIMEOUT_MS = 15_000;

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

function describeStatus(status: number): string {
  if (status === 401 || status === 403) return 'The blog refused access to this content';
  if (status === 429) return 'The blog is receiving too many requests';
  if (status >= 500) return 'The blog’s server had a problem';
  return 'The blog could not handle the request';
}

function parseJsonOrNull(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

async function errorFromResponse(response: Response, url: string): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  const { message, field } = readErrorBody(parseJsonOrNull(text));
  if (response.status === 404) return new NotFoundError(message ?? 'Not found', url);
  if ((response.status === 400 || response.status === 422) && field) {
    return new ValidationError(message ?? `Check the ${field} field`, field, response.status, url);
  }
  return new ApiError(`${describeStatus(response.status)} (HTTP ${response.status}).`, {
    kind: 'http',
    status: response.status,
    retryable: isRetryableStatus(response.status),
    url,
  });
}

/**
 * A deadline linked to the caller's signal. Built by hand rather than with AbortSignal.any/timeout so the
 * reason (timeout vs. the caller going away) stays known and it works on every runtime Lectern meets.
 */
function withDeadline(signal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}

export function createHttpClient(fetchFn: FetchFn, options: HttpClientOptions = {}): HttpClient {
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request<T>(
    url: string,
    init: RequestInit,
    decoder: Decoder<T>,
    requestOptions: RequestOptions,
  ) {
    const deadline = withDeadline(requestOptions.signal, requestOptions.timeoutMs ?? defaultTimeout);
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(url, {
        ...init,
        headers: { Accept: 'application/json', ...options.headers, ...init.headers },
        signal: deadline.signal,
      });
      if (!response.ok) throw await errorFromResponse(response, url);
      text = await response.text();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (deadline.timedOut()) {
        throw new ApiError('The blog took too long to answer.', {
          kind: 'timeout',
          retryable: true,
          url,
          cause: error,
        });
      }
      // The caller went away (navigation, unmount): let the abort propagate as it is.
      if (requestOptions.signal?.aborted) throw error;
      throw new ApiError('Could not reach the blog. Check your connection.', {
        kind: 'network',
        retryable: true,
        url,
        cause: error,
      });
    } finally {
      deadline.done();
    }

    let json: unknown;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      throw new InvalidResponseError('', 'JSON', url);
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
