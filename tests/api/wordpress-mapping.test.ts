import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createWordPressApi } from '../../src/api/adapters/wordpress';
import {
  mapWpBlog,
  mapWpComment,
  mapWpProfile,
  mapWpSummary,
  wpCommentError,
  wpPathOf,
  wpTimeZone,
} from '../../src/api/adapters/wordpress/map';
import type { WpPost } from '../../src/api/adapters/wordpress/wire';
import { decodeEntities, htmlToText } from '../../src/lib/html-text';
import { ApiError, ValidationError } from '../../src/api/errors';
import { demoData } from '../../mocks/data/index';
import { createWordPressHandlers, texturize } from '../../mocks/handlers/wordpress';
import { server } from '../../mocks/node';

function wpPost(overrides: Partial<WpPost> = {}): WpPost {
  return {
    id: 42,
    date: '2020-09-30T22:30:00',
    date_gmt: '2020-10-01T05:30:00Z',
    modified_gmt: undefined,
    slug: 'a-post',
    title: { rendered: 'Tom &#038; Jerry&#8217;s &#8220;day&#8221; &hellip; &lt;b&gt;' },
    content: {
      rendered: '<p>One <b>two</b></p><figure><img src="x"><figcaption>© Credit</figcaption></figure>',
      protected: false,
    },
    author: 3,
    sticky: false,
    comment_status: 'open',
    _embedded: {
      author: [{ id: 3, name: 'Ana' }],
      'wp:term': [
        [{ id: 2, name: 'Wage &amp; Hour', taxonomy: 'category', count: 1 }],
        [{ id: 9, name: 'Visas', taxonomy: 'post_tag', count: 4 }],
      ],
    },
    ...overrides,
  };
}

describe('WordPress text', () => {
  it('decodes the entities WordPress writes in titles, named and numeric', () => {
    expect(
      decodeEntities('Tom &#038; Jerry&#8217;s &#x201C;day&#x201D; &hellip; &eacute;t&eacute; &nbsp;'),
    ).toBe('Tom & Jerry’s “day” … été \u00a0');
    expect(decodeEntities('&unknown; &#0; &#xD800; & alone')).toBe('&unknown; \ufffd \ufffd & alone');
  });

  it('reads text out of HTML without a DOM: no tags, scripts, comments or captions', () => {
    expect(
      htmlToText('<p>A&amp;B</p><script>x()</script><!-- c --><figcaption>cap</figcaption> <em>c</em>'),
    ).toBe('A&B c');
  });

  it('the mock texturizes titles as WordPress does', () => {
    expect(texturize(`Tom & Jerry's "day"`)).toBe('Tom &#038; Jerry&#8217;s &#8220;day&#8221;');
  });
});

