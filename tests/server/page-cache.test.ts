// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { createWordPressHandlers } from '../../mocks/handlers/wordpress';
import { server } from '../../mocks/node';
import type { RequestHandler } from '../../server/handler';
import { answerPage, createPageCache, newMarker, storePage, type StoredPage } from '../../server/page-cache';
import { postPath } from '../support/post-path';
import { get, ORIGIN, serverHandler } from '../support/server-setup';

/*
 * The server's cache of rendered pages (server.pageCacheSeconds): what it keeps, for whom, and that
 * every answer still has a nonce of its own. Renders are observed as a reader's server would see them:
 * by what the backend is asked (the backend's own cache is off, so every render asks it).
 */

const API = 'https://api.blog.test';
const WP = 'https://wp.blog.test';
const withComments = demoData.posts.find((post) => post.id === 'post-2020-06-23')!;
const path = postPath(withComments);

/** Backend requests (method, path and query), counted while `server` (MSW) answers them. */
function countBackend(...origins: string[]): { total(): number; of(pathname: string): number } {
  const seen: string[] = [];
  const backends = new Set(origins.length > 0 ? origins : [API]);
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (backends.has(url.origin)) seen.push(`${request.method} ${url.pathname}${url.search}`);
  });
  return {
    total: () => seen.length,
    of: (pathname) => seen.filter((line) => line.split(' ')[1]?.split('?')[0] === pathname).length,
  };
}

function nativeHandler(server: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) {
  return serverHandler({
    backend: { kind: 'native', url: API },
    server: { backendCacheSeconds: 0, pageCacheSeconds: 10, ...server },
    ...rest,
  }).handler;
}

function nonceOf(response: Response): string | undefined {
  return /'nonce-([^']+)'/.exec(response.headers.get('Content-Security-Policy') ?? '')?.[1];
}

afterEach(() => {
  server.events.removeAllListeners();
});

