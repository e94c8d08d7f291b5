import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBloggerApi } from '../../src/api/adapters/blogger';
import {
  bloggerImage,
  bloggerLocale,
  bloggerPathOf,
  mapBloggerBlog,
  mapBloggerComment,
  mapBloggerProfile,
  mapBloggerSummary,
} from '../../src/api/adapters/blogger/map';
import type { BloggerAuthor, BloggerPost } from '../../src/api/adapters/blogger/wire';
import { walkFiltered } from '../../src/api/adapters/paging';
import { guessTimeZone } from '../../src/api/adapters/time-zones';
import { demoData } from '../../mocks/data/index';
import { createBloggerHandlers, DEMO_BLOGGER_BLOG_ID } from '../../mocks/handlers/blogger';
import { server } from '../../mocks/node';

const author: BloggerAuthor = {
  id: '0123',
  displayName: 'Ana',
  url: 'https://www.blogger.com/profile/0123',
  image: { url: '//blogger.googleusercontent.com/img/ana.png' },
};

function bloggerPost(overrides: Partial<BloggerPost> = {}): BloggerPost {
  return {
    id: '7001',
    url: 'https://ana.blogspot.com/2020/09/tip-pooling.html',
    title: 'Tips &amp; service charges',
    published: '2020-09-30T23:30:00-07:00',
    updated: undefined,
    content: '<p>Who keeps the <b>tips</b>?</p>',
    author,
    labels: ['Wage and Hour'],
    replies: { totalItems: 3 },
    readerComments: undefined,
    ...overrides,
  };
}

describe('Blogger mapping', () => {
  it('takes Lectern’s path from the post’s own Blogger url', () => {
    expect(bloggerPathOf(bloggerPost())).toEqual({ year: 2020, month: 9, slug: 'tip-pooling' });
    // A custom domain keeps the same path shape.
    expect(bloggerPathOf(bloggerPost({ url: 'https://blog.example/2019/01/hello.html' }))).toMatchObject({
      year: 2019,
      slug: 'hello',
    });
  });

  it('falls back to the written date and the title when a url has no Blogger path', () => {
    expect(bloggerPathOf(bloggerPost({ url: '' }))).toEqual({
      year: 2020,
      month: 9,
      slug: 'tips-amp-service-charges',
    });
  });

  it('maps a post: string counts, entities in titles, plain-text excerpt', () => {
    expect(mapBloggerSummary(bloggerPost())).toMatchObject({
      id: '7001',
      title: 'Tips & service charges',
      published: '2020-09-30T23:30:00-07:00',
      updated: '2020-09-30T23:30:00-07:00',
      author: { id: '0123', displayName: 'Ana' },
      labels: ['Wage and Hour'],
      excerpt: 'Who keeps the tips?',
      commentCount: 3,
    });
    expect(mapBloggerSummary(bloggerPost({ replies: undefined, labels: [] })).commentCount).toBe(0);
  });

  it('makes protocol-relative avatars absolute', () => {
    expect(bloggerImage('//x.example/a.png')).toBe('https://x.example/a.png');
    expect(bloggerImage('/demo/a.svg')).toBe('/demo/a.svg');
    expect(bloggerImage(undefined)).toBeNull();
  });

  it('reads the locale, and guesses the zone from the offsets the dates are written with', () => {
    expect(bloggerLocale({ language: 'pt', country: 'BR' })).toBe('pt-BR');
    expect(bloggerLocale({ language: '', country: '' })).toBe('en-US');
    expect(bloggerLocale(undefined)).toBe('en-US');
    const blog = mapBloggerBlog(
      { name: 'Ana &amp; Co', description: '<p>Law</p>', url: 'https://ana.blogspot.com', locale: undefined },
      [
        { published: '2024-01-10T10:00:00-08:00', author },
        { published: '2023-07-10T10:00:00-07:00', author },
        { published: '2023-07-09T10:00:00-07:00', author: { ...author, id: '0999' } },
      ],
    );
    expect(blog).toMatchObject({
      title: 'Ana & Co',
      description: 'Law',
      timeZone: 'America/Los_Angeles',
      mainAuthorId: '0123',
      url: 'https://ana.blogspot.com/',
      feeds: { atom: 'https://ana.blogspot.com/feeds/posts/default' },
    });
  });

  it('guesses a fixed offset when every sample has the same one, and UTC when there are none', () => {
    expect(guessTimeZone(['2024-01-10T10:00:00+05:00', '2023-07-10T10:00:00+05:00'])).toBe('Etc/GMT-5');
    expect(guessTimeZone(['2024-01-10T10:00:00+05:30'])).toBe('UTC');
    expect(guessTimeZone([])).toBe('UTC');
  });

  it('threads comments with inReplyTo; the commenter’s image (protocol-relative) is their avatar', () => {
    const comment = {
      id: '9',
      published: '2020-10-01T08:00:00-07:00',
      content: 'Yes',
      author: { ...author, url: undefined },
      inReplyTo: undefined,
    };
    expect(mapBloggerComment(comment, '7001')).toEqual({
      id: '9',
      postId: '7001',
      parentId: null,
      author: { name: 'Ana', url: null, avatarUrl: 'https://blogger.googleusercontent.com/img/ana.png' },
      published: '2020-10-01T08:00:00-07:00',
      html: 'Yes',
      status: 'published',
    });
    expect(mapBloggerComment({ ...comment, inReplyTo: { id: '8' } }, '7001').parentId).toBe('8');
    const faceless = { ...comment, author: { ...comment.author, image: { url: 'javascript:alert(1)' } } };
    expect(mapBloggerComment(faceless, '7001').author).toEqual({ name: 'Ana', url: null });
    // Blogger's "no photo" is a blank 1×1 GIF: no avatar rather than an invisible one.
    const blank = {
      ...comment,
      author: { ...comment.author, image: { url: '//resources.blogblog.com/img/blank.gif' } },
    };
    expect(mapBloggerComment(blank, '7001').author).toEqual({ name: 'Ana', url: null });
  });

  it('builds a profile from users/{id} and the author the posts name; photo from the posts', () => {
    const full = mapBloggerProfile(
      '0123',
      { displayName: 'Ana V.', about: 'Write to ana@law.example', url: undefined },
      author,
    );
    expect(full).toMatchObject({
      displayName: 'Ana V.',
      email: 'ana@law.example',
      photo: { url: 'https://blogger.googleusercontent.com/img/ana.png' },
    });
    expect(mapBloggerProfile('0123', null, author)).toMatchObject({ displayName: 'Ana', about: '' });
  });
});

