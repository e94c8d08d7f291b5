/**
 * A keyboard-only reader in a real Chromium (production build, demo backend): only key presses
 * (Tab, Shift+Tab, Enter, Space, typing), and after each step an assertion of where focus is.
 * Skip link → main → a post → the Blog Archive widget (open/close a year, open a month) → the month
 * page → a label → the search form → a post → reply to a comment and publish → the Translate widget.
 * Every Tab stop on the way must show a visible focus indicator. A second test: a comment that fails
 * to publish leaves focus on Publish and says why in an alert.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { describeWithChromium, newPage, waitVisible } from './support/chromium';
import { expectFocus, focused, tabTo } from './support/focus';
import { calendarMonth, monthName, newestFirst, postCount, postsIn, step } from './support/journey-helpers';
import { postPath } from '../support/post-path';
import { useProductionSite } from './support/production-site';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}

// ---- What the journey expects, from the demo data ------------------------------------------------

const posts = newestFirst(demoData.posts);
const newestPost = required(posts[0], 'the newest demo post');
// A year that starts closed when reading the newest post, and its newest month.
const YEAR = calendarMonth(newestPost).year - 1;
const yearPosts = postsIn(demoData.posts, YEAR);
const MONTH = calendarMonth(required(yearPosts[0], `a post from ${YEAR}`)).month;
const monthPosts = postsIn(demoData.posts, YEAR, MONTH);
const monthLabel = required(monthPosts[0]?.labels[0], `a label on the newest post of ${YEAR}-${MONTH}`);
const SEARCH_WORD = 'proclamation';
const commented = required(
  demoData.posts.find((post) => post.slug === 'proclamation-suspends-new-work-visas'),
  'the demo post with a comment thread',
);
const REPLY_TO = 'Hoang Nguyen';

const pathname = (page: Page) => new URL(page.url()).pathname;

async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
}

async function expectExpanded(toggle: Locator, expanded: boolean): Promise<void> {
  await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 5_000 }).toBe(String(expanded));
}

describeWithChromium('keyboard-only use of the production build', () => {
  const production = useProductionSite();

  test('the demo data holds what the journey relies on', () => {
    expect(yearPosts.length).toBeGreaterThan(0);
    expect(commented.title.toLowerCase()).toContain(SEARCH_WORD);
    expect(demoData.comments.some((c) => c.postId === commented.id && c.authorName === REPLY_TO)).toBe(true);
  });

  test('skip link → post → archive → month → label → search → reply → translate, by keyboard alone', async () => {
    const { browser, site } = production();
    const tracked = await newPage(browser);
    const { page } = tracked;
    await page.setViewportSize({ width: 1280, height: 900 });
    const main = page.getByRole('main');
    const sidebar = page.getByRole('complementary', { name: 'Blog sidebar' });
    const h1 = (name: string | RegExp) => main.getByRole('heading', { level: 1, name, exact: true });

    await page.goto(`${site.url}/`);
    await waitVisible(tracked, h1('Latest posts'), 'the home page h1');
    await waitVisible(
      tracked,
      sidebar.getByRole('region', { name: 'Labels' }).getByRole('link').first(),
      'the Labels widget',
    );

    await step(page, '1. the first Tab reaches "Skip to content"; Enter moves focus to main', async () => {
      await press(page, 'Tab');
      const skip = page.getByRole('link', { name: 'Skip to content', exact: true });
      await expectFocus(page, skip, 'the "Skip to content" link');
      expect((await focused(page)).indicated, 'the skip link shows a focus indicator').toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen').toBe(true);
      await press(page, 'Enter');
      await expectFocus(page, main, 'the main landmark');
    });

    await step(page, '2. Tab reaches the first post link; Enter opens it and focuses its h1', async () => {
      await press(page, 'Tab');
      const link = main.getByRole('link', { name: newestPost.title, exact: true }).first();
      await expectFocus(page, link, `the link to "${newestPost.title}"`);
      await press(page, 'Enter');
      await waitVisible(tracked, h1(newestPost.title), `the post's h1 "${newestPost.title}"`);
      expect(pathname(page)).toBe(postPath(newestPost));
      await expectFocus(page, h1(newestPost.title), 'the post h1');
    });

    const archive = sidebar.getByRole('region', { name: 'Blog Archive' });
    const yearName = `${YEAR}, ${postCount(yearPosts.length)}`;
    const yearToggle = archive.getByRole('button', { name: yearName, exact: true });
    // Month names repeat from year to year: look for the month inside its year's list item.
    const yearItem = archive
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: yearName, exact: true }) });
    const monthToggle = yearItem.getByRole('button', {
      name: `${monthName(MONTH)}, ${postCount(monthPosts.length)}`,
      exact: true,
    });

    await step(page, `3. Tab to the Blog Archive's ${YEAR}; Space and Enter toggle it`, async () => {
      await waitVisible(tracked, yearToggle, `the ${YEAR} toggle`);
      await tabTo(page, yearToggle, `the ${YEAR} toggle`);
      await expectExpanded(yearToggle, false);
      await press(page, 'Space');
      await expectExpanded(yearToggle, true);
      await expectFocus(page, yearToggle, `the ${YEAR} toggle, still`);
      await press(page, 'Space');
      await expectExpanded(yearToggle, false);
      await press(page, 'Enter');
      await expectExpanded(yearToggle, true);
      await expectFocus(page, yearToggle, `the ${YEAR} toggle, still`);
    });

    await step(page, `4. open ${monthName(MONTH)} ${YEAR}, then follow its link`, async () => {
      await press(page, 'Tab');
      await expectFocus(
        page,
        archive.getByRole('link', { name: String(YEAR), exact: true }),
        `the ${YEAR} link`,
      );
      await press(page, 'Tab');
      await expectFocus(page, monthToggle, `the ${monthName(MONTH)} toggle`);
      await expectExpanded(monthToggle, false);
      await press(page, 'Enter');
      await expectExpanded(monthToggle, true);
      for (const post of monthPosts) {
        await waitVisible(
          tracked,
          yearItem.getByRole('link', { name: post.title, exact: true }),
          `"${post.title}"`,
        );
      }
      const monthLink = yearItem.getByRole('link', { name: monthName(MONTH), exact: true });
      await press(page, 'Tab');
      await expectFocus(page, monthLink, `the ${monthName(MONTH)} link`);
      // Back and forth: Shift+Tab returns to the toggle.
      await press(page, 'Shift+Tab');
      await expectFocus(page, monthToggle, `the ${monthName(MONTH)} toggle again`);
      await press(page, 'Tab');
      await expectFocus(page, monthLink, `the ${monthName(MONTH)} link again`);
      await press(page, 'Enter');
      const heading = h1(`Posts from ${monthName(MONTH)} ${YEAR} (${monthPosts.length})`);
      await waitVisible(tracked, heading, 'the month archive h1');
      expect(pathname(page)).toBe(`/${YEAR}/${String(MONTH).padStart(2, '0')}/`);
      await expectFocus(page, heading, 'the month archive h1');
    });

    await step(page, `5. Tab to the label "${monthLabel}"; Enter opens its page`, async () => {
      const label = main.getByRole('link', { name: monthLabel, exact: true }).first();
      await tabTo(page, label, `the label link "${monthLabel}"`);
      await press(page, 'Enter');
      const heading = h1(`Showing posts with label ${monthLabel}`);
      await waitVisible(tracked, heading, 'the label page h1');
      await expectFocus(page, heading, 'the label page h1');
    });

    await step(page, `6. Tab to the search box, type "${SEARCH_WORD}", Enter`, async () => {
      const searchbox = sidebar.getByRole('searchbox', { name: 'Search this blog', exact: true });
      await tabTo(page, searchbox, 'the search box', { max: 250 });
      await page.keyboard.type(SEARCH_WORD);
      await press(page, 'Enter');
      const heading = h1(`Search results for “${SEARCH_WORD}”`);
      await waitVisible(tracked, heading, 'the search results h1');
      expect(new URL(page.url()).search).toBe(`?q=${SEARCH_WORD}`);
      await expectFocus(page, heading, 'the search results h1');
    });

    await step(page, `7. Tab to the result "${commented.title}"; Enter opens it`, async () => {
      const result = main.getByRole('link', { name: commented.title, exact: true }).first();
      await tabTo(page, result, `the result "${commented.title}"`);
      await press(page, 'Enter');
      await waitVisible(tracked, h1(commented.title), 'the post h1');
      expect(pathname(page)).toBe(postPath(commented));
      await expectFocus(page, h1(commented.title), 'the post h1');
    });

    const replyText = 'Typed with the keyboard alone.';
    await step(page, `8. reply to ${REPLY_TO}: Reply, type, Publish`, async () => {
      const replyButton = main.getByRole('link', { name: `Reply to ${REPLY_TO}`, exact: true }).first();
      await waitVisible(tracked, replyButton, `the "Reply to ${REPLY_TO}" button`);
      await tabTo(page, replyButton, `the "Reply to ${REPLY_TO}" button`);
      await press(page, 'Enter');
      const form = main.getByRole('form', { name: `Reply to ${REPLY_TO}` });
      await waitVisible(tracked, form, 'the reply form');
      await expectFocus(
        page,
        form.getByRole('textbox', { name: 'Comment' }),
        "the reply form's Comment field",
      );
      await page.keyboard.type(replyText);
      await press(page, 'Tab');
      await expectFocus(page, form.getByRole('textbox', { name: /^Name/ }), "the reply form's Name field");
      await page.keyboard.type('Kim Keyboard');
      await press(page, 'Tab');
      await expectFocus(
        page,
        form.getByRole('button', { name: 'Publish', exact: true }),
        'the Publish button',
      );

      // The status region must exist before it speaks, or screen readers miss the message.
      const status = main.getByRole('region', { name: /comments?:$/ }).getByRole('status');
      expect(await status.count(), 'one status region in the comments section').toBe(1);
      await status.evaluate((el) => el.setAttribute('data-live-probe', ''));
      await press(page, 'Enter');

      const reply = main.getByRole('article', { name: 'Comment by Kim Keyboard' });
      await waitVisible(tracked, reply, 'the published reply');
      expect(await reply.textContent()).toContain(replyText);
      await expect
        .poll(() => status.textContent(), { timeout: 5_000 })
        .toBe('Your comment has been published.');
      expect(
        await status.evaluate((el) => el.hasAttribute('data-live-probe')),
        'the same live region announced it (not one inserted with the message)',
      ).toBe(true);
      // The form went back under the thread, emptied; focus is in it, ready for another comment.
      const topForm = main.getByRole('form', { name: 'Post a Comment' });
      await expectFocus(
        page,
        topForm.getByRole('textbox', { name: 'Comment' }),
        'the emptied Post a Comment field',
      );
    });

    await step(page, '9. the Translate widget', async () => {
      const translate = sidebar.getByRole('region', { name: 'Translate' });
      await waitVisible(tracked, translate, 'the Translate widget');
      const controls = translate.locator(
        'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), [role=combobox]',
      );
      if ((await controls.count()) === 0) {
        // TODO(translate): no focusable control in the widget (the placeholder, or "not available in
        // this browser"). Once the widget always offers its "Select Language" control here, drop this
        // branch. Meanwhile: it says something, and Tab passes it by to the Blog Archive.
        expect(await translate.textContent()).toMatch(/Translat/);
        await tabTo(page, archive.getByRole('button').first(), 'the first Blog Archive toggle');
        return;
      }
      const select = translate.getByRole('combobox', { name: 'Select Language', exact: true });
      await tabTo(page, select, 'the Translate widget\'s "Select Language" control');
      await expectFocus(page, select, '"Select Language"');
      // Its messages ("Translating…", "Translated into …") go to a live region that is there before
      // they arrive. The language is not changed here: in Chromium that would download a model.
      expect(await translate.getByRole('status').count(), "the Translate widget's live region").toBe(1);
    });

    expect(tracked.errors).toEqual([]);
  });

  test('a comment that fails to publish keeps focus on Publish and says why in an alert', async () => {
    const { browser, site } = production();
    // The demo answers 503 to every new comment; Chromium logs the failed request.
    const tracked = await newPage(browser, { ignoreConsoleErrors: [/status of 503/] });
    const { page } = tracked;
    await page.goto(`${site.url}${postPath(commented)}?demo-comments=fail`);
    const form = page.getByRole('main').getByRole('form', { name: 'Post a Comment' });
    await waitVisible(tracked, form, 'the comment form');
    await press(page, 'Tab');
    await press(page, 'Enter'); // Skip to content
    await tabTo(page, form.getByRole('textbox', { name: 'Comment' }), 'the Comment field');
    await page.keyboard.type('Will this get through?');
    await press(page, 'Tab');
    await press(page, 'Tab');
    const publish = form.getByRole('button', { name: 'Publish', exact: true });
    await expectFocus(page, publish, 'the Publish button');
    const alert = form.getByRole('alert');
    expect(await alert.count(), 'the alert region is in the form before anything fails').toBe(1);
    await press(page, 'Enter');
    await expect
      .poll(() => alert.textContent(), { timeout: 10_000 })
      .toMatch(/Your comment was not published: .*Your text is kept here/);
    // Focus did not fall back to the page while the button said "Publishing…".
    await expectFocus(page, publish, 'the Publish button, after the failure');
    expect(await form.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('Will this get through?');
  });
});
