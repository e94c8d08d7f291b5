/**
 * A production build of Lectern pointed, through config.json, at a real WordPress (Debian's package,
 * MariaDB, PHP's built-in server; see support/wordpress.ts) seeded with two authors, categories and
 * tags, twelve posts over two years and threaded comments. Reads home, a post with its comments, the
 * Blog Archive and a month, and a profile in Chromium. Skipped with a banner when the packages are
 * missing, failed instead under CI=true.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp, type AppBuild, writeSiteConfig } from './support/build';
import { launchBrowser, newPage, visit, waitVisible, type TrackedPage } from './support/chromium';
import { step } from './support/journey-helpers';
import { startLecternServer, type LecternServer } from './support/lectern-server';
import { startStaticServer, type StaticServer } from './support/static-server';
import {
  describeWithWordPress,
  startWordPress,
  type WordPressSeed,
  type WordPressSeedPost,
  type WordPressSite,
  stubGravatar,
} from './support/wordpress';

// WordPress stores the site title HTML-escaped ("Crumbs &amp; Sprockets"): Lectern shows it as text.
const SITE = {
  title: 'Crumbs & Sprockets',
  description: 'Bread, bicycles and the odd long ride',
  // Not UTC: a post's Lectern path and archive month are its date in the site's zone.
  timeZone: 'Europe/Berlin',
};

const ADA = {
  login: 'ada',
  email: 'ada@example.org',
  displayName: 'Ada Quill',
  bio: 'Bakes sourdough on Sundays and writes it up on Mondays. Letters to ada@example.org.',
  url: 'https://ada.example.org',
};
const BRAM = {
  login: 'bram',
  email: 'bram@example.org',
  displayName: 'Bram Hollis',
  bio: 'Mends bicycles, rides them too far, and keeps notes on every repair.',
  url: 'https://bram.example.org/about',
};

function post(
  key: string,
  date: string,
  author: typeof ADA,
  title: string,
  labels: { categories: string[]; tags: string[] },
  extra: Partial<WordPressSeedPost> = {},
): WordPressSeedPost {
  return {
    key,
    title,
    date,
    author: author.login,
    ...labels,
    content: `<p>${title}: notes from the ${labels.categories.join(' and ').toLowerCase()}.</p>\n<p>More next time.</p>`,
    ...extra,
  };
}

const kitchen = (...tags: string[]) => ({ categories: ['Kitchen'], tags });
const workshop = (...tags: string[]) => ({ categories: ['Workshop'], tags });

/** Dates are site-local (Europe/Berlin). */
const POSTS: WordPressSeedPost[] = [
  post('starter', '2024-02-11 09:15:00', ADA, 'A starter from scratch', kitchen('sourdough')),
  post('wheel', '2024-03-30 18:40:00', BRAM, 'Truing a wheel with zip ties', workshop('bicycles')),
  post('rye', '2024-05-19 07:05:00', ADA, 'Rye, slowly', kitchen('sourdough')),
  post('chains', '2024-07-04 12:00:00', BRAM, 'Chains, wax and patience', workshop('bicycles', 'R&D')),
  post('flatbreads', '2024-07-28 20:30:00', ADA, 'Summer flatbreads', kitchen()),
  post('mudguards', '2024-10-13 10:10:00', BRAM, 'Mudguards that stay put', workshop('bicycles', 'winter')),
  post('stollen', '2024-12-21 16:00:00', ADA, 'Stollen, the long way', kitchen('winter')),
  post('studs', '2025-01-18 08:45:00', BRAM, 'Studded tyres, first week', workshop('bicycles', 'winter')),
  // 23:30 on 28 February in UTC: March in the site's zone, and so in Lectern's path and archive.
  // The apostrophe comes back typeset (Ada&#8217;s), the ampersand below as &#038;.
  post('buns', '2025-03-01 00:30:00', ADA, "Ada's hot cross buns", kitchen('sourdough')),
  post('saddle', '2025-03-22 14:00:00', BRAM, 'Saddle height, settled', workshop('bicycles'), {
    comments: [
      {
        key: 'saddle-1',
        author: 'Cleo Marsh',
        date: '2025-03-23 09:00:00',
        content: 'Two millimetres made all the difference for me too.',
      },
    ],
  }),
  post('steam', '2025-05-10 11:20:00', ADA, 'Oven spring & steam', kitchen('sourdough', 'R&D')),
  post(
    'tour',
    '2025-06-14 09:00:00',
    ADA,
    'Bread for a bike tour',
    { categories: ['Kitchen', 'Workshop'], tags: ['sourdough', 'bicycles'] },
    {
      comments: [
        {
          key: 'question',
          author: 'Cleo Marsh',
          url: 'https://cleo.example.net',
          date: '2025-06-14 12:00:00',
          content: 'Which flour did you take along?',
        },
        {
          key: 'answer',
          author: ADA.displayName,
          date: '2025-06-14 13:30:00',
          content: 'Rye, in a cotton bag.',
          parent: 'question',
        },
        {
          key: 'thanks',
          author: 'Cleo Marsh',
          date: '2025-06-15 08:00:00',
          content: 'Noted for next summer!',
          parent: 'answer',
        },
        {
          key: 'bumps',
          author: BRAM.displayName,
          date: '2025-06-15 09:00:00',
          content: 'It survived the bumpy bits of the route.',
        },
      ],
    },
  ),
];

