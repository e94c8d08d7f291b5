// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cachingFetch } from '../../server/backend-cache';

/** A backend that counts what it is asked and answers `status` with the count in the body. */
function countingBackend(status = 200) {
  const asked: string[] = [];
  let release: (() => void) | null = null;
  const fetchFn: typeof fetch = async (input, init) => {
    const url = String(input);
    asked.push(`${init?.method ?? 'GET'} ${url}`);
    if (url.includes('slow')) await new Promise<void>((resolve) => (release = resolve));
    return new Response(JSON.stringify({ n: asked.length }), {
      status,
      headers: { 'X-Count': String(asked.length) },
    });
  };
  return { asked, fetchFn, release: () => release?.() };
}

describe('the server’s cache of backend answers', () => {
  it('answers the same GET from memory within its time, and asks again after', async () => {
    let now = 0;
    const backend = countingBackend();
    const cached = cachingFetch(backend.fetchFn, { ttlMs: 10_000, now: () => now });
    const first = await (await cached('https://api.test/posts')).json();
    const second = await cached('https://api.test/posts');
    expect(await second.json()).toEqual(first);
    expect(second.headers.get('X-Count')).toBe('1');
    expect(backend.asked).toHaveLength(1);
    now = 10_001;
    await cached('https://api.test/posts');
    expect(backend.asked).toHaveLength(2);
  });

  it('shares one request among readers who ask while it is in flight, even if one of them gives up', async () => {
    const backend = countingBackend();
    const cached = cachingFetch(backend.fetchFn, { ttlMs: 10_000 });
    const leaving = new AbortController();
    const readers = [
      cached('https://api.test/slow', { signal: leaving.signal }),
      cached('https://api.test/slow'),
      cached('https://api.test/slow'),
    ];
    await Promise.resolve();
    leaving.abort(new Error('gone'));
    backend.release();
    const [gone, ...others] = await Promise.allSettled(readers);
    expect(gone?.status).toBe('rejected');
    for (const other of others) expect(other.status).toBe('fulfilled');
    expect(backend.asked).toHaveLength(1);
  });

  it('keeps no failure, and forgets everything after a write', async () => {
    const failing = countingBackend(503);
    const cachedFailing = cachingFetch(failing.fetchFn, { ttlMs: 10_000 });
    await cachedFailing('https://api.test/blog');
    await cachedFailing('https://api.test/blog');
    expect(failing.asked).toHaveLength(2);

    const backend = countingBackend();
    const cached = cachingFetch(backend.fetchFn, { ttlMs: 10_000 });
    await cached('https://api.test/posts/1/comments');
    await cached('https://api.test/posts/1/comments', { method: 'POST', body: '{}' });
    await cached('https://api.test/posts/1/comments');
    // A write that reached the backend another way (the demo API, answered by the server itself).
    cached.clear();
    await cached('https://api.test/posts/1/comments');
    expect(backend.asked).toEqual([
      'GET https://api.test/posts/1/comments',
      'POST https://api.test/posts/1/comments',
      'GET https://api.test/posts/1/comments',
      'GET https://api.test/posts/1/comments',
    ]);
  });

  it('stays within its size, dropping the least recently used answer', async () => {
    const backend = countingBackend();
    const cached = cachingFetch(backend.fetchFn, { ttlMs: 10_000, maxEntries: 2 });
    for (const path of ['a', 'b', 'a', 'c', 'a', 'b']) await cached(`https://api.test/${path}`);
    // a, b, c fetched; b dropped when c came (a was used more recently); b fetched again.
    expect(backend.asked.map((line) => line.slice(-1))).toEqual(['a', 'b', 'c', 'b']);
  });
});
