/**
 * The demo blog end to end, in a real Chromium: the production build behind a plain static
 * server, and the Vite dev server. Data comes from the MSW service worker (demo mode).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { describeWithChromium, launchBrowser, newPage, waitVisible } from './support/chromium';
import { startDevServer, type DevServer } from './support/dev-server';
import { postPath } from '../support/post-path';
import { useProductionSite } from './support/production-site';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}

const newestPost = required(
  [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published))[0],
  'the newest demo post',
);
const september2020Post = required(
  demoData.posts.find((post) => post.id === 'post-2020-09-25'),
  "demo post 'post-2020-09-25'",
);

describeWithChromium('production build served by a static server', () => {
  const production = useProductionSite();

  const origin = () => production().site.url;
  const openPage = () => newPage(production().browser);

  test('the home page lists the newest post and shows the blog title', async () => {
    const tracked = await openPage();
    const { page } = tracked;

    const response = await page.goto(`${origin()}/`);
    expect(response?.status()).toBe(200);

    const postLink = page.getByRole('link', { name: newestPost.title, exact: true }).first();
    await waitVisible(tracked, postLink, `a link named "${newestPost.title}"`);
    const blogTitle = page.getByRole('banner').getByRole('link', { name: demoData.blog.title, exact: true });
    await waitVisible(tracked, blogTitle, `a link named "${demoData.blog.title}" in the banner`);

    expect(await postLink.isVisible()).toBe(true);
    expect(await blogTitle.isVisible()).toBe(true);
    expect(tracked.errors).toEqual([]);
  });

  test('clicking the newest post opens it at its URL, and reloading there works', async () => {
    const tracked = await openPage();
    const { page } = tracked;
    await page.goto(`${origin()}/`);

    const postLink = page.getByRole('link', { name: newestPost.title, exact: true }).first();
    await waitVisible(tracked, postLink, `a link named "${newestPost.title}"`);
    await postLink.click();

    const heading = page.getByRole('heading', { level: 1, name: newestPost.title, exact: true });
    await waitVisible(tracked, heading, `an h1 named "${newestPost.title}"`);
    expect(new URL(page.url()).pathname).toBe(postPath(newestPost));

    // Reload the deep link: the server must answer it with the app (SPA fallback).
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    await waitVisible(tracked, heading, `an h1 named "${newestPost.title}" after a reload`);
    expect(new URL(page.url()).pathname).toBe(postPath(newestPost));
    expect(tracked.errors).toEqual([]);
  });

  test('a direct visit to a post URL renders that post, also after a reload', async () => {
    const tracked = await openPage();
    const { page } = tracked;
    const path = postPath(september2020Post);
    expect(path).toMatch(/^\/2020\/09\/[a-z0-9-]+\.html$/);

    const response = await page.goto(`${origin()}${path}`);
    expect(response?.status()).toBe(200);
    const heading = page.getByRole('heading', {
      level: 1,
      name: september2020Post.title,
      exact: true,
    });
    await waitVisible(tracked, heading, `an h1 named "${september2020Post.title}"`);

    // Second load of the same deep link, now with the service worker already in control.
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    await waitVisible(tracked, heading, `an h1 named "${september2020Post.title}" after a reload`);
    expect(new URL(page.url()).pathname).toBe(path);
    expect(tracked.errors).toEqual([]);
  });
});

describeWithChromium('dev server', () => {
  let server: DevServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startDevServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the home page lists the newest post', async () => {
    const tracked = await newPage(required(browser, 'the browser'));
    const { page } = tracked;

    const response = await page.goto(`${required(server, 'the dev server').url}/`);
    expect(response?.status()).toBe(200);

    // The first visit may make Vite optimise dependencies and reload the page: allow for it.
    const postLink = page.getByRole('link', { name: newestPost.title, exact: true }).first();
    await waitVisible(tracked, postLink, `a link named "${newestPost.title}"`, 45_000);
    expect(await postLink.isVisible()).toBe(true);
    expect(tracked.errors).toEqual([]);
  });
});
