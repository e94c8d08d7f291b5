/**
 * Right to left in a real Chromium (production build, demo blog): config.json's `ui.locale: "ar"`
 * makes the page `<html lang="ar" dir="rtl">`, and the stylesheet, written in logical properties only
 * (docs/architecture.md), mirrors the layout. At 1280 and 360 px, on the home page and the field guide
 * post (a reply thread ten levels deep, a wide table, code, an aligned image): the sidebar sits left of
 * the main column, replies are indented from the right, the post's "Newer" link is on the right, the
 * archive's triangles point left, nothing scrolls or sticks out sideways, and axe (the rules of
 * accessibility.e2e) finds nothing in either colour scheme. The same pages with the same config but
 * no `ui` are checked the other way round, so both directions are covered.
 *
 * Lectern's words are in Arabic there, so nothing below finds an element by its English name.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fieldGuideComments, fieldGuidePost } from '../../mocks/data/field-guide';
import { formatFindings, installAxe, runAxe } from './support/axe';
import { buildApp, writeSiteConfig, type AppBuild } from './support/build';
import {
  describeWithChromium,
  launchBrowser,
  newPage,
  waitVisible,
  type TrackedPage,
} from './support/chromium';
import { postPath } from '../support/post-path';
import { startStaticServer, type StaticServer } from './support/static-server';

const RTL_CONFIG = { backend: { kind: 'demo' }, ui: { locale: 'ar' }, translate: { provider: 'none' } };
/** The same blog in its own language (the demo's en-US), the reader's words in English. */
const LTR_CONFIG = { backend: { kind: 'demo' }, translate: { provider: 'none' } };

const WIDTHS = [1280, 360] as const;
const HEIGHT = 800;
const POST = postPath(fieldGuidePost);
const LAST_IN_THREAD = fieldGuideComments.filter((comment) => comment.parentId !== null).at(-1);
const FIRST_REPLY = fieldGuideComments.find((comment) => comment.parentId !== null);
if (!LAST_IN_THREAD || !FIRST_REPLY?.parentId) throw new Error('the field guide post needs a reply thread');

/** Anything still loading, by class and role (their labels are translated). */
const LOADING = '.skeleton[role=status], .archive__loading, .app-loading, .nav-progress[data-active="true"]';

type Route = { name: string; path: string };
const ROUTES: Route[] = [
  { name: 'home', path: '/' },
  { name: 'the field guide post', path: POST },
];

type Box = { left: number; right: number; top: number; width: number };

/** What the assertions read off the page, in one pass. */
type Drawn = {
  dir: string | null;
  lang: string | null;
  direction: string;
  main: Box;
  sidebars: Box[];
  scrollWidth: number;
  clientWidth: number;
  /** Elements past either edge of the viewport, outside anything that scrolls or clips them. */
  outside: string[];
  /** The archive's first disclosure triangle: its computed transform. */
  toggle: string | null;
  reply: Box | null;
  parent: Box | null;
  newer: Box | null;
  older: Box | null;
};

async function open(tracked: TrackedPage, base: string, route: Route): Promise<void> {
  const { page } = tracked;
  await page.goto(`${base}${route.path}`);
  await waitVisible(tracked, page.locator('main h1'), `the h1 of ${route.name}`);
  await waitVisible(tracked, page.locator('aside .archive__toggle').first(), 'the Blog Archive');
  if (route.path === POST) {
    await waitVisible(
      tracked,
      page.locator(`[id="c${LAST_IN_THREAD?.id ?? ''}"] > article`),
      'the last reply of the thread',
    );
  }
  await page.waitForFunction((selector) => document.querySelector(selector) === null, LOADING, {
    timeout: 20_000,
  });
  await page.waitForFunction(
    () => [...document.images].every((image) => image.complete || image.loading === 'lazy'),
    null,
    { timeout: 20_000 },
  );
}

