// @vitest-environment node
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoData } from '../../mocks/backend/native-backend';
import { prerender, PrerenderError, type PrerenderOptions } from '../../server/prerender/run';
import { parseLecternConfig } from '../../server/server-config';
import { awkwardBlog, BACKEND_URL, nativeFetch } from './prerender-support';

/*
 * `npm run prerender` on a small blog with the awkward cases (tests/server/prerender-support.ts),
 * against an in-memory native backend: the files it writes, what is in them, and what a second run
 * after a change writes again.
 */

const ROOT = join(import.meta.dirname, '../..');
const SITE = 'https://blog.example.org/';
const made: string[] = [];

function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `lectern-prerender-${name}-`));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build as far as prerendering needs one: the source index.html has the built one's shape. */
function fakeBuild(): string {
  const dist = tempDir('dist');
  copyFileSync(join(ROOT, 'index.html'), join(dist, 'index.html'));
  copyFileSync(join(ROOT, 'public/robots.txt'), join(dist, 'robots.txt'));
  return dist;
}

function setup(
  data: DemoData,
  config: Record<string, unknown> = {},
  fetchFn: typeof fetch = nativeFetch(data),
) {
  return {
    config: parseLecternConfig({ backend: { kind: 'native', url: BACKEND_URL }, siteUrl: SITE, ...config }),
    fetchFn,
    renderConcurrency: 4,
  } satisfies Partial<PrerenderOptions>;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const documentOf = (dir: string, file: string) => new JSDOM(read(dir, file)).window.document;

describe('npm run prerender', () => {
  it('refuses to run without siteUrl, and names it', async () => {
    const dist = fakeBuild();
    const config = parseLecternConfig({ backend: { kind: 'native', url: BACKEND_URL } });
    await expect(prerender({ config, distDir: dist, fetchFn: nativeFetch(awkwardBlog()) })).rejects.toThrow(
      PrerenderError,
    );
    await expect(prerender({ config, distDir: dist })).rejects.toThrow(/siteUrl/);
  });

  it('writes every page as HTML that runs under the static CSP, and the files a host reads beside them', async () => {
    const dist = fakeBuild();
    const out = tempDir('out');
    const result = await prerender({ ...setup(awkwardBlog()), distDir: dist, outDir: out });
    expect(result.failed).toEqual([]);
    for (const file of [
      'index.html',
      '200.html',
      '404.html',
      'page/o10/index.html',
      '2024/03/post-14.html',
      '2024/index.html',
      '2024/03/index.html',
      'archive/index.html',
      'search/label/C/C++/index.html',
      'search/label/Ελληνικά/index.html',
      'profile/marisol-vega/index.html',
      // Linked from a post; the unlinked page is not found without prerender.pages.
      'p/about.html',
      'sitemap.xml',
      'robots.txt',
      '_redirects',
      '_headers',
      'lectern-redirects.conf',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect(existsSync(join(out, 'p/unlinked.html'))).toBe(false);
    // The shell the app starts from elsewhere is the build's index.html.
    expect(read(out, '200.html')).toBe(read(dist, 'index.html'));

    const post = documentOf(out, '2024/03/post-14.html');
    expect(post.querySelector('h1')?.textContent).toBe('Post post-14');
    expect(post.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${SITE}2024/03/post-14.html`,
    );
    // No nonce, and no inline script that runs: only data blocks and files of the site.
    expect(read(out, '2024/03/post-14.html')).not.toContain('nonce');
    for (const script of post.querySelectorAll('script')) {
      const data = ['application/json', 'application/ld+json'].includes(script.type);
      expect(data || script.hasAttribute('src'), script.outerHTML.slice(0, 80)).toBe(true);
    }
    const state = post.getElementById('lectern-state')!;
    expect(state.getAttribute('data-address')).toBe('/2024/03/post-14.html');
    expect(JSON.parse(state.textContent!)).toMatchObject({ demoOnServer: false });
    const start = post.querySelector('script[type="module"]')!.getAttribute('src')!;
    expect(read(out, start.slice(1))).toContain('import(');

    const label = documentOf(out, 'search/label/C/C++/index.html');
    expect(label.querySelector('h1')?.textContent).toContain('C/C++');
    const notFound = documentOf(out, '404.html');
    expect(notFound.querySelector('h1')?.textContent).toBe('Page not found');

    const sitemap = read(out, 'sitemap.xml');
    expect(sitemap).toContain(
      `<url><loc>${SITE}2024/03/post-14.html</loc><lastmod>2024-03-15T17:00:00Z</lastmod></url>`,
    );
    expect(sitemap).toContain(`<loc>${SITE}search/label/C%2FC%2B%2B</loc>`);
    expect(sitemap).not.toContain('page=');
    expect(sitemap).not.toContain('404');
    expect(read(out, 'robots.txt')).toMatch(new RegExp(`\\nSitemap: ${SITE}sitemap.xml\\n$`));

    const redirects = read(out, '_redirects');
    expect(redirects).toContain('/2024/03/post-14 /2024/03/post-14.html 301\n');
    expect(redirects).toContain('/p/about /p/about.html 301\n');
    expect(redirects.trimEnd().split('\n').at(-1)).toBe('/* /200.html 200');
    const headers = read(out, '_headers');
    expect(headers).toContain("script-src 'self';");
    expect(headers).toContain("connect-src 'self' http://backend.test;");
    expect(headers).toContain('trusted-types lectern-html');
    const nginx = read(out, 'lectern-redirects.conf');
    expect(nginx).toContain('"/2024/03/post-14" "/2024/03/post-14.html";');
    expect(nginx).toContain('/page/$lectern_cursor/index.html');
  });

  it('writes the static pages config.json names', async () => {
    const dist = fakeBuild();
    await prerender({ ...setup(awkwardBlog(), { prerender: { pages: ['unlinked'] } }), distDir: dist });
    expect(documentOf(dist, 'p/unlinked.html').querySelector('h1')?.textContent).toBe('Unlinked');
    // Written into the build itself: its index.html is now the home page, the shell kept as 200.html.
    expect(read(dist, 'index.html')).toContain('id="lectern-state"');
    expect(read(dist, '200.html')).not.toContain('id="lectern-state"');
  });

  it('renders again only the pages whose data changed, and removes those that are gone', async () => {
    const dist = fakeBuild();
    const first = await prerender({ ...setup(awkwardBlog()), distDir: dist });
    expect(first.rendered.length).toBe(first.pages);
    const mtime = (file: string) => statSync(join(dist, file)).mtimeMs;
    const before = {
      post: mtime('2023/01/post-00.html'),
      otherLabel: mtime('search/label/Ελληνικά/index.html'),
    };

    const unchanged = await prerender({ ...setup(awkwardBlog()), distDir: dist });
    expect(unchanged.rendered).toEqual([]);
    expect(unchanged.kept).toBe(first.pages);

    const data = awkwardBlog();
    data.posts[14] = { ...data.posts[14]!, title: 'A new title', updated: '2024-12-01T10:00:00-08:00' };
    const changed = await prerender({ ...setup(data), distDir: dist });
    expect(changed.failed).toEqual([]);
    expect(changed.rendered).toContain('/2024/03/post-14.html');
    expect(changed.rendered).toContain('/2024/03/');
    expect(changed.rendered).toContain('/2024/');
    expect(changed.rendered).toContain('/search/label/C%2FC%2B%2B');
    expect(changed.rendered).not.toContain('/2023/01/post-00.html');
    expect(changed.rendered).not.toContain(`/search/label/${encodeURIComponent('Ελληνικά')}`);
    expect(changed.rendered.length).toBeLessThan(first.pages / 2);
    expect(mtime('2023/01/post-00.html')).toBe(before.post);
    expect(mtime('search/label/Ελληνικά/index.html')).toBe(before.otherLabel);
    expect(documentOf(dist, '2024/03/post-14.html').querySelector('h1')?.textContent).toBe('A new title');

    // A post deleted: its file and its sitemap entry go (and, as the archive's counts change, every
    // page's sidebar with them: all pages are rendered again).
    data.posts.splice(22, 1);
    const removed = await prerender({ ...setup(data), distDir: dist });
    expect(removed.removed).toEqual(['2024/05/post-22.html']);
    expect(existsSync(join(dist, '2024/05/post-22.html'))).toBe(false);
    expect(read(dist, 'sitemap.xml')).not.toContain('post-22');
  });

  it('reports a page that fails with its address and writes the others', async () => {
    const dist = fakeBuild();
    const data = awkwardBlog();
    const backend = nativeFetch(data);
    const failing: typeof fetch = async (input, init) => {
      const url = new Request(input, init).url;
      if (url.includes('/posts/2024/03/post-14')) {
        return new Response('{}', { status: 503, headers: { 'Retry-After': '0' } });
      }
      return backend(input, init);
    };
    writeFileSync(join(dist, 'config.json'), '{}');
    const result = await prerender({ ...setup(data, { prerender: { retries: 1 } }, failing), distDir: dist });
    expect(result.failed).toEqual([{ path: '/2024/03/post-14.html', reason: 'answered 503' }]);
    expect(existsSync(join(dist, '2023/01/post-00.html'))).toBe(true);
    expect(existsSync(join(dist, '2024/03/post-14.html'))).toBe(false);
    expect(read(dist, 'sitemap.xml')).not.toContain('post-14');
  });
});
