import { ApiError, words } from '../errors';
import { createHttpClient, type FetchFn, type HttpClient, type HttpClientOptions } from '../http';

/** Requests to a backend: query strings, a client that sees raw responses, and refused comments. */

export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * An http.ts client (same timeouts and error mapping) that lets an adapter look at each raw response
 * first: WordPress counts pages in headers and names its refusals in a `code` that http.ts does not keep.
 */
export function observedClient(
  fetchFn: FetchFn,
  options: HttpClientOptions,
  observe: (response: Response) => void | Promise<void>,
): HttpClient {
  return createHttpClient(async (input, init) => {
    const response = await fetchFn(input, init);
    await observe(response);
    return response;
  }, options);
}

/** What a reader is told when a backend refuses comments written through Lectern. */
export function commentsRefused(status: number | null = null, url?: string): ApiError {
  return new ApiError(words('errors.commentsRefused'), {
    kind: 'http',
    status,
    retryable: false,
    url,
  });
}
