import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNativeApi } from '../../src/api/adapters/native';
import { createBlogApi } from '../../src/api/create-blog-api';
import { ApiError, failedResource, say } from '../../src/api/errors';
import { ENGLISH } from '../../src/i18n/translator';
import { DEFAULT_TIMEOUT_MS, parseRetryAfter } from '../../src/api/http';
import { blogQueries, createQueryClient, retryDelay, shouldRetry } from '../../src/api/queries';
import { parseConfig } from '../../src/config';
import { demoData } from '../../mocks/data/index';
import { server } from '../../mocks/node';

/**
 * The retry and timeout policy as the app runs it: the app's own QueryClient (createQueryClient) over
 * the native adapter and the demo backend (MSW), with the backend misbehaving in one way per test.
 */

const BLOG = '*/api/blog';

function setup(timeoutMs?: number) {
  const api = createNativeApi({ url: '/api', id: 'retry-test', timeoutMs }, (input, init) =>
    fetch(input, init),
  );
  const queries = blogQueries(api);
  const queryClient = createQueryClient();
  return { queryClient, queries };
}

/** Answers the first `failures` requests with `fail`, then lets the demo backend answer; counts them. */
function failFirst(failures: number, fail: () => Response | Promise<Response>) {
  const seen = { count: 0 };
  server.use(
    http.get(BLOG, () => {
      seen.count += 1;
      return seen.count <= failures ? fail() : undefined;
    }),
  );
  return seen;
}

function status(code: number, headers: Record<string, string> = {}) {
  return () => HttpResponse.json({ error: { code: 'x', message: 'no' } }, { status: code, headers });
}

/** Lets fake time pass in steps, so the promises a step releases run before the next one. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it('recovers from a 503 by trying again', async () => {
    const seen = failFirst(1, status(503));
    const { queryClient, queries } = setup();
    const blog = await queryClient.query(queries.blog());
    expect(blog.title).toBe(demoData.blog.title);
    expect(seen.count).toBe(2);
  });

  it('recovers from a network failure by trying again', async () => {
    const seen = failFirst(2, () => HttpResponse.error());
    const { queryClient, queries } = setup();
    await expect(queryClient.query(queries.blog())).resolves.toMatchObject({ title: demoData.blog.title });
    expect(seen.count).toBe(3);
  });

  it('gives up after three retries and names what failed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seen = failFirst(Infinity, status(502));
    const { queryClient, queries } = setup();
    const result = queryClient.query(queries.blog()).catch((error: unknown) => error);
    await advance(10_000);
    const error = await result;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
    const what = failedResource(error);
    expect(what && say(what, ENGLISH.t)).toBe('the blog');
    expect(seen.count).toBe(4);
  });

  it('waits as long as a 429’s Retry-After (in seconds) asks before trying again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seen = failFirst(1, status(429, { 'Retry-After': '7' }));
    const { queryClient, queries } = setup();
    const result = queryClient.query(queries.blog());
    await advance(6_900);
    expect(seen.count).toBe(1);
    await advance(200);
    await expect(result).resolves.toMatchObject({ title: demoData.blog.title });
    expect(seen.count).toBe(2);
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    const seen = failFirst(1, status(503, { 'Retry-After': inFiveSeconds }));
    const { queryClient, queries } = setup();
    const result = queryClient.query(queries.blog());
    await advance(3_500);
    expect(seen.count).toBe(1);
    await advance(2_000);
    await expect(result).resolves.toMatchObject({ title: demoData.blog.title });
    expect(seen.count).toBe(2);
  });

  it('does not wait out a Retry-After longer than 10 s: it says when to try again', async () => {
    const seen = failFirst(Infinity, status(503, { 'Retry-After': '120' }));
    const { queryClient, queries } = setup();
    const error = await queryClient.query(queries.blog()).catch((e: unknown) => e);
    expect(seen.count).toBe(1);
    expect((error as Error).message).toMatch(/try again in about 2 minutes/);
  });

  it('starts no new attempt once 5 s have passed since the first, so a slow, failing backend is explained in time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const seen = failFirst(Infinity, () => delay(3_000).then(status(503)));
    const { queryClient, queries } = setup();
    const result = queryClient.query(queries.blog()).catch((error: unknown) => error);
    await advance(15_000);
    await expect(result).resolves.toMatchObject({ status: 503 });
    // 0–3 s fails, a retry at 3.25–3.5 s fails at 6.25–6.5 s: past the window, so that is all.
    expect(seen.count).toBe(2);
  });

  it.each([400, 401, 403, 404, 410, 422])('does not retry a %i', async (code) => {
    const seen = failFirst(Infinity, status(code));
    const { queryClient, queries } = setup();
    await expect(queryClient.query(queries.blog())).rejects.toBeInstanceOf(ApiError);
    expect(seen.count).toBe(1);
  });

  it.each([
    [
      403,
      { errors: [{ domain: 'usageLimits', reason: 'dailyLimitExceeded', message: 'Daily Limit Exceeded' }] },
    ],
    [403, { errors: [{ domain: 'global', reason: 'quotaExceeded', message: 'Quota exceeded' }] }],
    [429, { status: 'RESOURCE_EXHAUSTED', message: 'Quota exceeded for quota metric Queries' }],
  ])(
    'says a used-up API quota (Google’s %i) is that, and spends no more of it on retries',
    async (code, error) => {
      const seen = failFirst(Infinity, () =>
        HttpResponse.json({ error: { code, ...error } }, { status: code }),
      );
      const { queryClient, queries } = setup();
      const failure = await queryClient.query(queries.blog()).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ApiError);
      expect((failure as ApiError).message).toBe(
        `The blog’s API quota is used up for now (HTTP ${code}). Try again later.`,
      );
      expect(seen.count).toBe(1);
    },
  );

  it('a 403 that is not about quota is still "refused access"', async () => {
    failFirst(Infinity, () =>
      HttpResponse.json(
        { error: { code: 403, errors: [{ domain: 'global', reason: 'forbidden' }] } },
        { status: 403 },
      ),
    );
    const { queryClient, queries } = setup();
    await expect(queryClient.query(queries.blog())).rejects.toThrow(/refused access/);
  });

  it('does not retry a malformed answer', async () => {
    const seen = failFirst(Infinity, () => HttpResponse.json({ description: 'no title' }));
    const { queryClient, queries } = setup();
    await expect(queryClient.query(queries.blog())).rejects.toMatchObject({ kind: 'invalid-response' });
    expect(seen.count).toBe(1);
  });

  it('never retries a comment by itself', async () => {
    let posts = 0;
    server.use(
      http.post('*/api/posts/:id/comments', () => {
        posts += 1;
        return HttpResponse.json({ error: { code: 'down', message: 'down' } }, { status: 503 });
      }),
    );
    const { queryClient, queries } = setup();
    const mutation = queryClient
      .getMutationCache()
      .build(queryClient, queries.createComment('post-2020-06-23'));
    await expect(
      mutation.execute({ parentId: null, authorName: 'Ana', html: 'Hello' }),
    ).rejects.toMatchObject({
      status: 503,
    });
    expect(posts).toBe(1);
  });
});