describe('the page cache', () => {
  it('answers the same page again without rendering it, each answer with its own nonce', async () => {
    server.use(...createNativeHandlers(demoData, API));
    const backend = countBackend();
    const handler = nativeHandler();
    const first = await get(handler, path);
    const asked = backend.total();
    expect(asked).toBeGreaterThan(3);
    const second = await get(handler, path);
    const third = await get(handler, path);
    expect(backend.total()).toBe(asked);

    const pages = [first, second, third];
    for (const page of pages) {
      expect(page.response.status).toBe(200);
      expect(page.document.querySelector('h1')?.textContent).toBe(withComments.title);
      const nonce = nonceOf(page.response);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      const scripts = [...page.document.querySelectorAll('script')];
      expect(scripts.length).toBeGreaterThan(2);
      for (const script of scripts) expect(script.getAttribute('nonce')).toBe(nonce);
      expect(page.html.match(/nonce="/g)?.length).toBe(scripts.length);
      expect(Number(page.response.headers.get('Content-Length'))).toBe(Buffer.byteLength(page.html));
    }
    expect(new Set(pages.map((page) => nonceOf(page.response))).size).toBe(3);
    // The same page but for its nonce.
    const withoutNonce = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');
    expect(withoutNonce(second.html)).toBe(withoutNonce(first.html));
  });

  it('shares one render among readers who ask while it runs, and answers HEAD from it', async () => {
    server.use(...createNativeHandlers(demoData, API));
    const backend = countBackend();
    const handler = nativeHandler();
    const pages = await Promise.all(Array.from({ length: 5 }, () => get(handler, path)));
    expect(backend.of('/posts/2020/06/' + withComments.slug)).toBe(1);
    expect(new Set(pages.map((page) => nonceOf(page.response))).size).toBe(5);
    const asked = backend.total();
    const head = await handler(new Request(new URL(path, ORIGIN), { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(nonceOf(head)).toBeTruthy();
    expect(backend.total()).toBe(asked);
  });

  it('renders every time with pageCacheSeconds 0', async () => {
    server.use(...createNativeHandlers(demoData, API));
    const backend = countBackend();
    const handler = nativeHandler({ pageCacheSeconds: 0 });
    await get(handler, path);
    const once = backend.total();
    await get(handler, path);
    expect(backend.total()).toBe(2 * once);
  });

  it('is emptied by a comment posted without JavaScript, so its author sees it', async () => {
    server.use(...createNativeHandlers(demoData, API));
    const handler = nativeHandler();
    await get(handler, path);
    const backend = countBackend();
    const posted = await handler(
      new Request(new URL(path, ORIGIN), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
        body: new URLSearchParams({ comment: 'Seen at once.', name: 'Ines' }),
      }),
    );
    expect(posted.status).toBe(303);
    const id = (posted.headers.get('Location') ?? '').split('#')[1]!;
    const before = backend.total();
    const { document } = await get(handler, path);
    expect(backend.total()).toBeGreaterThan(before);
    expect(document.getElementById(id)?.textContent).toContain('Seen at once.');
  });

  it('is emptied by a comment the browser posts to the demo API, and so is the backend cache', async () => {
    // The demo blog with every cache at its default.
    const { handler } = serverHandler();
    await get(handler, path);
    const posted = await handler(
      new Request(new URL(`/api/posts/${withComments.id}/comments`, ORIGIN), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ parentId: null, authorName: 'Dana', html: 'Posted with scripting on.' }),
      }),
    );
    expect(posted.status).toBe(201);
    const { id } = (await posted.json()) as { id: string };
    const { document } = await get(handler, path);
    expect(document.getElementById(`c${id}`)?.textContent).toContain('Posted with scripting on.');
  });

  it('keeps no failure: a 503 is rendered again for the next reader', async () => {
    let down = true;
    server.use(
      http.get(`${API}/*`, () =>
        down ? HttpResponse.json({ error: { message: 'down' } }, { status: 503 }) : undefined,
      ),
      ...createNativeHandlers(demoData, API),
    );
    const handler = nativeHandler();
    const failed = await get(handler, path);
    expect(failed.response.status).toBe(503);
    expect(failed.response.headers.get('Cache-Control')).toBe('no-store');
    down = false;
    const { response, document } = await get(handler, path);
    expect(response.status).toBe(200);
    expect(document.querySelector('h1')?.textContent).toBe(withComments.title);
  });

  it('keeps a not-found page, and the redirects to where a post moved', async () => {
    server.use(...createNativeHandlers(demoData, API), ...createWordPressHandlers(demoData, WP));
    const backend = countBackend(API, WP);
    const native = nativeHandler();
    const wordpress = serverHandler({
      backend: { kind: 'wordpress', url: WP },
      server: { backendCacheSeconds: 0, pageCacheSeconds: 10 },
    }).handler;
    const year = Number(path.split('/')[1]);
    const cases: [RequestHandler, string, number, string | null][] = [
      [native, '/2020/06/no-such-post.html', 404, null],
      // Found under another year by the loader (a path), and an old WordPress address (absolute).
      [wordpress, path.replace(`/${year}/`, `/${year - 1}/`), 301, path],
      [wordpress, `/${withComments.slug}/`, 301, `${ORIGIN}${path}`],
    ];
    for (const [handler, address, status, location] of cases) {
      const first = await handler(new Request(new URL(address, ORIGIN)));
      expect(first.status, address).toBe(status);
      expect(first.headers.get('Location'), address).toBe(location);
      const asked = backend.total();
      const again = await handler(new Request(new URL(address, ORIGIN)));
      expect(backend.total(), address).toBe(asked);
      expect(again.status, address).toBe(status);
      expect(again.headers.get('Location'), address).toBe(location);
    }
  });

  it('tells origins apart when siteUrl is unset (links are absolute on the Host), and not when it is set', async () => {
    server.use(...createNativeHandlers(demoData, API));
    const canonical = async (handler: RequestHandler, origin: string) => {
      const response = await handler(new Request(new URL(path, origin)));
      const html = await response.text();
      return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    };
    const backend = countBackend();
    const byHost = nativeHandler();
    expect(await canonical(byHost, 'http://one.blog.test')).toBe(`http://one.blog.test${path}`);
    const asked = backend.total();
    expect(await canonical(byHost, 'http://two.blog.test')).toBe(`http://two.blog.test${path}`);
    expect(backend.total()).toBe(2 * asked);

    const bySite = nativeHandler({}, { siteUrl: 'https://blog.example.org/' });
    expect(await canonical(bySite, 'http://one.blog.test')).toBe(`https://blog.example.org${path}`);
    const siteAsked = backend.total();
    expect(await canonical(bySite, 'http://two.blog.test')).toBe(`https://blog.example.org${path}`);
    expect(backend.total()).toBe(siteAsked);
  });

  it('gives the render nothing of the request but its address: no cookie or language sets a page apart', async () => {
    server.use(...createNativeHandlers(demoData, API));
    const backend = countBackend();
    const handler = nativeHandler();
    const plain = await get(handler, path);
    const asked = backend.total();
    const other = await get(handler, path, {
      headers: { Cookie: 'session=reader-2', 'Accept-Language': 'fr-FR', 'User-Agent': 'Crawler' },
    });
    expect(backend.total()).toBe(asked);
    expect(other.html.replace(/nonce="[^"]*"/g, '')).toBe(plain.html.replace(/nonce="[^"]*"/g, ''));
    // A query string is another page.
    await get(handler, `${path}?utm_source=feed`);
    expect(backend.total()).toBeGreaterThan(asked);
  });
});

describe('the page cache, on its own', () => {
  const url = new URL('http://blog.test/page.html');
  const page = (body: string, status = 200): StoredPage => ({
    status,
    statusText: '',
    headers: [['content-type', ['text/html']]],
    body: [body],
    relativeLocation: false,
    cacheable: status === 200,
    size: body.length,
  });

  it('keeps a page for its time from the start of its render, then renders again', async () => {
    let now = 0;
    const cache = createPageCache({ ttlMs: 10_000, now: () => now });
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    await cache.get('a', render);
    now = 9_999;
    expect((await cache.get('a', render))?.body).toEqual(['render 1']);
    now = 10_000;
    expect((await cache.get('a', render))?.body).toEqual(['render 2']);
  });

  it('stays within its entries and its size, the least recently used going first', async () => {
    const cache = createPageCache({ ttlMs: 10_000, maxEntries: 2, maxChars: 1_000 });
    const renders: string[] = [];
    const render =
      (key: string, size = 10) =>
      async () => {
        renders.push(key);
        return page(key.repeat(size));
      };
    for (const key of ['a', 'b', 'a', 'c', 'a', 'b']) await cache.get(key, render(key));
    // b was dropped when c came (a was used more recently), and asked for again.
    expect(renders).toEqual(['a', 'b', 'c', 'b']);
    // Two large pages do not fit together: the older goes.
    await cache.get('x', render('x', 600));
    await cache.get('y', render('y', 600));
    await cache.get('y', render('y', 600));
    await cache.get('x', render('x', 600));
    expect(renders.slice(4)).toEqual(['x', 'y', 'x']);
    // One larger than the whole cache is answered, not kept.
    await cache.get('z', render('z', 2_000));
    await cache.get('z', render('z', 2_000));
    expect(renders.slice(7)).toEqual(['z', 'z']);
  });

  it('answers a render that was running when it was cleared, but does not keep it', async () => {
    const cache = createPageCache({ ttlMs: 10_000 });
    let release = () => {};
    let renders = 0;
    const slow = () =>
      new Promise<StoredPage>((resolve) => {
        renders += 1;
        release = () => resolve(page('before the write'));
      });
    const waiting = cache.get('a', slow);
    cache.clear();
    release();
    expect((await waiting)?.body).toEqual(['before the write']);
    await cache.get('a', async () => page('after the write'));
    expect(renders).toBe(1);
    expect((await cache.get('a', slow))?.body).toEqual(['after the write']);
  });

  it('refuses a page holding the marker anywhere but in a nonce attribute', async () => {
    const marker = newMarker();
    const csp = { 'Content-Security-Policy': `script-src 'nonce-${marker}'`, 'Content-Type': 'text/html' };
    const good = await storePage(
      new Response(`<script nonce="${marker}">1</script><p>hello</p><script nonce="${marker}">2</script>`, {
        headers: csp,
      }),
      marker,
      url,
    );
    expect(good?.body).toHaveLength(3);
    const answer = answerPage(good!, 'fresh', url, true);
    expect(await answer.text()).toBe(
      '<script nonce="fresh">1</script><p>hello</p><script nonce="fresh">2</script>',
    );
    expect(answer.headers.get('Content-Security-Policy')).toBe("script-src 'nonce-fresh'");

    const inText = new Response(`<script nonce="${marker}"></script><p>${marker}</p>`, { headers: csp });
    expect(await storePage(inText, marker, url)).toBeNull();
    const inHeader = new Response('<p></p>', { headers: { ...csp, Link: `</x>; nonce=${marker}` } });
    expect(await storePage(inHeader, marker, url)).toBeNull();
  });

  it("keeps a redirect on the request's own origin as a path, answered on the next reader's", async () => {
    const stored = await storePage(
      Response.redirect('http://one.blog.test/new.html', 301),
      newMarker(),
      new URL('http://one.blog.test/old'),
    );
    expect(stored?.cacheable).toBe(true);
    const answer = answerPage(stored!, 'n', new URL('http://two.blog.test/old'), true);
    expect(answer.status).toBe(301);
    expect(answer.headers.get('Location')).toBe('http://two.blog.test/new.html');
  });
});