const SEED: WordPressSeed = {
  site: SITE,
  users: [ADA, BRAM],
  categories: ['Kitchen', 'Workshop'],
  posts: POSTS,
};

// ---------------------------------------------------------------- expectations

/** The title as WordPress renders it (wptexturize: "Ada's" → "Ada’s"), decoded by Lectern. */
function shown(seeded: WordPressSeedPost): string {
  return seeded.title.replace(/(\w)'(\w)/g, '$1’$2');
}

const newestFirst = [...POSTS].sort((a, b) => b.date.localeCompare(a.date));
const postsIn = (yearMonth: string) => newestFirst.filter((p) => p.date.startsWith(yearMonth));
const byKey = (key: string) => {
  const found = POSTS.find((p) => p.key === key);
  if (!found) throw new Error(`no seeded post ${key}`);
  return found;
};
const PAGE_SIZE = 10;
const NEWEST = byKey('tour');
const BOUNDARY = byKey('buns');

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`set-up failed: no ${what}`);
  return value;
}

describeWithWordPress('Lectern on a real WordPress', () => {
  let wordpress: WordPressSite | undefined;
  let build: AppBuild | undefined;
  let site: StaticServer | undefined;
  let lectern: LecternServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const started = Date.now();
    // WordPress starts while Vite builds; both are cleaned up in afterAll whichever fails.
    const [wp, app] = await Promise.allSettled([startWordPress(SEED), buildApp()]);
    if (wp.status === 'fulfilled') wordpress = wp.value;
    if (app.status === 'fulfilled') build = app.value;
    if (wp.status === 'rejected') throw wp.reason;
    if (app.status === 'rejected') throw app.reason;
    const { outDir, durationMs } = app.value;
    const { url, timings } = wp.value;
    const config = { backend: { kind: 'wordpress', url }, translate: { provider: 'none' } };
    writeSiteConfig(outDir, config);
    site = await startStaticServer(outDir);
    lectern = await startLecternServer(outDir, config);
    browser = await launchBrowser();
    const steps = Object.entries(timings)
      .map(([name, ms]) => `${name} ${ms} ms`)
      .join(', ');
    console.info(
      `WordPress at ${url} (${steps}); vite build ${durationMs} ms; ready in ${Date.now() - started} ms`,
    );
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await lectern?.close();
    await wordpress?.stop();
    await build?.cleanup();
  }, 60_000);

  const ids = () => required(wordpress, 'WordPress').ids;
  const slugOf = (seeded: WordPressSeedPost) => required(ids().posts[seeded.key], `post ${seeded.key}`).slug;
  /** Lectern's path: year and month of the site-local date, then the slug. */
  const pathOf = (seeded: WordPressSeedPost) =>
    `/${seeded.date.slice(0, 4)}/${seeded.date.slice(5, 7)}/${slugOf(seeded)}.html`;
  const commentId = (key: string) => required(ids().comments[key], `comment ${key}`);
  const pathname = (page: Page) => new URL(page.url()).pathname;

  /**
   * A tracked page. Gravatar (WordPress's avatar URLs) is out of reach here, and a failed image is a
   * console error: the browser gets a 1×1 PNG for it instead.
   */
  async function open(): Promise<TrackedPage> {
    const tracked = await newPage(required(browser, 'browser'));
    await stubGravatar(tracked.context);
    return tracked;
  }

  async function listedTitles(page: Page): Promise<string[]> {
    return page
      .getByRole('main')
      .getByRole('article')
      .getByRole('heading', { level: 3 })
      .getByRole('link')
      .allInnerTexts();
  }

  // The same journeys in the static build (the browser draws every page) and behind `npm start` (the
  // server renders each page from WordPress, the browser hydrates it).
  describe.each(['the static build', 'npm start'] as const)('served by %s', (mode) => {
    const origin = () =>
      mode === 'npm start' ? required(lectern, 'npm start').url : required(site, 'static server').url;

    test('home lists the newest posts under the site title, and pages to the older ones', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');

      await step(page, 'home', async () => {
        await visit(page, `${origin()}/`);
        await waitVisible(
          tracked,
          page.getByRole('banner').getByRole('link', { name: SITE.title, exact: true }),
          `the site title "${SITE.title}" in the banner`,
        );
        expect(await page.getByRole('banner').textContent()).toContain(SITE.description);
        await waitVisible(
          tracked,
          main.getByRole('link', { name: shown(NEWEST), exact: true }),
          `the newest post "${shown(NEWEST)}"`,
        );
        expect(await listedTitles(page)).toEqual(newestFirst.slice(0, PAGE_SIZE).map(shown));
        // Comment counts are derived from one listing of the page's comments.
        await waitVisible(
          tracked,
          main.getByRole('link', { name: `4 comments on “${shown(NEWEST)}”`, exact: true }),
          "the newest post's comment count",
        );
        await waitVisible(
          tracked,
          main.getByRole('link', { name: '1 comment on “Saddle height, settled”', exact: true }),
          'a single comment counted',
        );
        // Elsewhere About Me shows the main author: the first user who has published (/users?orderby=id).
        await waitVisible(
          tracked,
          page
            .getByRole('region', { name: 'About Me' })
            .getByRole('link', { name: ADA.displayName, exact: true }),
          `About Me: ${ADA.displayName}`,
        );
        // The post written at 00:30 on 1 March in Berlin is dated so, not 28 February (UTC).
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 2, name: 'Saturday, March 1, 2025', exact: true }),
          "the boundary post's date header",
        );
      });

      await step(page, 'older posts', async () => {
        await main.getByRole('link', { name: 'Older posts', exact: true }).click();
        const oldest = newestFirst.slice(PAGE_SIZE);
        const last = required(oldest.at(-1), 'oldest post');
        await waitVisible(
          tracked,
          main.getByRole('link', { name: shown(last), exact: true }),
          'the oldest post',
        );
        expect(await listedTitles(page)).toEqual(oldest.map(shown));
      });
    });

    test('a post shows its labels, neighbours and threaded comments', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');

      await visit(page, `${origin()}/`);
      await main.getByRole('link', { name: shown(NEWEST), exact: true }).click();
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: shown(NEWEST), exact: true }),
        `the post's h1 "${shown(NEWEST)}"`,
      );
      expect(pathname(page)).toBe(pathOf(NEWEST));
      const article = main.getByRole('article').first();
      expect(await article.textContent()).toContain('notes from the kitchen and workshop');
      for (const label of ['Kitchen', 'Workshop', 'sourdough', 'bicycles']) {
        await waitVisible(
          tracked,
          article.getByRole('link', { name: label, exact: true }),
          `the label ${label}`,
        );
      }
      // Neighbours come from the derived listing; the title's "&#038;" is decoded.
      await waitVisible(
        tracked,
        main.getByRole('link', { name: 'Older Post: Oven spring & steam', exact: true }),
        'the older-post link',
      );
      expect(await main.getByRole('link', { name: /^Newer Post/ }).count()).toBe(0);

      const comments = main.getByRole('region', { name: '4 comments:' });
      await waitVisible(tracked, comments, 'the comments section "4 comments:"');
      await waitVisible(
        tracked,
        comments.getByRole('article', { name: 'Comment by Bram Hollis', exact: true }),
        "Bram's comment",
      );
      // Oldest first, each reply right after (and inside) its parent.
      expect(
        await comments
          .getByRole('article')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label'))),
      ).toEqual([
        'Comment by Cleo Marsh',
        'Comment by Ada Quill',
        'Comment by Cleo Marsh',
        'Comment by Bram Hollis',
      ]);
      const question = comments.locator(`#c${commentId('question')}`);
      const answer = question.locator(`#c${commentId('answer')}`);
      const thanks = answer.locator(`#c${commentId('thanks')}`);
      expect(await question.getByRole('article').first().textContent()).toContain(
        'Which flour did you take along?',
      );
      // The commenter's website is the link on their name.
      expect(
        await question
          .getByRole('article')
          .first()
          .getByRole('link', { name: 'Cleo Marsh', exact: true })
          .getAttribute('href'),
      ).toBe('https://cleo.example.net');
      const answerText = await answer
        .getByRole('article', { name: 'Comment by Ada Quill', exact: true })
        .textContent();
      expect(answerText).toContain('Rye, in a cotton bag.');
      const thanksText = await thanks
        .getByRole('article', { name: 'Comment by Cleo Marsh', exact: true })
        .textContent();
      expect(thanksText).toContain('Noted for next summer!');
      // Bram's comment is a second thread, not a reply.
      expect(await question.locator(`#c${commentId('bumps')}`).count()).toBe(0);
      expect(await comments.locator(`#c${commentId('bumps')}`).count()).toBe(1);
    });

    test('the Blog Archive counts posts per year and month; a month lists its posts', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      const archive = page.getByRole('complementary', { name: 'Blog sidebar' }).getByRole('region', {
        name: 'Blog Archive',
      });
      const yearToggle = (year: string) =>
        page.getByRole('button', { name: `${year}, ${postsIn(year).length} posts`, exact: true });
      const yearItem = (year: string) => archive.getByRole('listitem').filter({ has: yearToggle(year) });
      const monthToggles = (year: string) =>
        yearItem(year)
          .getByRole('list')
          .first()
          .getByRole('button')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));

      await visit(page, `${origin()}/`);
      await step(page, 'years and months', async () => {
        await waitVisible(tracked, archive.locator(yearToggle('2025')), 'the 2025 toggle');
        await waitVisible(tracked, archive.locator(yearToggle('2024')), 'the 2024 toggle');
        // The newest year starts open; its months newest first, counted in the site's zone.
        expect(await monthToggles('2025')).toEqual([
          'June, 1 post',
          'May, 1 post',
          'March, 2 posts',
          'January, 1 post',
        ]);
        await archive.locator(yearToggle('2024')).click();
        await expect
          .poll(() => monthToggles('2024'), { timeout: 10_000, message: "2024's months" })
          .toEqual([
            'December, 1 post',
            'October, 1 post',
            'July, 2 posts',
            'May, 1 post',
            'March, 1 post',
            'February, 1 post',
          ]);
      });

      await step(page, 'a month page', async () => {
        const march = postsIn('2025-03');
        expect(march.map((p) => p.key)).toEqual(['saddle', BOUNDARY.key]);
        await yearItem('2025').getByRole('link', { name: 'March', exact: true }).click();
        await waitVisible(
          tracked,
          main.getByRole('heading', {
            level: 1,
            name: `Posts from March 2025 (${march.length})`,
            exact: true,
          }),
          'the month page h1',
        );
        expect(pathname(page)).toBe('/2025/03/');
        await waitVisible(
          tracked,
          main.getByRole('link', { name: shown(BOUNDARY), exact: true }),
          'the boundary post',
        );
        expect(await listedTitles(page)).toEqual(march.map(shown));
        await main.getByRole('link', { name: shown(BOUNDARY), exact: true }).click();
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 1, name: shown(BOUNDARY), exact: true }),
          'the boundary post h1',
        );
        expect(pathname(page)).toBe(pathOf(BOUNDARY));
        expect(pathOf(BOUNDARY)).toMatch(/^\/2025\/03\//);
        await waitVisible(tracked, main.getByRole('region', { name: 'No comments:' }), 'no comments');
      });
    });

    test('a label lists the posts with that tag or category', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      const labels = page.getByRole('region', { name: 'Labels' });

      await visit(page, `${origin()}/`);
      // A tag WordPress sends HTML-escaped ("R&amp;D"), counted by WordPress.
      const tagged = newestFirst.filter((p) => p.tags.includes('R&D'));
      await waitVisible(tracked, labels.getByRole('link', { name: 'R&D', exact: true }), 'the label R&D');
      expect(await labels.textContent()).toContain(`R&D (${tagged.length})`);
      await labels.getByRole('link', { name: 'R&D', exact: true }).click();
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: 'Showing posts with label R&D', exact: true }),
        'the label page h1',
      );
      expect(pathname(page)).toBe('/search/label/R%26D');
      await waitVisible(
        tracked,
        main.getByRole('link', { name: shown(required(tagged[0], 'an R&D post')), exact: true }),
        'a tagged post',
      );
      expect(await listedTitles(page)).toEqual(tagged.map(shown));

      // A category.
      const workshop = newestFirst.filter((p) => p.categories.includes('Workshop'));
      await labels.getByRole('link', { name: 'Workshop', exact: true }).click();
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: 'Showing posts with label Workshop', exact: true }),
        'the Workshop label page h1',
      );
      await waitVisible(
        tracked,
        main.getByRole('link', { name: shown(required(workshop[0], 'a Workshop post')), exact: true }),
        'a Workshop post',
      );
      expect(await listedTitles(page)).toEqual(workshop.map(shown));
    });

    test("a profile shows the author's name, biography, site and posts", async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      const saddle = byKey('saddle');
      const bramId = required(ids().users[BRAM.login], 'Bram');

      await visit(page, `${origin()}${pathOf(saddle)}`);
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: shown(saddle), exact: true }),
        `the post "${shown(saddle)}"`,
      );
      // On a post, the About Me widget shows the post's author.
      await waitVisible(
        tracked,
        page
          .getByRole('region', { name: 'About Me' })
          .getByRole('link', { name: BRAM.displayName, exact: true }),
        `About Me: ${BRAM.displayName}`,
      );

      await main.getByRole('link', { name: BRAM.displayName, exact: true }).click();
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: BRAM.displayName, exact: true }),
        `the profile h1 "${BRAM.displayName}"`,
      );
      expect(pathname(page)).toBe(`/profile/${bramId}`);
      expect(await main.textContent()).toContain(BRAM.bio);
      await waitVisible(
        tracked,
        main.getByRole('img', { name: `Photo of ${BRAM.displayName}`, exact: true }),
        'the profile photo (Gravatar)',
      );
      expect(
        await main.getByRole('link', { name: 'bram.example.org', exact: true }).getAttribute('href'),
      ).toBe(BRAM.url);
      const his = newestFirst.filter((p) => p.author === BRAM.login);
      const newest = required(his[0], "Bram's newest post");
      await waitVisible(
        tracked,
        main.getByRole('link', { name: shown(newest), exact: true }),
        'his newest post',
      );
      expect(await listedTitles(page)).toEqual(his.map(shown));
    });
  });
});
