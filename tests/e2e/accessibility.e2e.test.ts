/**
 * WCAG 2.2 AA in a real Chromium: axe-core (WCAG 2.0–2.2 A/AA + best practices) on every route of
 * the production build, at 360 px and 1280 px, in the light and the dark colour scheme. Zero
 * violations is the bar; a failure lists each rule with its elements. Each page is also checked for
 * horizontal scrolling (reflow, WCAG 1.4.10) at 360 px and 320 px, and at 640 px: 1280 px zoomed
 * to 200 %.
 *
 * One build and one browser for the file; one page (browser context) per width, reused for every
 * route, the two widths side by side. Each route is loaded once per width and checked in both
 * schemes: `prefers-color-scheme` is switched with page.emulateMedia, which restyles the loaded
 * page. AXE_VERBOSE=1 also prints what axe could not decide.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatFindings, installAxe, runAxe } from './support/axe';
import { describeWithChromium, newPage, type TrackedPage } from './support/chromium';
import { horizontalOverflow } from './support/journey-helpers';
import { useProductionSite } from './support/production-site';

type Route = { name: string; path: string; h1: string | RegExp };

/** Every kind of page the app has (the configuration error page is checked separately below). */
const ROUTES: Route[] = [
  { name: 'home', path: '/', h1: 'Latest posts' },
  {
    name: 'post with comments',
    path: '/2020/06/proclamation-suspends-new-work-visas.html',
    h1: /Proclamation/,
  },
  { name: 'archive', path: '/archive', h1: /^Archive/ },
  { name: 'year archive', path: '/2020/', h1: /^Posts from 2020/ },
  { name: 'month archive', path: '/2020/09/', h1: /^Posts from September 2020/ },
  { name: 'label', path: '/search/label/Immigration', h1: 'Showing posts with label Immigration' },
  { name: 'search with results', path: '/search?q=visa', h1: 'Search results for “visa”' },
  { name: 'search without results', path: '/search?q=zzzz', h1: 'Search results for “zzzz”' },
  { name: 'profile', path: '/profile/marisol-vega', h1: 'Marisol Vega' },
  { name: 'not found', path: '/no/such/page', h1: 'Page not found' },
];

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280] as const;
const HEIGHT = 800;

/** Anything still loading: widget and comment skeletons, the archive's month list, the progress bar. */
const LOADING = '[role=status][aria-label^="Loading"], .archive__loading, .nav-progress[data-active="true"]';

/** Waits for the page's h1, the sidebar's widgets and (on a post) the comments to have loaded. */
async function waitForContent(page: Page, route: Route): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1, name: route.h1 });
  await h1.waitFor({ state: 'visible', timeout: 20_000 });
  await page
    .getByRole('complementary')
    .getByRole('region', { name: 'Blog Archive' })
    .getByRole('list')
    .first()
    .waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForFunction((selector) => document.querySelector(selector) === null, LOADING, {
    timeout: 20_000,
  });
  // Images have their size from width/height; waiting for them keeps contrast checks stable. Lazy
  // ones (post bodies) load when scrolled near, so they are not waited for.
  await page.waitForFunction(
    () => [...document.images].every((image) => image.complete || image.loading === 'lazy'),
    null,
    { timeout: 20_000 },
  );
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const verbose = Boolean(process.env.AXE_VERBOSE);
  const { violations, incomplete } = await runAxe(page, { incomplete: verbose });
  if (incomplete.length > 0) {
    console.info(`axe could not decide on ${where}:\n${formatFindings(incomplete, where)}`);
  }
  if (violations.length > 0) throw new Error(formatFindings(violations, where));
}

async function expectReflow(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth, widest } = await horizontalOverflow(page);
  expect(
    scrollWidth,
    `${where}: horizontal scrolling (scrollWidth ${scrollWidth} > ${innerWidth}); sticking out: ${widest.join(', ')}`,
  ).toBeLessThanOrEqual(innerWidth);
}

/** Reflow at the narrower widths this width stands for: 320 px for a phone, 200 % zoom for a desktop. */
async function expectReflowAt(page: Page, width: number, where: string): Promise<void> {
  const widths = width < 400 ? [width, 320] : [width / 2];
  for (const narrow of widths) {
    if (narrow !== width) await page.setViewportSize({ width: narrow, height: HEIGHT });
    await expectReflow(page, `${where} at ${narrow} px`);
  }
  await page.setViewportSize({ width, height: HEIGHT });
}

