/**
 * A short-lived cache of the backend's answers in front of the server's fetch: a burst of readers on one
 * post costs the backend one request. Only successful GETs are kept, for `ttlMs`; requests for the same
 * URL that arrive while one is in flight share it; any other request empties it, and so does clear()
 * (a write that reached the backend another way). Bounded: the least recently used answers go first.
 */

type Stored = { status: number; statusText: string; headers: [string, string][]; body: ArrayBuffer };

type Entry = { at: number; answer: Promise<Stored> };

export type BackendCacheOptions = { ttlMs: number; maxEntries?: number; now?: () => number };

export type CachingFetch = typeof fetch & { clear(): void };

function toResponse(stored: Stored): Response {
  return new Response(stored.body.slice(0), {
    status: stored.status,
    statusText: stored.statusText,
    headers: stored.headers,
  });
}

export function cachingFetch(fetchFn: typeof fetch, options: BackendCacheOptions): CachingFetch {
  const { ttlMs, maxEntries = 1_000, now = Date.now } = options;
  const entries = new Map<string, Entry>();

  const cached: typeof fetch = async (input, init) => {
    // Not a Request: the adapter of the demo asks for relative URLs, which only its own fetch resolves.
    const key = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (ttlMs <= 0) return fetchFn(input, init);
    if (method.toUpperCase() !== 'GET') {
      // A write (a new comment) changes what the next page shows: nothing kept may hide it. Writes are
      // rare next to reads, so all of it goes.
      entries.clear();
      return fetchFn(input, init).finally(() => entries.clear());
    }
    const hit = entries.get(key);
    if (hit && now() - hit.at < ttlMs) {
      entries.delete(key);
      entries.set(key, hit);
      return toResponse(await hit.answer);
    }
    // The caller's signal must not cancel an answer other requests share: each waits on its own.
    const answer = (async () => {
      const response = await fetchFn(key, { headers: init?.headers });
      return {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body: await response.arrayBuffer(),
      };
    })();
    const entry = { at: now(), answer };
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    const forget = () => {
      if (entries.get(key) === entry) entries.delete(key);
    };
    answer.then((stored) => {
      // Failures are not kept: the next reader asks again.
      if (stored.status < 200 || stored.status >= 300) forget();
    }, forget);
    const stored = await abortable(answer, init?.signal);
    return toResponse(stored);
  };
  return Object.assign(cached, { clear: () => entries.clear() });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
