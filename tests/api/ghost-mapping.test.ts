import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  createGhostApi,
  ghostLocale,
  ghostTimeZone,
  mapGhostBlog,
  mapGhostIndexEntry,
  mapGhostProfile,
  mapGhostSummary,
  nqlString,
  type GhostAuthor,
  type GhostPost,
} from '../../src/api/adapters/ghost';
import { periodBounds } from '../../src/api/adapters/time-zones';
import { demoData } from '../../mocks/data/index';
import {
  createGhostHandlers,
  DEMO_GHOST_KEY,
  ghostDate,
  ghostHtml,
  parseNql,
} from '../../mocks/handlers/ghost';
import { server } from '../../mocks/node';

function ghostPost(overrides: Partial<GhostPost> = {}): GhostPost {
  return {
    id: '5ddc9141c35e7700383b2937',
    slug: 'welcome',
    title: 'Welcome',
    html: '<p>Hello <em>there</em>.</p>',
    // 06:30 UTC on October 1 is still September 30 in Los Angeles.
    published_at: '2020-10-01T06:30:00.000+00:00',
    updated_at: null,
    custom_excerpt: null,
    excerpt: 'Hello there.',
    reading_time: 4,
    authors: [{ slug: 'ana', name: 'Ana' }],
    tags: [
      { name: 'Immigration', slug: 'immigration', visibility: 'public', count: undefined },
      { name: '#imported', slug: 'hash-imported', visibility: 'internal', count: undefined },
    ],
    featured: false,
    feature_image: null,
    feature_image_alt: null,
    ...overrides,
  };
}

describe('Ghost mapping', () => {
  it('dates a post in the blog’s zone from Ghost’s settings, not in UTC', () => {
    const summary = mapGhostSummary(ghostPost(), 'America/Los_Angeles');
    expect(summary).toMatchObject({ year: 2020, month: 9, slug: 'welcome' });
    expect(mapGhostSummary(ghostPost(), 'UTC')).toMatchObject({ year: 2020, month: 10 });
  });

  it('maps a post: primary author by slug, public tags only, Ghost’s excerpt and reading time', () => {
    expect(mapGhostSummary(ghostPost(), 'UTC')).toMatchObject({
      id: '5ddc9141c35e7700383b2937',
      title: 'Welcome',
      published: '2020-10-01T06:30:00.000+00:00',
      updated: '2020-10-01T06:30:00.000+00:00',
      author: { id: 'ana', displayName: 'Ana' },
      labels: ['Immigration'],
      excerpt: 'Hello there.',
      commentCount: 0,
      readingMinutes: 4,
    });
    const bare = mapGhostSummary(ghostPost({ excerpt: null, reading_time: 0, authors: [] }), 'UTC');
    expect(bare).toMatchObject({
      excerpt: 'Hello there.',
      readingMinutes: 1,
      author: { displayName: 'Unknown author' },
    });
    expect(mapGhostSummary(ghostPost({ custom_excerpt: 'Chosen words' }), 'UTC').excerpt).toBe(
      'Chosen words',
    );
  });

  it('reads settings: zone, locale (newer `locale` or older `lang`) and RSS', () => {
    expect(ghostTimeZone({ timezone: 'Europe/Berlin' })).toBe('Europe/Berlin');
    expect(ghostTimeZone({ timezone: 'Mars/Olympus' })).toBe('UTC');
    expect(ghostLocale({ locale: null, lang: 'de' })).toBe('de');
    expect(ghostLocale({ locale: 'en-gb', lang: 'en' })).toBe('en-GB');
    const blog = mapGhostBlog(
      {
        title: 'Ghost',
        description: null,
        lang: 'en',
        locale: null,
        timezone: 'Etc/UTC',
        url: 'https://g.example',
      },
      'ana',
    );
    expect(blog).toMatchObject({
      description: '',
      timeZone: 'Etc/UTC',
      mainAuthorId: 'ana',
      feeds: { rss: 'https://g.example/rss/' },
    });
  });

  it('builds a profile with links from website, twitter and facebook', () => {
    const author: GhostAuthor = {
      slug: 'ana',
      name: 'Ana',
      profile_image: 'https://g.example/ana.png',
      bio: 'Call (626) 555-0147.',
      location: 'Pasadena',
      website: 'https://ana.example',
      twitter: '@ana',
      facebook: 'ana.law',
      count: undefined,
    };
    expect(mapGhostProfile(author)).toMatchObject({
      id: 'ana',
      location: 'Pasadena',
      phone: '(626) 555-0147',
      photo: { url: 'https://g.example/ana.png' },
      links: [
        { title: 'ana.example', url: 'https://ana.example' },
        { title: '@ana', url: 'https://x.com/ana' },
        { title: 'Facebook', url: 'https://www.facebook.com/ana.law' },
      ],
    });
  });

  it('searches the listing’s titles and excerpts', () => {
    const entry = mapGhostIndexEntry(
      {
        id: '1',
        slug: 's',
        title: 'Heat Rules',
        published_at: '2020-01-01T00:00:00Z',
        custom_excerpt: null,
        excerpt: 'Water and SHADE',
      },
      'UTC',
    );
    expect(entry.text).toContain('heat rules');
    expect(entry.text).toContain('water and shade');
  });

  it('quotes NQL values so a label or author cannot break the filter', () => {
    expect(nqlString("o'brien")).toBe("'o\\'brien'");
    expect(parseNql(`author:${nqlString("o'brien")}+tag:x`)).toEqual([
      { field: 'author', op: '=', values: ["o'brien"] },
      { field: 'tag', op: '=', values: ['x'] },
    ]);
  });

  it('bounds a month in the blog’s zone, across daylight saving', () => {
    const { start, end } = periodBounds(2020, 3, 'America/Los_Angeles');
    expect(new Date(start).toISOString()).toBe('2020-03-01T08:00:00.000Z');
    expect(new Date(end).toISOString()).toBe('2020-04-01T07:00:00.000Z');
    const year = periodBounds(2020, undefined, 'Europe/Paris');
    expect(new Date(year.start).toISOString()).toBe('2019-12-31T23:00:00.000Z');
  });
});

