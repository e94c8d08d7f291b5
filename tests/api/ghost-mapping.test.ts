import { http } from 'msw';
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
import { createGhostHandlers, DEMO_GHOST_KEY, parseNql } from '../../mocks/handlers/ghost';
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
