import { http, HttpResponse, type RequestHandler } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBlogApi } from '../../src/api/create-blog-api';
import { ApiError, InvalidResponseError, NotFoundError } from '../../src/api/errors';
import type { BlogApi, Comment, PostListParams, PostSummary } from '../../src/api/types';
import type { BackendConfig } from '../../src/config';
import { demoData } from '../../mocks/data/index';
import type { DemoPost } from '../../mocks/data/types';
import { createBloggerHandlers, DEMO_BLOGGER_BLOG_ID } from '../../mocks/handlers/blogger';
import { createGhostHandlers, DEMO_GHOST_KEY } from '../../mocks/handlers/ghost';
import { createJsonFeedHandlers } from '../../mocks/handlers/json-feed';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { createWordPressHandlers } from '../../mocks/handlers/wordpress';
import { server } from '../../mocks/node';

/**
 * One contract for every backend kind: fed the same demo blog in each backend's own wire format, every
 * adapter must show a reader the same blog. The demo data is the oracle, never another adapter.
 *
 * Decision (docs/decisions/0004-adapters.md): the native contract finds a post by its exact path, so a
 * right slug under a wrong month is not found there; the four other adapters find posts by slug and
 * answer with the post and its own (canonical) path.
 */

type Case = {
  kind: string;
  backend: BackendConfig;
  handlers: () => RequestHandler[];
  /** The request behind getBlog, to make it fail. */
  blogInfo: string;
  /** A malformed answer to the first page of posts, and the field the error must name. */
  malformed: { url: string; body: unknown; field: string };
  wrongMonth: 'resolves' | 'not-found';
};

const NATIVE = 'http://native.test/api';
const WORDPRESS = 'http://wordpress.test';
const BLOGGER = 'http://blogger.test/blogger/v3';
const GHOST = 'http://ghost.test';
const FEED = 'http://feed.test/feed.json';
const badNativePage = {
  items: [{ id: 'a', year: 2020, month: 13, slug: 's', title: 't', published: '2020-01-01T00:00:00Z' }],
  next: null,
};

const cases: Case[] = [
  {
    kind: 'demo',
    backend: { kind: 'demo' },
    handlers: () => [],
    blogInfo: '*/api/blog',
    malformed: { url: '*/api/posts', body: badNativePage, field: 'items[0].month' },
    wrongMonth: 'not-found',
  },
  {
    kind: 'native',
    backend: { kind: 'native', url: NATIVE },
    handlers: () => createNativeHandlers(demoData, NATIVE),
    blogInfo: `${NATIVE}/blog`,
    malformed: { url: `${NATIVE}/posts`, body: badNativePage, field: 'items[0].month' },
    wrongMonth: 'not-found',
  },
  {
    kind: 'wordpress',
    backend: { kind: 'wordpress', url: WORDPRESS },
    handlers: () => createWordPressHandlers(demoData, WORDPRESS, { anonymousComments: true }),
    blogInfo: `${WORDPRESS}/wp-json/`,
    malformed: { url: `${WORDPRESS}/wp-json/wp/v2/posts`, body: [{ id: 'seven' }], field: '[0].id' },
    wrongMonth: 'resolves',
  },
  {
    kind: 'blogger',
    backend: { kind: 'blogger', blogId: DEMO_BLOGGER_BLOG_ID, key: 'test-key', url: BLOGGER },
    handlers: () => createBloggerHandlers(demoData, BLOGGER),
    blogInfo: `${BLOGGER}/blogs/${DEMO_BLOGGER_BLOG_ID}`,
    malformed: {
      url: `${BLOGGER}/blogs/${DEMO_BLOGGER_BLOG_ID}/posts`,
      body: { kind: 'blogger#postList', items: [{ id: 42 }] },
      field: 'items[0].id',
    },
    wrongMonth: 'resolves',
  },
  {
    kind: 'ghost',
    backend: { kind: 'ghost', url: GHOST, key: DEMO_GHOST_KEY },
    handlers: () => createGhostHandlers(demoData, GHOST, { key: DEMO_GHOST_KEY }),
    blogInfo: `${GHOST}/ghost/api/content/settings/`,
    malformed: {
      url: `${GHOST}/ghost/api/content/posts/`,
      body: { posts: [{ id: 7 }], meta: { pagination: { page: 1, pages: 1, total: 1, next: null } } },
      field: 'posts[0].id',
    },
    wrongMonth: 'resolves',
  },
  {
    kind: 'jsonfeed',
    backend: { kind: 'jsonfeed', url: FEED },
    handlers: () => createJsonFeedHandlers(demoData, FEED),
    blogInfo: FEED,
    malformed: {
      url: FEED,
      body: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'A feed',
        items: [{ id: 'a', content_html: '<p>x</p>', date_published: 'soon' }],
      },
      field: 'items[0].date_published',
    },
    wrongMonth: 'resolves',
  },
];

