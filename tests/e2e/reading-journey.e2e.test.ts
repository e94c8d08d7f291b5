/**
 * A reader's journey through the demo blog in a real Chromium, on a wide and a narrow screen:
 * home → newest post → its author's profile → the Blog Archive widget → a month → a label → a
 * search → a missing page → home, then back/forward scroll restoration. Production build behind
 * a plain static server (one build for this file); data from the MSW service worker (demo mode).
 */
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { describeWithChromium, newPage, waitVisible, type TrackedPage } from './support/chromium';
import {
  box,
  calendarMonth,
  horizontalOverflow,
  monthName,
  newestFirst,
  postCount,
  postsIn,
  scrollY,
  step,
} from './support/journey-helpers';
import { postPath } from '../support/post-path';
import { useProductionSite } from './support/production-site';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---- What the journey expects, from the demo data ------------------------------------------------

const blog = demoData.blog;
const posts = newestFirst(demoData.posts);
const newestPost = required(posts[0], 'the newest demo post');
const newestAuthor = required(
  demoData.authors.find((author) => author.id === newestPost.authorId),
  `the author of ${newestPost.id}`,
);

// The Blog Archive step opens the month of this post, in a year that starts closed (not the newest).
const archivePost = required(
  demoData.posts.find((post) => post.id === 'post-2020-09-25'),
  "demo post 'post-2020-09-25'",
);
const archiveAt = calendarMonth(archivePost);
const archiveYearPosts = postsIn(demoData.posts, archiveAt.year);
const archiveMonthPosts = postsIn(demoData.posts, archiveAt.year, archiveAt.month);
const archiveMonthName = monthName(archiveAt.month);

// Several words, so the URL has to encode it and the page has to decode it.
const LABEL = 'Wage and Hour';
const labelledTitles = new Set(posts.filter((post) => post.labels.includes(LABEL)).map((post) => post.title));

// A word in exactly one post title (also checked below), so the result is predictable.
const SEARCH_WORD = 'panic';
const titleMatches = posts.filter((post) => post.title.toLowerCase().includes(SEARCH_WORD));

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 360, height: 780 },
] as const;

/** At or below this width the stylesheet stacks the sidebar under the main column (52rem). */
const STACKED_MAX_WIDTH = 52 * 16;

test('the demo data holds what the journey relies on', () => {
  expect(archiveAt.year).not.toBe(calendarMonth(newestPost).year);
  expect(archiveMonthPosts.length).toBeGreaterThan(0);
  expect(labelledTitles.size).toBeGreaterThan(0);
  expect(titleMatches.map((post) => post.id)).toHaveLength(1);
  expect(newestAuthor.phone && newestAuthor.email).toBeTruthy();
});