describe('Ghost adapter over HTTP', () => {
  const SITE = 'http://ghost-mapping.test';
  const api = (key = DEMO_GHOST_KEY) =>
    createGhostApi({ url: SITE, key }, (input, init) => fetch(input, init));

  it('sends the key and Accept-Version on every request', async () => {
    const versions = new Set<string | null>();
    server.use(
      http.get(`${SITE}/ghost/api/content/*`, ({ request }) => {
        versions.add(request.headers.get('Accept-Version'));
      }),
      ...createGhostHandlers(demoData, SITE, { key: DEMO_GHOST_KEY }),
    );
    await expect(api().getBlog()).resolves.toMatchObject({ title: demoData.blog.title });
    expect([...versions]).toEqual(['v5.0']);
    await expect(api('wrong').getBlog()).rejects.toMatchObject({ status: 401, retryable: false });
  });

  it('never shows internal #tags as labels', async () => {
    server.use(...createGhostHandlers(demoData, SITE));
    const labels = (await api().listLabels()).map((l) => l.name);
    expect(labels.some((name) => name.startsWith('#'))).toBe(false);
    const page = await api().listPosts({ year: 2019, limit: 100 });
    expect(page.items.flatMap((p) => p.labels).some((name) => name.startsWith('#'))).toBe(false);
  });

  it('has no comments to read, and says so if asked to write one', async () => {
    server.use(...createGhostHandlers(demoData, SITE));
    expect(await api().listComments('x', {})).toEqual({ items: [], next: null, total: 0 });
    await expect(api().createComment('x', { parentId: null, authorName: '', html: 'Hi' })).rejects.toThrow(
      'This blog does not accept comments from here.',
    );
  });
});

/**
 * Answers as a real Ghost 5.130.4 sent them (tests/e2e/ghost.e2e.test.ts runs one), trimmed to one post:
 * the site zone's offset on every date, blocks with no newline between them, a two-paragraph quote
 * flattened to `<br><br>`, the post's tags in the order its author gave them (the tag list is in name
 * order), and fields Lectern does not read (threads, bluesky, …, og_*, access).
 */
