// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { kebab } from '../../mocks/handlers/demo-wire';
import { createBloggerHandlers, DEMO_BLOGGER_BLOG_ID } from '../../mocks/handlers/blogger';
import { createGhostHandlers, DEMO_GHOST_KEY } from '../../mocks/handlers/ghost';
import { createWordPressHandlers } from '../../mocks/handlers/wordpress';
import { demoData } from '../../mocks/data/index';
import { server } from '../../mocks/node';
import { renderToHtmlNode } from '../../server/render-html-node';
import { createBlogApi } from '../../src/api/create-blog-api';
import { postPath } from '../support/post-path';
import { get, ORIGIN, serverHandler } from '../support/server-setup';

/*
 * Route-level tests of server rendering: the request handler (server/handler.ts) renders the real
 * route table, loaders and components, as `npm start` does, and the HTML it answers is read as a
 * crawler or a reader without JavaScript would read it.
 */

const withComments = demoData.posts.find((post) => post.id === 'post-2020-06-23')!;
const commentsOfPost = demoData.comments.filter((comment) => comment.postId === withComments.id);

function stateOf(document: Document): Record<string, unknown> {
  const text = document.getElementById('lectern-state')?.textContent;
  if (!text) throw new Error('the page carries no state');
  return JSON.parse(text) as Record<string, unknown>;
}

describe('server rendering on the demo blog', () => {
  it('sends the home page as HTML: title, heading, posts, sidebar gadgets and head tags', async () => {
    const { handler } = serverHandler();
    const { response, document } = await get(handler, '/');
    expect(response.status).toBe(200);
    expect(document.title).toBe(demoData.blog.title);
    expect(document.querySelector('h1')?.textContent).toBe('Latest posts');
    expect(document.querySelectorAll('article.post-summary').length).toBe(10);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/`);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      demoData.blog.description,
    );
    // The gadgets waited for, not their loading skeletons.
    const sidebar = document.querySelector('aside.sidebar');
    expect(sidebar?.textContent).toContain('View my complete profile');
    for (const gadget of ['About Me', 'Blog Archive', 'Labels', 'Popular Posts']) {
      expect(sidebar?.querySelector(`[aria-label="Loading ${gadget}"]`), gadget).toBeNull();
    }
    expect(sidebar?.querySelector('a[href="/2024/"]')).not.toBeNull();
    expect(document.documentElement.lang).toBe(demoData.blog.locale);
    expect(response.headers.get('Cache-Control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
    );
  });

  it('sends a post with its date header, byline, labels, comments, pager and article head tags', async () => {
    const { handler } = serverHandler();
    const path = postPath(withComments);
    const { response, document } = await get(handler, path);
    expect(response.status).toBe(200);
    expect(document.querySelector('h1')?.textContent).toBe(withComments.title);
    expect(document.title).toBe(`${withComments.title} | ${demoData.blog.title}`);
    expect(document.querySelector('.date-header')?.textContent).toBe('Tuesday, June 23, 2020');
    expect(document.querySelector('.post-meta__byline')?.textContent).toMatch(/^Posted by /);
    for (const label of withComments.labels) {
      expect(
        document.querySelector(`a[rel="tag"][href="/search/label/${encodeURIComponent(label)}"]`),
      ).not.toBeNull();
    }
    const comments = document.querySelectorAll('#comments article, #comments li.comment, .comment');
    expect(comments.length).toBeGreaterThanOrEqual(Math.min(commentsOfPost.length, 1));
    expect(document.body.textContent).toContain(commentsOfPost[0]!.html.replace(/<[^>]+>/g, '').slice(0, 40));
    expect(document.querySelector('a[rel="next"]')?.textContent).toBe('Older Post');
    expect(document.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}${path}`);
    const jsonLd = document.head.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(jsonLd?.textContent ?? '{}')).toMatchObject({
      '@type': 'BlogPosting',
      headline: withComments.title,
    });
  });

  it('hands the browser what it rendered from: config, data, and the parts it drew', async () => {
    const { handler } = serverHandler();
    const { document } = await get(handler, postPath(withComments));
    const state = stateOf(document);
    expect(state).toMatchObject({
      origin: ORIGIN,
      demoOnServer: true,
      config: { backend: { kind: 'demo' } },
    });
    expect(state.onDemand).toEqual(expect.arrayContaining(['comments', 'author-card', 'archive']));
    const keys = (state.queries as { queries: { queryKey: unknown[] }[] }).queries.map((q) => q.queryKey[2]);
    expect(keys).toEqual(expect.arrayContaining(['info', 'post', 'comments', 'archive', 'labels', 'author']));
  });

  it('answers 404 with the not-found page for an unknown address and an unknown post', async () => {
    const { handler } = serverHandler();
    for (const path of ['/no/such/page/here', '/2020/06/no-such-post.html', '/profile/nobody']) {
      const { response, document } = await get(handler, path);
      expect(response.status, path).toBe(404);
      expect(document.querySelector('h1')?.textContent, path).toBe('Page not found');
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(document.querySelector('a[href="/"]')).not.toBeNull();
    }
  });

  it("writes the same page with npm start's Node renderer as with web streams", async () => {
    // The page up to its state, whose timestamps differ from one render to the next.
    const withoutNonce = (html: string) =>
      html.slice(0, html.indexOf('id="lectern-state"')).replace(/nonce="[^"]*"/g, 'nonce=""');
    const web = await get(serverHandler().handler, postPath(withComments));
    const node = await get(
      serverHandler(undefined, { renderToHtml: renderToHtmlNode }).handler,
      postPath(withComments),
    );
    expect(node.response.status).toBe(200);
    expect(withoutNonce(node.html)).toBe(withoutNonce(web.html));
  });

  it('serves the demo API itself, so the browser needs no mock service worker', async () => {
    const { handler } = serverHandler();
    const response = await handler(new Request(`${ORIGIN}/api/blog`));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ title: demoData.blog.title });
  });

  it("answers HEAD without a body, and redirects Blogger's ?m=1 to the page itself", async () => {
    const { handler } = serverHandler();
    const head = await handler(new Request(`${ORIGIN}/`, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const path = postPath(withComments);
    const moved = await handler(new Request(`${ORIGIN}${path}?m=1`));
    expect(moved.status).toBe(301);
    expect(moved.headers.get('Location')).toBe(`${ORIGIN}${path}`);
  });

  it('gives the state script and every inline script the nonce of the response policy', async () => {
    const { handler } = serverHandler();
    const { response, document } = await get(handler, postPath(withComments));
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('Content-Security-Policy') ?? '')?.[1];
    expect(nonce).toBeTruthy();
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(2);
    for (const script of scripts) expect(script.getAttribute('nonce')).toBe(nonce);
    expect(response.headers.get('Content-Security-Policy')).toContain("require-trusted-types-for 'script'");
  });
});

