/**
 * A production build in front of a bad backend: the demo blog as a real HTTP server (mocks/http-server.ts)
 * in fault mode, answering 30 % of requests with a 503, every answer up to 3 s late, and the very first
 * request never. Every kind of page must render or explain itself (a named error with Try again)
 * within 15 s, without an uncaught error.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { faultsFrom } from '../../mocks/backend/faults';
import { demoData } from '../../mocks/data/index';
import { startNativeHttpServer, type NativeHttpServer } from '../../mocks/http-server';
import { writeSiteConfig } from './support/build';
import { describeWithChromium, newPage, waitVisible } from './support/chromium';
import { postPath } from '../support/post-path';
import { useProductionSite } from './support/production-site';

const FAULTS = faultsFrom({ errors: 0.3, latency: 3_000, hang: 1, seed: 20_260_301 });
/** What the issue promises a reader facing a bad backend. */
const EXPLAINED_WITHIN_MS = 15_000;

const newest = [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published))[0];
const label = newest?.labels[0] ?? '';

const ROUTES: [kind: string, path: string][] = [
  ['home', '/'],
  ['post', newest ? postPath(newest) : '/'],
  ['archive', '/archive'],
  ['year', '/2020/'],
  ['month', '/2020/06/'],
  ['label', `/search/label/${encodeURIComponent(label)}`],
  ['search', '/search?q=visa'],
  ['profile', `/profile/${demoData.blog.mainAuthorId}`],
  ['static page', '/p/about.html'],
  ['unknown address', '/no/such/page.html'],
];

/**
 * Chromium reports each failed request in the console itself ("Failed to load resource: … 503"); those
 * lines are the faults this test injects, not the app's errors. Everything else counts.
 */
const BROWSER_NETWORK_LINES = [/^Failed to load resource: the server responded with a status of 503/];

describeWithChromium('a production build in front of a backend in fault mode', () => {
  const stage = useProductionSite();
  let api: NativeHttpServer | undefined;

  beforeAll(async () => {
    api = await startNativeHttpServer(demoData, { faults: FAULTS });
    const { build } = stage();
    writeSiteConfig(build.outDir, {
      backend: { kind: 'native', url: api.url },
      translate: { provider: 'none' },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  // First, so it meets the request that hangs (the server's first): whichever that is, it is explained.
  // The clock starts with that request, not with the page's own files: it is the backend being timed.
  test('the request that never gets an answer is explained as a timeout, with Try again', async () => {
    const { browser, site } = stage();
    const tracked = await newPage(browser, { ignoreConsoleErrors: BROWSER_NETWORK_LINES });
    const { page } = tracked;
    const firstApiRequest = page.waitForRequest((request) => request.url().startsWith(api?.url ?? '-'));
    await page.goto(`${site.url}/`, { waitUntil: 'commit' });
    await firstApiRequest;
    const started = Date.now();
    const timeout = page
      .getByRole('alert')
      .filter({ hasText: /Couldn’t load .+\. The blog took too long to answer \(no answer within 10 s\)/ });
    await waitVisible(
      tracked,
      timeout,
      'the timeout explained',
      EXPLAINED_WITHIN_MS - (Date.now() - started),
    );
    expect(await timeout.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  });

  test.each(ROUTES)('the %s page renders or explains itself within 15 s', async (_kind, path) => {
    const { browser, site } = stage();
    const tracked = await newPage(browser, { ignoreConsoleErrors: BROWSER_NETWORK_LINES });
    const { page } = tracked;
    const started = Date.now();
    await page.goto(`${site.url}${path}`, { waitUntil: 'commit' });
    const heading = page.locator('main h1').first();
    await waitVisible(
      tracked,
      heading,
      `${path}: a page heading or an error`,
      EXPLAINED_WITHIN_MS - (Date.now() - started),
    );
    if ((await heading.textContent()) === 'This could not be loaded') {
      const alert = page
        .getByRole('alert')
        .filter({ has: page.getByRole('heading', { level: 1, name: 'This could not be loaded' }) });
      await expect(alert.textContent()).resolves.toMatch(/Couldn’t load .+\. \S/);
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    }
  });
});
