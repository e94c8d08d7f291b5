import { http, HttpResponse, type RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBlogApi } from '../../src/api/create-blog-api';
import type { Feeds, Post } from '../../src/api/types';
import type { BackendConfig } from '../../src/config';
import { createNativeBackend } from '../../mocks/backend/native-backend';
import { demoData } from '../../mocks/data/index';
import { createBloggerHandlers, DEMO_BLOGGER_BLOG_ID } from '../../mocks/handlers/blogger';
import { createGhostHandlers, DEMO_GHOST_KEY } from '../../mocks/handlers/ghost';
import { createJsonFeedHandlers } from '../../mocks/handlers/json-feed';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { createWordPressHandlers } from '../../mocks/handlers/wordpress';
import { server } from '../../mocks/node';

/**
 * What each adapter says about feeds: only feeds the backend really serves, at the addresses it
 * serves them, and only http(s) links.
 */

const NATIVE = 'http://native.test/api';
const WORDPRESS = 'http://wordpress.test';
const BLOGGER = 'http://blogger.test/blogger/v3';
const GHOST = 'http://ghost.test';
const FEED = 'http://feed.test/feed.json';

type Case = {
  kind: string;
  backend: BackendConfig;
  handlers: () => RequestHandler[];
  blogFeeds: (home: string | undefined) => Feeds;
  commentFeeds: (postUrl: string) => Feeds | undefined;
};

const cases: Case[] = [
  {
    kind: 'native (no feeds in its answer)',
    backend: { kind: 'native', url: NATIVE },
    handlers: () => createNativeHandlers(demoData, NATIVE),
    blogFeeds: () => ({}),
    commentFeeds: () => undefined,
  },
  {
    kind: 'wordpress',
    backend: { kind: 'wordpress', url: WORDPRESS },
    handlers: () => createWordPressHandlers(demoData, WORDPRESS),
    blogFeeds: (home) => ({ rss: `${home}feed/`, atom: `${home}feed/atom/` }),
    commentFeeds: (postUrl) => ({ rss: `${postUrl}feed/` }),
  },
  {
    kind: 'blogger',
    backend: { kind: 'blogger', blogId: DEMO_BLOGGER_BLOG_ID, key: 'test-key', url: BLOGGER },
    handlers: () => createBloggerHandlers(demoData, BLOGGER),
    blogFeeds: (home) => ({ atom: `${home}feeds/posts/default`, rss: `${home}feeds/posts/default?alt=rss` }),
    commentFeeds: () => ({ atom: expect.stringMatching(/\/feeds\/[^/]+\/comments\/default$/) as string }),
  },
  {
    kind: 'ghost',
    backend: { kind: 'ghost', url: GHOST, key: DEMO_GHOST_KEY },
    handlers: () => createGhostHandlers(demoData, GHOST, { key: DEMO_GHOST_KEY }),
    blogFeeds: (home) => ({ rss: `${home}rss/` }),
    commentFeeds: () => undefined,
  },
  {
    kind: 'jsonfeed',
    backend: { kind: 'jsonfeed', url: FEED },
    handlers: () => createJsonFeedHandlers(demoData, FEED),
    blogFeeds: () => ({ json: FEED }),
    commentFeeds: () => undefined,
  },
];

describe.each(cases)('$kind adapter feeds', ({ backend, handlers, blogFeeds, commentFeeds }) => {
  it('names the blog feeds the backend serves', async () => {
    server.use(...handlers());
    const api = createBlogApi(backend, (input, init) => fetch(input, init));
    const blog = await api.getBlog();
    expect(blog.feeds).toEqual(blogFeeds(blog.url));
  });

  it("names a post's comment feed only where the backend has one", async () => {
    server.use(...handlers());
    const api = createBlogApi(backend, (input, init) => fetch(input, init));
    const [summary] = (await api.listPosts({ limit: 1 })).items;
    if (!summary) throw new Error('no posts');
    const post = await api.getPost(summary);
    const blog = await api.getBlog();
    // WordPress permalinks are its own date-based links; the adapter only appends feed/.
    const permalinks = await permalinkOf(backend, summary.id, blog.url);
    expect(post.commentFeeds).toEqual(commentFeeds(permalinks));
  });
});

/** The backend's own permalink of a post, read from its wire answer (only WordPress needs it). */
async function permalinkOf(backend: BackendConfig, id: string, home: string | undefined): Promise<string> {
  if (backend.kind !== 'wordpress') return home ?? '';
  const response = await fetch(`${WORDPRESS}/wp-json/wp/v2/posts/${id}`);
  const post = (await response.json()) as { link: string };
  return post.link;
}

describe('native contract feeds', () => {
  const api = () => createBlogApi({ kind: 'native', url: NATIVE }, (input, init) => fetch(input, init));
  const backend = createNativeBackend(demoData);

  it('keeps http(s) feeds and drops anything else', async () => {
    server.use(
      http.get(`${NATIVE}/blog`, () =>
        HttpResponse.json({
          ...(backend.getBlog().body as object),
          feeds: { atom: 'https://blog.example/feed.atom', rss: 'javascript:alert(1)', json: 'data:,{}' },
        }),
      ),
    );
    await expect(api().getBlog()).resolves.toMatchObject({
      feeds: { atom: 'https://blog.example/feed.atom' },
    });
    expect((await api().getBlog()).feeds).toEqual({ atom: 'https://blog.example/feed.atom' });
  });

  it("reads a post's commentFeeds, dropping unsafe ones", async () => {
    const [first] = (backend.listPosts(new URLSearchParams({ limit: '1' })).body as { items: Post[] }).items;
    if (!first) throw new Error('no posts');
    const post = backend.getPost(first.year, first.month, first.slug).body as object;
    server.use(
      http.get(`${NATIVE}/posts/:year/:month/:slug`, () =>
        HttpResponse.json({
          ...post,
          commentFeeds: { atom: 'https://blog.example/c.atom', rss: 'javascript:void 0' },
        }),
      ),
    );
    const read = await api().getPost({ year: 2020, month: 9, slug: 'x' });
    expect(read.commentFeeds).toEqual({ atom: 'https://blog.example/c.atom' });
  });
});
