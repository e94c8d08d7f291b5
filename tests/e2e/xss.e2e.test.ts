/**
 * The XSS corpus (tests/fixtures/xss-vectors.ts) in every field a backend controls
 * (mocks/data/hostile.ts), served over HTTP on the native contract and in the WordPress and Blogger
 * wire formats, read by a production build in Chromium. Nothing may run: no dialog, no call to the
 * `__xss` spy, no global set or clobbered, no request to the attacker's host; and every page still
 * renders, its hostile title shown as text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hostileDemoData } from '../../mocks/data/hostile';
import { DEMO_BLOGGER_BLOG_ID, createBloggerHandlers } from '../../mocks/handlers/blogger';
import { createWordPressHandlers } from '../../mocks/handlers/wordpress';
import { startHandlersHttpServer, type HandlersHttpServer } from '../../mocks/handlers-http-server';
import { startNativeHttpServer, type NativeHttpServer } from '../../mocks/http-server';
import { labelUrl, profileUrl, searchUrl } from '../../src/lib/paths';
import { ATTACKER_ORIGIN, pathSafeVectors, xssVectors } from '../fixtures/xss-vectors';
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

const HOSTILE_URLS = [
  'javascript:__xss(9001)',
  ' JaVaScRiPt:__xss(9002)',
  'data:text/html,<script>__xss(9003)</script>',
  'vbscript:msgbox(9004)',
  `javascript:fetch('${ATTACKER_ORIGIN}/9005')`,
];
const CARRIERS = 4;

const hostile = hostileDemoData({
  vectors: xssVectors.map((v) => v.html),
  pathSafeVectors: pathSafeVectors.map((v) => v.html),
  hostileUrls: HOSTILE_URLS,
  carrierPosts: CARRIERS,
});
const newestFirst = [...hostile.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
const carriers = newestFirst.slice(0, CARRIERS);
const commented = carriers[0];
/** A hostile label (the last one each post got). */
const hostileLabel = commented?.labels.at(-1) ?? '';

type Watch = {
  /** Everything that would show an attack ran, collected so far. */
  evidence(): Promise<string[]>;
};

/**
 * Installs the spy before any script of the page runs, and records dialogs and any request to the
 * attacker's host (which is answered with an error, never reaching the network).
 */
async function watch(tracked: TrackedPage): Promise<Watch> {
  const { page, context } = tracked;
  const seen: string[] = [];
  await context.addInitScript(() => {
    const hits: number[] = [];
    Object.defineProperty(window, '__xssHits', { value: hits });
    (window as unknown as { __xss: (n: number) => void }).__xss = (n) => hits.push(n);
  });
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  await context.route(/attacker\.test/, (route) => {
    seen.push(`request: ${route.request().url()}`);
    void route.abort('blockedbyclient');
  });
  return {
    async evidence() {
      const inPage = await page.evaluate(() => {
        const w = window as unknown as { __xssHits?: number[]; __xssSet?: unknown; __xss?: unknown };
        return {
          hits: w.__xssHits ?? [],
          set: typeof w.__xssSet === 'undefined' ? null : String(w.__xssSet),
          spyReplaced: typeof w.__xss !== 'function',
        };
      });
      return [
        ...seen,
        ...inPage.hits.map((n) => `__xss(${n}) ran`),
        ...(inPage.set === null ? [] : [`window.__xssSet = ${inPage.set}`]),
        ...(inPage.spyReplaced ? ['window.__xss was clobbered'] : []),
      ];
    },
  };
}

async function settle(page: Page): Promise<void> {
  // Let error handlers of broken images and lazy chunks fire before looking for evidence.
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
}

async function expectHeading(tracked: TrackedPage, text: string | RegExp, what: string): Promise<void> {
  const heading = tracked.page.getByRole('heading', { level: 1 });
  await waitVisible(tracked, heading.filter({ hasText: text }).first(), what);
}

/** Broken images (`src=x`) are expected to 404; nothing else may be logged as an error. */
const IGNORED_CONSOLE = [/Failed to load resource/];

