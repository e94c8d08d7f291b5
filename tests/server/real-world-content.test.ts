// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { REAL_WORLD_PASSWORD, realWorldData, realWorldPosts } from '../../mocks/data/real-world';
import { createWordPressHandlers } from '../../mocks/handlers/wordpress';
import { server } from '../../mocks/node';
import { get, ORIGIN, serverHandler } from '../support/server-setup';

/*
 * Issue 17 through the server render (npm start), on WordPress's wire format (mocks/handlers/wordpress.ts
 * answers as WordPress does: a protected post's content empty, its comments 401, even in a batch).
 */

const WP = 'https://wp.blog.test';
const config = { backend: { kind: 'wordpress', url: WP } };
const byId = (id: string) => realWorldPosts.find((p) => p.id === id)!;
const PROTECTED = byId('rw-protected');
const CLOSED = byId('rw-closed');
const GREEK = byId('rw-greek');
// The WordPress mock dates posts in the site's zone, as the demo blog is (America/Los_Angeles).
const pathOf = (p: { published: string; slug: string }) =>
  `/${p.published.slice(0, 4)}/${p.published.slice(5, 7)}/${encodeURIComponent(p.slug)}.html`;

function setUp() {
  server.use(...createWordPressHandlers(realWorldData, WP, { anonymousComments: true }));
  return serverHandler(config).handler;
}

function postForm(
  handler: (request: Request) => Promise<Response>,
  path: string,
  fields: Record<string, string>,
) {
  return handler(
    new Request(new URL(path, ORIGIN), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
      body: new URLSearchParams(fields),
    }),
  );
}

describe('real-world WordPress content, rendered on the server', () => {
  it('lists a protected post by its title only, and the rest of the page with it', async () => {
    const { response, document } = await get(setUp(), '/');
    expect(response.status).toBe(200);
    const summary = [...document.querySelectorAll('article.post-summary')].find(
      (a) => a.querySelector('h3')?.textContent === PROTECTED.title,
    );
    expect(summary?.textContent).toContain('This post is password protected.');
    // The other posts' comment counts still came (one batched listing, without the protected post).
    expect(document.querySelector('a[aria-label^="1 comment on “Office closed"]')).not.toBeNull();
  });

  it('draws the password form on a protected post; without JavaScript a wrong password says so, the right one unlocks', async () => {
    const handler = setUp();
    const path = pathOf(PROTECTED);
    const { response, document } = await get(handler, path);
    expect(response.status).toBe(200);
    const form = document.querySelector('form.password-form');
    expect(form?.getAttribute('method')).toBe('post');
    const field = form?.querySelector('input[type="password"]');
    expect(document.querySelector(`label[for="${field?.id}"]`)?.textContent).toBe('Password');
    expect(document.body.textContent).not.toContain('intake form');

    const wrong = await postForm(handler, path, { intent: 'unlock', post_password: 'guess' });
    expect(wrong.status).toBe(403);
    const wrongPage = new JSDOM(await wrong.text()).window.document;
    expect(wrongPage.querySelector('[role="alert"]')?.textContent).toBe(
      'That password is not right. Try again.',
    );
    expect(wrongPage.querySelector('form.password-form input[type="password"]')).not.toBeNull();

    const right = await postForm(handler, path, { intent: 'unlock', post_password: REAL_WORLD_PASSWORD });
    expect(right.status).toBe(200);
    // The unlocked post is this reader's: no CDN may keep it for the next one.
    expect(right.headers.get('Cache-Control')).toBe('private, no-store');
    const page = new JSDOM(await right.text()).window.document;
    expect(page.querySelector('.post__body')?.textContent).toContain('intake form gets a Spanish version');
    expect(page.querySelector('form.password-form')).toBeNull();
    expect(page.querySelector('#comments')?.textContent).toContain('I will draft the Spanish intake form');
  });

  it('shows "Comments are closed." and refuses a comment posted without JavaScript', async () => {
    const handler = setUp();
    const path = pathOf(CLOSED);
    const { document } = await get(handler, path);
    expect(document.querySelector('#comments')?.textContent).toContain('Comments are closed.');
    expect(document.querySelector('form.comment-form')).toBeNull();
    expect(document.querySelector('#comments')?.textContent).toContain('happy holidays');
    const refused = await postForm(handler, path, {
      comment: 'Still open?',
      name: 'Ines',
      email: 'i@x.example',
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Comments are closed on this post.');
  });

  it('opens a post with a Greek slug at its percent-encoded address, without redirecting', async () => {
    const handler = setUp();
    const path = pathOf(GREEK);
    const { response, document } = await get(handler, path);
    expect(response.status).toBe(200);
    expect(document.querySelector('h1')?.textContent).toBe(GREEK.title);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}${path}`);
    // Under another month: one 301 to its own address, which then answers 200.
    const moved = await handler(new Request(new URL(path.replace('/2025/01/', '/2024/01/'), ORIGIN)));
    expect(moved.status).toBe(301);
    expect(moved.headers.get('Location')).toBe(path);
    // WordPress's own link to it (percent-encoded, lower case) leads here too.
    const wpLink = `/2025/01/28/${encodeURIComponent(GREEK.slug).toLowerCase()}/`;
    const old = await handler(new Request(new URL(wpLink, ORIGIN)));
    expect(old.status).toBe(301);
    expect(old.headers.get('Location')?.replace(ORIGIN, '')).toBe(path);
  });

  it("sends WordPress's address of a page under a page (/parent/child/) to its static page", async () => {
    const response = await setUp()(new Request(new URL('/about/fees/', ORIGIN)));
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')?.replace(ORIGIN, '')).toBe('/p/fees.html');
    const { response: page, document } = await get(setUp(), '/p/fees.html');
    expect(page.status).toBe(200);
    expect(document.querySelector('h1')?.textContent).toBe('Fees');
  });
});
