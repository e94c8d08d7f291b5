import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  createJsonFeedApi,
  feedSlug,
  mapFeed,
  mapFeedItem,
  type FeedItem,
  type JsonFeed,
} from '../../src/api/adapters/json-feed';
import { InvalidResponseError } from '../../src/api/errors';
import { server } from '../../mocks/node';

function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 'https://b.example/2020/09/hello-world.html',
    url: 'https://b.example/2020/09/hello-world.html',
    title: 'Hello &amp; welcome',
    content_html: '<p>First <b>post</b>.</p>',
    content_text: undefined,
    summary: undefined,
    date_published: '2020-09-30T23:30:00-07:00',
    date_modified: undefined,
    authors: [{ name: 'Ana Ruiz', url: 'https://ana.example/', avatar: 'https://b.example/ana.png' }],
    author: undefined,
    tags: ['News'],
    ...overrides,
  };
}

function feed(items: FeedItem[], overrides: Partial<JsonFeed> = {}): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'B',
    home_page_url: 'https://b.example/',
    feed_url: 'https://b.example/feed.json',
    description: undefined,
    language: undefined,
    authors: undefined,
    author: undefined,
    next_url: undefined,
    items,
    ...overrides,
  };
}

describe('JSON Feed mapping', () => {
  it('takes the slug from the item’s url, else its id, else its title', () => {
    expect(feedSlug(item())).toBe('hello-world');
    expect(feedSlug({ url: 'https://b.example/posts/my-post/', id: '1', title: undefined })).toBe('my-post');
    expect(feedSlug({ url: undefined, id: 'https://b.example/?p=42', title: 'A title' })).toBe('a-title');
    expect(feedSlug({ url: 'https://b.example/2020/09/1234', id: '1234', title: 'Numbers only' })).toBe(
      'numbers-only',
    );
  });

  it('dates a post as written, in the publisher’s own offset', () => {
    expect(mapFeedItem(item(), undefined)).toMatchObject({
      year: 2020,
      month: 9,
      slug: 'hello-world',
      title: 'Hello & welcome',
      author: { id: 'ana-ruiz', displayName: 'Ana Ruiz' },
      labels: ['News'],
      excerpt: 'First post.',
      html: '<p>First <b>post</b>.</p>',
      updated: '2020-09-30T23:30:00-07:00',
      commentCount: 0,
    });
  });

  it('fills what the format leaves optional', () => {
    const textOnly = mapFeedItem(
      item({
        title: undefined,
        content_html: undefined,
        content_text: 'A short note\n\nwith <two> paragraphs',
        tags: [],
      }),
      undefined,
    );
    expect(textOnly).toMatchObject({
      title: 'A short note with <two> paragraphs',
      html: '<p>A short note</p>\n<p>with &lt;two&gt; paragraphs</p>',
    });
    expect(mapFeedItem(item({ summary: 'Chosen words' }), undefined)?.excerpt).toBe('Chosen words');
    // JSON Feed 1.0's single `author`, then the feed's author, name the writer.
    expect(
      mapFeedItem(
        item({ authors: undefined, author: { name: 'Old Style', url: undefined, avatar: undefined } }),
        undefined,
      )?.author.id,
    ).toBe('old-style');
    expect(
      mapFeedItem(item({ authors: undefined }), { name: 'Feed Owner', url: undefined, avatar: undefined })
        ?.author.displayName,
    ).toBe('Feed Owner');
    // An item without any date has no place in a dated blog.
    expect(mapFeedItem(item({ date_published: undefined }), undefined)).toBeNull();
    expect(
      mapFeedItem(item({ date_published: undefined, date_modified: '2021-02-03T04:05:06Z' }), undefined)
        ?.month,
    ).toBe(2);
  });

  it('orders, de-duplicates and links the posts of every page, each path naming one post', () => {
    const a = item({
      id: 'a',
      url: 'https://b.example/2020/09/same.html',
      date_published: '2020-09-01T10:00:00Z',
    });
    const b = item({
      id: 'b',
      url: 'https://b.example/other/same.html',
      date_published: '2020-09-02T10:00:00Z',
    });
    const c = item({ id: 'c', url: 'https://b.example/c.html', date_published: '2020-10-02T10:00:00Z' });
    const loaded = mapFeed([feed([a, b]), feed([b, c])], 'https://b.example/feed.json');
    expect(loaded.posts.map((p) => [p.id, p.slug])).toEqual([
      ['c', 'c'],
      ['b', 'same'],
      ['a', 'same-2'],
    ]);
    expect(loaded.posts[1]).toMatchObject({ newer: { slug: 'c' }, older: { slug: 'same-2' } });
  });

  it('describes the blog: language, the guessed zone, the feed’s author as the main one', () => {
    const owner = { name: 'Feed Owner', url: undefined, avatar: undefined };
    const loaded = mapFeed(
      [
        feed(
          [
            item({ date_published: '2024-01-10T10:00:00+01:00' }),
            item({ id: 'x', date_published: '2023-07-10T10:00:00+02:00' }),
          ],
          { language: 'de-DE', description: 'Notizen', authors: [owner] },
        ),
      ],
      '/feed.json',
    );
    expect(loaded.blog).toMatchObject({
      title: 'B',
      description: 'Notizen',
      locale: 'de-DE',
      // The first zone whose offsets match every date: Ceuta keeps the same EU summer time as Berlin.
      timeZone: 'Africa/Ceuta',
      mainAuthorId: 'feed-owner',
      feeds: { json: 'https://b.example/feed.json' },
    });
    expect(loaded.profiles.get('ana-ruiz')).toMatchObject({
      displayName: 'Ana Ruiz',
      photo: { url: 'https://b.example/ana.png' },
      links: [{ title: 'ana.example', url: 'https://ana.example/' }],
    });
  });
});