// ---------------------------------------------------------------- the oracle: the demo data itself

const newestFirst = [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
/** Demo dates are written with the blog's offset, so their digits are the blog's calendar. */
const pathOf = (p: DemoPost) => ({
  year: Number(p.published.slice(0, 4)),
  month: Number(p.published.slice(5, 7)),
  slug: p.slug,
});
const textOf = (p: DemoPost) => p.html.replace(/<[^>]+>/g, ' ').toLowerCase();
/** WordPress typesets titles as it shows them (`'` becomes `’`): the same title to a reader. */
const typeset = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const titles = (posts: { title: string }[]) => posts.map((p) => typeset(p.title));
const authorName = (id: string) => demoData.authors.find((a) => a.id === id)?.displayName;
const publishedComments = (postId: string) =>
  demoData.comments.filter((c) => c.postId === postId && c.status !== 'pending');

function expectedArchive() {
  const years = new Map<number, Map<number, number>>();
  for (const post of newestFirst) {
    const { year, month } = pathOf(post);
    const months = years.get(year) ?? new Map<number, number>();
    months.set(month, (months.get(month) ?? 0) + 1);
    years.set(year, months);
  }
  return [...years].map(([year, months]) => ({
    year,
    count: [...months.values()].reduce((a, b) => a + b, 0),
    months: [...months].map(([month, count]) => ({ month, count })),
  }));
}

function expectedLabels() {
  const counts = new Map<string, number>();
  for (const post of demoData.posts) for (const l of post.labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name));
}

