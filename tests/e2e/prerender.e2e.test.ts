/**
 * `npm run prerender` on the demo blog, served by a plain static server (the e2e suite's own, with its
 * SPA fallback to index.html) in Chromium: a post is real HTML a reader without JavaScript can read and
 * follow; with JavaScript it hydrates over that HTML with no console error (a hydration mismatch is
 * one) and the next click stays in the app; an address that has no file (a search, an older page the
 * host cannot tell from the home page) is drawn by the browser, with its own title.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { startNativeHttpServer, type NativeHttpServer } from '../../mocks/http-server';
import { prerender, type PrerenderResult } from '../../server/prerender/run';
import { parseLecternConfig } from '../../server/server-config';
import { buildApp, type AppBuild } from './support/build';
import {
  describeWithChromium,
  launchBrowser,
  markParsedHeading,
  newPage,
  parsedHeadingKept,
  waitForHydration,
  waitVisible,
} from './support/chromium';
import { postPath } from '../support/post-path';
import { startStaticServer, type StaticServer } from './support/static-server';

const newestFirst = [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
const withComments = demoData.posts.find((post) => post.id === 'post-2020-06-23')!;
const older = newestFirst[newestFirst.indexOf(withComments) + 1]!;

describeWithChromium('npm run prerender: the demo blog on a static host', () => {
  let build: AppBuild;
  let out: string;
  let result: PrerenderResult;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    build = await buildApp();
    out = mkdtempSync(join(tmpdir(), 'lectern-e2e-prerender-'));
    const config = parseLecternConfig({ backend: { kind: 'demo' }, siteUrl: 'https://demo.example/' });
    result = await prerender({ config, distDir: build.outDir, outDir: out });
    [site, browser] = await Promise.all([startStaticServer(out), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
    await build?.cleanup();
  });

  test('writes every page of the demo blog', () => {
    expect(result.failed).toEqual([]);
    const posts = result.rendered.filter((path) => /^\/\d{4}\/\d{2}\/.+\.html$/.test(path));
    expect(posts.length).toBe(demoData.posts.length);
    expect(result.rendered).toContain('/404.html');
  });

  test('with JavaScript off, a post is readable and its links go to the next file', async () => {
    const tracked = await newPage(browser, { javaScriptEnabled: false });
    const { page } = tracked;
    const response = await page.goto(`${site.url}${postPath(withComments)}`);
    expect(response?.status()).toBe(200);
    await waitVisible(tracked, page.getByRole('heading', { level: 1, name: withComments.title }), 'the post');
    expect(await page.locator('.date-header').first().textContent()).toBe('Tuesday, June 23, 2020');
    const sidebar = page.getByRole('complementary', { name: 'Blog sidebar' });
    expect(await sidebar.getByRole('heading', { name: 'Blog Archive' }).count()).toBe(1);
    await page.getByRole('link', { name: `Older Post: ${older.title}` }).click();
    await waitVisible(tracked, page.getByRole('heading', { level: 1, name: older.title }), 'the older post');
    expect(page.url()).toBe(`${site.url}${postPath(older)}`);
  });

  test('with JavaScript, the post hydrates over the file without an error, and the next click stays in the app', async () => {
    const tracked = await newPage(browser);
    await markParsedHeading(tracked);
    const { page } = tracked;
    await page.goto(`${site.url}${postPath(withComments)}`);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(await parsedHeadingKept(tracked)).toBe(true);
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

  test('home, a month, a label and a profile hydrate cleanly', async () => {
    const tracked = await newPage(browser);
    await markParsedHeading(tracked);
    const { page } = tracked;
    for (const path of [
      '/',
      '/2020/06/',
      `/search/label/${encodeURIComponent(withComments.labels[0]!)}`,
      `/profile/${withComments.authorId}`,
    ]) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status(), path).toBe(200);
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      expect(await parsedHeadingKept(tracked), path).toBe(true);
    }
  });

  test('an address with no file gets the home page file, and the browser draws that address instead', async () => {
    const tracked = await newPage(browser);
    const { page } = tracked;
    await page.goto(`${site.url}/search?q=visa`);
    await waitVisible(tracked, page.getByRole('heading', { level: 1, name: /visa/i }), 'the search results');
    // The home page's head tags went with its file: one title, the search page's.
    expect(await page.locator('head title').count()).toBe(1);
    expect(await page.title()).toMatch(/visa/i);
    // An older page, which this host answers with the home page's file: drawn as the older page.
    await page.goto(`${site.url}/?page=o10`);
    await waitVisible(tracked, page.getByRole('link', { name: /Newer posts/i }), 'the newer posts link');
    expect(await page.locator('article.post-summary').first().innerText()).toContain(newestFirst[10]!.title);
  });
});

describeWithChromium('npm run prerender: a native backend, under the CSP of the _headers it wrote', () => {
  let build: AppBuild;
  let out: string;
  let backend: NativeHttpServer;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    build = await buildApp();
    backend = await startNativeHttpServer(demoData);
    out = mkdtempSync(join(tmpdir(), 'lectern-e2e-prerender-csp-'));
    const config = parseLecternConfig({
      backend: { kind: 'native', url: backend.url },
      siteUrl: 'https://blog.example.org/',
    });
    const result = await prerender({ config, distDir: build.outDir, outDir: out });
    expect(result.failed).toEqual([]);
    // The headers of its `/*` rule, as a host that reads _headers sends them.
    const rules = readFileSync(join(out, '_headers'), 'utf8').split('\n/assets/*')[0]!;
    const headers = Object.fromEntries(
      [...rules.matchAll(/^ {2}([\w-]+): (.+)$/gm)].map((match) => [match[1]!, match[2]!]),
    );
    expect(headers['Content-Security-Policy']).toContain("script-src 'self';");
    expect(headers['Content-Security-Policy']).toContain('require-trusted-types-for');
    [site, browser] = await Promise.all([startStaticServer(out, { headers }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await backend?.close();
    if (out) rmSync(out, { recursive: true, force: true });
    await build?.cleanup();
  });

  test('a post hydrates with no CSP or Trusted Types violation, and the next page comes from the backend', async () => {
    const tracked = await newPage(browser);
    await markParsedHeading(tracked);
    const { page } = tracked;
    const violations: string[] = [];
    await tracked.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site.url}${postPath(withComments)}`);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(await parsedHeadingKept(tracked)).toBe(true);
    await page.getByRole('link', { name: `Older Post: ${older.title}` }).click();
    await waitVisible(tracked, page.getByRole('heading', { level: 1, name: older.title }), 'the older post');
    expect(violations).toEqual([]);
  });
});