describe('filtering pages as they come (Blogger has no author filter)', () => {
  const pages: Record<string, { items: number[]; next: string | null }> = {
    '': { items: [1, 2, 3, 4], next: 'b' },
    b: { items: [5, 6, 7, 8], next: 'c' },
    c: { items: [9, 10], next: null },
  };
  const fetchPage = async (token: string | null) => pages[token ?? ''] ?? { items: [], next: null };
  const even = (n: number) => n % 2 === 0;

  it('resumes inside a backend page and ends with the last match', async () => {
    const first = await walkFiltered(fetchPage, even, null, 3);
    expect(first).toEqual({ items: [2, 4, 6], next: '2.b' });
    expect(await walkFiltered(fetchPage, even, first.next, 3)).toEqual({ items: [8, 10], next: null });
  });

  it('refuses a cursor it did not make', async () => {
    await expect(walkFiltered(fetchPage, even, 'garbage', 3)).rejects.toMatchObject({ status: 400 });
  });
});

describe('Blogger adapter over HTTP', () => {
  const ROOT = 'http://blogger-mapping.test/v3';
  const api = () =>
    createBloggerApi({ blogId: DEMO_BLOGGER_BLOG_ID, key: 'k', url: ROOT }, (input, init) =>
      fetch(input, init),
    );

  it('sends the key with every request (Google refuses calls without one)', async () => {
    server.use(...createBloggerHandlers(demoData, ROOT));
    const noKey = createBloggerApi({ blogId: DEMO_BLOGGER_BLOG_ID, key: '', url: ROOT }, (input, init) =>
      fetch(input, init),
    );
    await expect(noKey.getBlog()).rejects.toMatchObject({ status: 403 });
    await expect(api().getBlog()).resolves.toMatchObject({ title: demoData.blog.title });
  });

  it('still shows a profile when Google refuses users/{id} to an API key', async () => {
    server.use(
      http.get(`${ROOT}/users/:id`, () =>
        HttpResponse.json({ error: { code: 403, message: 'Forbidden' } }, { status: 403 }),
      ),
      ...createBloggerHandlers(demoData, ROOT),
    );
    const [post] = (await api().listPosts({ limit: 1 })).items;
    const profile = await api().getAuthor(post?.author.id ?? '');
    expect(profile).toMatchObject({ displayName: post?.author.displayName, about: '' });
    expect(profile.photo?.url).toMatch(/\.svg$/);
  });

  it('an empty list leaves `items` out: that is no posts, not a malformed answer', async () => {
    server.use(...createBloggerHandlers(demoData, ROOT));
    await expect(api().listPosts({ year: 2001 })).resolves.toEqual({ items: [], next: null });
  });
});
