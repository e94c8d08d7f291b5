/**
 * Issue 17 on a real WordPress (support/wordpress.ts): a password-protected post, a sticky post, a post
 * with comments closed, one without a title, one with a Greek slug, a pingback and a page under a page,
 * read in Chromium from the static build and behind `npm start`.
 */
import type { Browser } from 'playwright-core';
import type { TrackedPage } from './support/chromium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp, type AppBuild, writeSiteConfig } from './support/build';
import { launchBrowser, newPage, visit, waitVisible } from './support/chromium';
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

const PASSWORD = 'crumb-and-gear';
const AUTHOR = { login: 'ada', email: 'ada@example.org', displayName: 'Ada Quill', bio: 'Bakes.' };
const base = { author: AUTHOR.login, categories: ['Kitchen'], tags: [] as string[] };

const POSTS: (WordPressSeedPost & { shown: string })[] = [
  {
    ...base,
    key: 'sticky',
    title: 'Start here',
    shown: 'Start here',
    date: '2023-01-05 09:00:00',
    content: '<p>Welcome to the kitchen.</p>',
    sticky: true,
  },
  {
    ...base,
    key: 'plain',
    title: 'Rye, slowly',
    shown: 'Rye, slowly',
    date: '2025-05-01 09:00:00',
    content: '<p>Rye needs patience.</p>',
    comments: [
      {
        key: 'c1',
        author: 'Cleo',
        email: 'cleo@example.net',
        date: '2025-05-02 09:00:00',
        content: 'Lovely crumb.',
      },
    ],
  },
  {
    ...base,
    key: 'locked',
    title: 'Family recipes',
    shown: 'Family recipes',
    date: '2025-04-01 09:00:00',
    content: '<p>Grandmother’s stollen, exactly.</p>',
    password: PASSWORD,
    comments: [{ key: 'c2', author: 'Bram', date: '2025-04-02 09:00:00', content: 'Finally written down!' }],
  },
  {
    ...base,
    key: 'closed',
    title: 'Holiday hours',
    shown: 'Holiday hours',
    date: '2025-03-01 09:00:00',
    content: '<p>Closed until the new year.</p>',
    commentStatus: 'closed',
    comments: [
      {
        key: 'c3',
        author: 'Cleo',
        email: 'cleo@example.net',
        date: '2025-03-02 09:00:00',
        content: 'Enjoy the break.',
      },
      {
        key: 'ping',
        author: 'Crumb Weekly',
        url: 'https://crumb-weekly.example/hours/',
        date: '2025-03-03 09:00:00',
        content: '[…] holiday hours […]',
        type: 'pingback',
      },
    ],
  },
  {
    ...base,
    key: 'untitled',
    title: '',
    shown: '(untitled)',
    date: '2025-02-01 09:00:00',
    content: '<p>A note without a title.</p>',
  },
  {
    ...base,
    key: 'greek',
    title: 'Καλημέρα',
    shown: 'Καλημέρα',
    slug: 'καλημέρα-κόσμε',
    date: '2025-01-10 09:00:00',
    content: '<p>Ψωμί και ποδήλατα.</p>',
  },
  // Point 8: WordPress's page break and jump break, written as its editor writes them (wpautop adds the <p>s).
  {
    ...base,
    key: 'split',
    title: 'Sourdough in three days',
    shown: 'Sourdough in three days',
    date: '2024-12-01 09:00:00',
    content:
      'Day one: feed the starter.\n\n<!--nextpage-->\n\nDay two: mix and fold.\n\n<!--nextpage-->\n\nDay three: bake.',
    comments: [
      { key: 'c4', author: 'Bram', date: '2024-12-02 09:00:00', content: 'Day two is the hard one.' },
    ],
  },
  {
    ...base,
    key: 'teaser',
    title: 'Why bakers weigh flour',
    shown: 'Why bakers weigh flour',
    date: '2024-11-01 09:00:00',
    content:
      'A cup is never a cup.\n\n<!--more-->\n\nScoop it, spoon it or sift it: three different weights.',
  },
];