describeWithChromium('the XSS corpus in every backend field', () => {
  let build: AppBuild | undefined;
  let site: StaticServer | undefined;
  let native: NativeHttpServer | undefined;
  let wire: HandlersHttpServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = await buildApp();
    site = await startStaticServer(build.outDir);
    native = await startNativeHttpServer(hostile);
    wire = await startHandlersHttpServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await wire?.close();
    await native?.close();
    await site?.close();
    await build?.cleanup();
  });

  function configure(backend: Record<string, unknown>): void {
    if (!build) throw new Error('no build');
    writeSiteConfig(build.outDir, { backend, translate: { provider: 'none' } });
  }

  test(`has at least 150 vectors (${xssVectors.length})`, () => {
    expect(xssVectors.length).toBeGreaterThanOrEqual(150);
    expect(pathSafeVectors.length).toBeGreaterThan(10);
  });

  test('native backend: home, every carrier post, all comments, archive, label, search, profile, page', async () => {
    if (!browser || !site || !native || !commented) throw new Error('set-up failed');
    configure({ kind: 'native', url: native.url });
    const tracked = await newPage(browser, { ignoreConsoleErrors: IGNORED_CONSOLE });
    const { page } = tracked;
    const spy = await watch(tracked);
    const visited: string[] = [];
    const check = async (where: string) => {
      await settle(page);
      visited.push(where);
      expect(await spy.evidence(), `after ${visited.join(' → ')}`).toEqual([]);
    };

    await page.goto(`${site.url}/`);
    await waitVisible(tracked, page.getByRole('link', { name: carriers[1]?.title ?? '' }).first(), 'home');
    await check('home');

    for (const post of carriers) {
      await page.goto(`${site.url}${postPath(post)}`);
      // The title is the hostile string itself, as text: it was never parsed as markup.
      await expectHeading(tracked, post.title, `post ${post.slug}`);
      await check(post.slug);
    }

    await page.goto(`${site.url}${postPath(commented)}`);
    await expectHeading(tracked, commented.title, 'the commented post');
    // Comments may wait until their section scrolls into view, as a reader would get to them.
    await page
      .getByRole('heading', { name: /comments?:?$/i })
      .first()
      .scrollIntoViewIfNeeded();
    await waitVisible(tracked, page.getByRole('article', { name: /^Comment by / }).first(), 'comments');
    const more = page.getByRole('button', { name: 'Load more comments' });
    const shown = page.getByRole('article', { name: /^Comment by / });
    for (let i = 0; i < 20 && (await more.count()) > 0; i += 1) {
      const before = await shown.count();
      await more.click();
      // The next page is in (the button may not even have shown "Loading comments…" yet when asked).
      await expect.poll(() => shown.count(), { timeout: 15_000 }).toBeGreaterThan(before);
      await page.getByRole('button', { name: 'Loading comments…' }).waitFor({ state: 'detached' });
    }
    const attackComments = hostile.comments.filter((c) => c.postId === commented.id).length;
    expect(await page.getByRole('article', { name: /^Comment by / }).count()).toBe(attackComments);
    await check('all comments');

    await page.goto(`${site.url}/archive`);
    await expectHeading(tracked, /archive/i, 'the archive');
    await check('archive');

    await page.goto(`${site.url}${labelUrl(hostileLabel)}`);
    await expectHeading(tracked, hostileLabel, 'a hostile label');
    await check('label');

    await page.goto(`${site.url}${searchUrl('wage')}`);
    await expectHeading(tracked, /wage/, 'search results');
    await check('search');

    for (const author of hostile.authors) {
      await page.goto(`${site.url}${profileUrl(author.id)}`);
      await expectHeading(tracked, author.displayName, `profile of ${author.id}`);
      await check(`profile ${author.id}`);
    }

    for (const staticPage of hostile.pages) {
      await page.goto(`${site.url}/p/${staticPage.slug}.html`);
      await expectHeading(tracked, staticPage.title, `page ${staticPage.slug}`);
      await check(`page ${staticPage.slug}`);
    }
  });

  const wireFormats = [
    {
      kind: 'wordpress',
      backend: (origin: string) => ({ kind: 'wordpress', url: origin }),
      handlers: (origin: string) => createWordPressHandlers(hostile, origin),
    },
    {
      kind: 'blogger',
      backend: (origin: string) => ({
        kind: 'blogger',
        blogId: DEMO_BLOGGER_BLOG_ID,
        key: 'e2e-key',
        url: `${origin}/blogger/v3`,
      }),
      handlers: (origin: string) => createBloggerHandlers(hostile, `${origin}/blogger/v3`),
    },
  ];

  test.each(wireFormats)('$kind wire format: home, the carrier posts and their comments', async (format) => {
    if (!browser || !site || !wire || !commented) throw new Error('set-up failed');
    wire.use(format.handlers(wire.origin));
    configure(format.backend(wire.origin));
    const tracked = await newPage(browser, { ignoreConsoleErrors: IGNORED_CONSOLE });
    const { page } = tracked;
    const spy = await watch(tracked);

    await page.goto(`${site.url}/`);
    await waitVisible(tracked, page.getByRole('heading', { level: 1 }).first(), 'home');
    await settle(page);
    expect(await spy.evidence(), 'home').toEqual([]);

    for (const post of carriers) {
      await page.goto(`${site.url}${postPath(post)}`);
      await waitVisible(tracked, page.getByRole('heading', { level: 1 }).first(), `post ${post.slug}`);
      if (post === commented) {
        await waitVisible(
          tracked,
          page.getByRole('article', { name: /^Comment by / }).first(),
          'its comments',
        );
      }
      await settle(page);
      expect(await spy.evidence(), post.slug).toEqual([]);
    }
  });
});
