/**
 * How prerendering reaches the backend: at most `concurrency` requests at a time (a big blog is
 * thousands of requests; a shared host should not take them as an attack), and a request answered
 * 429 or 5xx, or that failed on the network, tried again after the backend's `Retry-After` (seconds or
 * a date) or a growing pause.
 */

export type PoliteFetchOptions = {
  concurrency: number;
  /** Tries after the first. */
  retries: number;
  /** The first pause when the backend names none, in milliseconds; doubled each time. */
  backoffMs?: number;
  /** The longest pause taken, whatever Retry-After asks. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  log?: (line: string) => void;
};

const RETRIED = new Set([429, 500, 502, 503, 504]);

/** Retry-After in milliseconds: delta seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** A counting semaphore: run() waits for a free slot. */
export function limiter(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = Math.max(1, slots);
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

export function politeFetch(fetchFn: typeof fetch, options: PoliteFetchOptions): typeof fetch {
  const {
    retries,
    backoffMs = 1_000,
    maxWaitMs = 60_000,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now = Date.now,
    log,
  } = options;
  const slot = limiter(options.concurrency);
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    for (let attempt = 0; ; attempt += 1) {
      let wait: number;
      try {
        const response = await slot(() => fetchFn(input, init));
        if (!RETRIED.has(response.status) || attempt >= retries) return response;
        wait = retryAfterMs(response.headers.get('Retry-After'), now()) ?? backoffMs * 2 ** attempt;
        await response.body?.cancel();
        log?.(`${url}: ${response.status}, trying again in ${Math.ceil(Math.min(wait, maxWaitMs) / 1000)} s`);
      } catch (error) {
        if (init?.signal?.aborted || attempt >= retries) throw error;
        wait = backoffMs * 2 ** attempt;
        log?.(`${url}: ${error instanceof Error ? error.message : String(error)}, trying again`);
      }
      // Waited outside the slot: other requests go on meanwhile.
      await sleep(Math.min(wait, maxWaitMs));
    }
  };
}
