/**
 * Server rendering, hydration: a post served by `npm start` (in front of the native JSON backend over
 * real HTTP on 127.0.0.1) opened in Chromium (Playwright), 5 times in fresh browser contexts with the
 * CPU slowed 4× through the DevTools protocol (Emulation.setCPUThrottlingRate: the CPU multiplier of
 * Lighthouse's mobile preset, here applied for real) and 5 times unthrottled. A PerformanceObserver
 * (`longtask`, buffered) records every task over 50 ms; the figure is the longest task that starts
 * after the first contentful paint, where hydration's work lands (reported, no target). The load is
 * done when React has attached to #root, no API request has been in flight for 300 ms and 1 s more
 * has passed. Also checked on every load: no console error or page error, and the server's <h1> is
 * still the one in the DOM (hydration kept the server's HTML rather than drawing the page again).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../mocks/data/index';
import { describeWithChromium, launchBrowser, newPage } from '../tests/e2e/support/chromium';
import { writeFigures, type Figure } from './support/figures';
import { apiQuiet, median } from './support/in-page';
import { startBenchLecternServer, type BenchLecternServer } from './support/lectern-server';
import { POST_PATH } from './support/server-pages';
import { startStage, type BenchStage } from './support/stage';

const LOADS = 5;
const CPU_SLOWDOWN = 4;

type LoadResult = {
  fcpMs: number;
  longestAfterPaintMs: number;
  longestBeforePaintMs: number;
  longTasksAfterPaint: number;
  serverHeadingKept: boolean;
  errors: string[];
};

describeWithChromium('hydration of a post served by npm start', () => {
  let stage: BenchStage | undefined;
  let server: BenchLecternServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    stage = await startStage(demoData);
    server = await startBenchLecternServer(stage.distDir, {
      backend: { kind: 'native', url: stage.api.url },
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stage?.close();
  });

  async function loadOnce(rate: number): Promise<LoadResult> {
    if (!browser || !server || !stage) throw new Error('set-up failed');
    const tracked = await newPage(browser);
    const { page, context } = tracked;
    try {
      await context.addInitScript(() => {
        const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
        // The server's <h1>, marked as the parser inserts it, before any script runs.
        const observer = new MutationObserver(() => {
          const heading = document.querySelector('main h1');
          if (!heading) return;
          (heading as unknown as { fromServer: boolean }).fromServer = true;
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${server.url}${POST_PATH}`);
      await page.waitForFunction(
        () =>
          Object.keys(document.getElementById('root') ?? {}).some((key) =>
            key.startsWith('__reactContainer'),
          ),
        undefined,
        { timeout: 60_000 },
      );
      await apiQuiet(page, new URL(stage.api.url).origin);
      await page.waitForTimeout(1_000);
      const measured = await page.evaluate(() => {
        const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
        const fcp =
          performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')
            ?.startTime ?? Number.NaN;
        const heading = document.querySelector('main h1') as unknown as { fromServer?: boolean } | null;
        return { fcp, tasks: w.__longTasks, kept: heading?.fromServer === true };
      });
      const after = measured.tasks.filter((task) => task.start >= measured.fcp);
      const before = measured.tasks.filter((task) => task.start < measured.fcp);
      return {
        fcpMs: measured.fcp,
        longestAfterPaintMs: Math.max(0, ...after.map((task) => task.duration)),
        longestBeforePaintMs: Math.max(0, ...before.map((task) => task.duration)),
        longTasksAfterPaint: after.length,
        serverHeadingKept: measured.kept,
        errors: [...tracked.errors],
      };
    } finally {
      await tracked.close();
    }
  }

  test('longest task after first paint, with no console error', async () => {
    const figures: Figure[] = [];
    const all: LoadResult[] = [];
    for (const rate of [CPU_SLOWDOWN, 1]) {
      const loads: LoadResult[] = [];
      for (let i = 0; i < LOADS; i++) loads.push(await loadOnce(rate));
      all.push(...loads);
      console.log(
        `hydration, CPU ${rate}×: ${JSON.stringify(loads.map((load) => ({ ...load, errors: load.errors.length })))}`,
      );
      const cpu = rate === 1 ? 'unthrottled' : `${rate}× CPU`;
      const group = '6 Server: hydration of a post';
      figures.push(
        {
          group,
          name: `longest task after first paint, ${cpu} (median of ${LOADS})`,
          value: Math.round(median(loads.map((load) => load.longestAfterPaintMs))),
          unit: 'ms',
          kind: 'info',
        },
        {
          group,
          name: `longest task after first paint, ${cpu} (worst of ${LOADS})`,
          value: Math.round(Math.max(...loads.map((load) => load.longestAfterPaintMs))),
          unit: 'ms',
          kind: 'info',
        },
        {
          group,
          name: `longest task before first paint, ${cpu} (median of ${LOADS})`,
          value: Math.round(median(loads.map((load) => load.longestBeforePaintMs))),
          unit: 'ms',
          kind: 'info',
        },
        {
          group,
          name: `first contentful paint, ${cpu} (median of ${LOADS})`,
          value: Math.round(median(loads.map((load) => load.fcpMs))),
          unit: 'ms',
          kind: 'info',
        },
      );
    }
    const errors = all.flatMap((load) => load.errors);
    const kept = all.filter((load) => load.serverHeadingKept).length;
    const group = '6 Server: hydration of a post';
    figures.push(
      {
        group,
        name: `console and page errors over ${all.length} loads`,
        value: errors.length,
        unit: '',
        kind: 'max',
        target: 0,
      },
      {
        group,
        name: `loads that kept the server's HTML (of ${all.length})`,
        value: kept,
        unit: '',
        kind: 'min',
        target: all.length,
      },
    );
    writeFigures('server-hydration', figures);
    console.log(`\nBENCH server-hydration ${JSON.stringify(figures)}\n`);
    if (errors.length) console.log(`hydration errors:\n${errors.join('\n')}`);
    expect(errors).toEqual([]);
    expect(kept).toBe(all.length);
  });
});
