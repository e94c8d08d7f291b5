/**
 * One build, many backends: replacing config.json in a built dist/ retargets the app with no
 * rebuild. The same build is pointed at a real HTTP server speaking the native contract, then
 * given a broken config.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { startNativeHttpServer, type NativeHttpServer } from '../../mocks/http-server';
import { buildApp, type AppBuild, writeSiteConfig } from './support/build';
import { describeWithChromium, launchBrowser, newPage, waitVisible } from './support/chromium';
import { startStaticServer, type StaticServer } from './support/static-server';

const RETARGETED_TITLE = 'A Blog Behind Its Own Server';

describeWithChromium('replacing config.json in a built dist/', () => {
  let build: AppBuild | undefined;
  let site: StaticServer | undefined;
  let api: NativeHttpServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = await buildApp();
    site = await startStaticServer(build.outDir);
    // Same posts, another title: proves the page's data came from this server, not the demo worker.
    api = await startNativeHttpServer({ ...demoData, blog: { ...demoData.blog, title: RETARGETED_TITLE } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await site?.close();
    await build?.cleanup();
  });

  function writeConfig(config: unknown) {
    if (!build) throw new Error('no build');
    writeSiteConfig(build.outDir, config);
  }

  test('a native backend named in config.json serves the blog, with no service worker', async () => {
    if (!browser || !site || !api) throw new Error('set-up failed');
    writeConfig({ backend: { kind: 'native', url: api.url }, translate: { provider: 'none' } });
    const tracked = await newPage(browser);
    const { page } = tracked;
    await page.goto(`${site.url}/`);
    await waitVisible(
      tracked,
      page.getByRole('banner').getByRole('link', { name: RETARGETED_TITLE }),
      'the retargeted title',
    );
    const newest = demoData.posts[0];
    if (!newest) throw new Error('no demo posts');
    await waitVisible(
      tracked,
      page.getByRole('link', { name: newest.title, exact: true }),
      'the newest post',
    );
    // No demo (MSW) worker: at most the offline worker, public/sw.js (docs/offline.md).
    const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
    expect(worker === null || new URL(worker).pathname === '/sw.js').toBe(true);
    expect(tracked.errors).toEqual([]);
  });

  test('a broken config.json shows a configuration error that names the field', async () => {
    if (!browser || !site) throw new Error('set-up failed');
    writeConfig({ backend: { kind: 'native', url: 42 } });
    const tracked = await newPage(browser, { ignoreConsoleErrors: [] });
    const { page } = tracked;
    await page.goto(`${site.url}/`);
    await waitVisible(
      tracked,
      page.getByRole('heading', { level: 1, name: 'Configuration error' }),
      'the error page',
    );
    expect(await page.getByRole('alert').textContent()).toContain('backend.url should be a URL');
    expect(tracked.errors).toEqual([]);
  });
});
