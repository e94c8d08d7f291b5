// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { limiter, politeFetch, retryAfterMs } from '../../server/prerender/backend-fetch';
import { netlifyRedirects, nginxRedirects } from '../../server/prerender/redirects-file';
import { robotsWithSitemap, sitemapFiles } from '../../server/prerender/sitemap';

const SITE = 'https://blog.example.org/';

describe('sitemap.xml', () => {
  it('lists absolute addresses with lastmod, escaped', () => {
    const { 'sitemap.xml': xml } = sitemapFiles(SITE, [
      { path: '/', lastmod: '2024-03-15T10:00:00-07:00' },
      { path: '/search/label/R%26D' },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(
      '<url><loc>https://blog.example.org/</loc><lastmod>2024-03-15T17:00:00Z</lastmod></url>',
    );
    expect(xml).toContain('<url><loc>https://blog.example.org/search/label/R%26D</loc></url>');
  });

  it('becomes an index over parts past the limit (50,000 by the protocol)', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({
      path: `/p${i}`,
      lastmod: `2024-01-0${i + 1}T00:00:00Z`,
    }));
    const files = sitemapFiles('https://blog.example.org/blog', entries, 2);
    expect(Object.keys(files).sort()).toEqual([
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
      'sitemap.xml',
    ]);
    expect(files['sitemap.xml']).toContain('<sitemapindex');
    expect(files['sitemap.xml']).toContain(
      '<sitemap><loc>https://blog.example.org/blog/sitemap-3.xml</loc><lastmod>2024-01-05T00:00:00Z</lastmod></sitemap>',
    );
    expect(files['sitemap-1.xml']).toContain('<loc>https://blog.example.org/blog/p1</loc>');
  });

  it('is named by one Sitemap line in robots.txt', () => {
    expect(robotsWithSitemap('User-agent: *\nAllow: /\nSitemap: https://old.example/s.xml\n', SITE)).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://blog.example.org/sitemap.xml\n',
    );
  });
});

describe('redirect files', () => {
  const redirects = [
    { from: '/2024/03/a', to: '/2024/03/a.html' },
    { from: '/?p=12', to: '/2024/03/a.html' },
  ];

  it("_redirects in Netlify's format: a query as a match, the SPA fallback last", () => {
    const lines = netlifyRedirects(redirects)
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual([
      '/2024/03/a /2024/03/a.html 301',
      '/ p=12 /2024/03/a.html 301',
      '/* /200.html 200',
    ]);
  });

  it('an nginx map on the request URI, and the older home pages by cursor', () => {
    const conf = nginxRedirects(redirects);
    expect(conf).toContain('map $request_uri $lectern_redirect {');
    expect(conf).toContain('  "/?p=12" "/2024/03/a.html";');
    expect(conf).toContain('\\?m=[01]$');
    expect(conf).toContain('map $args $lectern_cursor {');
  });
});

describe('the backend, politely', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });

  it('tries 429 and 5xx again after Retry-After, and gives up after its retries', async () => {
    const waits: number[] = [];
    let calls = 0;
    const flaky: typeof fetch = async () => {
      calls += 1;
      if (calls === 1) return new Response('', { status: 429, headers: { 'Retry-After': '7' } });
      if (calls === 2) return new Response('', { status: 503 });
      return new Response('ok');
    };
    const sleep = async (ms: number) => void waits.push(ms);
    const polite = politeFetch(flaky, { concurrency: 2, retries: 3, backoffMs: 100, sleep });
    expect(await (await polite('http://backend.test/x')).text()).toBe('ok');
    expect(waits).toEqual([7_000, 200]);

    const down: typeof fetch = async () => new Response('', { status: 500 });
    const once = politeFetch(down, { concurrency: 1, retries: 1, backoffMs: 1, sleep });
    expect((await once('http://backend.test/y')).status).toBe(500);
    // 404 is an answer, not a failure: not tried again.
    let asked = 0;
    const missing: typeof fetch = async () => (asked++, new Response('', { status: 404 }));
    await politeFetch(missing, { concurrency: 1, retries: 3, sleep })('http://backend.test/z');
    expect(asked).toBe(1);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const slot = limiter(2);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 6 }, () =>
        slot(async () => {
          running += 1;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
  });
});
