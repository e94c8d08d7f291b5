// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createBlogApi } from '../../src/api/create-blog-api';
import { fileForAddress, fileForOlderPage } from '../../server/prerender/addresses';
import { linkedStaticPages, walkBlog, type PlannedPage } from '../../server/prerender/walk';
import { awkwardBlog, BACKEND_URL, nativeFetch } from './prerender-support';

function walkOf(data = awkwardBlog(), staticPages: string[] = []) {
  const api = createBlogApi({ kind: 'native', url: BACKEND_URL }, nativeFetch(data));
  return walkBlog(api, { staticPages });
}

const byPath = (pages: PlannedPage[]) => new Map(pages.map((page) => [page.path, page]));

describe('the prerender walk', () => {
  it('finds every kind of page, each at the file a static host serves for its address', async () => {
    const { pages } = await walkOf(awkwardBlog(), ['unlinked']);
    const kinds = new Set(pages.map((page) => page.kind));
    expect([...kinds].sort()).toEqual(
      ['archive', 'home', 'label', 'month', 'not-found', 'older', 'post', 'profile', 'static', 'year'].sort(),
    );
    const at = byPath(pages);
    expect(at.get('/')?.file).toBe('index.html');
    expect(at.get('/archive')?.file).toBe('archive/index.html');
    expect(at.get('/2024/')?.file).toBe('2024/index.html');
    expect(at.get('/2024/03/')?.file).toBe('2024/03/index.html');
    expect(at.get('/2024/03/post-14.html')?.file).toBe('2024/03/post-14.html');
    expect(at.get('/p/unlinked.html')?.file).toBe('p/unlinked.html');
    expect(at.get('/404.html')?.file).toBe('404.html');
    expect(pages.filter((page) => page.kind === 'post')).toHaveLength(23);
    expect(
      pages
        .filter((page) => page.kind === 'profile')
        .map((page) => page.path)
        .sort(),
    ).toEqual(['/profile/daniel-okafor', '/profile/marisol-vega'].sort());
    // Only canonical addresses go in the sitemap.
    expect(
      pages
        .filter((page) => !page.inSitemap)
        .map((page) => page.kind)
        .sort(),
    ).toEqual(['not-found', 'older', 'older']);
  });

  it("pages the home list as the app does, ten a page, each older page at its last cursor's folder", async () => {
    const { pages } = await walkOf();
    const home = pages.filter((page) => page.kind === 'home' || page.kind === 'older');
    expect(home.map((page) => page.path)).toEqual(['/', '/?page=o10', '/?page=o10&page=o20']);
    expect(home.map((page) => page.file)).toEqual([
      'index.html',
      'page/o10/index.html',
      'page/o20/index.html',
    ]);
  });

  it('writes a label with a slash or non-Latin letters under its decoded name, linked percent-encoded', async () => {
    const at = byPath((await walkOf()).pages);
    expect(at.get('/search/label/C%2FC%2B%2B')?.file).toBe('search/label/C/C++/index.html');
    expect(at.get(`/search/label/${encodeURIComponent('Ελληνικά')}`)?.file).toBe(
      'search/label/Ελληνικά/index.html',
    );
    expect(fileForAddress('/profile/a%00b')).toBe('profile/a%00b/index.html');
    expect(fileForOlderPage('/?page=a%2Fb')).toBe('page/a%2Fb/index.html');
  });

  it('gives a post with no title its slug address', async () => {
    const { pages, posts } = await walkOf();
    const untitled = posts.find((post) => post.slug === 'post-05')!;
    expect(untitled.title).not.toBe('Post post-05');
    const path = `/${untitled.year}/${String(untitled.month).padStart(2, '0')}/post-05.html`;
    expect(pages.find((page) => page.path === path)?.file).toBe(path.slice(1));
  });

  it('changes the keys of a changed post and the lists that show it, and of nothing else', async () => {
    const before = byPath((await walkOf()).pages);
    const data = awkwardBlog();
    const changed = data.posts[14]!;
    data.posts[14] = { ...changed, title: 'A new title', updated: '2024-12-01T10:00:00-08:00' };
    const after = byPath((await walkOf(data)).pages);
    const differ = [...after.values()].filter((page) => before.get(page.path)?.key !== page.key);
    const paths = differ.map((page) => page.path);
    expect(paths).toContain('/2024/03/post-14.html');
    expect(paths).toContain('/2024/03/');
    expect(paths).toContain('/2024/');
    expect(paths).toContain('/search/label/C%2FC%2B%2B');
    // Not the other label, another year, or a post in another month that is not its neighbour.
    expect(paths).not.toContain(`/search/label/${encodeURIComponent('Ελληνικά')}`);
    expect(paths).not.toContain('/2023/');
    expect(paths).not.toContain('/404.html');
    expect(differ.every((page) => page.kind !== 'post' || /\/2024\/0[234]\//.test(page.path))).toBe(true);
  });

  it("reuses the last run's home pages when the posts' order is unchanged, with today's summaries", async () => {
    const data = awkwardBlog();
    const first = await walkBlog(createBlogApi({ kind: 'native', url: BACKEND_URL }, nativeFetch(data)));
    data.posts[20] = { ...data.posts[20]!, title: 'Retitled', updated: '2024-12-01T10:00:00-08:00' };
    const fresh = nativeFetch(data);
    const walked = await walkBlog(createBlogApi({ kind: 'native', url: BACKEND_URL }, fresh));
    const reusing = nativeFetch(data);
    const reused = await walkBlog(createBlogApi({ kind: 'native', url: BACKEND_URL }, reusing), {
      previousHome: first.home,
    });
    expect(reused.pages.map((page) => [page.path, page.key])).toEqual(
      walked.pages.map((page) => [page.path, page.key]),
    );
    expect(reusing.requests.length).toBeLessThan(fresh.requests.length);
    // A post more: the order changed, and the pages are walked again.
    data.posts.push({
      ...data.posts[0]!,
      id: 'post-new',
      slug: 'post-new',
      published: '2024-11-30T10:00:00-08:00',
    });
    const grown = await walkBlog(createBlogApi({ kind: 'native', url: BACKEND_URL }, nativeFetch(data)), {
      previousHome: first.home,
    });
    expect(grown.home.pages[0]!.ids).toContain('post-new');
  });

  it('finds the static pages a rendered page links to', () => {
    expect(linkedStaticPages('<a href="/p/about.html">x</a> <a href="/p/%CE%B1.html#top">y</a>')).toEqual([
      'about',
      'α',
    ]);
  });
});