async function allPosts(api: BlogApi, params: PostListParams = {}, limit = 100): Promise<PostSummary[]> {
  const seen: PostSummary[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 40; i += 1) {
    const page = await api.listPosts({ ...params, cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items);
    cursor = page.next;
    if (!cursor) return seen;
  }
  throw new Error('the cursor never reached the end');
}

async function allComments(api: BlogApi, postId: string): Promise<Comment[]> {
  const seen: Comment[] = [];
  let cursor: string | null = null;
  do {
    const page = await api.listComments(postId, { cursor, limit: 20 });
    seen.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return seen;
}

const fetchFn = (input: string, init?: RequestInit) => fetch(input, init);

describe.each(cases)('the $kind adapter', (c) => {
  // What the backend can do is known without asking it; a test of a capability it lacks is reported
  // as skipped (it.runIf), not passed without asserting anything.
  const can = createBlogApi(c.backend, fetchFn).capabilities;
  let api: BlogApi;
  beforeEach(() => {
    server.use(...c.handlers());
    api = createBlogApi(c.backend, fetchFn);
  });

  async function idOf(post: DemoPost): Promise<string> {
    return (await api.getPost(pathOf(post))).id;
  }

  it('describes the blog, in its locale and time zone', async () => {
    const blog = await api.getBlog();
    expect(blog).toMatchObject({
      title: demoData.blog.title,
      description: demoData.blog.description,
      locale: 'en-US',
      timeZone: 'America/Los_Angeles',
    });
    expect(blog.mainAuthorId).toBeDefined();
    expect((await api.getAuthor(blog.mainAuthorId ?? '')).displayName).toBe(
      authorName(demoData.blog.mainAuthorId),
    );
  });

  it('pages through every post with the cursor, newest first, without duplicates', async () => {
    const posts = await allPosts(api, {}, 7);
    expect(titles(posts)).toEqual(titles(newestFirst));
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    posts.forEach((post, i) => {
      const expected = newestFirst[i] as DemoPost;
      expect({ year: post.year, month: post.month, slug: post.slug }).toEqual(pathOf(expected));
      expect(Date.parse(post.published)).toBe(Date.parse(expected.published));
      expect(post.author.displayName).toBe(authorName(expected.authorId));
      expect([...post.labels].sort()).toEqual([...expected.labels].sort());
      expect(post.excerpt).not.toMatch(/<|&#?\w+;/);
      expect(post.excerpt.length).toBeGreaterThan(40);
      expect(post.readingMinutes).toBeGreaterThanOrEqual(1);
      if (api.capabilities.comments !== 'none') {
        expect(post.commentCount).toBe(publishedComments(expected.id).length);
      }
    });
  });

  it('filters by label', async () => {
    const expected = newestFirst.filter((p) => p.labels.includes('Immigration'));
    expect(titles(await allPosts(api, { label: 'Immigration' }, 5))).toEqual(titles(expected));
    expect((await api.listPosts({ label: 'No such label' })).items).toEqual([]);
  });

  it('filters by year, and by year and month, in the blog’s time zone', async () => {
    const inYear = newestFirst.filter((p) => pathOf(p).year === 2021);
    expect(titles(await allPosts(api, { year: 2021 }))).toEqual(titles(inYear));
    const inMonth = newestFirst.filter((p) => pathOf(p).year === 2020 && pathOf(p).month === 9);
    const september = await allPosts(api, { year: 2020, month: 9 });
    expect(titles(september)).toEqual(titles(inMonth));
    expect(september.every((p) => p.year === 2020 && p.month === 9)).toBe(true);
  });

  it('filters by author', async () => {
    const sample = newestFirst.find((p) => p.authorId === 'daniel-okafor') as DemoPost;
    const authorId = (await api.getPost(pathOf(sample))).author.id;
    const expected = newestFirst.filter((p) => p.authorId === 'daniel-okafor');
    expect(titles(await allPosts(api, { authorId }, 10))).toEqual(titles(expected));
  });

  // Skipped for a backend without search (none today: every kind searches).
  it.runIf(can.search)('searches, where the backend can', async () => {
    const inTitle = newestFirst.filter((p) => p.title.toLowerCase().includes('heat'));
    const anywhere = newestFirst.filter(
      (p) => p.title.toLowerCase().includes('heat') || textOf(p).includes('heat'),
    );
    expect(inTitle.length).toBeGreaterThan(0);
    const found = titles(await allPosts(api, { query: 'heat' }, 5));
    expect(found).toEqual(expect.arrayContaining(titles(inTitle)));
    expect(titles(anywhere)).toEqual(expect.arrayContaining(found));
    expect(new Set(found).size).toBe(found.length);
    expect((await api.listPosts({ query: 'zzzz-no-such-words' })).items).toEqual([]);
  });

  it('reads a post by its Blogger-shaped path, with its neighbours', async () => {
    const i = newestFirst.findIndex((p) => p.id === 'post-2020-09-25');
    const [newer, expected, older] = newestFirst.slice(i - 1, i + 2) as [DemoPost, DemoPost, DemoPost];
    const post = await api.getPost(pathOf(expected));
    expect(post).toMatchObject({ ...pathOf(expected), title: expected.title });
    expect(post.html).toContain('<blockquote>');
    expect(post.newer).toEqual({ ...pathOf(newer), title: newer.title });
    expect(post.older).toEqual({ ...pathOf(older), title: older.title });
  });

  it('answers an unknown path with NotFoundError', async () => {
    await expect(api.getPost({ year: 2020, month: 9, slug: 'no-such-post' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it(`${c.wrongMonth === 'resolves' ? 'finds' : 'does not find'} a post by its slug under another month`, async () => {
    const expected = newestFirst.find((p) => p.id === 'post-2020-09-25') as DemoPost;
    const pending = api.getPost({ year: 2019, month: 1, slug: expected.slug });
    if (c.wrongMonth === 'not-found') return expect(pending).rejects.toBeInstanceOf(NotFoundError);
    // The post comes with its own path, so a page can show (or redirect to) the canonical address.
    await expect(pending).resolves.toMatchObject({ ...pathOf(expected), title: expected.title });
  });

  it('counts posts per year and month exactly as they are', async () => {
    expect(await api.getArchive()).toEqual(expectedArchive());
  });

  it('lists labels with their counts', async () => {
    expect(await api.listLabels()).toEqual(expectedLabels());
  });

  // Skipped for a backend without profiles (none today).
  it.runIf(can.profiles)('reads an author’s profile, and not an unknown one', async () => {
    const post = await api.getPost(
      pathOf(newestFirst.find((p) => p.authorId === 'marisol-vega') as DemoPost),
    );
    const profile = await api.getAuthor(post.author.id);
    expect(profile).toMatchObject({ id: post.author.id, displayName: 'Marisol Vega' });
    expect(profile.photo?.url ?? '/demo/authors/marisol-vega.svg').toMatch(/marisol-vega\.svg$/);
    await expect(api.getAuthor('999999')).rejects.toBeInstanceOf(NotFoundError);
  });

  // Skipped for a backend without comments (Ghost, JSON Feed): there is no thread to read.
  it.runIf(can.comments !== 'none')(
    'threads comments by parent, oldest first, through every page',
    async () => {
      const expected = publishedComments('post-2023-12-05');
      const post = newestFirst.find((p) => p.id === 'post-2023-12-05') as DemoPost;
      const comments = await allComments(api, await idOf(post));
      expect(comments.map((x) => x.author.name)).toEqual(expected.map((x) => x.authorName));
      const seen = new Set<string>();
      for (const comment of comments) {
        if (comment.parentId) expect(seen.has(comment.parentId)).toBe(true);
        seen.add(comment.id);
      }
      const roots = (list: { parentId: string | null }[]) => list.filter((x) => x.parentId === null).length;
      expect(roots(comments)).toBe(roots(expected));
    },
  );

  it('publishes a comment where it can, and says so plainly where it cannot', async () => {
    const post = newestFirst[0] as DemoPost;
    const postId = await idOf(post);
    const write = api.createComment(postId, { parentId: null, authorName: 'Dana', html: 'Thank you.' });
    if (api.capabilities.comments !== 'write') {
      return expect(write).rejects.toThrowError('This blog does not accept comments from here.');
    }
    const created = await write;
    expect(created).toMatchObject({ postId, parentId: null, author: { name: 'Dana' }, status: 'published' });
    expect((await allComments(api, postId)).map((x) => x.id)).toContain(created.id);
  });

  it('reads static pages where the backend has them', async () => {
    if (!api.capabilities.pages) {
      return expect(api.getStaticPage('about')).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await api.getStaticPage('about')).toMatchObject({ slug: 'about', title: 'About this practice' });
    await expect(api.getStaticPage('no-such-page')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('turns a malformed answer into InvalidResponseError naming the field', async () => {
    server.use(http.get(c.malformed.url, () => HttpResponse.json(c.malformed.body as never)));
    const error: unknown = await api.listPosts({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ field: c.malformed.field });
  });

  it('turns a 500 into a retryable ApiError', async () => {
    server.use(http.get(c.blogInfo, () => HttpResponse.json({ error: 'boom' }, { status: 500 })));
    const error: unknown = await api.getBlog().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 500, retryable: true });
  });
});