const SEED: WordPressSeed = {
  site: { title: 'Crumbs', description: 'Bread notes', timeZone: 'Europe/Berlin' },
  users: [AUTHOR],
  categories: ['Kitchen'],
  posts: POSTS,
  pages: [
    { key: 'about', title: 'About', slug: 'about', content: '<p>About us.</p>' },
    { key: 'team', title: 'The team', slug: 'team', content: '<p>Ada and friends.</p>', parent: 'about' },
  ],
};

const byKey = (key: string) => POSTS.find((p) => p.key === key)!;
const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`set-up failed: no ${what}`);
  return value;
};

describeWithWordPress('real-world content on a real WordPress', () => {
  let wordpress: WordPressSite | undefined;
  let build: AppBuild | undefined;
  let site: StaticServer | undefined;
  let lectern: LecternServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const [wp, app] = await Promise.allSettled([startWordPress(SEED), buildApp()]);
    if (wp.status === 'fulfilled') wordpress = wp.value;
    if (app.status === 'fulfilled') build = app.value;
    if (wp.status === 'rejected') throw wp.reason;
    if (app.status === 'rejected') throw app.reason;
    const config = { backend: { kind: 'wordpress', url: wp.value.url }, translate: { provider: 'none' } };
    writeSiteConfig(app.value.outDir, config);
    site = await startStaticServer(app.value.outDir);
    lectern = await startLecternServer(app.value.outDir, config);
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await lectern?.close();
    await wordpress?.stop();
    await build?.cleanup();
  }, 60_000);

  /** Gravatar (the comments' avatars) is out of reach here: the browser gets a 1×1 PNG instead. */
  async function open(): Promise<TrackedPage> {
    const tracked = await newPage(required(browser, 'browser'), {
      // The wrong password's 403, which the page answers with "That password is not right."
      ignoreConsoleErrors: [/status of 403 \(Forbidden\)/],
    });
    await stubGravatar(tracked.context);
    return tracked;
  }

  const pathOf = (key: string) => {
    const seeded = byKey(key);
    const slug = decodeURIComponent(required(wordpress, 'WordPress').ids.posts[key]?.slug ?? '');
    return `/${seeded.date.slice(0, 4)}/${seeded.date.slice(5, 7)}/${encodeURIComponent(slug)}.html`;
  };

  describe.each(['the static build', 'npm start'] as const)('served by %s', (mode) => {
    const origin = () =>
      mode === 'npm start' ? required(lectern, 'npm start').url : required(site, 'static').url;

    test('home: the sticky post leads, Featured; the protected one is a title only; nothing failed', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      await visit(page, `${origin()}/`);
      await waitVisible(tracked, main.getByRole('link', { name: 'Rye, slowly', exact: true }), 'a post');
      const titles = await main.getByRole('article').getByRole('heading', { level: 3 }).allInnerTexts();
      expect(titles).toEqual([
        'Start here',
        'Rye, slowly',
        'Family recipes',
        'Holiday hours',
        '(untitled)',
        'Καλημέρα',
        'Sourdough in three days',
        'Why bakers weigh flour',
      ]);
      expect(await main.getByRole('article').first().getByText('Featured', { exact: true }).isVisible()).toBe(
        true,
      );
      const locked = main.getByRole('article').filter({ hasText: 'Family recipes' });
      expect(await locked.textContent()).toContain('This post is password protected.');
      expect(await main.getByText('This could not be loaded').count()).toBe(0);
      await waitVisible(
        tracked,
        main.getByRole('link', { name: '1 comment on “Rye, slowly”', exact: true }),
        'a count',
      );
      await waitVisible(
        tracked,
        page
          .getByRole('region', { name: 'Featured Post' })
          .getByRole('link', { name: 'Start here', exact: true }),
        'the Featured Post gadget',
      );
    });

    test('a post in pages and a jump break: Pages 1 2 3, each page its own address; "Read more »"', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      const article = main.getByRole('article', { name: 'Sourdough in three days' });
      const pages = article.getByRole('navigation', { name: 'Pages of this post' });
      await visit(page, `${origin()}${pathOf('split')}?page=2`);
      await waitVisible(tracked, article.getByText('Day two: mix and fold.'), 'page 2');
      expect(await article.textContent()).not.toContain('Day one');
      expect(await pages.locator('[aria-current="page"]').textContent()).toBe('2');
      expect(await page.title()).toContain('Sourdough in three days – page 2');
      await waitVisible(tracked, main.getByText('Day two is the hard one.'), 'the comments on page 2');

      await pages.getByRole('link', { name: '3', exact: true }).click();
      await waitVisible(tracked, article.getByText('Day three: bake.'), 'page 3');
      expect(new URL(page.url()).search).toBe('?page=3');

      await visit(page, `${origin()}${pathOf('split')}?page=9`);
      await waitVisible(tracked, article.getByText('Day one: feed the starter.'), 'page 1');
      expect(new URL(page.url()).search).toBe('');
      expect(await article.textContent()).not.toContain('nextpage');

      await visit(page, `${origin()}/`);
      const teaser = main.getByRole('article').filter({ hasText: 'Why bakers weigh flour' });
      const more = teaser.getByRole('link', { name: 'Read more » “Why bakers weigh flour”', exact: true });
      await waitVisible(tracked, more, 'Read more »');
      expect(await teaser.textContent()).toContain('A cup is never a cup.');
      expect(await teaser.textContent()).not.toContain('three different weights');
      expect(new URL((await more.getAttribute('href')) ?? '', origin()).pathname).toBe(pathOf('teaser'));
    });

    test('a protected post: a wrong password says so, the right one shows the body and comments', async () => {
      const tracked = await open();
      const { page } = tracked;
      const article = page.getByRole('main').getByRole('article').first();
      await visit(page, `${origin()}${pathOf('locked')}`);
      const field = article.getByLabel('Password', { exact: true });
      await waitVisible(tracked, field, 'the password field');
      await field.fill('wrong');
      await article.getByRole('button', { name: 'Enter' }).click();
      await waitVisible(
        tracked,
        article.getByRole('alert').filter({ hasText: 'That password is not right.' }),
        'the refusal',
      );
      await article.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await article.getByRole('button', { name: 'Enter' }).click();
      await waitVisible(tracked, article.getByText('Grandmother’s stollen, exactly.'), 'the body');
      await waitVisible(
        tracked,
        page.getByRole('region', { name: '1 comment:' }).getByText('Finally written down!'),
        'its comment',
      );
    });

    test('closed comments, the pingback left out, untitled, Greek slug, a page under a page', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      await visit(page, `${origin()}${pathOf('closed')}`);
      const comments = main.getByRole('region', { name: '1 comment:' });
      await waitVisible(tracked, comments.getByText('Enjoy the break.'), 'the existing comment');
      await waitVisible(tracked, comments.getByText('Comments are closed.', { exact: true }), 'closed');
      expect(await comments.getByRole('textbox').count()).toBe(0);
      expect(await comments.textContent()).not.toContain('Crumb Weekly');

      await visit(page, `${origin()}${pathOf('untitled')}`);
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: '(untitled)', exact: true }),
        'the fallback',
      );

      await visit(page, `${origin()}${pathOf('greek')}`);
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: 'Καλημέρα', exact: true }),
        'the Greek post',
      );
      expect(new URL(page.url()).pathname).toBe(pathOf('greek'));

      if (mode === 'npm start') {
        const team = required(wordpress?.ids.pages?.team, 'the team page');
        await visit(page, `${origin()}${new URL(team.link).pathname}`);
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 1, name: 'The team', exact: true }),
          'the child page',
        );
        expect(new URL(page.url()).pathname).toBe('/p/team.html');
      }
    });
  });
});
