/**
 * Issue 8, target 4. In Chromium, on a production build and the demo blog over real HTTP: how long
 * from a click on a post link to the post's h1 in the DOM, cold (plain click, nothing fetched
 * ahead) and prefetched (the link hovered first: src/components/post-link.tsx), how many API requests
 * one navigation makes per resource (one at most), and whether back and forward render from the cache
 * (no request at all). The behaviour itself is also held by tests/pages/navigation-requests.test.tsx.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../mocks/data/index';
import { describeWithChromium, launchBrowser, newPage } from '../tests/e2e/support/chromium';
import { misses, writeFigures, type Figure } from './support/figures';
import { apiQuiet, clickAndMeasure, median, type ClickTiming } from './support/in-page';
import { startStage, type BenchStage } from './support/stage';

/** Posts on the home page tried each way: the odd ones cold, the even ones prefetched. */
const TRIES = 4;

describeWithChromium('navigation: prefetch, requests per navigation, back/forward from cache', () => {
  let stage: BenchStage | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    stage = await startStage(demoData);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stage?.close();
  });

  test('click to content, cold and prefetched', async () => {
    if (!stage || !browser) throw new Error('set-up failed');
    const { site, api } = stage;
    const apiOrigin = new URL(api.url).origin;
    const { page } = await newPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(apiOrigin))
        requests.push(new URL(request.url()).pathname + new URL(request.url()).search);
    });
    await page.goto(`${site.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Latest posts' }).waitFor();
    await apiQuiet(page, apiOrigin);

    const links = page.locator('main .post-summary__title a');
    const cold: ClickTiming[] = [];
    const prefetched: ClickTiming[] = [];
    const back: ClickTiming[] = [];
    const forward: ClickTiming[] = [];
    let worstPerResource = 0;
    let prefetchedPostRequests = 0;
    for (let i = 0; i < TRIES * 2; i++) {
      const link = links.nth(i);
      const title = (await link.textContent())?.trim() ?? '';
      const selector = `main .post-summary__title a[href="${await link.getAttribute('href')}"]`;
      const warm = i % 2 === 1;
      if (warm) {
        await link.hover();
        await apiQuiet(page, apiOrigin);
        await page.mouse.move(0, 0);
      }
      requests.length = 0;
      const timing = await clickAndMeasure(page, { link: selector }, apiOrigin);
      await apiQuiet(page, apiOrigin);
      const perResource = new Map<string, number>();
      for (const url of requests) perResource.set(url, (perResource.get(url) ?? 0) + 1);
      worstPerResource = Math.max(worstPerResource, ...perResource.values());
      if (warm) {
        prefetchedPostRequests += requests.filter((url) => /\/posts\/\d{4}\/\d{2}\//.test(url)).length;
        prefetched.push(timing);
      } else cold.push(timing);

      requests.length = 0;
      back.push(await clickAndMeasure(page, { link: 'history.back', heading: 'Latest posts' }, apiOrigin));
      forward.push(await clickAndMeasure(page, { link: 'history.forward', heading: title }, apiOrigin));
      back.push(await clickAndMeasure(page, { link: 'history.back', heading: 'Latest posts' }, apiOrigin));
      await apiQuiet(page, apiOrigin);
      expect.soft(requests, 'back and forward make no request').toEqual([]);
    }

    const group = '4 Navigation (demo blog)';
    const figures: Figure[] = [
      {
        group,
        name: 'click → post h1, cold (median)',
        value: Math.round(median(cold.map((t) => t.clickToContentMs))),
        unit: 'ms',
        kind: 'info',
      },
      {
        group,
        name: 'click → post h1, prefetched (median)',
        value: Math.round(median(prefetched.map((t) => t.clickToContentMs))),
        unit: 'ms',
        kind: 'max',
        target: 200,
      },
      {
        group,
        name: 'post requests on a prefetched click',
        value: prefetchedPostRequests,
        unit: 'req',
        kind: 'max',
        target: 0,
      },
      {
        group,
        name: 'most requests for one resource in a navigation',
        value: worstPerResource,
        unit: 'req',
        kind: 'max',
        target: 1,
      },
      {
        group,
        name: 'back/forward → h1 (median)',
        value: Math.round(median([...back, ...forward].map((t) => t.clickToContentMs))),
        unit: 'ms',
        kind: 'info',
      },
      {
        group,
        name: 'requests on back/forward',
        value: [...back, ...forward].reduce((sum, t) => sum + t.apiRequests.length, 0),
        unit: 'req',
        kind: 'max',
        target: 0,
      },
    ];
    writeFigures('navigation', figures);
    console.log(`\nBENCH navigation ${JSON.stringify({ cold, prefetched })}\n`);
    expect(misses(figures)).toEqual([]);
  });
});