function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(
    ({ replyId, parentId }) => {
      const box = (element: Element | null | undefined): Box | null => {
        if (!element) return null;
        const { left, right, top, width } = element.getBoundingClientRect();
        return { left, right, top, width };
      };
      const root = document.documentElement;
      const limit = root.clientWidth;
      // In a right-to-left page what sticks out on the right is cut off, not scrollable: scrollWidth
      // alone would not see it.
      const clipped = (element: Element) => {
        for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
          if (getComputedStyle(at).overflowX !== 'visible') return true;
        }
        return false;
      };
      const outside = [...document.querySelectorAll('body *')]
        .filter((element) => {
          const { left, right, width } = element.getBoundingClientRect();
          return width > 0 && (left < -0.5 || right > limit + 0.5) && !clipped(element);
        })
        .slice(-5)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
      const toggle = document.querySelector('aside .archive__toggle > span');
      return {
        dir: root.getAttribute('dir'),
        lang: root.getAttribute('lang'),
        direction: getComputedStyle(document.body).direction,
        main: box(document.querySelector('main')) as Box,
        sidebars: [...document.querySelectorAll('aside, [role=complementary]')].map((a) => box(a) as Box),
        scrollWidth: root.scrollWidth,
        clientWidth: limit,
        outside,
        toggle: toggle ? getComputedStyle(toggle).transform : null,
        reply: box(document.querySelector(`[id="c${replyId}"] > article`)),
        parent: box(document.querySelector(`[id="c${parentId}"] > article`)),
        newer: box(document.querySelector('.post-pager .pager__newer')),
        older: box(document.querySelector('.post-pager .pager__older')),
      };
    },
    { replyId: FIRST_REPLY?.id ?? '', parentId: FIRST_REPLY?.parentId ?? '' },
  );
}

async function expectAxeClean(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await runAxe(page);
    if (violations.length > 0) throw new Error(formatFindings(violations, `${where} (${scheme} scheme)`));
  }
}

describeWithChromium('right to left (config.json ui.locale "ar") and left to right', () => {
  let build: AppBuild;
  let ltrDir: string;
  let rtlSite: StaticServer;
  let ltrSite: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    build = await buildApp();
    // One build, two blogs: a copy of it carries the left-to-right config.
    ltrDir = mkdtempSync(join(tmpdir(), 'lectern-e2e-ltr-'));
    cpSync(build.outDir, ltrDir, { recursive: true });
    writeSiteConfig(build.outDir, RTL_CONFIG);
    writeSiteConfig(ltrDir, LTR_CONFIG);
    [rtlSite, ltrSite, browser] = await Promise.all([
      startStaticServer(build.outDir),
      startStaticServer(ltrDir),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), rtlSite?.close(), ltrSite?.close()]);
    if (ltrDir) rmSync(ltrDir, { recursive: true, force: true });
    await build?.cleanup();
  });

  for (const direction of ['rtl', 'ltr'] as const) {
    for (const width of WIDTHS) {
      for (const route of ROUTES) {
        test(`${direction}: ${route.name} at ${width} px is mirrored ${direction === 'rtl' ? 'right to left' : 'back'}, stays on screen and passes axe`, async () => {
          const tracked = await newPage(browser);
          const { page } = tracked;
          await installAxe(tracked.context);
          await page.setViewportSize({ width, height: HEIGHT });
          await open(tracked, (direction === 'rtl' ? rtlSite : ltrSite).url, route);
          const got = await drawn(page);
          const rtl = direction === 'rtl';

          if (rtl) {
            expect({ dir: got.dir, lang: got.lang }).toEqual({ dir: 'rtl', lang: 'ar' });
          } else {
            expect(got.dir ?? 'ltr').toBe('ltr');
            expect(got.lang).toMatch(/^en\b/);
          }
          expect(got.direction).toBe(direction);

          // The sidebar: beside the main column at the inline end (left in Arabic), under it on a phone.
          expect(got.sidebars).toHaveLength(1);
          const [side] = got.sidebars as [Box];
          if (width >= 1280) {
            if (rtl) expect(side.right).toBeLessThanOrEqual(got.main.left);
            else expect(side.left).toBeGreaterThanOrEqual(got.main.right);
          } else {
            expect(side.top).toBeGreaterThan(got.main.top);
          }

          expect(got.scrollWidth, `scrollWidth ${got.scrollWidth}`).toBeLessThanOrEqual(got.clientWidth);
          expect(got.outside, 'past the edge of the screen').toEqual([]);

          // The archive's closed ► points to the text after it: turned in a right-to-left page.
          expect(got.toggle).toBe(rtl ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');

          if (route.path === POST) {
            const { reply, parent, newer, older } = got;
            if (!reply || !parent) throw new Error('the first reply or its parent is not drawn');
            // Indented from the inline start: the right in Arabic; the other edge lines up.
            if (rtl) {
              expect(reply.right).toBeLessThan(parent.right - 4);
              expect(reply.left).toBeCloseTo(parent.left, 0);
            } else {
              expect(reply.left).toBeGreaterThan(parent.left + 4);
              expect(reply.right).toBeCloseTo(parent.right, 0);
            }
            // "Newer" comes first in reading order: on the right in Arabic.
            if (!newer || !older) throw new Error('the post pager has no newer or older link');
            if (rtl) expect(newer.left).toBeGreaterThan(older.right);
            else expect(newer.right).toBeLessThan(older.left);
          }

          await expectAxeClean(page, `${route.path} (${direction}, ${width} px)`);
        });
      }
    }
  }
});