describe('the Ghost adapter on what a real Ghost 5.130 sends', () => {
  const SITE = 'http://real-ghost.test';
  const KEY = '3c47bd7fb3e2480f80b34d4218';
  const author = {
    id: '6b0fc9d466df1d7d7ac0e9e9',
    name: 'Mira Solberg',
    slug: 'mira',
    profile_image: `${SITE}/content/images/2026/12/photo-mira.png`,
    cover_image: null,
    bio: 'Walks the coast at low water.',
    website: 'https://mira.example.org',
    location: 'Sylt',
    facebook: null,
    twitter: null,
    threads: null,
    bluesky: null,
    mastodon: null,
    tiktok: null,
    youtube: null,
    instagram: null,
    linkedin: null,
    meta_title: null,
    meta_description: null,
    url: `${SITE}/author/mira/`,
  };
  const tag = (name: string, slug: string) => ({
    id: `6b0fc9d566df1d7d7ac0e9${slug.length}0`,
    name,
    slug,
    description: null,
    feature_image: null,
    visibility: name.startsWith('#') ? 'internal' : 'public',
    og_image: null,
    meta_title: null,
    accent_color: null,
    url: `${SITE}/tag/${slug}/`,
  });
  const post = {
    id: '6b0fc9d566df1d7d7ac0e9ef',
    uuid: '4460c48b-bf44-43e2-b1f6-1a4ff933dee2',
    title: 'Salt & spray: Mira’s “low-tide” loop',
    slug: 'salt-spray-miras-low-tide-loop',
    html: '<p>Out along the sandbar.</p><blockquote>The sea keeps its own calendar.<br><br>We only print the guesses.</blockquote><p>Back by the dyke.</p>',
    comment_id: '6b0fc9d566df1d7d7ac0e9ef',
    feature_image: null,
    featured: false,
    visibility: 'public',
    created_at: '2026-12-02T08:33:10.000+01:00',
    updated_at: '2026-12-02T08:33:10.000+01:00',
    // 23:30 on 28 February in UTC.
    published_at: '2025-03-01T00:30:00.000+01:00',
    custom_excerpt: null,
    codeinjection_head: null,
    canonical_url: null,
    authors: [author],
    tags: [tag('Walks', 'walks'), tag('Tides', 'tides'), tag('#import', 'hash-import')],
    primary_author: author,
    primary_tag: tag('Walks', 'walks'),
    url: `${SITE}/salt-spray-miras-low-tide-loop/`,
    excerpt:
      'Out along the sandbar.\n\nThe sea keeps its own calendar.\n\nWe only print the guesses.\n\nBack by the dyke.',
    reading_time: 0,
    access: true,
    comments: false,
    og_image: null,
    email_subject: null,
    frontmatter: null,
    feature_image_alt: null,
    feature_image_caption: null,
  };
  const pagination = (total: number) => ({
    pagination: { page: 1, limit: 100, pages: 1, total, next: null, prev: null },
  });
  const settings = {
    title: 'Tide Tables & Teacups',
    description: 'Coastal walks',
    logo: null,
    icon: null,
    accent_color: '#FF1A75',
    cover_image: 'https://static.ghost.org/v5.0.0/images/publication-cover.jpg',
    facebook: 'ghost',
    twitter: '@ghost',
    locale: 'en',
    timezone: 'Europe/Berlin',
    navigation: [{ label: 'Home', url: '/' }],
    members_enabled: true,
    comments_enabled: 'off',
    labs: {},
    site_uuid: '2824dfa1-a0a2-4757-9374-8858818381b1',
    lang: 'en',
    url: `${SITE}/`,
    version: '5.130',
  };
  const index = (id: string, slug: string, title: string, published_at: string) => ({
    id,
    slug,
    title,
    published_at,
    custom_excerpt: null,
    excerpt: title,
  });

  function realGhost() {
    const api = `${SITE}/ghost/api/content`;
    server.use(
      http.get(`${api}/settings/`, () => HttpResponse.json({ settings, meta: {} })),
      http.get(`${api}/posts/slug/:slug/`, () => HttpResponse.json({ posts: [post] })),
      http.get(`${api}/posts/`, () =>
        HttpResponse.json({
          posts: [
            index(
              '6b0fc9d566df1d7d7ac0e9f1',
              'lapsang-by-the-fire',
              'Lapsang by the fire',
              '2025-03-15T09:20:00.000+01:00',
            ),
            index(post.id, post.slug, post.title, post.published_at),
            index(
              '6b0fc9d566df1d7d7ac0e9f2',
              'mending-a-samovar-tap',
              'Mending a samovar tap',
              '2025-01-05T11:00:00.000+01:00',
            ),
          ],
          meta: pagination(3),
        }),
      ),
      // In name order, with Ghost's counts; tags without published posts are not listed.
      http.get(`${api}/tags/`, () =>
        HttpResponse.json({
          tags: [
            { ...tag('Tea', 'tea'), count: { posts: 5 } },
            { ...tag('Tides', 'tides'), count: { posts: 6 } },
            { ...tag('Tools & Fixes', 'tools-fixes'), count: { posts: 3 } },
          ],
          meta: pagination(3),
        }),
      ),
      http.get(`${api}/authors/slug/:slug/`, () => HttpResponse.json({ authors: [author] })),
      // Staff without published posts are left out of the list, though its total counts them.
      http.get(`${api}/authors/`, () =>
        HttpResponse.json({
          authors: [
            {
              ...author,
              id: '6b0fc9d466df1d7d7ac0e9ea',
              name: 'Tomas Eng',
              slug: 'tomas',
              count: { posts: 5 },
            },
            { ...author, count: { posts: 7 } },
          ],
          meta: pagination(3),
        }),
      ),
    );
    return createGhostApi({ url: SITE, key: KEY }, (input, init) => fetch(input, init));
  }

  it('files a post under its month in the site’s zone, from a date written with that zone’s offset', async () => {
    const read = await realGhost().getPost({ year: 2025, month: 3, slug: post.slug });
    expect(read).toMatchObject({
      year: 2025,
      month: 3,
      title: 'Salt & spray: Mira’s “low-tide” loop',
      published: '2025-03-01T00:30:00.000+01:00',
      author: { id: 'mira', displayName: 'Mira Solberg' },
      newer: { slug: 'lapsang-by-the-fire', year: 2025, month: 3 },
      older: { slug: 'mending-a-samovar-tap', year: 2025, month: 1 },
    });
    expect(Date.parse(read.published)).toBe(Date.parse('2025-02-28T23:30:00Z'));
  });

  it('keeps the tags in the author’s order (the first is Ghost’s primary tag), leaving out internal ones', async () => {
    const read = await realGhost().getPost({ year: 2025, month: 3, slug: post.slug });
    expect(read.labels).toEqual(['Walks', 'Tides']);
  });

  it('keeps the flattened quote as Ghost sends it, and takes the excerpt’s words apart at each block', async () => {
    const read = await realGhost().getPost({ year: 2025, month: 3, slug: post.slug });
    expect(read.html).toBe(post.html);
    expect(read.excerpt).toBe(
      'Out along the sandbar. The sea keeps its own calendar. We only print the guesses. Back by the dyke.',
    );
    // reading_time 0 (a short post) is not shown as "0 min read".
    expect(read.readingMinutes).toBe(1);
  });

  it('reads settings, tags and a profile with fields it does not know', async () => {
    const api = realGhost();
    await expect(api.getBlog()).resolves.toMatchObject({
      title: 'Tide Tables & Teacups',
      timeZone: 'Europe/Berlin',
      locale: 'en',
      url: `${SITE}/`,
      mainAuthorId: 'mira',
    });
    expect(await api.listLabels()).toEqual([
      { name: 'Tea', count: 5 },
      { name: 'Tides', count: 6 },
      { name: 'Tools & Fixes', count: 3 },
    ]);
    await expect(api.getAuthor('mira')).resolves.toMatchObject({
      displayName: 'Mira Solberg',
      location: 'Sylt',
      photo: { url: `${SITE}/content/images/2026/12/photo-mira.png` },
      links: [{ title: 'mira.example.org', url: 'https://mira.example.org' }],
    });
  });
});

