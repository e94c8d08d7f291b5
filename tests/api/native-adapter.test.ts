import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNativeApi } from '../../src/api/adapters/native';
import { ApiError, InvalidResponseError, NotFoundError, ValidationError } from '../../src/api/errors';
import { demoData } from '../../mocks/data/index';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { server } from '../../mocks/node';

const ROOT = 'http://native.test/api';

function nativeApi(timeoutMs?: number) {
  server.use(...createNativeHandlers(demoData, ROOT));
  return createNativeApi({ url: ROOT, timeoutMs }, (input, init) => fetch(input, init));
}

describe('native adapter over the demo blog', () => {
  it('reads the blog', async () => {
    const blog = await nativeApi().getBlog();
    expect(blog).toMatchObject({
      title: demoData.blog.title,
      locale: 'en-US',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('pages through every post with the opaque cursor, newest first', async () => {
    const api = nativeApi();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await api.listPosts({ cursor, limit: 25 });
      seen.push(...page.items.map((p) => p.id));
      expect(page.total).toBe(demoData.posts.length);
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(demoData.posts.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen[0]).toBe(demoData.posts[0]?.id);
  });

  it('filters posts by label, month and search words', async () => {
    const api = nativeApi();
    const label = demoData.posts[0]?.labels[0] ?? '';
    const byLabel = await api.listPosts({ label, limit: 100 });
    expect(byLabel.items.length).toBeGreaterThan(0);
    expect(byLabel.items.every((p) => p.labels.includes(label))).toBe(true);

    const september = await api.listPosts({ year: 2020, month: 9, limit: 100 });
    expect(september.items.map((p) => p.id)).toContain('post-2020-09-25');
    expect(september.items.every((p) => p.year === 2020 && p.month === 9)).toBe(true);

    const none = await api.listPosts({ query: 'zzzz-no-such-words' });
    expect(none).toMatchObject({ items: [], next: null, total: 0 });
  });

  it('reads a post by its Blogger-shaped path with its neighbours', async () => {
    const api = nativeApi();
    const [summary] = (await api.listPosts({ year: 2020, month: 9, limit: 100 })).items.filter(
      (p) => p.id === 'post-2020-09-25',
    );
    expect(summary).toBeDefined();
    const post = await api.getPost({ year: 2020, month: 9, slug: summary?.slug ?? '' });
    expect(post.id).toBe('post-2020-09-25');
    expect(post.html).toContain('<p');
    expect(post.commentCount).toBe(0);
    expect(post.newer).not.toBeNull();
    expect(post.older).not.toBeNull();
  });

  it('turns a 404 into NotFoundError', async () => {
    await expect(nativeApi().getPost({ year: 2020, month: 9, slug: 'no-such-post' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(nativeApi().getAuthor('nobody')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads the archive, labels, an author and comments', async () => {
    const api = nativeApi();
    const archive = await api.getArchive();
    expect(archive.reduce((n, y) => n + y.count, 0)).toBe(demoData.posts.length);
    expect(archive.every((y) => y.months.reduce((n, m) => n + m.count, 0) === y.count)).toBe(true);
    expect((await api.listLabels()).length).toBeGreaterThanOrEqual(8);
    const author = demoData.authors[0];
    expect(await api.getAuthor(author?.id ?? '')).toMatchObject({ displayName: author?.displayName });
    const withComments = demoData.comments[0]?.postId ?? '';
    const comments = await api.listComments(withComments, { limit: 100 });
    expect(comments.items.length).toBeGreaterThan(0);
    expect(comments.items.every((c) => c.postId === withComments)).toBe(true);
  });
});

describe('native adapter failures', () => {
  const api = () => createNativeApi({ url: ROOT, timeoutMs: 100 }, (input, init) => fetch(input, init));

  it('a 500 becomes a retryable ApiError that says the server had a problem', async () => {
    server.use(
      http.get(`${ROOT}/blog`, () => HttpResponse.json({ error: { message: 'boom' } }, { status: 500 })),
    );
    const error: unknown = await api()
      .getBlog()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 500, retryable: true });
    expect((error as Error).message).toMatch(/server had a problem/);
  });

  it('a 403 is not retryable', async () => {
    server.use(http.get(`${ROOT}/blog`, () => new HttpResponse(null, { status: 403 })));
    await expect(api().getBlog()).rejects.toMatchObject({ status: 403, retryable: false });
  });

  it('a body that is not JSON becomes InvalidResponseError', async () => {
    server.use(http.get(`${ROOT}/blog`, () => new HttpResponse('<html>oops</html>', { status: 200 })));
    const error: unknown = await api()
      .getBlog()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/should be JSON/);
  });

  it('a wrong shape names the field at fault', async () => {
    server.use(
      http.get(`${ROOT}/posts`, () =>
        HttpResponse.json({
          items: [
            { id: 'a', year: 2020, month: 13, slug: 's', title: 't', published: '2020-01-01T00:00:00Z' },
          ],
          next: null,
        }),
      ),
    );
    await expect(api().listPosts({})).rejects.toMatchObject({
      name: 'InvalidResponseError',
      field: 'items[0].month',
    });
  });

  it('an unreadable date names its field', async () => {
    server.use(
      http.get(`${ROOT}/authors/x`, () =>
        HttpResponse.json({ id: 'x', displayName: 'X', photo: { url: 1 } }),
      ),
    );
    await expect(api().getAuthor('x')).rejects.toMatchObject({ field: 'photo.url' });
  });

  it('a server that does not answer in time becomes a timeout', async () => {
    server.use(
      http.get(`${ROOT}/blog`, async () => {
        await delay(1000);
        return HttpResponse.json({});
      }),
    );
    await expect(api().getBlog()).rejects.toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('a dropped connection becomes a network error', async () => {
    server.use(http.get(`${ROOT}/blog`, () => HttpResponse.error()));
    await expect(api().getBlog()).rejects.toMatchObject({ kind: 'network', retryable: true });
  });

  it('a caller that aborts gets its abort, not a network error', async () => {
    server.use(
      http.get(`${ROOT}/blog`, async () => {
        await delay(1000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = api().getBlog(controller.signal);
    controller.abort();
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('a refused comment names the field', async () => {
    server.use(
      http.post(`${ROOT}/posts/p1/comments`, () =>
        HttpResponse.json(
          { error: { code: 'invalid', message: 'Too long', field: 'html' } },
          { status: 422 },
        ),
      ),
    );
    const error: unknown = await api()
      .createComment('p1', { parentId: null, authorName: '', html: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: 'html', message: 'Too long', retryable: false });
  });

  it('drops links that are not http(s) instead of passing them on', async () => {
    server.use(
      http.get(`${ROOT}/posts/p1/comments`, () =>
        HttpResponse.json({
          items: [
            {
              id: 'c1',
              postId: 'p1',
              parentId: null,
              author: { name: 'Mallory', url: 'javascript:alert(1)' },
              published: '2021-01-01T00:00:00Z',
              html: 'hi',
            },
            {
              id: 'c2',
              postId: 'p1',
              parentId: null,
              author: { name: 'Alice', url: 'https://alice.example/' },
              published: '2021-01-01T00:00:00Z',
              html: 'hi',
            },
          ],
          next: null,
        }),
      ),
      http.get(`${ROOT}/authors/x`, () =>
        HttpResponse.json({
          id: 'x',
          displayName: 'X',
          photo: null,
          email: null,
          phone: null,
          links: [
            { title: 'Bad', url: 'data:text/html,<script>alert(1)</script>' },
            { title: 'Good', url: 'https://x.example/' },
          ],
        }),
      ),
    );
    const comments = await api().listComments('p1', {});
    expect(comments.items.map((c) => c.author.url)).toEqual([null, 'https://alice.example/']);
    expect((await api().getAuthor('x')).links).toEqual([{ title: 'Good', url: 'https://x.example/' }]);
  });
});