const API = 'https://api.blog.test';

describe('server rendering in front of a backend over HTTP', () => {
  const config = { backend: { kind: 'native', url: API } };

  it('asks the backend once for what a burst of readers of one post need', async () => {
    const hits = new Map<string, number>();
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      const key = `${request.method} ${url.pathname}${url.search}`;
      hits.set(key, (hits.get(key) ?? 0) + 1);
    });
    server.use(...createNativeHandlers(demoData, API));
    const { handler } = serverHandler(config);
    const path = postPath(withComments);
    const pages = await Promise.all(Array.from({ length: 5 }, () => get(handler, path)));
    server.events.removeAllListeners();
    for (const page of pages) expect(page.document.querySelector('h1')?.textContent).toBe(withComments.title);
    expect([...hits].filter(([, count]) => count > 1)).toEqual([]);
    expect(hits.size).toBeGreaterThan(3);
  });

  it('answers 503 with the named error, a way to try again and Retry-After when the backend is unavailable', async () => {
    server.use(
      http.get(`${API}/*`, () =>
        HttpResponse.json({ error: { message: 'down' } }, { status: 503, headers: { 'Retry-After': '120' } }),
      ),
    );
    const { handler } = serverHandler(config);
    const { response, document } = await get(handler, postPath(withComments));
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('120');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(document.querySelector('[role="alert"] h1')?.textContent).toBe('This could not be loaded');
    expect(document.body.textContent).toContain('Couldn’t load the blog');
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('Try again');
  });

  it('answers 502 when the backend sends something that is not its JSON', async () => {
    server.use(...createNativeHandlers(demoData, API));
    server.use(
      http.get(
        `${API}/posts/:year/:month/:slug`,
        () => new HttpResponse('<html>oops</html>', { headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    const { handler } = serverHandler(config);
    const { response, document } = await get(handler, postPath(withComments));
    expect(response.status).toBe(502);
    expect(document.querySelector('main')?.textContent).toContain('unexpected answer');
    // The layout stays: only the page failed.
    expect(document.querySelector('.site-header__title')?.textContent).toBe(demoData.blog.title);
  });

  it('keeps hostile titles and bodies inert: the state cannot end its script, nothing can run', async () => {
    const hostileTitle = '</script><script>alert(1)</script><!-- \u2028\u2029 & "quotes"';
    const data = {
      ...demoData,
      posts: demoData.posts.map((post) =>
        post.id === withComments.id
          ? {
              ...post,
              title: hostileTitle,
              html: `${post.html}<img src=x onerror=alert(2)><script>alert(3)</script>`,
            }
          : post,
      ),
    };
    server.use(...createNativeHandlers(data, API));
    const { handler } = serverHandler(config);
    const { document } = await get(handler, postPath(withComments));
    expect(document.querySelector('h1')?.textContent).toBe(hostileTitle);
    const scripts = [...document.querySelectorAll('script')];
    // Only the page's own: its two classic scripts, the module, JSON-LD and the state.
    expect(scripts.map((s) => s.getAttribute('type') ?? 'classic').sort()).toEqual(
      ['application/json', 'application/ld+json', 'classic', 'classic', 'module'].sort(),
    );
    expect(document.querySelector('[onerror]')).toBeNull();
    const state = stateOf(document);
    expect(JSON.stringify(state)).toContain(JSON.stringify(hostileTitle).slice(1, -1));
  });
});

describe('the comment form without JavaScript', () => {
  const path = postPath(withComments);
  const post = (
    handler: (request: Request) => Promise<Response>,
    fields: Record<string, string>,
    origin = ORIGIN,
  ) =>
    handler(
      new Request(new URL(path, ORIGIN), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
        body: new URLSearchParams(fields),
      }),
    );

  it('is a form that posts to the post itself, with named fields', async () => {
    const { handler } = serverHandler();
    const { document } = await get(handler, path);
    const form = document.querySelector('form.comment-form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe(`${path}#comments`);
    expect(form?.querySelector('textarea[name="comment"]')?.hasAttribute('readonly')).toBe(false);
    expect(form?.querySelector('input[name="name"]')).not.toBeNull();
  });

  it('publishes through the adapter and sends the reader back to the new comment', async () => {
    const { handler } = serverHandler();
    const response = await post(handler, {
      comment: 'Posted with scripting off.\nSecond line.',
      name: 'Ines',
    });
    expect(response.status).toBe(303);
    const location = response.headers.get('Location') ?? '';
    expect(location).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')}#c.+`));
    const { document } = await get(handler, path);
    const added = document.getElementById(location.split('#')[1]!);
    expect(added?.textContent).toContain('Posted with scripting off.');
    expect(added?.textContent).toContain('Ines');
  });

  it('shows what is wrong and keeps the text when the comment cannot be published', async () => {
    const { handler } = serverHandler();
    const empty = await post(handler, { comment: '   ', name: 'Ines' });
    expect(empty.status).toBe(400);
    const page = new (await import('jsdom')).JSDOM(await empty.text()).window.document;
    expect(page.querySelector('.comment-form')?.textContent).toContain('Write a comment before publishing.');
    expect((page.querySelector('input[name="name"]') as HTMLInputElement | null)?.value).toBe('Ines');
  });

  it('opens the form under a comment from its Reply link, and posts the reply to that comment', async () => {
    const { handler } = serverHandler();
    const parent = commentsOfPost[0]!;
    const { document } = await get(handler, path);
    const reply = document.querySelector<HTMLAnchorElement>(`[id="c${parent.id}"] a.comment__reply`);
    expect(reply?.getAttribute('aria-label')).toBe(`Reply to ${parent.authorName}`);
    const href = reply?.getAttribute('href') ?? '';
    expect(href).toBe(`?replytocom=${encodeURIComponent(parent.id)}#comment-form`);

    const opened = (await get(handler, `${path}${href.split('#')[0]}`)).document;
    const form = opened.querySelector(`[id="c${parent.id}"] > form#comment-form`);
    expect(form?.querySelector('h3')?.textContent).toBe(`Reply to ${parent.authorName}`);
    expect(form?.querySelector<HTMLInputElement>('input[name="parentId"]')?.value).toBe(parent.id);
    expect(form?.getAttribute('action')).toBe(`${path}?replytocom=${encodeURIComponent(parent.id)}#comments`);
    // Cancel goes back to the page's own form, also a plain link.
    expect(form?.querySelector('a.comment-form__cancel')?.getAttribute('href')).toBe(
      `${path.split('/').pop()}#comment-form`,
    );
    expect(opened.querySelectorAll('form.comment-form')).toHaveLength(1);

    const response = await post(handler, {
      comment: 'A reply, with scripting off.',
      name: 'Ines',
      parentId: parent.id,
    });
    expect(response.status).toBe(303);
    const id = (response.headers.get('Location') ?? '').split('#')[1]!;
    const after = (await get(handler, path)).document;
    // Threaded under its parent.
    expect(after.querySelector(`[id="c${parent.id}"] .comment-replies [id="${id}"]`)?.textContent).toContain(
      'A reply, with scripting off.',
    );
  });

  it('refuses a form posted from another site', async () => {
    const { handler } = serverHandler();
    const response = await post(handler, { comment: 'Hello' }, 'https://elsewhere.example');
    expect(response.status).toBe(403);
  });
});

describe("old addresses of the backend's own theme", () => {
  const WP = 'https://wp.blog.test';
  const wpConfig = { backend: { kind: 'wordpress', url: WP } };
  const path = postPath(withComments);
  const [year, month] = path.split('/').slice(1, 3);
  const category = withComments.labels[0]!;
  const firstCategory = new Set(demoData.posts.map((p) => p.labels[0]));
  // The WordPress mock files a label as a tag when no post lists it first.
  const tag = demoData.posts.flatMap((p) => p.labels).find((label) => !firstCategory.has(label));
  const author = demoData.authors.find((a) => a.id === withComments.authorId)!;

  async function movedTo(handler: (request: Request) => Promise<Response>, from: string) {
    const response = await handler(new Request(new URL(from, ORIGIN)));
    return { status: response.status, location: response.headers.get('Location') };
  }

  it('answers WordPress permalinks, plain links, categories, tags and authors with a 301 to the same content here', async () => {
    server.use(...createWordPressHandlers(demoData, WP));
    const { handler } = serverHandler(wpConfig);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', day: '2-digit' }).format(
      new Date(withComments.published),
    );
    const wpIds = await (
      await fetch(`${WP}/wp-json/wp/v2/posts?slug=${withComments.slug}&_fields=id`)
    ).json();
    const id = (wpIds as { id: number }[])[0]!.id;
    const cases: [string, string][] = [
      [`/${year}/${month}/${day}/${withComments.slug}/`, path],
      [`/${year}/${month}/${withComments.slug}/`, path],
      [`/${kebab(category)}/${withComments.slug}/`, path],
      [`/${withComments.slug}/`, path],
      [`/?p=${id}`, path],
      [`/archives/${id}`, path],
      [`/category/${kebab(category)}/`, `/search/label/${encodeURIComponent(category)}`],
      ...(tag
        ? [[`/tag/${kebab(tag)}/`, `/search/label/${encodeURIComponent(tag)}`] as [string, string]]
        : []),
      [`/author/${author.id}/`, expect.stringMatching(/^\/profile\/\d+$/) as unknown as string],
      // Feeds stay WordPress's: subscribers follow them to where it is now.
      ['/feed/', `${WP}/feed/`],
      ['/feed/atom/', `${WP}/feed/atom/`],
      [`/category/${kebab(category)}/feed/`, `${WP}/category/${kebab(category)}/feed/`],
      ['/?feed=rss2', `${WP}/?feed=rss2`],
    ];
    for (const [from, to] of cases) {
      const { status, location } = await movedTo(handler, from);
      expect(status, from).toBe(301);
      expect(location?.replace(ORIGIN, ''), from).toEqual(to);
    }
    // What is no old address stays a 404.
    expect((await movedTo(handler, '/category/no-such-category/')).status).toBe(404);
    expect((await movedTo(handler, '/no-such-slug-here/')).status).toBe(404);
    expect((await movedTo(handler, `/${year}/${month}/no-such-slug-here/`)).status).toBe(404);
  });

  it("sends Blogger's feed addresses to the same feeds on the blog's Blogger address", async () => {
    const BLOGGER = 'https://blogger.test/blogger/v3';
    server.use(...createBloggerHandlers(demoData, BLOGGER));
    const { handler } = serverHandler({
      backend: { kind: 'blogger', blogId: DEMO_BLOGGER_BLOG_ID, key: 'test-key', url: BLOGGER },
    });
    const blogspot = 'https://arroyo-docket.blogspot.com';
    for (const from of [
      '/feeds/posts/default',
      '/feeds/posts/default?alt=rss',
      '/feeds/posts/default/-/Visas',
    ]) {
      const { status, location } = await movedTo(handler, from);
      expect(status, from).toBe(301);
      expect(location, from).toBe(`${blogspot}${from}`);
    }
    expect((await movedTo(handler, '/no-such-page.html')).status).toBe(404);
  });

  it("answers Ghost's theme addresses with a 301 to the same post, page, tag or author here", async () => {
    const GHOST = 'https://ghost.test';
    server.use(...createGhostHandlers(demoData, GHOST, { key: DEMO_GHOST_KEY }));
    const { handler } = serverHandler({ backend: { kind: 'ghost', url: GHOST, key: DEMO_GHOST_KEY } });
    const page = demoData.pages[0]!;
    const cases: [string, string][] = [
      [`/${withComments.slug}/`, path],
      [`/${withComments.slug}/amp/`, path],
      [`/${page.slug}/`, `/p/${page.slug}.html`],
      [`/tag/${kebab(category)}/`, `/search/label/${encodeURIComponent(category)}`],
      [`/tag/${kebab(category)}/page/2/`, `/search/label/${encodeURIComponent(category)}`],
      [`/author/${author.id}/`, `/profile/${author.id}`],
      ['/page/3/', '/'],
      // Feeds stay Ghost's.
      ['/rss/', `${GHOST}/rss/`],
      [`/tag/${kebab(category)}/rss/`, `${GHOST}/tag/${kebab(category)}/rss/`],
    ];
    for (const [from, to] of cases) {
      const { status, location } = await movedTo(handler, from);
      expect(status, from).toBe(301);
      expect(location?.replace(ORIGIN, ''), from).toBe(to);
    }
    for (const from of ['/no-such-slug/', '/tag/no-such-tag/', '/author/nobody/']) {
      expect((await movedTo(handler, from)).status, from).toBe(404);
    }
  });

  // A static host gets these as a redirects file (npm run prerender): each must be what the server answers.
  it.each([
    ['wordpress', () => createWordPressHandlers(demoData, WP), { kind: 'wordpress', url: WP }],
    [
      'ghost',
      () => createGhostHandlers(demoData, 'https://ghost.test', { key: DEMO_GHOST_KEY }),
      { kind: 'ghost', url: 'https://ghost.test', key: DEMO_GHOST_KEY },
    ],
  ] as const)(
    "lists %s's old addresses for static hosts, each one the server answers with the same 301",
    async (_kind, handlers, backend) => {
      server.use(...handlers());
      const { handler } = serverHandler({ backend });
      const api = createBlogApi(backend, (input, init) => fetch(input, init));
      const moves = (await api.listOldAddresses?.()) ?? [];
      const posts = moves.filter((move) => /^\/\d{4}\/\d{2}\/.+\.html$/.test(move.to));
      expect(posts.length).toBeGreaterThanOrEqual(demoData.posts.length);
      expect(moves.some((move) => move.to.startsWith('/search/label/'))).toBe(true);
      expect(moves.some((move) => move.to.startsWith('/profile/'))).toBe(true);
      expect(moves.some((move) => /\/(feed|rss)\/$/.test(move.to))).toBe(true);
      expect(new Set(moves.map((move) => move.from)).size).toBe(moves.length);
      for (const { from, to } of moves) {
        const { status, location } = await movedTo(handler, from);
        expect(status, from).toBe(301);
        expect(location?.replace(ORIGIN, ''), from).toBe(to);
      }
    },
    30_000,
  );

  it('sends a post found under another year or month to its own address', async () => {
    const { handler } = serverHandler(wpConfig);
    server.use(...createWordPressHandlers(demoData, WP));
    const wrongYear = path.replace(`/${year}/`, `/${Number(year) - 1}/`);
    const { status, location } = await movedTo(handler, wrongYear);
    expect(status).toBe(301);
    expect(location).toBe(path);
  });
});
