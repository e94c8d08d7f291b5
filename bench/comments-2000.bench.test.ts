/**
 * Benchmark: a post with 2,000 comments stays smooth. A production build talks to a real HTTP backend
 * (the demo blog plus 2,000 generated comments on one post); Chromium measures, with the Performance
 * API, how long the first page of comments and each "Load more comments" take to show, the longest
 * main-thread task, and how long a keystroke in the comment box takes to paint once all 2,000 are shown.
 * Run with `npm run bench`; budgets fail the run when exceeded.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoData } from '../mocks/data/index';
import type { DemoComment } from '../mocks/data/types';
import { describeWithChromium, launchBrowser, newPage } from '../tests/e2e/support/chromium';
import { writeFigures, type Figure } from './support/figures';
import { startStage, type BenchStage } from './support/stage';

const POST_ID = 'post-2023-12-05';
const POST_PATH = '/2023/12/noncompete-notices-due-by-february.html';
const COUNT = 2000;

const BUDGET = {
  firstCommentsMs: 2500,
  loadMoreMs: 400,
  longestTaskMs: 250,
  keystrokeMs: 100,
};

/** 2,000 comments, every fourth a reply to the one before it, so the thread has depth. */
function generatedComments(): DemoComment[] {
  const start = Date.parse('2023-12-06T00:00:00Z');
  return Array.from({ length: COUNT }, (_, i) => ({
    id: `g-${i}`,
    postId: POST_ID,
    parentId: i % 4 === 3 ? `g-${i - 1}` : null,
    authorName: `Reader ${i}`,
    authorUrl: null,
    published: new Date(start + i * 60_000).toISOString(),
    html: `Comment number ${i}: <b>notice periods</b> and <i>non-compete clauses</i> in practice.`,
  }));
}

describeWithChromium('a post with 2,000 comments', () => {
  let stage: BenchStage | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const comments = [...demoData.comments.filter((c) => c.postId !== POST_ID), ...generatedComments()];
    stage = await startStage({ ...demoData, comments });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stage?.close();
  });

  test('loads page by page and stays responsive', async () => {
    if (!browser || !stage) throw new Error('set-up failed');
    const { site } = stage;
    const tracked = await newPage(browser);
    const { page } = tracked;
    await page.addInitScript(() => {
      const w = window as unknown as {
        __longTasks: number[];
        __events: { name: string; duration: number }[];
      };
      w.__longTasks = [];
      w.__events = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.__events.push({ name: entry.name, duration: entry.duration });
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });

    const navigationStart = Date.now();
    await page.goto(`${site.url}${POST_PATH}`);
    const articles = page.getByRole('article', { name: /^Comment by Reader/ });
    await articles.first().waitFor();
    const firstCommentsMs = Date.now() - navigationStart;

    // Each "Load more comments" is timed inside the page, from the click to the first frame painted
    // after the new comments are in the DOM (network over loopback included, Playwright's overhead not).
    const loadMore = page.getByRole('button', { name: 'Load more comments' });
    const loadMoreTimes: number[] = [];
    while (await loadMore.isVisible()) {
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const count = () => document.querySelectorAll('article[aria-label^="Comment by Reader"]').length;
            const before = count();
            const button = [...document.querySelectorAll('button')].find(
              (b) => b.textContent === 'Load more comments',
            );
            if (!button) return reject(new Error('no Load more comments button'));
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (count() <= before) return;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            });
            observer.observe(document.body, { childList: true, subtree: true });
            button.click();
          }),
      );
      loadMoreTimes.push(ms);
    }
    const shown = await articles.count();

    // Type into the comment box with all 2,000 comments on the page.
    const box = page.getByRole('textbox', { name: 'Comment' });
    await box.click();
    await page.evaluate(() => {
      (window as unknown as { __events: unknown[] }).__events = [];
    });
    await box.pressSequentially('Still fast with two thousand comments above.', { delay: 20 });

    const { longTasks, events } = await page.evaluate(() => {
      const w = window as unknown as {
        __longTasks: number[];
        __events: { name: string; duration: number }[];
      };
      return { longTasks: w.__longTasks, events: w.__events };
    });
    const keyEvents = events.filter(
      (e) => e.name.startsWith('key') || e.name === 'input' || e.name === 'beforeinput',
    );
    const result = {
      comments: shown,
      firstCommentsMs,
      loadMoreClicks: loadMoreTimes.length,
      loadMoreMeanMs: Math.round(
        loadMoreTimes.reduce((a, b) => a + b, 0) / Math.max(1, loadMoreTimes.length),
      ),
      loadMoreMaxMs: Math.round(Math.max(0, ...loadMoreTimes)),
      longestTaskMs: Math.round(Math.max(0, ...longTasks)),
      longTasks: longTasks.length,
      keystrokeMaxMs: Math.round(Math.max(0, ...keyEvents.map((e) => e.duration))),
    };
    console.log(`\nBENCH comments-2000 ${JSON.stringify(result)}\n`);
    const group = '5 Scale: 2,000 comments on a post';
    const figures: Figure[] = [
      {
        group,
        name: 'comments shown after every "Load more"',
        value: shown,
        unit: '',
        kind: 'min',
        target: COUNT,
      },
      {
        group,
        name: 'page load → first comments',
        value: result.firstCommentsMs,
        unit: 'ms',
        kind: 'max',
        target: BUDGET.firstCommentsMs,
      },
      {
        group,
        name: `load more (slowest of ${result.loadMoreClicks})`,
        value: result.loadMoreMaxMs,
        unit: 'ms',
        kind: 'max',
        target: BUDGET.loadMoreMs,
      },
      {
        group,
        name: 'longest task',
        value: result.longestTaskMs,
        unit: 'ms',
        kind: 'max',
        target: BUDGET.longestTaskMs,
      },
      {
        group,
        name: 'keystroke with 2,000 comments shown',
        value: result.keystrokeMaxMs,
        unit: 'ms',
        kind: 'max',
        target: BUDGET.keystrokeMs,
      },
    ];
    writeFigures('comments-2000', figures);

    expect(shown).toBe(COUNT);
    expect(result.firstCommentsMs).toBeLessThanOrEqual(BUDGET.firstCommentsMs);
    expect(result.loadMoreMaxMs).toBeLessThanOrEqual(BUDGET.loadMoreMs);
    expect(result.longestTaskMs).toBeLessThanOrEqual(BUDGET.longestTaskMs);
    expect(result.keystrokeMaxMs).toBeLessThanOrEqual(BUDGET.keystrokeMs);
    expect(tracked.errors).toEqual([]);
  });
});
