/**
 * Offline reading in a real Chromium (docs/offline.md): a production build reads a post, the network
 * goes away, and a reload still shows the post, saying the reader is offline; when the connection is
 * back the bar says so, fetches afresh and goes away. Once against a native HTTP backend, once in
 * demo mode (MSW's worker and the offline worker in one).
 *
 * Playwright's setOffline() does not reach service workers, so "offline" here is both: the page told
 * it is offline (navigator.onLine, the online/offline events) and every server it used really closed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { startNativeHttpServer, type NativeHttpServer } from '../../mocks/http-server';
import { buildApp, type AppBuild, writeSiteConfig } from './support/build';
import {
  describeWithChromium,
  launchBrowser,
  newPage,
  waitVisible,
  type TrackedPage,
} from './support/chromium';
import { postPath } from '../support/post-path';
import { startStaticServer, type StaticServer } from './support/static-server';

const OFFLINE = "You're offline. Showing saved copies; they may be out of date.";
const BACK_ONLINE = 'Back online.';

const newestFirst = [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}

const newest = required(newestFirst[0], 'the newest demo post');
const post = required(newestFirst[2], 'a third demo post');

// While the servers are down, whatever was not saved fails to load, and a widget may say so.
const EXPECTED_WHILE_DOWN = [/Failed to load resource/, /net::ERR_/, /a section of the page failed/i];

/**
 * Waits until the worker has saved the page shell, every build file this page loaded (and the
 * `buildFiles` named, e.g. the code of pages to open offline) and, when `dataNeedle` is given, an API
 * answer whose URL contains it.
 */
async function savedForOffline(page: Page, dataNeedle?: string, buildFiles: string[] = []): Promise<void> {
  const deadline = Date.now() + 45_000;
  // Polled with evaluate (which awaits the promise), not waitForFunction (which takes a promise as truthy).
  for (;;) {
    const missing = await page.evaluate(
      async ({ needle, files }) => {
        const shell = await caches.open('lectern-shell-v1');
        const wanted = [
          new URL('/index.html', location.href).href,
          new URL('/config.json', location.href).href,
          ...performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .filter((name) => new URL(name).pathname.startsWith('/assets/')),
          ...files.map((file) => new URL(`/assets/${file}`, location.href).href),
        ];
        const absent: string[] = [];
        for (const url of wanted) if (!(await shell.match(url))) absent.push(url);
        if (needle) {
          const data = await caches.open('lectern-data-v1');
          if (!(await data.keys()).some((request) => request.url.includes(needle))) absent.push(needle);
        }
        return absent;
      },
      { needle: dataNeedle ?? null, files: buildFiles },
    );
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Not saved for offline reading:\n${missing.join('\n')}`);
    await page.waitForTimeout(250);
  }
}

async function expectOfflineReading(tracked: TrackedPage): Promise<void> {
  const { page } = tracked;
  await page.reload();
  await waitVisible(tracked, page.getByRole('heading', { level: 1, name: post.title }), 'the saved post');
  await waitVisible(tracked, page.getByRole('status').filter({ hasText: OFFLINE }), 'the offline bar');
}

describeWithChromium('offline reading', () => {
  let build: AppBuild | undefined;
  let browser: Browser | undefined;
  const servers: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    build = await buildApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close().catch(() => undefined)));
    await build?.cleanup();
  });

  /** Every script and stylesheet of the build. */
  function buildFiles(): string[] {
    if (!build) throw new Error('no build');
    return readdirSync(join(build.outDir, 'assets')).filter((file) => /\.(js|css)$/.test(file));
  }

  function writeConfig(config: unknown) {
    if (!build) throw new Error('no build');
    writeSiteConfig(build.outDir, config);
  }

  async function startSite(): Promise<StaticServer> {
    if (!build) throw new Error('no build');
    const site = await startStaticServer(build.outDir);
    servers.push(site);
    return site;
  }

  test('native backend: a post read once opens offline, and the blog refreshes when the network returns', async () => {
    if (!browser) throw new Error('set-up failed');
    let api: NativeHttpServer = await startNativeHttpServer(demoData);
    servers.push(api);
    writeConfig({ backend: { kind: 'native', url: api.url }, translate: { provider: 'none' } });
    const site = await startSite();
    const tracked = await newPage(browser, { ignoreConsoleErrors: EXPECTED_WHILE_DOWN });
    const { page, context } = tracked;

    await page.goto(`${site.url}${postPath(post)}`);
    await waitVisible(tracked, page.getByRole('heading', { level: 1, name: post.title }), 'the post');
    await savedForOffline(page, `/posts/${postPath(post).split('/').slice(1, 3).join('/')}/${post.slug}`);

    await context.setOffline(true);
    await api.close();
    await site.close();
    await expectOfflineReading(tracked);

    // The backend is back (same address, a renamed blog), then the connection.
    const port = Number(new URL(api.url).port);
    api = await startNativeHttpServer(
      { ...demoData, blog: { ...demoData.blog, title: 'Renamed While Away' } },
      { port },
    );
    servers.push(api);
    await context.setOffline(false);
    await waitVisible(
      tracked,
      page.getByRole('status').filter({ hasText: BACK_ONLINE }),
      'the back-online note',
    );
    // What was on screen is fetched afresh: the new title replaces the saved one.
    await waitVisible(
      tracked,
      page.getByRole('banner').getByRole('link', { name: 'Renamed While Away' }),
      'the refreshed blog title',
    );
    await page
      .getByRole('status')
      .filter({ hasText: BACK_ONLINE })
      .waitFor({ state: 'detached', timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1, name: post.title }).isVisible()).resolves.toBe(true);
  });

  test('demo mode: the post opens offline through the combined MSW + offline worker', async () => {
    if (!browser) throw new Error('set-up failed');
    writeConfig({ backend: { kind: 'demo' }, translate: { provider: 'none' } });
    const site = await startSite();
    const tracked = await newPage(browser, { ignoreConsoleErrors: EXPECTED_WHILE_DOWN });
    const { page, context } = tracked;

    await page.goto(`${site.url}${postPath(post)}`);
    await waitVisible(tracked, page.getByRole('heading', { level: 1, name: post.title }), 'the post');
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${site.url}/sw-demo.js`,
    );
    // The home page is opened offline below: its code must be saved too. The worker saves the whole
    // build (sw.js follows the chunks' references), this page's files first.
    await savedForOffline(page, undefined, buildFiles());

    await context.setOffline(true);
    await site.close();
    await expectOfflineReading(tracked);
    // Another page of the blog, in the app: the demo's data is in the page, its code in the cache.
    await page.getByRole('link', { name: 'Home', exact: true }).first().click();
    await waitVisible(
      tracked,
      page.getByRole('link', { name: newest.title, exact: true }).first(),
      'the home page',
    );

    await context.setOffline(false);
    await waitVisible(
      tracked,
      page.getByRole('status').filter({ hasText: BACK_ONLINE }),
      'the back-online note',
    );
    await page
      .getByRole('status')
      .filter({ hasText: BACK_ONLINE })
      .waitFor({ state: 'detached', timeout: 15_000 });
  });
});