describeWithChromium('accessibility (axe-core, WCAG 2.2 AA) in the production build', () => {
  const production = useProductionSite();

  /** One page (own browser context) per width, reused for every route; both load each route at once. */
  type Viewer = { width: number; tracked: TrackedPage; errorsSeen: number };
  let viewers: Viewer[] = [];

  beforeAll(async () => {
    const opened = production().browser;
    viewers = await Promise.all(
      WIDTHS.map(async (width) => {
        // Opened outside a test: closed in afterAll, and its page errors checked by each test.
        const tracked = await newPage(opened);
        await installAxe(tracked.context);
        await tracked.page.setViewportSize({ width, height: HEIGHT });
        return { width, tracked, errorsSeen: 0 };
      }),
    );
  });

  afterAll(async () => {
    await Promise.all(viewers.map((viewer) => viewer.tracked.close()));
  });

  /**
   * On the loaded page: axe in each colour scheme (a media feature: switching it restyles the same
   * document, no reload), reflow, and no page errors since the last check. Returns what failed.
   */
  async function check(viewer: Viewer, where: string): Promise<string[]> {
    const { page, errors } = viewer.tracked;
    const failures: string[] = [];
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      if (dark !== (scheme === 'dark')) failures.push(`could not switch ${where} to the ${scheme} scheme`);
      await expectNoViolations(page, `${where} (${scheme} scheme, ${viewer.width} px)`).catch(
        (error: unknown) => failures.push(error instanceof Error ? error.message : String(error)),
      );
    }
    await expectReflowAt(page, viewer.width, where).catch((error: unknown) =>
      failures.push(error instanceof Error ? error.message : String(error)),
    );
    const fresh = errors.slice(viewer.errorsSeen);
    viewer.errorsSeen = errors.length;
    if (fresh.length > 0)
      failures.push(`page errors on ${where} at ${viewer.width} px:\n${fresh.join('\n')}`);
    return failures;
  }

  async function expectAllPass(where: string): Promise<void> {
    const failures = (await Promise.all(viewers.map((viewer) => check(viewer, where)))).flat();
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
  }

  for (const route of ROUTES) {
    test(`${route.name} (${WIDTHS.join(' and ')} px, light and dark)`, async () => {
      const { site } = production();
      const url = `${site.url}${route.path}`;
      await Promise.all(
        viewers.map(async ({ tracked: { page } }) => {
          await page.goto(url);
          await waitForContent(page, route);
        }),
      );
      await expectAllPass(route.path);
    });
  }

  test(`configuration error (${WIDTHS.join(' and ')} px, light and dark)`, async () => {
    const { site, build } = production();
    const url = `${site.url}/`;
    const configFile = join(build.outDir, 'config.json');
    const original = await readFile(configFile, 'utf8');
    await writeFile(configFile, '{ "backend": { "kind": "gopher" } }');
    try {
      await Promise.all(
        viewers.map(async ({ tracked: { page } }) => {
          await page.goto(url);
          await page
            .getByRole('heading', { level: 1, name: 'Configuration error' })
            .waitFor({ state: 'visible', timeout: 20_000 });
        }),
      );
    } finally {
      await writeFile(configFile, original);
    }
    await expectAllPass('the configuration error page');
  });

  test("prefers-reduced-motion: reduce turns the navigation progress bar's animation off", async () => {
    const { browser, site } = production();
    const { page } = await newPage(browser);
    await page.goto(`${site.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible', timeout: 20_000 });
    const transition = () =>
      page.evaluate(() => {
        const bar = document.querySelector<HTMLElement>('.nav-progress');
        if (!bar) throw new Error('no .nav-progress in the layout');
        bar.dataset.active = 'true';
        const duration = getComputedStyle(bar).transitionDuration;
        bar.dataset.active = 'false';
        return duration;
      });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await transition()).not.toMatch(/^0s(, 0s)*$/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await transition()).toMatch(/^0s(, 0s)*$/);
  });
});
