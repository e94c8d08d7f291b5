/**
 * `npm start` in Chromium: every page arrives as HTML a reader without JavaScript (or a link-preview
 * bot) can read and follow; with JavaScript the page hydrates over that HTML, keeping it, with no
 * console error, and the next click navigates inside the app; real status codes; a backend that is
 * down gives a named error; the XSS corpus through the server render runs nothing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { hostileDemoData } from '../../mocks/data/hostile';
import { startNativeHttpServer, type NativeHttpServer } from '../../mocks/http-server';
import { ATTACKER_ORIGIN, pathSafeVectors, xssVectors } from '../fixtures/xss-vectors';
import { buildApp, type AppBuild } from './support/build';
import {
  describeWithChromium,
  markParsedHeading,
  parsedHeadingKept,
  launchBrowser,
  newPage,
  waitForHydration,
  waitVisible,
} from './support/chromium';
import { startLecternServer, type LecternServer } from './support/lectern-server';
import { postPath } from '../support/post-path';

const newestFirst = [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
const withComments = demoData.posts.find((post) => post.id === 'post-2020-06-23')!;
const older = newestFirst[newestFirst.indexOf(withComments) + 1]!;
const firstComment = demoData.comments.find((c) => c.postId === withComments.id && c.parentId === null)!;

describeWithChromium('npm start: server rendering', () => {
  let build: AppBuild;
  let browser: Browser;
  let demo: LecternServer;

  beforeAll(async () => {
    build = await buildApp();
    [demo, browser] = await Promise.all([
      startLecternServer(build.outDir, { backend: { kind: 'demo' } }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
    await build?.cleanup();
  });

  test('with JavaScript off, a post is readable and its links navigate', async () => {
    const tracked = await newPage(browser, { javaScriptEnabled: false });
    const { page } = tracked;
    const response = await page.goto(`${demo.url}${postPath(withComments)}`);
    expect(response?.status()).toBe(200);
    await waitVisible(
      tracked,
      page.getByRole('heading', { level: 1, name: withComments.title }),
      'the post title',
    );
    expect(await page.locator('.date-header').first().textContent()).toBe('Tuesday, June 23, 2020');
    expect(await page.locator('.post-meta__byline').innerText()).toMatch(/^Posted by /);
    const commentText = firstComment.html.replace(/<[^>]+>/g, '').slice(0, 30);
    expect(await page.locator('#comments').innerText()).toContain(commentText);
    const sidebar = page.getByRole('complementary', { name: 'Blog sidebar' });
    expect(await sidebar.getByRole('link', { name: 'View my complete profile' }).count()).toBe(1);
    expect(await sidebar.getByRole('heading', { name: 'Blog Archive' }).count()).toBe(1);
    // Styled without the script: the parts the browser would load lazily (the share buttons) have
    // their CSS in the page's one stylesheet.
    expect(await page.locator('.share').evaluate((element) => getComputedStyle(element).display)).toBe(
      'flex',
    );
    // A plain link: a new document, the older post's own HTML.
    await page.getByRole('link', { name: `Older Post: ${older.title}` }).click();
    await waitVisible(tracked, page.getByRole('heading', { level: 1, name: older.title }), 'the older post');
    expect(page.url()).toBe(`${demo.url}${postPath(older)}`);
    // Search is a GET form.
    await page.getByRole('searchbox', { name: /search/i }).fill('visa');
    await page.getByRole('searchbox', { name: /search/i }).press('Enter');
    await page.waitForURL(/\/search\?q=visa/);
    await waitVisible(tracked, page.getByRole('heading', { level: 1 }), 'the search results');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/visa/i);
  });

  test('with JavaScript off, the comment form publishes through the server, and a refused one keeps its text', async () => {
    const tracked = await newPage(browser, {
      javaScriptEnabled: false,
      ignoreConsoleErrors: [/status of 400/],
    });
    const { page } = tracked;
    await page.goto(`${demo.url}${postPath(older)}`);
    const form = page.getByRole('form', { name: 'Post a Comment' });
    // Nothing typed: the server says what is missing, with the name kept.
    await form.getByRole('textbox', { name: /^Name/ }).fill('Noor');
    await form.getByRole('button', { name: 'Publish' }).click();
    await waitVisible(tracked, page.getByText('Write a comment before publishing.'), 'the refusal');
    expect(
      await page
        .getByRole('form', { name: 'Post a Comment' })
        .getByRole('textbox', { name: /^Name/ })
        .inputValue(),
    ).toBe('Noor');
    await page
      .getByRole('form', { name: 'Post a Comment' })
      .getByRole('textbox', { name: 'Comment' })
      .fill('Read with scripting off, and replied the same way.');
    await page.getByRole('form', { name: 'Post a Comment' }).getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL(/#c/);
    expect(new URL(page.url()).pathname).toBe(postPath(older));
    const added = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    expect(await added.textContent()).toContain('Read with scripting off, and replied the same way.');
    expect(await added.textContent()).toContain('Noor');
  });

  test('with JavaScript off, Reply opens the form under that comment and the reply is threaded there', async () => {
    const tracked = await newPage(browser, { javaScriptEnabled: false });
    const { page } = tracked;
    await page.goto(`${demo.url}${postPath(withComments)}`);
    const parent = page.locator(`[id="c${firstComment.id}"]`);
    // The comment's own link comes before those of the replies nested in it.
    await parent
      .getByRole('link', { name: `Reply to ${firstComment.authorName}`, exact: true })
      .first()
      .click();
    await page.waitForURL(/replytocom=/);
    const form = parent.getByRole('form', { name: `Reply to ${firstComment.authorName}` });
    await waitVisible(tracked, form, 'the reply form under the comment');
    await form.getByRole('textbox', { name: 'Comment' }).fill('Answered in a browser with scripting off.');
    await form.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL(/#c/);
    const url = new URL(page.url());
    expect(url.pathname).toBe(postPath(withComments));
    expect(url.search).toBe('');
    const reply = parent.locator(`.comment-replies [id="${url.hash.slice(1)}"]`);
    expect(await reply.textContent()).toContain('Answered in a browser with scripting off.');
    // Back on the page's own form at the end.
    expect(await page.getByRole('form', { name: 'Post a Comment' }).count()).toBe(1);
  });

  test('with JavaScript, the page hydrates over the server HTML without an error, and the next click stays in the app', async () => {
    const tracked = await newPage(browser);
    await markParsedHeading(tracked);
    const { page } = tracked;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${demo.url}${postPath(withComments)}`);
    await waitForHydration(tracked.page);
    await page.waitForLoadState('networkidle');
    expect(await parsedHeadingKept(tracked)).toBe(true);
    // The page's data came with it: no config.json and no API request before the reader acts.
    expect(requests.filter((path) => path === '/config.json' || path.startsWith('/api/'))).toEqual([]);
    // The app's script is fetched once the server's HTML has painted, not before (server/template.ts).
    const [paint, script] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      performance.getEntriesByType('resource').find((entry) => /\/assets\/index-[\w-]+\.js$/.test(entry.name))
        ?.startTime ?? Number.NaN,
    ]);
    expect(script).toBeGreaterThanOrEqual(paint);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('link', { name: `Older Post: ${older.title}` }).click();
    await waitVisible(tracked, page.getByRole('heading', { level: 1, name: older.title }), 'the older post');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    // The theme toggle is live: hydration attached the handlers.
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe('dark');
  });

  test("a stored dark scheme is applied before the first paint, by the page's inline script under its CSP", async () => {
    const tracked = await newPage(browser);
    await tracked.context.addInitScript(() => {
      window.localStorage.setItem('lectern:color-scheme', JSON.stringify('dark'));
      // What the parser's first paint sees: the attribute set when <body> starts.
      document.addEventListener(
        'readystatechange',
        () => Object.assign(window, { schemeAtParse: document.documentElement.dataset.scheme }),
        { once: true },
      );
    });
    await tracked.page.goto(`${demo.url}/`);
    await waitForHydration(tracked.page);
    expect(
      await tracked.page.evaluate(() => (window as unknown as { schemeAtParse?: string }).schemeAtParse),
    ).toBe('dark');
    // The toggle shows the stored choice in the render just after hydration.
    await expect.poll(() => tracked.page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
  });

  test('pages the browser draws the same way: home, a month, a label and a profile hydrate cleanly', async () => {
    const tracked = await newPage(browser);
    await markParsedHeading(tracked);
    const { page } = tracked;
    for (const path of [
      '/',
      '/2020/06/',
      `/search/label/${encodeURIComponent(withComments.labels[0]!)}`,
      `/profile/${withComments.authorId}`,
    ]) {
      const response = await page.goto(`${demo.url}${path}`);
      expect(response?.status(), path).toBe(200);
      await waitForHydration(tracked.page);
      await page.waitForLoadState('networkidle');
      expect(await parsedHeadingKept(tracked), path).toBe(true);
    }
  });

  test('an unknown address answers 404 with the not-found page, and hydrates it', async () => {
    const tracked = await newPage(browser, { ignoreConsoleErrors: [/status of 404/] });
    const { page } = tracked;
    const response = await page.goto(`${demo.url}/2019/01/no-such-post.html`);
    expect(response?.status()).toBe(404);
    await waitVisible(tracked, page.getByRole('heading', { level: 1, name: 'Page not found' }), 'not found');
    await waitForHydration(tracked.page);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await waitVisible(
      tracked,
      page.getByRole('heading', { level: 1, name: 'Latest posts' }),
      'the home page',
    );
  });

  describe('in front of a backend that is down', () => {
    let down: LecternServer;
    let backend: NativeHttpServer;

    beforeAll(async () => {
      // A real backend, stopped: its port refuses connections.
      backend = await startNativeHttpServer(demoData);
      const url = backend.url;
      await backend.close();
      down = await startLecternServer(build.outDir, { backend: { kind: 'native', url } });
    });
    afterAll(() => down?.close());

    test('answers 502 with the named error and a Try again', async () => {
      const tracked = await newPage(browser, {
        ignoreConsoleErrors: [/status of 502/, /Failed to load resource/],
      });
      const { page } = tracked;
      const response = await page.goto(`${down.url}${postPath(withComments)}`);
      expect(response?.status()).toBe(502);
      await waitVisible(
        tracked,
        page.getByRole('heading', { level: 1, name: 'This could not be loaded' }),
        'the error',
      );
      expect(await page.getByRole('alert').innerText()).toContain('Couldn’t load the blog');
      await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);
    });

    test('without JavaScript, Try again asks the server for the same page again', async () => {
      const tracked = await newPage(browser, {
        javaScriptEnabled: false,
        ignoreConsoleErrors: [/status of 502/, /Failed to load resource/],
      });
      const { page } = tracked;
      const path = `/?page=${encodeURIComponent('p2')}`;
      await page.goto(`${down.url}${path}`);
      const again = page.waitForResponse((response) => response.url() === `${down.url}${path}`);
      await page.getByRole('button', { name: 'Try again' }).click();
      expect((await again).status()).toBe(502);
    });
  });

  describe('with hostile content from the backend', () => {
    let hostileServer: LecternServer;
    let backend: NativeHttpServer;
    const hostile = hostileDemoData({
      vectors: xssVectors.map((v) => v.html),
      pathSafeVectors: pathSafeVectors.map((v) => v.html),
      hostileUrls: ['javascript:__xss(9001)', `javascript:fetch('${ATTACKER_ORIGIN}/9005')`],
      carrierPosts: 4,
    });
    const carriers = [...hostile.posts]
      .sort((a, b) => Date.parse(b.published) - Date.parse(a.published))
      .slice(0, 4);

    beforeAll(async () => {
      backend = await startNativeHttpServer(hostile);
      hostileServer = await startLecternServer(build.outDir, {
        backend: { kind: 'native', url: backend.url },
      });
    });
    afterAll(async () => {
      await hostileServer?.close();
      await backend?.close();
    });

    for (const javaScriptEnabled of [false, true]) {
      test(`runs nothing of it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
        const tracked = await newPage(browser, {
          javaScriptEnabled,
          ignoreConsoleErrors: [
            // Hostile <img src=x> and the like ask this server for addresses that do not exist.
            /Failed to load resource/,
            // Chromium reports the page's policy against what DOMPurify's inert DOMParser parse meets
            // (handler and style attributes, <base>) while the browser sanitizes the body again; nothing
            // runs there, and what would show an attack running is collected below.
            /violates the following Content Security Policy directive/,
          ],
        });
        const { page, context } = tracked;
        const evidence: string[] = [];
        await context.addInitScript(() =>
          Object.assign(window, {
            __xss: (n: number) => ((window as unknown as { __xssRan: number[] }).__xssRan ??= []).push(n),
          }),
        );
        page.on('dialog', (dialog) => {
          evidence.push(`dialog: ${dialog.message()}`);
          void dialog.dismiss();
        });
        await context.route(`${ATTACKER_ORIGIN}/**`, (route) => {
          evidence.push(`request: ${route.request().url()}`);
          return route.abort();
        });
        for (const post of carriers) {
          await page.goto(`${hostileServer.url}${postPath(post)}`);
          // The post's own heading: hostile bodies carry headings of their own.
          const title = page.locator('#post-title');
          await waitVisible(tracked, title, `post ${post.id}`);
          expect(await title.textContent()).toBe(post.title);
          if (javaScriptEnabled) await waitForHydration(tracked.page);
          await page.waitForLoadState('networkidle');
          // No element of the live page carries an event handler attribute or a script URL.
          evidence.push(
            ...(await page.evaluate(() =>
              [...document.querySelectorAll('*')].flatMap((element) =>
                [...element.attributes]
                  .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
                  .map((a) => `${a.name} on ${element.outerHTML.slice(0, 160)}`),
              ),
            )),
          );
          if (javaScriptEnabled) {
            const ran = await page.evaluate(
              () => (window as unknown as { __xssRan?: number[] }).__xssRan ?? [],
            );
            evidence.push(...ran.map((n) => `__xss(${n})`));
          }
        }
        expect(evidence).toEqual([]);
      });
    }
  });
});