describe('timeouts', () => {
  it('gives up on a hung backend after the configured time, without retrying', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seen = failFirst(Infinity, () => delay('infinite').then(() => new Response()));
    const { queryClient, queries } = setup(3_000);
    const result = queryClient.query(queries.blog()).catch((error: unknown) => error);
    await advance(2_900);
    expect(seen.count).toBe(1);
    await advance(200);
    const error = await result;
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as Error).message).toMatch(/no answer within 3 s/);
    expect(seen.count).toBe(1);
  });

  it('takes its time limit from config.json’s backend.timeoutMs, 10 s by default', async () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(10_000);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    failFirst(Infinity, () => delay('infinite').then(() => new Response()));
    const config = parseConfig({ backend: { kind: 'demo', timeoutMs: 2_000 } });
    const api = createBlogApi(config.backend, (input, init) => fetch(input, init));
    const result = api.getBlog().catch((error: unknown) => error);
    await advance(2_100);
    await expect(result).resolves.toMatchObject({ kind: 'timeout' });
  });

  it('refuses a timeout config.json cannot mean', () => {
    expect(() => parseConfig({ backend: { kind: 'demo', timeoutMs: 5 } })).toThrow(/backend\.timeoutMs/);
  });
});

describe('the policy in numbers', () => {
  it('backs off exponentially from 0.5 s to at most 4 s, with jitter', () => {
    const low = [0, 1, 2, 3, 4, 10].map((n) => retryDelay(n, new Error('x'), () => 0));
    const high = [0, 1, 2, 3, 4, 10].map((n) => retryDelay(n, new Error('x'), () => 1));
    expect(low).toEqual([250, 500, 1000, 2000, 2000, 2000]);
    expect(high).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
  });

  it('retries at most three times, and only what may succeed later', () => {
    const unavailable = new ApiError('down', { kind: 'http', status: 503, retryable: true });
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, unavailable))).toEqual([true, true, true, false]);
    expect(shouldRetry(0, new ApiError('late', { kind: 'timeout', retryable: true }))).toBe(false);
    expect(shouldRetry(0, new TypeError('bug'))).toBe(false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:45 GMT', now)).toBe(45_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
