import { http, HttpResponse } from 'msw';
import type { DemoData } from '../backend/native-backend';
import { contains, demoEntries, type DemoEntry } from './demo-wire';

/**
 * The demo blog as the Blogger API v3 answers it, with its quirks: 64-bit ids and counts as strings
 * (`"replies": { "totalItems": "3" }`), empty lists and absent labels left out of the JSON, opaque
 * `pageToken`s, dates with the blog's offset, a post's path only in its `url`, a key on every request,
 * and Google's error body `{ error: { code, message, errors, status } }`.
 */

export const DEMO_BLOGGER_BLOG_ID = '4317802241093748112';

export type BloggerMockOptions = { blogId?: string };

function googleError(code: number, message: string, status: string) {
  return HttpResponse.json(
    {
      error: { code, message, errors: [{ message, domain: 'global', reason: status.toLowerCase() }], status },
    },
    { status: code },
  );
}

const token = (offset: number) => btoa(`CgkIChi${offset}`).replace(/=+$/, '');
const offsetOf = (raw: string | null) => (raw ? Number(/\d+$/.exec(atob(raw))?.[0] ?? NaN) : 0);

export function createBloggerHandlers(
  data: DemoData,
  base = '*/blogger/v3',
  options: BloggerMockOptions = {},
) {
  const blogId = options.blogId ?? DEMO_BLOGGER_BLOG_ID;
  const blogUrl = 'https://arroyo-docket.blogspot.com/';
  const entries = demoEntries(data);
  // Blogger profile ids are 20-digit numbers.
  const userId = new Map(data.authors.map((a, i) => [a.id, `0${i + 1}`.padEnd(20, '4')]));
  const postId = (e: DemoEntry) => `74${String(e.serial).padStart(3, '0')}812930467`;
  const self = (path: string) => `https://www.googleapis.com/blogger/v3/blogs/${blogId}${path}`;

  function author(id: string) {
    const a = data.authors.find((x) => x.id === id);
    const uid = userId.get(id) ?? '0';
    return {
      id: uid,
      displayName: a?.displayName ?? 'Unknown',
      url: `https://www.blogger.com/profile/${uid}`,
      image: { url: a?.photo.url ?? '//www.blogger.com/img/blogger_logo_round_35.png' },
    };
  }

  function postJson(e: DemoEntry, bodies: boolean) {
    const id = postId(e);
    return {
      kind: 'blogger#post',
      id,
      blog: { id: blogId },
      published: e.post.published,
      updated: e.post.updated ?? e.post.published,
      url: `${blogUrl}${e.post.published.slice(0, 4)}/${e.post.published.slice(5, 7)}/${e.post.slug}.html`,
      selfLink: self(`/posts/${id}`),
      title: e.post.title,
      ...(bodies ? { content: e.post.html } : {}),
      author: author(e.post.authorId),
      replies: { totalItems: String(e.comments.length), selfLink: self(`/posts/${id}/comments`) },
      ...(e.post.labels.length ? { labels: e.post.labels } : {}),
    };
  }

  function list(kind: string, items: unknown[], offset: number, size: number) {
    const page = items.slice(offset, offset + size);
    return HttpResponse.json({
      kind,
      ...(offset + size < items.length ? { nextPageToken: token(offset + size) } : {}),
      ...(page.length ? { items: page } : {}),
    });
  }

  type Handler = (args: { params: Record<string, string>; search: URLSearchParams }) => Response;
  /** Every call needs an API key and this blog's id, as on Google's servers. */
  const guard =
    (handler: Handler) =>
    ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      const search = new URL(request.url).searchParams;
      if (!search.get('key')) {
        return googleError(
          403,
          "Method doesn't allow unregistered callers. Please use an API Key.",
          'PERMISSION_DENIED',
        );
      }
      if (params.blogId !== undefined && params.blogId !== blogId) {
        return googleError(404, 'Blog not found', 'NOT_FOUND');
      }
      return handler({ params: params as Record<string, string>, search });
    };

  function postList(search: URLSearchParams, matches: DemoEntry[], defaultSize: number) {
    const size = Math.min(Number(search.get('maxResults') ?? defaultSize), 500);
    const offset = offsetOf(search.get('pageToken'));
    if (Number.isNaN(offset)) return googleError(400, 'Invalid pageToken', 'INVALID_ARGUMENT');
    const bodies = search.get('fetchBodies') !== 'false';
    return list(
      'blogger#postList',
      matches.map((e) => postJson(e, bodies)),
      offset,
      size,
    );
  }

  return [
    http.get(
      `${base}/blogs/:blogId`,
      guard(() =>
        HttpResponse.json({
          kind: 'blogger#blog',
          id: blogId,
          name: data.blog.title,
          description: data.blog.description,
          published: '2019-01-02T09:00:00-08:00',
          updated: entries[0]?.post.published,
          url: blogUrl,
          selfLink: self(''),
          posts: { totalItems: entries.length, selfLink: self('/posts') },
          pages: { totalItems: data.pages.length, selfLink: self('/pages') },
          locale: { language: 'en', country: 'US', variant: '' },
        }),
      ),
    ),
    http.get(
      `${base}/blogs/:blogId/posts/search`,
      guard(({ search }) => {
        const q = search.get('q') ?? '';
        // posts.search has no maxResults: Google decides the page size.
        search.delete('maxResults');
        return postList(
          search,
          entries.filter((e) => q && contains(e, q)),
          10,
        );
      }),
    ),
    http.get(
      `${base}/blogs/:blogId/posts/bypath`,
      guard(({ search }) => {
        const e = entries.find(
          (x) => postJson(x, false).url === `${blogUrl}${(search.get('path') ?? '').slice(1)}`,
        );
        return e ? HttpResponse.json(postJson(e, true)) : googleError(404, 'Not Found', 'NOT_FOUND');
      }),
    ),
    http.get(
      `${base}/blogs/:blogId/posts`,
      guard(({ search }) => {
        const labels = search
          .get('labels')
          ?.split(',')
          .map((l) => l.trim().toLowerCase());
        const start = search.get('startDate');
        const end = search.get('endDate');
        const matches = entries.filter(
          (e) =>
            (!labels || e.post.labels.some((l) => labels.includes(l.toLowerCase()))) &&
            (!start || Date.parse(e.post.published) >= Date.parse(start)) &&
            (!end || Date.parse(e.post.published) < Date.parse(end)),
        );
        return postList(search, matches, 10);
      }),
    ),
    http.get(
      `${base}/blogs/:blogId/posts/:postId`,
      guard(({ params }) => {
        const e = entries.find((x) => postId(x) === params.postId);
        return e ? HttpResponse.json(postJson(e, true)) : googleError(404, 'Not Found', 'NOT_FOUND');
      }),
    ),
    http.get(
      `${base}/blogs/:blogId/posts/:postId/comments`,
      guard(({ params, search }) => {
        const e = entries.find((x) => postId(x) === params.postId);
        if (!e) return googleError(404, 'Not Found', 'NOT_FOUND');
        const id = (cid: string) => `91${cid.replace(/\D/g, '').padStart(6, '0')}3350`;
        const items = e.comments.map((c) => ({
          kind: 'blogger#comment',
          id: id(c.id),
          post: { id: params.postId },
          blog: { id: blogId },
          published: c.published,
          updated: c.published,
          selfLink: self(`/posts/${params.postId}/comments/${id(c.id)}`),
          content: c.html,
          author: {
            displayName: c.authorName,
            ...(c.authorUrl ? { url: c.authorUrl } : {}),
            image: { url: '//resources.blogblog.com/img/blank.gif' },
          },
          ...(c.parentId ? { inReplyTo: { id: id(c.parentId) } } : {}),
        }));
        const offset = offsetOf(search.get('pageToken'));
        return list('blogger#commentList', items, offset, Number(search.get('maxResults') ?? 20));
      }),
    ),
    http.get(
      `${base}/blogs/:blogId/pages`,
      guard(() =>
        list(
          'blogger#pageList',
          data.pages.map((p, i) => ({
            kind: 'blogger#page',
            id: `55${i}`,
            title: p.title,
            content: p.html,
            url: `${blogUrl}p/${p.slug}.html`,
          })),
          0,
          100,
        ),
      ),
    ),
    http.get(
      `${base}/users/:userId`,
      guard(({ params }) => {
        const a = data.authors.find((x) => userId.get(x.id) === params.userId);
        if (!a) return googleError(404, 'Not Found', 'NOT_FOUND');
        return HttpResponse.json({
          kind: 'blogger#user',
          id: params.userId,
          url: `https://www.blogger.com/profile/${params.userId}`,
          displayName: a.displayName,
          about: a.about,
          locale: { language: 'en', country: 'US', variant: '' },
        });
      }),
    ),
  ];
}