describeWithChromium('a reader’s journey through the production build', () => {
  const production = useProductionSite();

  const origin = () => production().site.url;
  const pathname = (page: Page) => new URL(page.url()).pathname;

  async function expectNoHorizontalScroll(page: Page, where: string) {
    const measured = await horizontalOverflow(page);
    expect(
      measured.scrollWidth,
      `horizontal scrolling on ${where}: scrollWidth ${measured.scrollWidth} > innerWidth ${measured.innerWidth}; ` +
        `sticking out: ${measured.widest.join(', ') || 'nothing found'}`,
    ).toBeLessThanOrEqual(measured.innerWidth);
  }

  async function expectSidebarPlacement(tracked: TrackedPage, width: number, where: string) {
    const { page } = tracked;
    const main = await box(page.getByRole('main'), `main on ${where}`);
    const sidebar = await box(
      page.getByRole('complementary', { name: 'Blog sidebar' }),
      `the sidebar on ${where}`,
    );
    if (width <= STACKED_MAX_WIDTH) {
      // One column: the sidebar follows the main column.
      expect(sidebar.y, `sidebar top vs main top on ${where}`).toBeGreaterThan(main.y);
      expect(sidebar.y, `sidebar starts below main's bottom on ${where}`).toBeGreaterThanOrEqual(
        main.y + main.height - 1,
      );
    } else {
      // Two columns: the sidebar is to the right of main, starting at about the same height.
      expect(sidebar.x, `sidebar left vs main right on ${where}`).toBeGreaterThan(main.x + main.width - 4);
      expect(Math.abs(sidebar.y - main.y), `sidebar and main tops on ${where}`).toBeLessThan(50);
    }
  }

  async function expectFocusedHeading(page: Page, name: string) {
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const active = document.activeElement;
            return active ? `${active.tagName}: ${active.textContent ?? ''}` : 'nothing';
          }),
        { timeout: 5_000, message: 'the focused element after the navigation' },
      )
      .toBe(`H1: ${name}`);
  }

  async function expectExpanded(toggle: Locator, expanded: boolean) {
    await expect
      .poll(() => toggle.getAttribute('aria-expanded'), { timeout: 5_000, message: 'aria-expanded' })
      .toBe(String(expanded));
  }

  for (const viewport of VIEWPORTS) {
    test(`at ${viewport.width}×${viewport.height}`, async () => {
      const tracked = await newPage(production().browser);
      const { page } = tracked;
      // newPage() takes no viewport option: resize before the first navigation.
      await page.setViewportSize(viewport);
      const main = page.getByRole('main');
      const sidebar = page.getByRole('complementary', { name: 'Blog sidebar' });

      await step(page, '1. home page', async () => {
        const response = await page.goto(`${origin()}/`);
        expect(response?.status()).toBe(200);
        const newestLink = main.getByRole('link', { name: newestPost.title, exact: true });
        await waitVisible(tracked, newestLink, `the newest post's link "${newestPost.title}"`);
        await waitVisible(
          tracked,
          page.getByRole('banner').getByRole('link', { name: blog.title, exact: true }),
          `the blog title link "${blog.title}" in the banner`,
        );
        // The sidebar's widgets load on their own: wait for the last one before measuring layout.
        await waitVisible(
          tracked,
          sidebar.getByRole('region', { name: 'Labels' }).getByRole('link').first(),
          'the Labels widget',
        );
        await expectNoHorizontalScroll(page, 'the home page');
        await expectSidebarPlacement(tracked, viewport.width, 'the home page');
      });

      await step(page, '2. open the newest post', async () => {
        await main.getByRole('link', { name: newestPost.title, exact: true }).click();
        const heading = main.getByRole('heading', { level: 1, name: newestPost.title, exact: true });
        await waitVisible(tracked, heading, `the post's h1 "${newestPost.title}"`);
        expect(pathname(page)).toBe(postPath(newestPost));
        await expectFocusedHeading(page, newestPost.title);
        await expect
          .poll(() => page.title(), { timeout: 5_000, message: 'document.title' })
          .toMatch(new RegExp(`^${escapeRegExp(newestPost.title)}`));

        // Wait for what loads after the article (comments, the author card) so the page is complete.
        await waitVisible(tracked, main.getByRole('region', { name: /comments?:$/ }), 'the comments section');
        await waitVisible(
          tracked,
          sidebar.getByRole('img', { name: `Photo of ${newestAuthor.displayName}` }),
          'the About Me photo',
        );
        await expectNoHorizontalScroll(page, 'a post page');
        await expectSidebarPlacement(tracked, viewport.width, 'a post page');
        await page.screenshot({ path: `/tmp/journey-post-${viewport.width}.png`, fullPage: true });
      });

      await step(page, "3. the post's author profile", async () => {
        const byline = main.getByRole('link', { name: newestAuthor.displayName, exact: true });
        expect(await byline.count(), 'author links in main (the "Posted by" byline)').toBe(1);
        await byline.click();
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 1, name: newestAuthor.displayName, exact: true }),
          `the profile's h1 "${newestAuthor.displayName}"`,
        );
        expect(pathname(page)).toBe(`/profile/${newestAuthor.id}`);
        await waitVisible(
          tracked,
          main.getByRole('img', { name: `Photo of ${newestAuthor.displayName}`, exact: true }),
          'the profile photo',
        );
        // The bio's phone number and email address are links.
        const phone = main.getByRole('link', { name: newestAuthor.phone, exact: true });
        const email = main.getByRole('link', { name: newestAuthor.email, exact: true });
        expect(await phone.getAttribute('href')).toMatch(/^tel:\+?\d+$/);
        expect(await email.getAttribute('href')).toBe(`mailto:${newestAuthor.email}`);
        await expectNoHorizontalScroll(page, 'the profile page');
        await expectSidebarPlacement(tracked, viewport.width, 'the profile page');
      });

      await step(page, '4. the Blog Archive widget', async () => {
        const archive = sidebar.getByRole('region', { name: 'Blog Archive' });
        // A `has` filter's locator is resolved inside each candidate, so it starts from `page`.
        const yearToggle = page.getByRole('button', {
          name: `${archiveAt.year}, ${postCount(archiveYearPosts.length)}`,
          exact: true,
        });
        const monthToggle = page.getByRole('button', {
          name: `${archiveMonthName}, ${postCount(archiveMonthPosts.length)}`,
          exact: true,
        });
        const yearButton = archive.locator(yearToggle);
        await waitVisible(tracked, yearButton, `the ${archiveAt.year} toggle`);
        const yearItem = archive.getByRole('listitem').filter({ has: yearToggle });
        const monthButton = yearItem.locator(monthToggle);

        // Not the year being read: it starts closed. Open, close, open.
        await expectExpanded(yearButton, false);
        expect(await monthButton.count()).toBe(0);
        await yearButton.click();
        await expectExpanded(yearButton, true);
        await waitVisible(tracked, monthButton, `the ${archiveMonthName} toggle`);
        await yearButton.click();
        await expectExpanded(yearButton, false);
        await monthButton.waitFor({ state: 'detached', timeout: 5_000 });
        await yearButton.click();
        await expectExpanded(yearButton, true);

        await waitVisible(tracked, monthButton, `the ${archiveMonthName} toggle`);
        await expectExpanded(monthButton, false);
        await monthButton.click();
        await expectExpanded(monthButton, true);
        const monthItem = yearItem.getByRole('listitem').filter({ has: monthToggle });
        for (const post of archiveMonthPosts) {
          await waitVisible(
            tracked,
            monthItem.getByRole('link', { name: post.title, exact: true }),
            `"${post.title}" under ${archiveMonthName}`,
          );
        }

        await yearItem.getByRole('link', { name: archiveMonthName, exact: true }).click();
        await waitVisible(
          tracked,
          main.getByRole('heading', {
            level: 1,
            name: `Posts from ${archiveMonthName} ${archiveAt.year} (${archiveMonthPosts.length})`,
            exact: true,
          }),
          'the month archive h1',
        );
        expect(pathname(page)).toBe(`/${archiveAt.year}/${String(archiveAt.month).padStart(2, '0')}/`);
      });

      await step(page, '5. a label', async () => {
        await sidebar
          .getByRole('region', { name: 'Labels' })
          .getByRole('link', { name: LABEL, exact: true })
          .click();
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 1, name: `Showing posts with label ${LABEL}`, exact: true }),
          'the label page h1',
        );
        expect(pathname(page)).toBe(`/search/label/${encodeURIComponent(LABEL)}`);
        const listed = await main
          .getByRole('article')
          .getByRole('heading', { level: 3 })
          .getByRole('link')
          .allInnerTexts();
        expect(listed.length).toBeGreaterThan(0);
        expect(new Set(listed).size, 'no post listed twice').toBe(listed.length);
        for (const title of listed) {
          expect(labelledTitles.has(title), `"${title}" carries the label "${LABEL}"`).toBe(true);
        }
        expect(listed[0]).toBe(posts.find((post) => post.labels.includes(LABEL))?.title);
      });

      await step(page, '6. search', async () => {
        const searchbox = sidebar
          .getByRole('region', { name: 'Search This Blog' })
          .getByRole('searchbox', { name: 'Search this blog', exact: true });
        await searchbox.fill(SEARCH_WORD);
        await searchbox.press('Enter');
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 1, name: `Search results for “${SEARCH_WORD}”`, exact: true }),
          'the search results h1',
        );
        const url = new URL(page.url());
        expect(url.pathname).toBe('/search');
        expect(url.search).toBe(`?q=${SEARCH_WORD}`);
        const results = main.getByRole('article').getByRole('heading', { level: 3 }).getByRole('link');
        expect(await results.count()).toBeGreaterThanOrEqual(1);
        for (const post of titleMatches) {
          await waitVisible(tracked, results.filter({ hasText: post.title }), `the result "${post.title}"`);
        }
        expect(await searchbox.inputValue()).toBe(SEARCH_WORD);
      });

      await step(page, '7. a missing page', async () => {
        await page.goto(`${origin()}/no/such/page`);
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 1, name: 'Page not found', exact: true }),
          'the "Page not found" h1',
        );
        await main.getByRole('link', { name: 'Go to the home page', exact: true }).click();
        await waitVisible(
          tracked,
          main.getByRole('link', { name: newestPost.title, exact: true }),
          'the newest post on the home page',
        );
        expect(pathname(page)).toBe('/');
      });

      await step(page, '8. back restores the scroll position', async () => {
        const olderPosts = main.getByRole('navigation', { name: 'More posts' }).getByRole('link', {
          name: 'Older posts',
          exact: true,
        });
        await waitVisible(tracked, olderPosts, 'the "Older posts" link');
        await page.evaluate(() => window.scrollTo(0, 1500));
        const before = await scrollY(page);
        expect(before, 'the home page is tall enough to scroll to 1500').toBeGreaterThan(1450);

        // A mouse click would first scroll the link into view and move the position under test.
        // Keyboard activation of the focused link is a real user action that leaves it alone.
        await olderPosts.evaluate((link: HTMLElement) => link.focus({ preventScroll: true }));
        expect(await scrollY(page)).toBe(before);
        await page.keyboard.press('Enter');
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 1, name: 'Older posts', exact: true }),
          'the "Older posts" page',
        );
        expect(new URL(page.url()).searchParams.getAll('page')).toHaveLength(1);
        await expect
          .poll(() => scrollY(page), { timeout: 5_000, message: 'scrollY on the older page' })
          .toBeLessThan(50);

        await page.goBack();
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 1, name: 'Latest posts', exact: true }),
          'the home page after going back',
        );
        expect(pathname(page)).toBe('/');
        await expect
          .poll(async () => Math.abs((await scrollY(page)) - before), {
            timeout: 5_000,
            message: `distance from the scroll position before leaving (${before})`,
          })
          .toBeLessThanOrEqual(50);
      });

      expect(tracked.errors).toEqual([]);
    });
  }
});