describe('JSON Feed adapter over HTTP', () => {
  const FEED = 'http://feed-mapping.test/blog/feed.json';
  const api = () => createJsonFeedApi({ url: FEED, maxPages: 3 }, (input, init) => fetch(input, init));

  it('follows relative next_url links, and stops at a loop', async () => {
    let requests = 0;
    server.use(
      http.get(FEED, ({ request }) => {
        requests += 1;
        const page = new URL(request.url).searchParams.get('page') ?? '1';
        const entry = {
          id: `p${page}`,
          title: `Page ${page}`,
          content_html: '<p>x</p>',
          date_published: `2020-0${page}-01T00:00:00Z`,
        };
        // Page 2 points back to page 1: the adapter must not go round for ever.
        const next = page === '1' ? 'feed.json?page=2' : 'feed.json';
        return HttpResponse.json({
          version: 'https://jsonfeed.org/version/1',
          title: 'T',
          next_url: next,
          items: [entry],
        });
      }),
    );
    const posts = await api().listPosts({});
    expect(posts.items.map((p) => p.title)).toEqual(['Page 2', 'Page 1']);
    expect(requests).toBe(2);
  });

  it('searches only what the feed holds, and says nothing of the rest', async () => {
    server.use(
      http.get(FEED, () =>
        HttpResponse.json({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'T',
          items: [
            {
              id: '1',
              title: 'Heat rules',
              content_text: 'Water and shade.',
              date_published: '2020-01-01T00:00:00Z',
            },
            { id: '2', title: 'Other', content_text: 'More WATER.', date_published: '2020-02-01T00:00:00Z' },
          ],
        }),
      ),
    );
    expect((await api().listPosts({ query: 'water' })).items.map((p) => p.id)).toEqual(['2', '1']);
    expect((await api().listPosts({ query: 'heat' })).items.map((p) => p.id)).toEqual(['1']);
  });

  it('a JSON file that is not a feed names the field at fault', async () => {
    server.use(http.get(FEED, () => HttpResponse.json({ title: 'Not a feed', items: [] })));
    const error: unknown = await api()
      .getBlog()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ field: 'version' });
  });
});