describe('WordPress mapping', () => {
  it('dates a post in the site’s zone, from `date`, and keeps the instant from `date_gmt`', () => {
    const summary = mapWpSummary(wpPost(), 3);
    expect(summary).toMatchObject({
      year: 2020,
      month: 9,
      slug: 'a-post',
      id: '42',
      published: '2020-10-01T05:30:00Z',
      updated: '2020-10-01T05:30:00Z',
      title: 'Tom & Jerry’s “day” … <b>',
      author: { id: '3', displayName: 'Ana' },
      labels: ['Wage & Hour', 'Visas'],
      excerpt: 'One two',
      commentCount: 3,
      readingMinutes: 1,
    });
  });

  it('copes with an author the site hides and a percent-encoded slug', () => {
    const hidden = wpPost({
      slug: 'caf%c3%a9',
      _embedded: { author: [{ id: undefined, name: undefined }], 'wp:term': [] },
    });
    expect(mapWpSummary(hidden, 0)).toMatchObject({
      slug: 'café',
      author: { displayName: 'Unknown author' },
      labels: [],
    });
    expect(wpPathOf({ date: '2021-01-01T00:10:00', slug: 'x' })).toEqual({ year: 2021, month: 1, slug: 'x' });
  });

  it('takes the site’s named zone, else its whole-hour offset', () => {
    expect(wpTimeZone({ timezone_string: 'Europe/Paris', gmt_offset: 1 })).toBe('Europe/Paris');
    expect(wpTimeZone({ timezone_string: '', gmt_offset: -5 })).toBe('Etc/GMT+5');
    expect(wpTimeZone({ timezone_string: '', gmt_offset: 5.5 })).toBe('UTC');
    const blog = mapWpBlog(
      {
        name: 'A &amp; B',
        description: 'Notes',
        home: 'https://b.example/',
        url: undefined,
        gmt_offset: 0,
        timezone_string: 'UTC',
        language: '',
      },
      '1',
    );
    expect(blog).toMatchObject({
      title: 'A & B',
      url: 'https://b.example/',
      mainAuthorId: '1',
      feeds: { rss: 'https://b.example/feed/', atom: 'https://b.example/feed/atom/' },
    });
  });

  it('reads the site language Lectern’s plugin names in the index, else says en-US', () => {
    const site = {
      name: 'B',
      description: '',
      gmt_offset: 0,
      timezone_string: 'UTC',
      home: undefined,
      url: undefined,
    };
    expect(mapWpBlog({ ...site, language: 'de-DE' }, undefined).locale).toBe('de-DE');
    expect(mapWpBlog({ ...site, language: 'he_IL' }, undefined).locale).toBe('he-IL');
    expect(mapWpBlog({ ...site, language: '' }, undefined).locale).toBe('en-US');
    expect(mapWpBlog({ ...site, language: 'not a tag!' }, undefined).locale).toBe('en-US');
  });

  it('threads comments by parent (0 is none) and reads held comments as pending', () => {
    const base = {
      id: 7,
      post: 42,
      parent: 0,
      author_name: '',
      author_url: '',
      date_gmt: '2020-10-01T05:30:00Z',
      content: { rendered: '<p>Hi</p>' },
      status: 'approved',
      type: 'comment',
      author_avatar_urls: undefined,
    };
    expect(mapWpComment(base)).toEqual({
      id: '7',
      postId: '42',
      parentId: null,
      author: { name: 'Anonymous', url: null },
      published: '2020-10-01T05:30:00Z',
      html: '<p>Hi</p>',
      status: 'published',
    });
    expect(mapWpComment({ ...base, parent: 5, status: 'hold' })).toMatchObject({
      parentId: '5',
      status: 'pending',
    });
  });

  it('builds a profile from a user, finding the phone and email in the bio', () => {
    const profile = mapWpProfile({
      id: 3,
      name: 'Ana',
      url: 'https://ana.example/',
      description: 'Call (626) 555-0147 or write to ana@law.example.',
      avatar_urls: { '96': 'https://gravatar.example/a?s=96', '48': undefined },
    });
    expect(profile).toMatchObject({
      id: '3',
      photo: { url: 'https://gravatar.example/a?s=96', width: 96, height: 96 },
      phone: '(626) 555-0147',
      email: 'ana@law.example',
      links: [{ title: 'ana.example', url: 'https://ana.example/' }],
    });
  });

  it('words WordPress’s comment refusals for the reader', () => {
    const http401 = new ApiError('refused', { kind: 'http', status: 401 });
    const refused = wpCommentError(http401, 'rest_comment_login_required') as ApiError;
    expect(refused.message).toBe('This blog does not accept comments from here.');
    expect(refused).toMatchObject({ status: 401, retryable: false });
    const empty = wpCommentError(
      new ApiError('x', { kind: 'http', status: 400 }),
      'rest_comment_content_invalid',
    );
    expect(empty).toBeInstanceOf(ValidationError);
    expect(empty).toMatchObject({ field: 'html' });
    expect(wpCommentError(http401, 'something_else')).toBe(http401);
  });
});

describe('WordPress adapter over HTTP', () => {
  const SITE = 'http://wp-mapping.test';
  const api = () => createWordPressApi({ url: `${SITE}/` }, (input, init) => fetch(input, init));

  it('a site that refuses anonymous REST comments says so plainly', async () => {
    server.use(...createWordPressHandlers(demoData, SITE));
    const error: unknown = await api()
      .createComment('100', { parentId: null, authorName: 'Dana', html: 'Hello' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'This blog does not accept comments from here.', status: 401 });
  });

  it('a comment held for moderation comes back pending', async () => {
    server.use(...createWordPressHandlers(demoData, SITE, { anonymousComments: true, moderate: true }));
    const created = await api().createComment('100', { parentId: null, authorName: 'Dana', html: 'Hello' });
    expect(created).toMatchObject({ postId: '100', status: 'pending', author: { name: 'Dana' } });
  });

  it('pages on without X-WP-TotalPages (a proxy may strip it) until a short page', async () => {
    server.use(
      http.get(`${SITE}/wp-json/wp/v2/posts`, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        const post = (id: number) => ({
          id,
          date: '2020-01-01T00:00:00',
          date_gmt: '2020-01-01T00:00:00',
          slug: `p${id}`,
          title: { rendered: `P${id}` },
          content: { rendered: '' },
        });
        return HttpResponse.json(page === 1 ? [post(1), post(2)] : [post(3)]);
      }),
      http.get(`${SITE}/wp-json/wp/v2/comments`, () => HttpResponse.json([])),
    );
    const first = await api().listPosts({ limit: 2 });
    expect(first).toMatchObject({ next: 'p2', total: undefined });
    expect(await api().listPosts({ limit: 2, cursor: first.next })).toMatchObject({ next: null });
  });

  it('counts comments for a page of posts in one listing', async () => {
    server.use(...createWordPressHandlers(demoData, SITE));
    const posts = (await api().listPosts({ limit: 100 })).items;
    const busiest = posts.find((p) => p.title.startsWith('Noncompete agreements'));
    expect(busiest?.commentCount).toBe(
      demoData.comments.filter((c) => c.postId === 'post-2023-12-05').length,
    );
  });
});