describe('the Ghost mock speaks as a real Ghost does', () => {
  it('writes dates in the site’s zone with its offset, across daylight saving', () => {
    expect(ghostDate('2025-02-28T23:30:00Z', 'Europe/Berlin')).toBe('2025-03-01T00:30:00.000+01:00');
    expect(ghostDate('2025-06-21T04:05:00Z', 'Europe/Berlin')).toBe('2025-06-21T06:05:00.000+02:00');
    expect(ghostDate('2020-09-25T09:30:00-07:00', 'America/Los_Angeles')).toBe(
      '2020-09-25T09:30:00.000-07:00',
    );
    expect(ghostDate('2020-01-01T00:00:00Z', 'UTC')).toBe('2020-01-01T00:00:00.000+00:00');
  });

  it('joins blocks without newlines and flattens a quote’s paragraphs', () => {
    expect(ghostHtml('<p>One</p>\n<blockquote><p>q1</p><p>q2</p></blockquote>\n<p>Two</p>')).toBe(
      '<p>One</p><blockquote>q1<br><br>q2</blockquote><p>Two</p>',
    );
    // Code keeps its lines.
    expect(ghostHtml('<pre><code>a\n  b</code></pre>\n<p>x</p>')).toBe(
      '<pre><code>a\n  b</code></pre><p>x</p>',
    );
  });

  it('sends the demo posts’ dates with the blog’s offset', async () => {
    const SITE = 'http://ghost-mock-dates.test';
    server.use(...createGhostHandlers(demoData, SITE));
    const response = await fetch(`${SITE}/ghost/api/content/posts/?key=k&limit=1`);
    const { posts } = (await response.json()) as { posts: { published_at: string }[] };
    expect(posts[0]?.published_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000[+-]0[78]:00$/);
  });
});
